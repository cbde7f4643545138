import * as vscode from 'vscode';
import { localDate } from '../../core/calendar';
import { addressLabel, calendarKey, checkCalendarAddress } from '../../core/calendarAddress';
import type { ExpandedCalendar, PersonRef } from '../../core/calendarTypes';
import { CalendarWindow } from '../../core/calendarWindow';
import { nextTurn } from '../../core/hostSlices';
import { expandCalendar } from '../../core/icsEvents';
import { addLocalDays, startOfLocalDay } from '../../core/localDays';
import { readCapped } from '../../platform/cappedRead';
import { folderSettingUri } from '../../platform/folderSetting';
import { homeFolder } from '../../platform/host';
import type { SettingsStore } from '../../platform/settingsStore';
import { FEED_MAX_BYTES, FEED_TIMEOUT_MS, fetchFeed, type FeedValidators } from './calendarFeed';

/** The window of occurrences kept: a week back (meetings to count), a month ahead. */
const DAYS_BACK = 7;
const DAYS_AHEAD = 31;
const FILE_MAX_BYTES = 25 * 1024 * 1024;
const REFRESH_URLS_MS = 15 * 60_000;
/** How often the service checks whether the day changed (the window then moves). */
const DAY_CHECK_MS = 60 * 60_000;
const WATCH_DELAY_MS = 300;
const SILENCED_KEY = 'leadershipPrompts.calendar.silenced';

export interface CalendarReaderDeps {
  settings: SettingsStore;
  log: vscode.LogOutputChannel;
  /** The extension's global storage: fetched calendars are cached there. */
  storage: vscode.Uri;
  /** Global state: the calendars whose warnings the user silenced. */
  memento: vscode.Memento;
  /** The people to match 1:1s against (archived ones left out). */
  people: () => readonly PersonRef[];
  now?: () => Date;
  /** The window changed (new, moved or re-matched events). */
  changed: () => void;
}

interface Source {
  /** As written in the setting (a path, or an address that may hold a secret: never logged). */
  value: string;
  kind: 'file' | 'url';
  /** How the log and the warnings name it: the path, or `address 2 (https://host)`. */
  label: string;
  /** A hash of `value`, for stored state and the cache's file name. */
  key: string;
  text?: string;
  validators?: FeedValidators;
  cacheRead?: boolean;
  expanded?: ExpandedCalendar;
  /** The text and day the expansion was made from. */
  expandedFrom?: { text: string; day: string };
  problems: string[];
  watcher?: vscode.Disposable;
}

export interface CalendarSourceState {
  label: string;
  kind: 'file' | 'url';
  events: number;
  problems: string[];
}

/**
 * The user's calendars: `calendar.files` (read through workspace.fs, watched) and
 * `calendar.urls` (fetched, cached in global storage, refreshed every 15 minutes), expanded into
 * one CalendarWindow matched against the people. Part of dist/calendar.js with the parser:
 * CalendarService makes one only when a calendar is configured. A calendar that cannot be read
 * is reported once (output channel, and a warning that can be silenced) and the others keep
 * working; a fetched one that fails keeps its last good copy.
 */
export class CalendarReader implements vscode.Disposable {
  private sources: Source[] = [];
  private win: CalendarWindow;
  private peopleKey = '';
  private started = false;
  private reading: Promise<void> = Promise.resolve();
  private chain: Promise<unknown> = Promise.resolve();
  private readonly timers: ReturnType<typeof setInterval>[] = [];
  private readonly watchTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly reported = new Set<string>();
  private readonly warned = new Set<string>();
  private windowDay = '';
  /** The fetch timeout; the integration test shortens it through the `_calendarState` test command. */
  fetchTimeoutMs = FEED_TIMEOUT_MS;

  constructor(private readonly deps: CalendarReaderDeps) {
    this.win = new CalendarWindow([], [], vscode.l10n);
  }

  private get now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }

  /** The current window (empty until the calendars are read). */
  current(): CalendarWindow {
    return this.win;
  }

  /** Resolves once every configured calendar has been read at least once (at once when none is). */
  whenReady(): Promise<void> {
    return this.reading;
  }

  /** Reads every calendar now (addresses fetched again); the number of events in the window. */
  async refresh(): Promise<number> {
    if (!this.started) this.start();
    else this.reading = this.enqueue(() => this.readAll(true));
    await this.reading;
    return this.win.size;
  }

  /** The people changed: match again (no reading, no parsing). */
  rematch(): void {
    const people = this.deps.people();
    const key = JSON.stringify(people);
    if (key === this.peopleKey) return;
    this.peopleKey = key;
    void this.enqueue(() => this.rebuild());
  }

  /** For the test command and the log: each calendar, its events and problems (labels only, never an address). */
  state(): CalendarSourceState[] {
    return this.sources.map((s) => ({ label: s.label, kind: s.kind, events: s.expanded?.events.length ?? 0, problems: [...s.problems] }));
  }

  /** (Re)reads the settings and every calendar in them. */
  start(): void {
    this.started = true;
    this.stopTimers();
    for (const s of this.sources) s.watcher?.dispose();
    const files = this.deps.settings.get('calendar.files').filter((f) => f.trim());
    const urls = this.deps.settings.get('calendar.urls').filter((u) => u.trim());
    const old = new Map(this.sources.map((s) => [`${s.kind}:${s.value}`, s]));
    this.sources = [
      ...files.map((value): Source => old.get(`file:${value}`) ?? { value, kind: 'file', label: value.trim(), key: calendarKey(`file:${value}`), problems: [] }),
      ...urls.map((value, i): Source => {
        const check = checkCalendarAddress(value);
        const label = `address ${i + 1} (${check.ok ? addressLabel(check.url) : check.label})`;
        const kept = old.get(`url:${value}`);
        return kept ? { ...kept, label } : { value, kind: 'url', label, key: calendarKey(`url:${value}`), problems: [] };
      }),
    ];
    for (const s of this.sources) if (s.kind === 'file') this.watch(s);
    if (this.sources.length === 0) {
      this.reading = this.enqueue(() => this.rebuild());
      return;
    }
    if (urls.length) this.timers.push(setInterval(() => void this.enqueue(() => this.readAll(true, 'url')), REFRESH_URLS_MS));
    this.timers.push(setInterval(() => {
      if (localDate(this.now) !== this.windowDay) void this.enqueue(() => this.readAll(false));
    }, DAY_CHECK_MS));
    this.reading = this.enqueue(() => this.readAll(true));
  }

  private stopTimers(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers.length = 0;
    for (const t of this.watchTimers.values()) clearTimeout(t);
    this.watchTimers.clear();
  }

  /** Reads run one after another: a watcher's change waits for the refresh before it. */
  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.chain.then(work, work).catch((e) => this.deps.log.error(`Calendar: ${e instanceof Error ? e.message : String(e)}`));
    this.chain = next;
    return next;
  }

  private watch(source: Source): void {
    const uri = folderSettingUri(source.value);
    if (!uri) return;
    const dir = vscode.Uri.joinPath(uri, '..');
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, name));
    const again = () => {
      clearTimeout(this.watchTimers.get(source.key));
      this.watchTimers.set(source.key, setTimeout(() => {
        this.watchTimers.delete(source.key);
        if (this.sources.includes(source)) void this.enqueue(() => this.readAll(true, source));
      }, WATCH_DELAY_MS));
    };
    source.watcher = vscode.Disposable.from(w, w.onDidCreate(again), w.onDidChange(again), w.onDidDelete(again));
  }

  /** Reads (`fetch`: reads files and fetches addresses again) and expands what changed, then rebuilds the window. */
  private async readAll(fetch: boolean, only?: Source | 'url'): Promise<void> {
    const day = localDate(this.now);
    const which = this.sources.filter((s) => only === undefined || s === only || (only === 'url' && s.kind === 'url'));
    await Promise.all(which.map(async (s) => {
      const problems: string[] = [];
      if (fetch || s.text === undefined) {
        const text = s.kind === 'file' ? await this.readFile(s, problems) : await this.readAddress(s, problems);
        if (text !== undefined) s.text = text;
        else if (s.kind === 'file') s.text = undefined;
      }
      if (s.text === undefined) {
        s.expanded = undefined;
        s.expandedFrom = undefined;
      } else if (s.expandedFrom?.text !== s.text || s.expandedFrom.day !== day) {
        s.expanded = await this.expand(s.text);
        s.expandedFrom = { text: s.text, day };
        problems.push(...s.expanded.problems);
      } else if (s.expanded) {
        problems.push(...s.expanded.problems);
      }
      this.report(s, problems);
    }));
    this.windowDay = day;
    await this.rebuild();
  }

  private async expand(text: string): Promise<ExpandedCalendar> {
    const today = startOfLocalDay(this.now);
    return expandCalendar(text, {
      from: addLocalDays(today, -DAYS_BACK),
      to: addLocalDays(today, DAYS_AHEAD + 1),
      yieldToHost: nextTurn,
      maxOccurrencesPerEvent: 500,
    });
  }

  private async readFile(s: Source, problems: string[]): Promise<string | undefined> {
    const uri = folderSettingUri(s.value);
    if (!uri) {
      problems.push(homeFolder() === undefined
        ? 'This path cannot be used in VS Code for the Web; use ${workspaceFolder}/… for a file of the workspace.'
        : 'Not a path this extension can read: use an absolute path, ~/… or ${workspaceFolder}/….');
      return undefined;
    }
    const read = await readCapped(uri, FILE_MAX_BYTES);
    if ('text' in read) return read.text;
    problems.push('tooLarge' in read
      ? `The file is ${Math.round(read.tooLarge / (1024 * 1024))} MB, more than the ${FILE_MAX_BYTES / (1024 * 1024)} MB read.`
      : 'missing' in read ? 'The file does not exist.' : 'The file could not be read.');
    return undefined;
  }

  /** The address's text: fetched, or the cached copy when unchanged (304) or when fetching fails. */
  private async readAddress(s: Source, problems: string[]): Promise<string | undefined> {
    const check = checkCalendarAddress(s.value);
    if (!check.ok) {
      problems.push(check.reason === 'scheme'
        ? 'Not fetched: only https: addresses, or http: on this machine (127.0.0.1, localhost), are allowed.'
        : 'Not fetched: this is not an address.');
      return undefined;
    }
    if (!s.cacheRead) await this.readCache(s);
    const answer = await fetchFeed(check.url, s.text !== undefined ? s.validators : undefined, { timeoutMs: this.fetchTimeoutMs, maxBytes: FEED_MAX_BYTES });
    if (answer.kind === 'not-modified') {
      this.deps.log.info(`Calendar ${s.label}: not modified.`);
      return s.text;
    }
    if (answer.kind === 'failed') {
      problems.push(`Not fetched: ${answer.reason}.${s.text !== undefined ? ' The last copy fetched is used.' : ''}`);
      return s.text;
    }
    s.validators = answer.validators;
    this.deps.log.info(`Calendar ${s.label}: fetched ${Math.round(answer.text.length / 1024)} KB.`);
    await this.writeCache(s, answer.text);
    return answer.text;
  }

  private cacheUris(s: Source): { body: vscode.Uri; meta: vscode.Uri } {
    const folder = vscode.Uri.joinPath(this.deps.storage, 'calendar');
    return { body: vscode.Uri.joinPath(folder, `${s.key}.ics`), meta: vscode.Uri.joinPath(folder, `${s.key}.json`) };
  }

  private async readCache(s: Source): Promise<void> {
    s.cacheRead = true;
    const { body, meta } = this.cacheUris(s);
    try {
      const [text, info] = await Promise.all([vscode.workspace.fs.readFile(body), vscode.workspace.fs.readFile(meta)]);
      const parsed = JSON.parse(new TextDecoder().decode(info)) as { etag?: unknown; lastModified?: unknown };
      s.text = new TextDecoder('utf-8').decode(text);
      s.validators = {
        ...(typeof parsed.etag === 'string' ? { etag: parsed.etag } : {}),
        ...(typeof parsed.lastModified === 'string' ? { lastModified: parsed.lastModified } : {}),
      };
    } catch {
      // No cache yet (or an unreadable one): fetched in full.
    }
  }

  private async writeCache(s: Source, text: string): Promise<void> {
    const { body, meta } = this.cacheUris(s);
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.deps.storage, 'calendar'));
      await vscode.workspace.fs.writeFile(body, new TextEncoder().encode(text));
      await vscode.workspace.fs.writeFile(meta, new TextEncoder().encode(JSON.stringify({ ...s.validators, fetchedAt: Date.now() })));
    } catch (e) {
      this.deps.log.warn(`Calendar ${s.label}: the copy could not be kept (${e instanceof Error ? e.name : 'error'}).`);
    }
  }

  /**
   * Each problem once in the output channel; one warning per calendar (until it reads clean
   * again), unless the user chose "Don't Show Again" for it. In VS Code for the Web, an address
   * the browser refuses is only the output channel's line.
   */
  private report(s: Source, problems: string[]): void {
    s.problems = problems;
    if (problems.length === 0) {
      for (const k of [...this.reported]) if (k.startsWith(`${s.key}\n`)) this.reported.delete(k);
      this.warned.delete(s.key);
      return;
    }
    const fresh = problems.filter((p) => !this.reported.has(`${s.key}\n${p}`));
    for (const p of fresh) {
      this.reported.add(`${s.key}\n${p}`);
      this.deps.log.warn(`Calendar ${s.label}: ${p}`);
    }
    if (fresh.length === 0 || this.warned.has(s.key)) return;
    if (s.kind === 'url' && homeFolder() === undefined) return;
    const silenced = this.deps.memento.get<unknown>(SILENCED_KEY);
    if (Array.isArray(silenced) && silenced.includes(s.key)) return;
    this.warned.add(s.key);
    const DONT = vscode.l10n.t("Don't Show Again");
    const LOG = vscode.l10n.t('Show Log');
    void vscode.window.showWarningMessage(vscode.l10n.t('Leadership Prompts: the calendar {0} could not be read in full; the other calendars keep working. {1}', s.label, fresh[0]), LOG, DONT).then(async (choice) => {
      if (choice === LOG) this.deps.log.show(true);
      if (choice === DONT) {
        const list = this.deps.memento.get<unknown>(SILENCED_KEY);
        await this.deps.memento.update(SILENCED_KEY, [...new Set([...(Array.isArray(list) ? list.filter((x) => typeof x === 'string') : []), s.key])].slice(-100));
      }
    });
  }

  /** Builds the window again (in slices: thousands of occurrences are matched and sorted). */
  private async rebuild(): Promise<void> {
    const people = this.deps.people();
    this.peopleKey = JSON.stringify(people);
    const next = await CalendarWindow.build(this.sources.flatMap((s) => (s.expanded ? [s.expanded] : [])), people, vscode.l10n, { yieldToHost: nextTurn });
    const same = next.sameAs(this.win);
    this.win = next;
    if (!same) {
      this.deps.log.info(`Calendar: ${next.size} events from ${this.sources.length} calendar(s) in the window.`);
      this.deps.changed();
    }
  }

  dispose(): void {
    this.stopTimers();
    for (const s of this.sources) s.watcher?.dispose();
  }
}
