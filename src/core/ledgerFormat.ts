// The stored form of the Ledger and its migrations. A value that cannot be read at all gives
// undefined (the platform keeps it aside and starts afresh); single unreadable entries are
// dropped so one bad day does not cost the rest of the history.
import { isRecord } from '../shared/records';
import { parseLocalDate } from './calendar';
import { LEDGER_VERSION, MAX_BLOCK_MINUTES, MAX_NOTE_LENGTH, MINUTES_PER_DAY, type BlockRecord, type Ledger, type LedgerNote, type MeetingRecord, type RunningBlock } from './timeLedger';

type Rec = Record<string, unknown>;
const isDate = (x: unknown): x is string => typeof x === 'string' && parseLocalDate(x) !== undefined;
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x > 0;
const isMinutes = (x: unknown, max: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;
const optText = (x: unknown, max: number): string | undefined => (typeof x === 'string' && x.trim() ? x.slice(0, max) : undefined);

/**
 * Each step lifts a stored value from version n to n + 1. Version 0 is the bare
 * `{ "YYYY-MM-DD": minutes }` map (no version field): minutes per day and nothing else.
 */
const MIGRATIONS: Record<number, (x: Rec) => Rec | undefined> = {
  0: (x) => (Object.keys(x).every((k) => isDate(k)) ? { version: 1, days: x, blocks: [], notes: [] } : undefined),
};

/** Reads a stored ledger of any known version; undefined when it cannot be read. */
export function readLedger(raw: unknown): Ledger | undefined {
  if (!isRecord(raw)) return undefined;
  let value: Rec | undefined = raw;
  let version: unknown = raw.version === undefined ? 0 : raw.version;
  while (typeof version === 'number' && version < LEDGER_VERSION && value) {
    const step = MIGRATIONS[version];
    if (!step) return undefined;
    value = step(value);
    version = value?.version;
  }
  if (!value || version !== LEDGER_VERSION || !isRecord(value.days) || !Array.isArray(value.blocks ?? []) || !Array.isArray(value.notes ?? [])) return undefined;

  const days: Record<string, number> = {};
  for (const [date, minutes] of Object.entries(value.days)) {
    if (isDate(date) && typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0) days[date] = Math.min(MINUTES_PER_DAY, Math.round(minutes));
  }
  const blocks = ((value.blocks ?? []) as unknown[]).map(blockRecord).filter((b): b is BlockRecord => b !== undefined);
  const notes = ((value.notes ?? []) as unknown[]).map(ledgerNote).filter((n): n is LedgerNote => n !== undefined);
  const running = runningBlock(value.running);
  const meetings = Array.isArray(value.meetings) ? (value.meetings as unknown[]).map(meetingRecord).filter((m): m is MeetingRecord => m !== undefined) : undefined;
  return { version: LEDGER_VERSION, days, blocks, notes, ...(meetings ? { meetings } : {}), ...(running ? { running } : {}) };
}

function meetingRecord(x: unknown): MeetingRecord | undefined {
  if (!isRecord(x) || typeof x.key !== 'string' || !x.key || !isDate(x.date) || !isTime(x.at) || !isMinutes(x.minutes, MAX_BLOCK_MINUTES) || (x.kind !== 'one-on-one' && x.kind !== 'retro')) return undefined;
  return { key: x.key.slice(0, 1024), date: x.date, at: x.at, minutes: x.minutes, title: typeof x.title === 'string' ? x.title.slice(0, MAX_NOTE_LENGTH) : '', kind: x.kind };
}

function blockRecord(x: unknown): BlockRecord | undefined {
  if (!isRecord(x) || typeof x.id !== 'string' || !isDate(x.date) || !isTime(x.startedAt) || !isMinutes(x.minutes, MAX_BLOCK_MINUTES) || !isMinutes(x.plannedMinutes, MAX_BLOCK_MINUTES)) return undefined;
  const focus = optText(x.focus, MAX_NOTE_LENGTH);
  return { id: x.id.slice(0, 64), date: x.date, startedAt: x.startedAt, minutes: x.minutes, plannedMinutes: x.plannedMinutes, ...(focus ? { focus } : {}) };
}

function ledgerNote(x: unknown): LedgerNote | undefined {
  const text = isRecord(x) ? optText(x.text, MAX_NOTE_LENGTH) : undefined;
  if (!isRecord(x) || !text || !isDate(x.date) || !isTime(x.at) || !isMinutes(x.minutes, MINUTES_PER_DAY) || (x.source !== 'block' && x.source !== 'logged')) return undefined;
  const focus = optText(x.focus, MAX_NOTE_LENGTH);
  return { date: x.date, at: x.at, text, minutes: x.minutes, source: x.source, ...(focus ? { focus } : {}) };
}

function runningBlock(x: unknown): RunningBlock | undefined {
  if (!isRecord(x) || typeof x.id !== 'string' || typeof x.window !== 'string' || !isTime(x.startedAt) || !isMinutes(x.plannedMinutes, MAX_BLOCK_MINUTES) || x.plannedMinutes < 1) return undefined;
  const focus = optText(x.focus, MAX_NOTE_LENGTH);
  return { id: x.id.slice(0, 64), startedAt: x.startedAt, plannedMinutes: x.plannedMinutes, window: x.window.slice(0, 64), ...(focus ? { focus } : {}) };
}
