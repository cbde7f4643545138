// Leadership-time accounting: minutes per local day, finished blocks, notes, the running block.
// Pure functions over an immutable Ledger; the caller stores the result.
import type { DayKey } from '../shared/settings';
import { DAY_KEYS, isoWeek, localDate } from './calendar';
import { MINUTE_MS, addLocalDays, nextLocalMidnight, startOfIsoWeek, startOfLocalDay } from './localDays';

export const LEDGER_VERSION = 1;
/** No block is longer than this, whatever was planned: a forgotten block is not a workday. */
export const MAX_BLOCK_MINUTES = 240;
export const MINUTES_PER_DAY = 24 * 60;
/** History is kept for a year: today and the 365 days before it. */
export const HISTORY_DAYS = 366;
export const MAX_NOTE_LENGTH = 500;
const MAX_ENTRIES = 3000;

export interface RunningBlock {
  id: string;
  startedAt: number;
  plannedMinutes: number;
  focus?: string;
  /** The window that ends it when its time is up (others step in if that window is gone). */
  window: string;
}

export interface BlockRecord {
  id: string;
  date: string;
  startedAt: number;
  minutes: number;
  plannedMinutes: number;
  focus?: string;
}

export interface LedgerNote {
  date: string;
  at: number;
  text: string;
  minutes: number;
  source: 'block' | 'logged';
  focus?: string;
}

/** A 1:1 or retro from the calendar, counted as leadership time once it ended (calendar.countMeetings). */
export interface MeetingRecord {
  /** The occurrence (`uid@startISO`): one record per occurrence, ever. */
  key: string;
  date: string;
  at: number;
  minutes: number;
  title: string;
  kind: 'one-on-one' | 'retro';
}

export interface Ledger {
  version: typeof LEDGER_VERSION;
  /** Local date YYYY-MM-DD → minutes of leadership work that day. */
  days: Readonly<Record<string, number>>;
  blocks: readonly BlockRecord[];
  notes: readonly LedgerNote[];
  /** Optional, so a ledger written before the calendar still reads (and an older build ignores it). */
  meetings?: readonly MeetingRecord[];
  running?: RunningBlock;
}

export function emptyLedger(): Ledger {
  return { version: LEDGER_VERSION, days: {}, blocks: [], notes: [] };
}

export function dayMinutes(ledger: Ledger, date: string): number {
  return ledger.days[date] ?? 0;
}

/** Adds minutes done away from the editor. The caller has validated them (see leadershipInput.ts). */
export function addLogged(ledger: Ledger, entry: { date: string; minutes: number; note?: string; at: number }): Ledger {
  const minutes = Math.min(entry.minutes, MINUTES_PER_DAY - dayMinutes(ledger, entry.date));
  if (minutes <= 0) return ledger;
  const notes = entry.note ? [...ledger.notes, { date: entry.date, at: entry.at, text: entry.note.slice(0, MAX_NOTE_LENGTH), minutes, source: 'logged' as const }] : ledger.notes;
  return { ...ledger, days: { ...ledger.days, [entry.date]: dayMinutes(ledger, entry.date) + minutes }, notes };
}

/** Books a meeting's minutes on its day, once per occurrence key; a key already booked changes nothing. */
export function addMeeting(ledger: Ledger, meeting: MeetingRecord): Ledger {
  if ((ledger.meetings ?? []).some((m) => m.key === meeting.key)) return ledger;
  const minutes = Math.min(meeting.minutes, MINUTES_PER_DAY - dayMinutes(ledger, meeting.date));
  if (minutes <= 0) return ledger;
  const record: MeetingRecord = { ...meeting, title: meeting.title.slice(0, MAX_NOTE_LENGTH), minutes };
  return { ...ledger, days: { ...ledger.days, [meeting.date]: dayMinutes(ledger, meeting.date) + minutes }, meetings: [...(ledger.meetings ?? []), record] };
}

export function startBlock(ledger: Ledger, block: RunningBlock): Ledger {
  return { ...ledger, running: block };
}

export function blockEnd(block: RunningBlock): number {
  return block.startedAt + block.plannedMinutes * MINUTE_MS;
}

export function isRunning(ledger: Ledger, now: number): boolean {
  return ledger.running !== undefined && now < blockEnd(ledger.running);
}

/**
 * Minutes a block may count when it ends at `now`: its time so far, but never more than
 * planned, never past the midnight after it started and never over MAX_BLOCK_MINUTES — so a
 * block left running overnight counts its planned length, not fourteen hours.
 */
export function creditableMinutes(block: RunningBlock, now: number): number {
  const end = Math.min(now, blockEnd(block), nextLocalMidnight(block.startedAt).getTime(), block.startedAt + MAX_BLOCK_MINUTES * MINUTE_MS);
  return Math.max(0, Math.floor((end - block.startedAt) / MINUTE_MS));
}

/** Ends the running block and books its minutes on the day it started. */
export function finishBlock(ledger: Ledger, now: number): { ledger: Ledger; record?: BlockRecord } {
  const block = ledger.running;
  if (!block) return { ledger };
  const date = localDate(new Date(block.startedAt));
  const minutes = Math.min(creditableMinutes(block, now), MINUTES_PER_DAY - dayMinutes(ledger, date));
  const rest: Ledger = { ...ledger };
  delete rest.running;
  if (minutes <= 0) return { ledger: rest };
  const record: BlockRecord = { id: block.id, date, startedAt: block.startedAt, minutes, plannedMinutes: block.plannedMinutes, ...(block.focus ? { focus: block.focus } : {}) };
  return { ledger: { ...rest, days: { ...rest.days, [date]: dayMinutes(rest, date) + minutes }, blocks: [...rest.blocks, record] }, record };
}

/** Keeps what a finished block was spent on, for the week's self-check. */
export function addBlockNote(ledger: Ledger, record: BlockRecord, text: string, at: number): Ledger {
  const note: LedgerNote = { date: record.date, at, text: text.trim().slice(0, MAX_NOTE_LENGTH), minutes: record.minutes, source: 'block', ...(record.focus ? { focus: record.focus } : {}) };
  return note.text ? { ...ledger, notes: [...ledger.notes, note] } : ledger;
}

/** The oldest date the history keeps. */
export function oldestKeptDate(now: number): string {
  return localDate(addLocalDays(startOfLocalDay(now), -(HISTORY_DAYS - 1)));
}

/** Drops everything older than a year. */
export function prune(ledger: Ledger, now: number): Ledger {
  const cutoff = oldestKeptDate(now);
  const days: Record<string, number> = {};
  for (const [date, minutes] of Object.entries(ledger.days)) if (date >= cutoff) days[date] = minutes;
  return {
    ...ledger,
    days,
    blocks: ledger.blocks.filter((b) => b.date >= cutoff).slice(-MAX_ENTRIES),
    notes: ledger.notes.filter((n) => n.date >= cutoff).slice(-MAX_ENTRIES),
    ...(ledger.meetings ? { meetings: ledger.meetings.filter((m) => m.date >= cutoff).slice(-MAX_ENTRIES) } : {}),
  };
}

export interface DayTotal {
  date: string;
  day: DayKey;
  minutes: number;
}

/** Monday to Sunday of the week holding `now`. */
export function weekDays(ledger: Ledger, now: number): DayTotal[] {
  const monday = startOfIsoWeek(now);
  return Array.from({ length: 7 }, (_, i) => {
    const d = addLocalDays(monday, i);
    const date = localDate(d);
    return { date, day: DAY_KEYS[d.getDay()], minutes: dayMinutes(ledger, date) };
  });
}

export function weekMinutes(ledger: Ledger, now: number): number {
  return weekDays(ledger, now).reduce((sum, d) => sum + d.minutes, 0);
}

function weekRange(now: number): { from: string; to: string } {
  const monday = startOfIsoWeek(now);
  return { from: localDate(monday), to: localDate(addLocalDays(monday, 6)) };
}

export function weekNotes(ledger: Ledger, now: number): LedgerNote[] {
  const { from, to } = weekRange(now);
  return ledger.notes.filter((n) => n.date >= from && n.date <= to).sort((a, b) => a.at - b.at);
}

export function weekBlocks(ledger: Ledger, now: number): BlockRecord[] {
  const { from, to } = weekRange(now);
  return ledger.blocks.filter((b) => b.date >= from && b.date <= to);
}

export function weekMeetings(ledger: Ledger, now: number): MeetingRecord[] {
  const { from, to } = weekRange(now);
  return (ledger.meetings ?? []).filter((m) => m.date >= from && m.date <= to);
}

/** The last `weeks` ISO weeks, oldest first, this week last. */
export function weekTrend(ledger: Ledger, now: number, weeks: number): { label: string; minutes: number }[] {
  const monday = startOfIsoWeek(now);
  return Array.from({ length: weeks }, (_, i) => {
    const start = addLocalDays(monday, -7 * (weeks - 1 - i));
    return { label: isoWeek(start).label, minutes: weekMinutes(ledger, start.getTime()) };
  });
}
