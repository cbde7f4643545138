// The two moments the calendar speaks up: `calendar.prepareMinutes` before a 1:1 or retro (one
// notification, in one window), and once it has ended (count it as leadership time). Pure: the
// clock, the window's meetings and the shared state come in; what to do goes out. The state
// lives in global state, shared by every window, so one occurrence is reminded of once and
// counted once, across windows and reloads.
import type { CalendarMeeting } from './calendarWindow';
import { MINUTE_MS } from './localDays';
import { isQuietMinute, type QuietHours } from './quietHours';
import { minuteOfDay } from './localDays';
import type { Localizer } from '../shared/localizer';
import { isRecord } from '../shared/records';
import { formatMinutes } from './timeOfDay';

export const MEETING_STATE_VERSION = 1;
/** Claims and counts are kept this long: longer than the window looks back (7 days). */
const KEEP_MS = 40 * 24 * 60 * MINUTE_MS;
const MAX_ENTRIES = 2000;
/** A claim that was never shown (its window closed mid-way) is given up after this. */
export const STALE_CLAIM_MS = 60_000;
/** Meetings that ended longer ago than this are not offered for counting any more. */
export const COUNT_OFFER_MS = 12 * 60 * MINUTE_MS;
/** However far the next meeting, the reminder timer looks again after this (sleep, snooze ending, clock changes). */
export const MAX_REMINDER_WAIT_MS = 10 * MINUTE_MS;

export interface MeetingMark {
  /** The window that wrote it. */
  by: string;
  at: number;
  /** claimed: about to be shown (or counted); done: shown (or counted). */
  outcome: 'claimed' | 'done';
}

export interface MeetingPromptState {
  version: typeof MEETING_STATE_VERSION;
  /** Occurrence key (`uid@startISO`) → its reminder. */
  reminded: Readonly<Record<string, MeetingMark>>;
  /** Occurrence key → its counting as leadership time. */
  counted: Readonly<Record<string, MeetingMark>>;
}

export function emptyMeetingPromptState(): MeetingPromptState {
  return { version: MEETING_STATE_VERSION, reminded: {}, counted: {} };
}

function readMarks(raw: unknown): Record<string, MeetingMark> {
  const out: Record<string, MeetingMark> = {};
  if (!isRecord(raw)) return out;
  for (const [key, m] of Object.entries(raw)) {
    if (key.length <= 1024 && isRecord(m) && typeof m.by === 'string' && typeof m.at === 'number' && Number.isFinite(m.at) && (m.outcome === 'claimed' || m.outcome === 'done')) {
      out[key] = { by: m.by.slice(0, 64), at: m.at, outcome: m.outcome };
    }
  }
  return out;
}

/** Reads the stored state; undefined when it is not one (the caller keeps it aside and starts afresh). */
export function readMeetingPromptState(raw: unknown): MeetingPromptState | undefined {
  if (!isRecord(raw) || raw.version !== MEETING_STATE_VERSION) return undefined;
  return { version: MEETING_STATE_VERSION, reminded: readMarks(raw.reminded), counted: readMarks(raw.counted) };
}

export function pruneMeetingPromptState(state: MeetingPromptState, now: number): MeetingPromptState {
  const keep = (marks: Readonly<Record<string, MeetingMark>>) =>
    Object.fromEntries(Object.entries(marks).filter(([, m]) => now - m.at < KEEP_MS).slice(-MAX_ENTRIES));
  return { version: MEETING_STATE_VERSION, reminded: keep(state.reminded), counted: keep(state.counted) };
}

export function withMark(state: MeetingPromptState, list: 'reminded' | 'counted', key: string, mark: MeetingMark | undefined): MeetingPromptState {
  const marks = { ...state[list] };
  if (mark) marks[key] = mark;
  else delete marks[key];
  return { ...state, [list]: marks };
}

/** Whether a mark settles its occurrence: done, or claimed by a window within the last minute. */
export function settled(mark: MeetingMark | undefined, now: number): boolean {
  return mark !== undefined && (mark.outcome === 'done' || now - mark.at < STALE_CLAIM_MS);
}

/** What holds a reminder back: the same as the scheduled nudges. */
export interface ReminderGate {
  enabled: boolean;
  quiet?: QuietHours;
  snoozedUntil?: number;
  inBlock: boolean;
}

export type ReminderDecision = { kind: 'none'; reason: string } | { kind: 'show'; meeting: CalendarMeeting };

/**
 * The reminder due at `now`: the earliest of `due` (the window's `dueReminders`: 1:1s and retros
 * starting within `prepareMinutes`) not yet settled. Nothing while reminders are off, snoozed,
 * in quiet hours or while a leadership block runs; the meeting is then left for a later check
 * (the block may end before the meeting starts).
 */
export function decideMeetingReminder(now: number, due: readonly CalendarMeeting[], state: MeetingPromptState, gate: ReminderGate): ReminderDecision {
  if (!gate.enabled) return { kind: 'none', reason: 'reminders are off' };
  const open = due.filter((m) => m.start.getTime() > now && !settled(state.reminded[m.key], now));
  if (open.length === 0) return { kind: 'none', reason: 'nothing due' };
  if (gate.inBlock) return { kind: 'none', reason: 'a leadership block is running' };
  if (gate.snoozedUntil !== undefined && now < gate.snoozedUntil) return { kind: 'none', reason: 'snoozed' };
  if (isQuietMinute(minuteOfDay(now), gate.quiet)) return { kind: 'none', reason: 'quiet hours' };
  return { kind: 'show', meeting: open[0] };
}

/**
 * When to look again: the moment the next meeting after the ones due now comes within
 * `prepareMinutes`, but never later than MAX_REMINDER_WAIT_MS (the laptop sleeps, the clock
 * changes) and never sooner than a second. While a due reminder is held back (snooze, a block,
 * quiet hours) it looks again every minute, so it can still show before the meeting starts.
 */
export function nextReminderCheck(now: number, prepareMinutes: number, nextStartAfter: (t: Date) => Date | undefined, heldBack = false): number {
  const lead = Math.max(0, prepareMinutes) * MINUTE_MS;
  const next = nextStartAfter(new Date(now + lead));
  const due = next ? next.getTime() - lead : Number.POSITIVE_INFINITY;
  return Math.max(now + 1000, Math.min(due, now + (heldBack ? MINUTE_MS : MAX_REMINDER_WAIT_MS)));
}

/** Meetings that ended within COUNT_OFFER_MS and were not counted yet, oldest first (from the window's `endedMeetingsToCount`). */
export function meetingsToCount(ended: readonly CalendarMeeting[], state: MeetingPromptState, now: number): CalendarMeeting[] {
  return ended.filter((m) => now - m.end.getTime() <= COUNT_OFFER_MS && !settled(state.counted[m.key], now));
}

/** Minutes a meeting counts for: its length, at least 1, at most 4 h (an all-day "retro" is not a workday of leadership). */
export function countableMinutes(meeting: Pick<CalendarMeeting, 'minutes'>): number {
  return Math.max(1, Math.min(240, Math.round(meeting.minutes)));
}

/**
 * An ended meeting offered for counting (`calendar.countMeetings: ask`): the newest one waiting,
 * and how many more wait behind it. The leadership-time status-bar item and "For you now" show it.
 */
export interface MeetingOffer {
  key: string;
  /** "1:1 with Ana", or the retro's title. */
  name: string;
  minutes: number;
  /** Other ended meetings not yet counted. */
  more: number;
}

/** The offer's words: the action ("Log 30m") and the whole sentence for a tooltip or a screen reader. */
export function meetingOfferText(offer: MeetingOffer, l10n: Localizer): { action: string; sentence: string } {
  const minutes = formatMinutes(offer.minutes, l10n);
  return {
    action: l10n.t('Log {0}', minutes),
    sentence: offer.more > 0
      ? l10n.t('{0} ended: log its {1} as leadership time ({2} more meetings waiting).', offer.name, minutes, offer.more)
      : l10n.t('{0} ended: log its {1} as leadership time.', offer.name, minutes),
  };
}

/** Minutes until `start`, rounded up, for "in 10 min". */
export function minutesUntil(start: Date, now: number): number {
  return Math.max(0, Math.ceil((start.getTime() - now) / MINUTE_MS));
}
