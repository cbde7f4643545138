// Checks the arguments of the leadership-time commands. Every refusal says what was wrong and
// what is accepted; nothing is changed by a refused request.
import type { Localizer } from '../shared/localizer';
import { shownValue } from '../shared/records';
import { localDate, parseLocalDate } from './calendar';
import { MAX_BLOCK_MINUTES, MAX_NOTE_LENGTH, MINUTES_PER_DAY, oldestKeptDate } from './timeLedger';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export const MAX_SNOOZE_MINUTES = 14 * MINUTES_PER_DAY;
const MAX_FOCUS = 200;

const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message });

function argObject(arg: unknown, refusal: () => string): Checked<Record<string, unknown>> {
  if (arg === undefined || arg === null) return { ok: true, value: {} };
  if (typeof arg !== 'object' || Array.isArray(arg)) return refuse(refusal());
  return { ok: true, value: arg as Record<string, unknown> };
}

/** Whether `x` is a whole number of minutes in [min, max]. */
function isWholeMinutes(x: unknown, min: number, max: number): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;
}

export interface LogRequest {
  minutes: number;
  date: string;
  note?: string;
}

/**
 * `logLeadershipTime({ minutes, note?, date? })`. `'ask'` when minutes are absent (the command
 * then asks with an Input Box). `minutesThatDay` tells how much the day already holds, so a day
 * never adds up to more than 24 hours.
 */
export function checkLogRequest(arg: unknown, now: number, minutesThatDay: (date: string) => number, l10n: Localizer): Checked<LogRequest> | 'ask' {
  const obj = argObject(arg, () => l10n.t('logLeadershipTime takes one object, for example {0}; got {1}.', '{ "minutes": 30 }', shownValue(arg)));
  if (!obj.ok) return obj;
  const { minutes, note, date } = obj.value;
  if (minutes === undefined) return 'ask';
  if (!isWholeMinutes(minutes, 1, MINUTES_PER_DAY)) {
    return refuse(l10n.t('Minutes must be a whole number of minutes from {0} to {1}; got {2}. Nothing was logged.', 1, MINUTES_PER_DAY, shownValue(minutes)));
  }
  const d = checkDate(date, now, l10n);
  if (!d.ok) return refuse(l10n.t('{0} Nothing was logged.', d.message));
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH)) return refuse(l10n.t('The note must be text of at most {0} characters. Nothing was logged.', MAX_NOTE_LENGTH));
  const total = minutesThatDay(d.value) + minutes;
  if (total > MINUTES_PER_DAY) return refuse(l10n.t('That would make {0} minutes on {1}, more than a day holds ({2}). Nothing was logged.', total, d.value, MINUTES_PER_DAY));
  const text = typeof note === 'string' && note.trim() ? note.trim() : undefined;
  return { ok: true, value: { minutes, date: d.value, ...(text ? { note: text } : {}) } };
}

/** A 'YYYY-MM-DD' date that is neither in the future nor older than the kept history; today when absent. */
export function checkDate(x: unknown, now: number, l10n: Localizer): Checked<string> {
  const today = localDate(new Date(now));
  if (x === undefined) return { ok: true, value: today };
  if (typeof x !== 'string' || !parseLocalDate(x)) return refuse(l10n.t('The date must be a real calendar date written YYYY-MM-DD; got {0}.', shownValue(x)));
  if (x > today) return refuse(l10n.t('{0} is in the future; log time once it is done.', x));
  const oldest = oldestKeptDate(now);
  if (x < oldest) return refuse(l10n.t('{0} is more than a year ago; the history keeps one year (from {1}).', x, oldest));
  return { ok: true, value: x };
}

/** `startLeadershipBlock({ minutes?, focus? })`: minutes absent means ask. */
export function checkBlockRequest(arg: unknown, l10n: Localizer): Checked<{ minutes?: number; focus?: string }> {
  const obj = argObject(arg, () => l10n.t('startLeadershipBlock takes one object, for example {0}; got {1}.', '{ "minutes": 50, "focus": "Team vision" }', shownValue(arg)));
  if (!obj.ok) return obj;
  const { minutes, focus } = obj.value;
  if (focus !== undefined && (typeof focus !== 'string' || focus.length > MAX_FOCUS)) return refuse(l10n.t('The focus must be text of at most {0} characters.', MAX_FOCUS));
  const text = typeof focus === 'string' && focus.trim() ? focus.trim() : undefined;
  if (minutes === undefined) return { ok: true, value: text ? { focus: text } : {} };
  if (!isWholeMinutes(minutes, 1, MAX_BLOCK_MINUTES)) return refuse(l10n.t('A block must be a whole number of minutes from {0} to {1}; got {2}.', 1, MAX_BLOCK_MINUTES, shownValue(minutes)));
  return { ok: true, value: { minutes, ...(text ? { focus: text } : {}) } };
}

/** `snoozeReminders({ minutes? })`: 0 resumes reminders at once; absent means ask. */
export function checkSnoozeRequest(arg: unknown, l10n: Localizer): Checked<{ minutes?: number }> {
  const obj = argObject(arg, () => l10n.t('snoozeReminders takes one object, for example {0}; got {1}.', '{ "minutes": 60 }', shownValue(arg)));
  if (!obj.ok) return obj;
  const { minutes } = obj.value;
  if (minutes === undefined) return { ok: true, value: {} };
  if (!isWholeMinutes(minutes, 0, MAX_SNOOZE_MINUTES)) return refuse(l10n.t('A snooze must be a whole number of minutes from {0} to {1}; got {2}.', 0, MAX_SNOOZE_MINUTES, shownValue(minutes)));
  return { ok: true, value: { minutes } };
}
