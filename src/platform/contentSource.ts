import * as os from 'node:os';
import * as vscode from 'vscode';
import { expandFolderSetting } from '../core/pathVariables';
import type { ContentFile } from '../core/contentPack';
import type { TipLibrary } from '../core/tipLibrary';
import type { ContentIndex, ContentProblem } from '../shared/contentTypes';
import { libraryModule, packsModule } from './lazyModules';
import type { SettingsStore } from './settingsStore';

const MAX_FILES_PER_PACK = 5000;
const MAX_FILE_BYTES = 256 * 1024;

/**
 * Holds the library: the built-in content (inlined in dist/library.js, loaded on first use)
 * plus team packs from `contentFolders` and, in a trusted workspace, `.leadership/`. Packs are
 * read in the background through workspace.fs; a bad file is skipped and reported in the
 * Problems panel and the output channel while the rest loads.
 */
export class ContentSource implements vscode.Disposable {
  private library: TipLibrary | undefined;
  private packs: ContentIndex[] = [];
  private packsRequested = false;
  private loading: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('leadership-prompts');
  readonly onDidChange = this.changed.event;

  constructor(private readonly settings: SettingsStore, private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      this.diagnostics,
      settings.onDidChange(['contentFolders'], () => this.reloadPacks()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reloadPacks()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reloadPacks()),
    );
  }

  /** The library as loaded so far (built-in at once; packs join when read). */
  current(): TipLibrary {
    if (!this.packsRequested) {
      this.packsRequested = true;
      this.watchWorkspacePacks();
      void this.reloadPacks();
    }
    return (this.library ??= libraryModule().openLibrary(this.packs));
  }

  /** Resolves once the packs requested so far are read. */
  whenLoaded(): Promise<void> {
    this.current();
    return this.loading ?? Promise.resolve();
  }

  reloadPacks(): Promise<void> {
    const run = async () => {
      const folders = this.packFolders();
      const packs: ContentIndex[] = [];
      const problems: ContentProblem[] = [];
      for (const folder of folders) {
        const files = await readPackFiles(folder, this.log);
        if (files.length === 0) continue;
        const known = libraryModule().builtInContent().categories;
        const compiled = packsModule().compilePack(files, folder.fsPath, known, folder.fsPath);
        packs.push(compiled.content);
        problems.push(...compiled.problems);
        this.log.info(`Loaded ${compiled.content.tips.length} tips and ${compiled.content.templates.length} templates from ${folder.fsPath}`);
      }
      this.report(problems);
      this.packs = packs;
      this.library = undefined;
      this.changed.fire();
    };
    this.loading = (this.loading ?? Promise.resolve()).then(run, run).catch((e) => this.log.error(`Could not read team packs: ${e}`));
    return this.loading;
  }

  private packFolders(): vscode.Uri[] {
    const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const configured = this.settings.get('contentFolders') ?? [];
    const out: vscode.Uri[] = [];
    for (const entry of Array.isArray(configured) ? configured : []) {
      const path = typeof entry === 'string' ? expandFolderSetting(entry, { home: os.homedir(), workspaceFolder }) : undefined;
      if (path) out.push(vscode.Uri.file(path));
      else this.log.warn(`contentFolders: "${String(entry)}" is not an absolute folder (use ~, \${workspaceFolder} or a full path); skipped.`);
    }
    if (vscode.workspace.isTrusted) {
      for (const wf of vscode.workspace.workspaceFolders ?? []) out.push(vscode.Uri.joinPath(wf.uri, '.leadership'));
    }
    return out;
  }

  private watchWorkspacePacks(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.leadership/**');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.reloadPacks(), 300);
    };
    this.disposables.push(watcher, watcher.onDidChange(schedule), watcher.onDidCreate(schedule), watcher.onDidDelete(schedule), { dispose: () => clearTimeout(timer) });
  }

  private report(problems: ContentProblem[]): void {
    this.diagnostics.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      this.log.warn(`Skipped ${p.file}:${p.line}: ${p.message}`);
      const line = Math.max(0, p.line - 1);
      const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), p.message, vscode.DiagnosticSeverity.Warning);
      d.source = 'Leadership Prompts';
      byFile.set(p.file, [...(byFile.get(p.file) ?? []), d]);
    }
    for (const [file, diags] of byFile) this.diagnostics.set(vscode.Uri.file(file), diags);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Every .md/.yaml file below `root`, relative paths with '/'. A folder of loose tips is read as tips/. */
async function readPackFiles(root: vscode.Uri, log: vscode.LogOutputChannel): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  const walk = async (dir: vscode.Uri, rel: string): Promise<void> => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return;
    }
    for (const [name, type] of entries) {
      if (files.length >= MAX_FILES_PER_PACK || name.startsWith('.')) continue;
      const uri = vscode.Uri.joinPath(dir, name);
      const path = rel ? `${rel}/${name}` : name;
      if (type & vscode.FileType.Directory) await walk(uri, path);
      else if (/\.(md|ya?ml)$/i.test(name) && name.toLowerCase() !== 'readme.md') {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength > MAX_FILE_BYTES) log.warn(`Skipped ${uri.fsPath}: larger than ${MAX_FILE_BYTES / 1024} KB`);
        else files.push({ path, text: new TextDecoder('utf-8').decode(bytes) });
      }
    }
  };
  await walk(root, '');
  const structured = files.some((f) => f.path.startsWith('tips/') || f.path.startsWith('templates/'));
  return structured ? files : files.map((f) => (f.path.endsWith('.md') ? { ...f, path: `tips/${f.path}` } : f));
}
