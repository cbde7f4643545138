import type { TipSummary } from './contentTypes';

export type { TipSummary } from './contentTypes';

/** What `activate()` returns: the public API of the extension (see CONTRACT.md). */
export interface LeadershipPromptsApi {
  readonly version: 1;
  listTips(filter?: { category?: string; mode?: 'lead' | 'manage'; query?: string }): TipSummary[];
  contextualTips(limit?: number): { tip: TipSummary; reasons: string[] }[];
  listTemplates(kind?: string): { id: string; title: string; kind: string; description: string }[];
  ask(question: string, limit?: number): { tip: TipSummary; score: number; excerpt: string }[];
  leadershipTime(): { weekMinutes: number; targetMinutes: number; inBlock: boolean };
}
