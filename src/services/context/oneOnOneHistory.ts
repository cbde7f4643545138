import * as vscode from 'vscode';
import type { OneOnOneHistory } from '../../core/contextSignals';
import { folderSettingUri } from '../../platform/folderSetting';
import type { SettingsStore } from '../../platform/settingsStore';

const NOTE = /^(\d{4}-\d{2}-\d{2})(?:-\d+)?\.md$/;
const TTL_MS = 60_000;

/**
 * When you last had a 1:1 with each person: the newest dated note in each folder of
 * `<notesFolder>/one-on-ones/`. Cached for a minute and refreshed in the background, so the
 * ranking never waits on the disk.
 */
export class OneOnOneHistoryReader implements vscode.Disposable {
  private history: OneOnOneHistory[] = [];
  private readAt = 0;
  private reading: Promise<void> | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private watchedRoot: string | undefined;

  private readonly settingsWatch: vscode.Disposable;

  constructor(private readonly settings: SettingsStore, private readonly onChange: () => void) {
    // A new (or cleared) notes folder: nothing read from the old one is kept.
    this.settingsWatch = settings.onDidChange(['notesFolder'], () => {
      this.history = [];
      this.readAt = 0;
      this.onChange();
    });
  }

  /** A new or removed note makes the next read fresh (the folder may be outside the workspace). */
  private watch(root: vscode.Uri | undefined): void {
    if (root?.toString() === this.watchedRoot) return;
    this.watcher?.dispose();
    this.watchedRoot = root?.toString();
    this.watcher = root ? vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, 'one-on-ones/**')) : undefined;
    const stale = () => {
      this.readAt = 0;
      this.onChange();
    };
    this.watcher?.onDidCreate(stale);
    this.watcher?.onDidDelete(stale);
  }

  dispose(): void {
    this.watcher?.dispose();
    this.settingsWatch.dispose();
  }

  current(): OneOnOneHistory[] {
    if (Date.now() - this.readAt > TTL_MS && !this.reading) {
      this.reading = this.read().finally(() => { this.reading = undefined; });
    }
    return this.history;
  }

  /** Reads now; resolves when the history is up to date. */
  async refresh(): Promise<OneOnOneHistory[]> {
    await (this.reading ?? this.read());
    return this.history;
  }

  private async read(): Promise<void> {
    this.readAt = Date.now();
    const root = folderSettingUri(this.settings.get('notesFolder'));
    this.watch(root);
    const found: OneOnOneHistory[] = [];
    if (root) {
      const base = vscode.Uri.joinPath(root, 'one-on-ones');
      const people = await vscode.workspace.fs.readDirectory(base).then((e) => e, () => [] as [string, vscode.FileType][]);
      for (const [slug, type] of people) {
        if (!(type & vscode.FileType.Directory)) continue;
        const files = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(base, slug)).then((e) => e, () => [] as [string, vscode.FileType][]);
        const dates = files.map(([name]) => NOTE.exec(name)?.[1]).filter((d): d is string => !!d).sort();
        if (dates.length) found.push({ slug, last: dates[dates.length - 1] });
      }
    }
    const changed = JSON.stringify(found) !== JSON.stringify(this.history);
    this.history = found;
    if (changed) this.onChange();
  }
}
