// What the reminder scheduler shares between VS Code windows (through global state): the snooze
// and, per nudge slot, which window claimed it and what became of it.
import { isRecord } from '../shared/records';
import { addLocalDays, startOfIsoWeek, MINUTE_MS } from './localDays';

export const REMINDER_STATE_VERSION = 1;
const CLAIM_KEEP_MS = 8 * 24 * 60 * MINUTE_MS;
const MAX_CLAIMS = 500;

export interface NudgeClaim {
  /** The window that claimed the slot. */
  by: string;
  at: number;
  /** claimed: about to show; shown; skipped: superseded by a later slot or fell in a block. */
  outcome: 'claimed' | 'shown' | 'skipped';
}

export interface ReminderState {
  version: typeof REMINDER_STATE_VERSION;
  snoozedUntil?: number;
  /** Slot key (`YYYY-MM-DD HH:MM`) → its claim. */
  claims: Readonly<Record<string, NudgeClaim>>;
}

export function emptyReminderState(): ReminderState {
  return { version: REMINDER_STATE_VERSION, claims: {} };
}

export function readReminderState(raw: unknown): ReminderState | undefined {
  if (!isRecord(raw) || raw.version !== REMINDER_STATE_VERSION || !isRecord(raw.claims)) return undefined;
  const claims: Record<string, NudgeClaim> = {};
  for (const [key, c] of Object.entries(raw.claims)) {
    if (isRecord(c) && typeof c.by === 'string' && typeof c.at === 'number' && Number.isFinite(c.at) && ['claimed', 'shown', 'skipped'].includes(c.outcome as string)) {
      claims[key.slice(0, 40)] = { by: c.by.slice(0, 64), at: c.at, outcome: c.outcome as NudgeClaim['outcome'] };
    }
  }
  const snoozedUntil = typeof raw.snoozedUntil === 'number' && Number.isFinite(raw.snoozedUntil) ? raw.snoozedUntil : undefined;
  return { version: REMINDER_STATE_VERSION, claims, ...(snoozedUntil ? { snoozedUntil } : {}) };
}

/** Forgets claims older than a week and an expired snooze. */
export function pruneReminderState(state: ReminderState, now: number): ReminderState {
  const claims = Object.entries(state.claims).filter(([, c]) => now - c.at < CLAIM_KEEP_MS).slice(-MAX_CLAIMS);
  const next: ReminderState = { version: REMINDER_STATE_VERSION, claims: Object.fromEntries(claims) };
  if (state.snoozedUntil !== undefined && state.snoozedUntil > now) next.snoozedUntil = state.snoozedUntil;
  return next;
}

export function isSnoozed(state: ReminderState, now: number): boolean {
  return state.snoozedUntil !== undefined && now < state.snoozedUntil;
}

export type SnoozeChoice = 'hour' | 'today' | 'week';

/** When a snooze chosen at `now` ends: in an hour, at midnight, or on Monday 00:00. */
export function snoozeEnd(choice: SnoozeChoice, now: number): number {
  if (choice === 'hour') return now + 60 * MINUTE_MS;
  if (choice === 'today') return addLocalDays(now, 1).getTime();
  return addLocalDays(startOfIsoWeek(now), 7).getTime();
}

export function withSnooze(state: ReminderState, until: number | undefined): ReminderState {
  const next: ReminderState = { ...state };
  if (until === undefined) delete next.snoozedUntil;
  else next.snoozedUntil = until;
  return next;
}
