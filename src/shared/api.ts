import type { TipSummary } from './contentTypes';

/** VS Code's event shape, written here so shared/ stays free of 'vscode'. */
export type ApiEvent<T> = (listener: (e: T) => unknown, thisArgs?: unknown, disposables?: { dispose(): unknown }[]) => { dispose(): unknown };

export type { TipSummary } from './contentTypes';

/** What `activate()` returns: the public API of the extension (see CONTRACT.md). */
export interface LeadershipPromptsApi {
  readonly version: 1;
  listTips(filter?: { category?: string; mode?: 'lead' | 'manage'; query?: string }): TipSummary[];
  contextualTips(limit?: number): { tip: TipSummary; reasons: string[] }[];
  listTemplates(kind?: string): { id: string; title: string; kind: string; description: string }[];
  ask(question: string, limit?: number): { tip: TipSummary; score: number; excerpt: string }[];
  leadershipTime(): LeadershipTimeReading;
  /** The people of the notes folder (archived ones left out), most overdue first. */
  people(): PersonSummary[];
  /** The calendar's events from now to `hours` later (default 24, at most 24 × 31), earliest first. */
  upcoming(hours?: number): CalendarEntry[];
  /** Resolves once the built-in library, team packs, the search index, the people of the notes folder and the calendar have been read at least once. */
  whenReady(): Promise<void>;
  /** Fires when the library (a team pack), the people or the calendar changed. */
  readonly onDidChange: ApiEvent<void>;
}

/** A person of the People view, as `people()` returns them (CONTRACT.md, Extension API). */
export interface PersonSummary {
  slug: string;
  name: string;
  cadenceDays: number;
  /** Unchecked task lines (outside code fences) of the newest 1:1 note. */
  openActions: number;
  /** The newest note is older than the cadence (or there is none), and no 1:1 with them is in the calendar today or tomorrow. */
  overdue: boolean;
  /** 'YYYY-MM-DD' of the newest 1:1 note. */
  lastOneOnOne?: string;
  /** 'YYYY-MM-DD' of the next 1:1 with them in the calendar. */
  nextOneOnOne?: string;
}

/** One event of the calendar, as `upcoming()` returns it (CONTRACT.md, Extension API). */
export interface CalendarEntry {
  title: string;
  /** ISO 8601 (toISOString). */
  start: string;
  end: string;
  kind: 'one-on-one' | 'retro' | 'other';
  /** The person's slug, for a 1:1. */
  person?: string;
}

/** This week's leadership time: what is booked, the target, and whether a block is running. */
export interface LeadershipTimeReading {
  weekMinutes: number;
  targetMinutes: number;
  inBlock: boolean;
}
