import * as vscode from 'vscode';
import { localDate } from '../../core/calendar';
import { DEFAULT_CADENCE_DAYS, PROFILE_FILE, datedNotes, peopleFolders, peopleSummaries, personRow, type PersonRow } from '../../core/people';
import type { ProfileChanges, ProfileReading } from '../../core/personProfile';
import { readCapped } from '../../platform/cappedRead';
import { DisposableStore } from '../../platform/disposableStore';
import { createExclusively } from '../../platform/host';
import type { NotesFolder } from '../../platform/notesFolder';
import type { SettingsStore } from '../../platform/settingsStore';
import type { PersonSummary } from '../../shared/api';
import type { parseProfile, renderProfile, setProfileFields } from '../../core/personProfile';

/** Largest profile read; a bigger one is reported and the person shows with defaults. */
const MAX_PROFILE_BYTES = 256 * 1024;
/** Largest 1:1 note read for open actions and review preparation. */
export const MAX_NOTE_BYTES = 2 * 1024 * 1024;
const RESCAN_DELAY_MS = 250;

export interface PeopleServiceDeps {
  settings: SettingsStore;
  notesFolder: NotesFolder;
  log: vscode.LogOutputChannel;
  /** profile.md's reading and writing (js-yaml): dist/people.js, which also holds this service. */
  profiles: () => { parseProfile: typeof parseProfile; renderProfile: typeof renderProfile; setProfileFields: typeof setProfileFields };
  /** The calendar's next 1:1 per person (slug → YYYY-MM-DD), once a calendar is read. */
  nextOneOnOnes?: () => ReadonlyMap<string, string>;
  now?: () => Date;
}

/**
 * The people you manage: one per `one-on-ones/<slug>/` folder of the notes folder, with their
 * profile (`profile.md`), their newest 1:1 note's open actions, and how they stand against
 * their cadence. Read on first need, then kept current: a watcher on the folder, saves of notes
 * and the settings that change a row rescan it. A profile that cannot be read is reported in
 * the Problems panel and its person still shows, with defaults.
 */
export class PeopleService implements vscode.Disposable {
  private current: PersonRow[] = [];
  private scanning: Promise<void> | undefined;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watcher: vscode.Disposable | undefined;
  private watchedRoot: string | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('leadership-prompts-people');
  private readonly disposables = new DisposableStore();
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: PeopleServiceDeps) {
    this.disposables.addAll(
      this.changed,
      this.diagnostics,
      deps.settings.onDidChange(['notesFolder', 'oneOnOnes.cadenceDays'], () => this.rescanSoon()),
      vscode.workspace.onDidSaveTextDocument((d) => this.isOurs(d.uri) && this.rescanSoon()),
      // Back in the window: notes may have changed elsewhere (another machine, a sync) without a watcher event.
      vscode.window.onDidChangeWindowState((s) => s.focused && this.rescanSoon()),
      { dispose: () => { clearTimeout(this.timer); this.watcher?.dispose(); } },
    );
  }

  /** Every person, archived ones included, as of the last scan. */
  rows(): readonly PersonRow[] {
    this.ensureStarted();
    return this.current;
  }

  /** The API's view: archived people left out, most overdue first. */
  summaries(): PersonSummary[] {
    return peopleSummaries(this.rows());
  }

  /** Resolves once the folder has been read at least once (at once when no notes folder is set). */
  whenReady(): Promise<void> {
    this.ensureStarted();
    return this.scanning ?? Promise.resolve();
  }

  /** The notes folder, when one is set. */
  notesRoot(): vscode.Uri | undefined {
    return this.deps.notesFolder.configured();
  }

  /** The folder of a person's notes, when a notes folder is set. */
  personFolder(slug: string): vscode.Uri | undefined {
    const root = this.notesRoot();
    return root && vscode.Uri.joinPath(root, 'one-on-ones', slug);
  }

  find(nameOrSlug: string): PersonRow | undefined {
    const wanted = nameOrSlug.trim().toLowerCase();
    return this.rows().find((r) => r.slug === wanted || r.name.toLowerCase() === wanted);
  }

  /** Reads it all again now (also used after this extension writes a note). */
  refresh(): Promise<void> {
    if (this.scanning) {
      this.again = true;
      return this.scanning;
    }
    this.scanning = this.scan().finally(() => {
      this.scanning = undefined;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.scanning;
  }

  /** Writes `profile.md` for someone new (with their first 1:1); an existing profile is never touched. */
  async ensureProfile(slug: string, name: string): Promise<void> {
    const folder = this.personFolder(slug);
    if (!folder) return;
    try {
      await vscode.workspace.fs.createDirectory(folder);
      if (await createExclusively(vscode.Uri.joinPath(folder, PROFILE_FILE), new TextEncoder().encode(this.deps.profiles().renderProfile({ name }, vscode.l10n)))) {
        this.deps.log.info(`Wrote the profile of ${name} (one-on-ones/${slug}/${PROFILE_FILE}).`);
      }
    } catch (e) {
      this.deps.log.warn(`Could not write the profile of ${name}: ${e}`);
    }
  }

  /** Changes front-matter fields of a profile (archive, link an email), keeping the rest; says why when it cannot. */
  async updateProfile(slug: string, name: string, changes: ProfileChanges): Promise<string | undefined> {
    const folder = this.personFolder(slug);
    if (!folder) return vscode.l10n.t('No notes folder is set.');
    const uri = vscode.Uri.joinPath(folder, PROFILE_FILE);
    const text = await readText(uri, MAX_PROFILE_BYTES);
    const base = text ?? this.deps.profiles().renderProfile({ name }, vscode.l10n);
    const result = this.deps.profiles().setProfileFields(base, changes, vscode.l10n);
    if ('error' in result) return result.error;
    if (result.text !== base || text === undefined) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
    await this.refresh();
    return undefined;
  }

  private ensureStarted(): void {
    if (!this.started) {
      this.started = true;
      void this.refresh();
    }
  }
  private started = false;

  private rescanSoon(): void {
    if (!this.started) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), RESCAN_DELAY_MS);
  }

  private isOurs(uri: vscode.Uri): boolean {
    const root = this.deps.notesFolder.configured();
    return !!root && uri.scheme === root.scheme && uri.path.startsWith(`${root.path}/one-on-ones/`);
  }

  private watch(root: vscode.Uri | undefined): void {
    const key = root?.toString();
    if (key === this.watchedRoot) return;
    this.watcher?.dispose();
    this.watcher = undefined;
    this.watchedRoot = key;
    if (!root) return;
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, 'one-on-ones/**'));
    const again = () => this.rescanSoon();
    this.watcher = vscode.Disposable.from(w, w.onDidCreate(again), w.onDidChange(again), w.onDidDelete(again));
  }

  private async scan(): Promise<void> {
    const root = this.deps.notesFolder.configured();
    this.watch(root);
    const rows: PersonRow[] = [];
    const diagnostics: [vscode.Uri, vscode.Diagnostic[]][] = [];
    if (root) {
      const base = vscode.Uri.joinPath(root, 'one-on-ones');
      const folders = (await readDirectory(base)).filter(([, type]) => type & vscode.FileType.Directory).map(([name]) => name);
      const { slugs, skipped } = peopleFolders(folders, vscode.l10n);
      for (const s of skipped) this.once(`People: ${s.reason}`);
      const today = (this.deps.now ?? (() => new Date()))();
      const next = this.deps.nextOneOnOnes?.() ?? new Map<string, string>();
      const cadence = this.deps.settings.get('oneOnOnes.cadenceDays');
      const defaultCadenceDays = Number.isInteger(cadence) && cadence >= 1 && cadence <= 90 ? cadence : DEFAULT_CADENCE_DAYS;
      await Promise.all(slugs.map(async (slug) => {
        const folder = vscode.Uri.joinPath(base, slug);
        const fileNames = (await readDirectory(folder)).filter(([, type]) => type & vscode.FileType.File).map(([name]) => name);
        const newest = datedNotes(fileNames)[0];
        const newestNoteText = newest ? await readText(vscode.Uri.joinPath(folder, newest.fileName), MAX_NOTE_BYTES, this.deps.log) : undefined;
        let profile: ProfileReading | undefined;
        if (fileNames.includes(PROFILE_FILE)) {
          const uri = vscode.Uri.joinPath(folder, PROFILE_FILE);
          const text = await readText(uri, MAX_PROFILE_BYTES, this.deps.log);
          profile = text === undefined
            ? { profile: { archived: false, body: '' }, problems: [{ line: 0, message: vscode.l10n.t('The profile could not be read (larger than {0} KB, or not readable); defaults are used.', MAX_PROFILE_BYTES / 1024) }] }
            : this.deps.profiles().parseProfile(text, vscode.l10n);
          if (profile.problems.length) {
            diagnostics.push([uri, profile.problems.map((p) => {
              const d = new vscode.Diagnostic(new vscode.Range(p.line, 0, p.line, Number.MAX_SAFE_INTEGER), p.message, vscode.DiagnosticSeverity.Warning);
              d.source = 'Leadership Prompts';
              return d;
            })]);
          }
        }
        const row = personRow({ slug, fileNames, ...(newestNoteText !== undefined ? { newestNoteText } : {}), ...(profile ? { profile } : {}), defaultCadenceDays, today, ...(next.has(slug) ? { nextOneOnOne: next.get(slug)! } : {}) }, vscode.l10n);
        for (const s of row.skipped) this.once(`People (${slug}): ${s.reason}`);
        rows.push(row);
      }));
    }
    rows.sort((a, b) => a.slug.localeCompare(b.slug));
    this.diagnostics.clear();
    for (const [uri, d] of diagnostics) this.diagnostics.set(uri, d);
    const before = JSON.stringify(this.current);
    this.current = rows;
    if (JSON.stringify(rows) !== before) this.changed.fire();
    // Every save rescans: a line at debug level, so the channel (at its default, info) is not flooded.
    this.deps.log.debug(`People: ${rows.length} read from ${root ? root.fsPath : 'no notes folder'} on ${localDate(new Date())}.`);
  }

  /** A reason a file is not read, said once in the output channel (every save rescans). */
  private once(line: string): void {
    if (this.reported.has(line)) return;
    this.reported.add(line);
    this.deps.log.info(line);
  }
  private readonly reported = new Set<string>();

  dispose(): void {
    this.disposables.dispose();
  }
}

async function readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
  try {
    return await vscode.workspace.fs.readDirectory(uri);
  } catch {
    return [];
  }
}

/** A file's text, or undefined when it is missing, unreadable or larger than `max` bytes (then said in the log). */
async function readText(uri: vscode.Uri, max: number, log?: vscode.LogOutputChannel): Promise<string | undefined> {
  const read = await readCapped(uri, max);
  if ('tooLarge' in read) log?.warn(`Skipped ${uri.fsPath}: ${Math.round(read.tooLarge / 1024)} KB is more than the ${Math.round(max / 1024)} KB read.`);
  return 'text' in read ? read.text : undefined;
}
