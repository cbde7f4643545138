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
  /** Resolves once team packs (and, as they land, people and calendars) have been read at least once; at once when there are none. */
  whenReady(): Promise<void>;
  /** Fires when the library (a team pack), the people or the calendar changed. */
  readonly onDidChange: ApiEvent<void>;
}

/** This week's leadership time: what is booked, the target, and whether a block is running. */
export interface LeadershipTimeReading {
  weekMinutes: number;
  targetMinutes: number;
  inBlock: boolean;
}
