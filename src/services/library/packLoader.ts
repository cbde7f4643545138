import * as vscode from 'vscode';
import type { ContentFile } from '../../core/contentPack';
import { readCapped } from '../../platform/cappedRead';
import { DisposableStore } from '../../platform/disposableStore';
import { folderSettingUri } from '../../platform/folderSetting';
import type { SettingsStore } from '../../platform/settingsStore';
import type { Category, ContentIndex, ContentProblem } from '../../shared/contentTypes';
import type * as PackCompiler from './packCompiler';

const MAX_FILES_PER_PACK = 5000;
const MAX_FILE_BYTES = 256 * 1024;
/**
 * A pack's files read at once. Each read is a round trip to wherever the files live: the 1,000
 * files of the integration suite's pack took 3.6 s one after another in code-server, and 0.7-0.8 s
 * sixteen at a time, each with its size checked first (readCapped).
 */
const READS_AT_ONCE = 16;

/** A problem of a pack's file, with the file, for the Problems panel. */
type FileProblem = { problem: ContentProblem; uri: vscode.Uri };

/**
 * Reads team packs (`contentFolders` and, in a trusted workspace, `.leadership/`) through
 * workspace.fs, reports bad files in the Problems panel and the output channel, and watches
 * the workspace packs. Made by ContentSource on first use of the library; the compiler is
 * dist/packs.js (with markdown-it and js-yaml in bundles of their own), loaded with the first pack (`packCompiler`).
 */
export class PackLoader implements vscode.Disposable {
  private readonly store = new DisposableStore();
  private readonly diagnostics = this.store.add(vscode.languages.createDiagnosticCollection('leadership-prompts'));

  constructor(private readonly settings: SettingsStore, private readonly log: vscode.LogOutputChannel, onWorkspacePackChange: () => void, private readonly packCompiler: () => typeof PackCompiler) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.leadership/**');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(onWorkspacePackChange, 300);
    };
    this.store.addAll(watcher, watcher.onDidChange(schedule), watcher.onDidCreate(schedule), watcher.onDidDelete(schedule), { dispose: () => clearTimeout(timer) });
  }

  /** Every configured pack, compiled; bad files are reported and left out. */
  async load(known: Category[]): Promise<ContentIndex[]> {
    const packs: ContentIndex[] = [];
    const problems: FileProblem[] = [];
    for (const folder of this.packFolders()) {
      const { files, unread } = await readPackFiles(folder);
      problems.push(...unread);
      if (files.length === 0) continue;
      const compiled = await this.packCompiler().compilePack(files, folder.fsPath, known, folder.fsPath);
      packs.push(compiled.content);
      problems.push(...compiled.problems.map((problem) => ({ problem, uri: fileUri(folder, problem.file) })));
      // The built-in library's editorial rules (length, source, "Try this") are only advice for a team's tips.
      for (const h of compiled.hints) this.log.info(`Hint for ${h.file}:${h.line}: ${h.message} (the tip loads; this is what the built-in library asks of its own tips)`);
      this.log.info(`Loaded ${compiled.content.tips.length} tips and ${compiled.content.templates.length} templates from ${folder.fsPath}`);
    }
    this.report(problems);
    return packs;
  }

  private packFolders(): vscode.Uri[] {
    const out: vscode.Uri[] = [];
    for (const entry of this.settings.get('contentFolders')) {
      const folder = folderSettingUri(entry);
      if (folder) out.push(folder);
      else this.log.warn(`contentFolders: "${String(entry)}" is not an absolute folder (use ~, \${workspaceFolder} or a full path); skipped.`);
    }
    if (vscode.workspace.isTrusted) {
      for (const wf of vscode.workspace.workspaceFolders ?? []) out.push(vscode.Uri.joinPath(wf.uri, '.leadership'));
    }
    return out;
  }

  private report(problems: FileProblem[]): void {
    this.diagnostics.clear();
    const byFile = new Map<string, [vscode.Uri, vscode.Diagnostic[]]>();
    for (const { problem: p, uri } of problems) {
      this.log.warn(`Skipped ${p.file}:${p.line}: ${p.message}`);
      const line = Math.max(0, p.line - 1);
      const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), p.message, vscode.DiagnosticSeverity.Warning);
      d.source = 'Leadership Prompts';
      const key = uri.toString();
      byFile.set(key, [uri, [...(byFile.get(key)?.[1] ?? []), d]]);
    }
    for (const [uri, diags] of byFile.values()) this.diagnostics.set(uri, diags);
  }

  dispose(): void {
    this.store.dispose();
  }
}

/**
 * The Uri of a pack file the compiler names by `folder.fsPath` and its relative path: on the
 * folder's own file system, so a problem in a web workspace points at the workspace's file.
 */
function fileUri(folder: vscode.Uri, file: string): vscode.Uri {
  if (!file.startsWith(folder.fsPath)) return vscode.Uri.file(file);
  const parts = file.slice(folder.fsPath.length).split(/[\\/]+/).filter(Boolean);
  return parts.length ? vscode.Uri.joinPath(folder, ...parts) : folder;
}

/**
 * Every .md/.yaml file below `root`, relative paths with '/'. A folder of loose tips is read as
 * tips/. `unread`: the files left out because they could not be read or are too large.
 */
async function readPackFiles(root: vscode.Uri): Promise<{ files: ContentFile[]; unread: FileProblem[] }> {
  // The pack's Markdown and YAML files, in the order of the walk.
  const found: { uri: vscode.Uri; path: string }[] = [];
  const walk = async (dir: vscode.Uri, rel: string): Promise<void> => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return;
    }
    for (const [name, type] of entries) {
      if (found.length >= MAX_FILES_PER_PACK || name.startsWith('.')) continue;
      const uri = vscode.Uri.joinPath(dir, name);
      const path = rel ? `${rel}/${name}` : name;
      if (type & vscode.FileType.Directory) await walk(uri, path);
      else if (/\.(md|ya?ml)$/i.test(name) && name.toLowerCase() !== 'readme.md') found.push({ uri, path });
    }
  };
  await walk(root, '');
  // Read READS_AT_ONCE at a time, each into its place; a file that cannot be read, or is too large (never read), is left out and named.
  const texts: (string | undefined)[] = new Array(found.length);
  const unread: FileProblem[] = [];
  const leaveOut = (uri: vscode.Uri, message: string) => unread.push({ problem: { file: uri.fsPath, line: 1, message }, uri });
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < found.length; i = next++) {
      const { uri } = found[i];
      const read = await readCapped(uri, MAX_FILE_BYTES);
      if ('text' in read) texts[i] = read.text;
      else leaveOut(uri, 'tooLarge' in read ? `the file is larger than ${MAX_FILE_BYTES / 1024} KB` : 'the file could not be read');
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, found.length) }, reader));
  const files = found.flatMap(({ path }, i) => (texts[i] === undefined ? [] : [{ path, text: texts[i] }]));
  const structured = files.some((f) => f.path.startsWith('tips/') || f.path.startsWith('templates/'));
  return { files: structured ? files : files.map((f) => (f.path.endsWith('.md') ? { ...f, path: `tips/${f.path}` } : f)), unread };
}
