// Checks the arguments of the leadership-time commands. Every refusal says what was wrong and
// what is accepted; nothing is changed by a refused request.
import { localDate, parseLocalDate } from './calendar';
import { MAX_BLOCK_MINUTES, MAX_NOTE_LENGTH, MINUTES_PER_DAY, oldestKeptDate } from './timeLedger';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export const MAX_SNOOZE_MINUTES = 14 * MINUTES_PER_DAY;
const MAX_FOCUS = 200;

const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message });
const shown = (x: unknown) => (typeof x === 'string' ? `"${x.slice(0, 40)}"` : (JSON.stringify(x) ?? String(x)).slice(0, 40));

function argObject(arg: unknown, command: string, example: string): Checked<Record<string, unknown>> {
  if (arg === undefined || arg === null) return { ok: true, value: {} };
  if (typeof arg !== 'object' || Array.isArray(arg)) return refuse(`${command} takes one object, for example ${example}; got ${shown(arg)}.`);
  return { ok: true, value: arg as Record<string, unknown> };
}

/** A whole number of minutes in [min, max]. */
export function checkMinutes(x: unknown, min: number, max: number, what: string): Checked<number> {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) {
    return refuse(`${what} must be a whole number of minutes from ${min} to ${max}; got ${shown(x)}.`);
  }
  return { ok: true, value: x };
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
export function checkLogRequest(arg: unknown, now: number, minutesThatDay: (date: string) => number): Checked<LogRequest> | 'ask' {
  const obj = argObject(arg, 'logLeadershipTime', '{ "minutes": 30 }');
  if (!obj.ok) return obj;
  const { minutes, note, date } = obj.value;
  if (minutes === undefined) return 'ask';
  const m = checkMinutes(minutes, 1, MINUTES_PER_DAY, 'Minutes');
  if (!m.ok) return refuse(`${m.message} Nothing was logged.`);
  const d = checkDate(date, now);
  if (!d.ok) return refuse(`${d.message} Nothing was logged.`);
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH)) return refuse(`The note must be text of at most ${MAX_NOTE_LENGTH} characters. Nothing was logged.`);
  const total = minutesThatDay(d.value) + m.value;
  if (total > MINUTES_PER_DAY) return refuse(`That would make ${total} minutes on ${d.value}, more than a day holds (${MINUTES_PER_DAY}). Nothing was logged.`);
  const text = typeof note === 'string' && note.trim() ? note.trim() : undefined;
  return { ok: true, value: { minutes: m.value, date: d.value, ...(text ? { note: text } : {}) } };
}

/** A 'YYYY-MM-DD' date that is neither in the future nor older than the kept history; today when absent. */
export function checkDate(x: unknown, now: number): Checked<string> {
  const today = localDate(new Date(now));
  if (x === undefined) return { ok: true, value: today };
  if (typeof x !== 'string' || !parseLocalDate(x)) return refuse(`The date must be a real calendar date written YYYY-MM-DD; got ${shown(x)}.`);
  if (x > today) return refuse(`${x} is in the future; log time once it is done.`);
  const oldest = oldestKeptDate(now);
  if (x < oldest) return refuse(`${x} is more than a year ago; the history keeps one year (from ${oldest}).`);
  return { ok: true, value: x };
}

/** `startLeadershipBlock({ minutes?, focus? })`: minutes absent means ask. */
export function checkBlockRequest(arg: unknown): Checked<{ minutes?: number; focus?: string }> {
  const obj = argObject(arg, 'startLeadershipBlock', '{ "minutes": 50, "focus": "Team vision" }');
  if (!obj.ok) return obj;
  const { minutes, focus } = obj.value;
  if (focus !== undefined && (typeof focus !== 'string' || focus.length > MAX_FOCUS)) return refuse(`The focus must be text of at most ${MAX_FOCUS} characters.`);
  const text = typeof focus === 'string' && focus.trim() ? focus.trim() : undefined;
  if (minutes === undefined) return { ok: true, value: text ? { focus: text } : {} };
  const m = checkMinutes(minutes, 1, MAX_BLOCK_MINUTES, 'A block');
  if (!m.ok) return m;
  return { ok: true, value: { minutes: m.value, ...(text ? { focus: text } : {}) } };
}

/** `snoozeReminders({ minutes? })`: 0 resumes reminders at once; absent means ask. */
export function checkSnoozeRequest(arg: unknown): Checked<{ minutes?: number }> {
  const obj = argObject(arg, 'snoozeReminders', '{ "minutes": 60 }');
  if (!obj.ok) return obj;
  if (obj.value.minutes === undefined) return { ok: true, value: {} };
  const m = checkMinutes(obj.value.minutes, 0, MAX_SNOOZE_MINUTES, 'A snooze');
  return m.ok ? { ok: true, value: { minutes: m.value } } : m;
}
