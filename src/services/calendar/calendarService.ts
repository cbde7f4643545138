import * as vscode from 'vscode';
import type { PersonRef } from '../../core/calendarTypes';
import { EMPTY_CALENDAR_VIEW, type CalendarSource, type CalendarView } from '../../core/calendarView';
import { DisposableStore } from '../../platform/disposableStore';
import type { CalendarReader, CalendarReaderDeps, CalendarSourceState } from './calendarReader';

export type { CalendarSourceState } from './calendarReader';

/** What the reader is given, less the change callback (the service's own) and the clock (the reader's default). */
export type CalendarServiceDeps = Omit<CalendarReaderDeps, 'now' | 'changed'>;

/** What matching needs of the people: those not archived, with their profile's name and email. */
export function personRefs(rows: readonly { slug: string; name: string; email?: string; archived: boolean }[]): PersonRef[] {
  return rows.filter((r) => !r.archived).map((r) => ({ slug: r.slug, name: r.name, ...(r.email ? { email: r.email } : {}) }));
}

/**
 * The calendar as the rest of the extension sees it. Cheap to hold: until a calendar is set in
 * `calendar.files` or `calendar.urls` it answers with an empty window and loads nothing; then it
 * requires dist/calendar.js (ical.js, the reader, the window and matching) and lets a
 * CalendarReader do the reading (`module`, platform/deferredModules.ts's loader).
 */
export class CalendarService implements CalendarSource, vscode.Disposable {
  private reader: CalendarReader | undefined;
  private timeoutMs: number | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables = new DisposableStore();
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: CalendarServiceDeps, private readonly module: () => { CalendarReader: typeof CalendarReader }) {
    this.disposables.addAll(
      this.changed,
      deps.settings.onDidChange(['calendar.files', 'calendar.urls'], () => {
        if (this.reader) this.reader.start();
        else this.ensureStarted();
      }),
      { dispose: () => this.reader?.dispose() },
    );
  }

  /** Whether any calendar is set. */
  configured(): boolean {
    return this.deps.settings.get('calendar.files').length > 0 || this.deps.settings.get('calendar.urls').length > 0;
  }

  current(): CalendarView {
    return this.reader?.current() ?? EMPTY_CALENDAR_VIEW;
  }

  /** Starts reading when a calendar is configured (loads dist/calendar.js then). */
  ensureStarted(): void {
    if (this.reader || !this.configured()) return;
    const { CalendarReader } = this.module();
    this.reader = new CalendarReader({ ...this.deps, changed: () => this.changed.fire() });
    if (this.timeoutMs) this.reader.fetchTimeoutMs = this.timeoutMs;
    this.reader.start();
  }

  /** Resolves once every configured calendar has been read at least once (at once when none is). */
  whenReady(): Promise<void> {
    this.ensureStarted();
    return this.reader?.whenReady() ?? Promise.resolve();
  }

  /** Reads every calendar now (addresses fetched again); the number of events in the window. */
  async refresh(): Promise<number> {
    this.ensureStarted();
    return this.reader ? this.reader.refresh() : 0;
  }

  rematch(): void {
    this.reader?.rematch();
  }

  /** Each calendar, its events and problems (labels only, never an address): for the test command. */
  state(): CalendarSourceState[] {
    return this.reader?.state() ?? [];
  }

  /** The integration test shortens the fetch timeout (through the `_calendarState` test command). */
  set fetchTimeoutMs(ms: number) {
    this.timeoutMs = ms;
    if (this.reader) this.reader.fetchTimeoutMs = ms;
  }

  get fetchTimeoutMs(): number {
    return this.reader?.fetchTimeoutMs ?? this.timeoutMs ?? 0;
  }

  dispose(): void {
    this.disposables.dispose();
  }
}
