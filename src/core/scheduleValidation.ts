import type { DayKey, RhythmDay } from '../shared/settings';
import { isQuietMinute, quietHoursText, type QuietHours } from './quietHours';
import { formatTimeOfDay, parseTimeOfDay } from './timeOfDay';

/** One valid entry of `reminders.schedule`. `index` is its place in the setting, for messages. */
export interface NudgeSlot {
  index: number;
  days: DayKey[];
  minute: number;
  message: string;
}

export interface ReminderConfig {
  enabled: boolean;
  slots: NudgeSlot[];
  quiet?: QuietHours;
  rhythm: Record<DayKey, RhythmDay>;
}

export interface TargetConfig {
  targetPercent: number;
  weeklyHours: number;
  targetMinutes: number;
}

/** The raw settings, as read from the configuration (anything may be in them). */
export interface RawReminderSettings {
  enabled: unknown;
  schedule: unknown;
  quietHours: unknown;
  weeklyRhythm: unknown;
}

export const DEFAULT_RHYTHM: Readonly<Record<DayKey, RhythmDay>> = { mon: 'manage', tue: 'manage', wed: 'manage', thu: 'lead', fri: 'lead', sat: 'off', sun: 'off' };
export const DEFAULT_QUIET: QuietHours = { start: 18 * 60, end: 9 * 60 };
const DAYS: readonly DayKey[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const RHYTHM_DAYS: readonly RhythmDay[] = ['manage', 'lead', 'off'];
const MAX_MESSAGE = 300;
const MAX_SLOTS = 50;
export const DEFAULT_NUDGE_MESSAGE = 'Time for leadership work: block time for vision, coaching or team health.';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const show = (x: unknown) => (typeof x === 'string' ? `"${x.slice(0, 40)}"` : JSON.stringify(x) ?? String(x));

/**
 * Reads the reminder settings. Each problem is named in plain words (which entry, what is wrong,
 * what happens instead); a broken entry is left out and the rest keeps working.
 */
export function readReminderConfig(raw: RawReminderSettings): { config: ReminderConfig; problems: string[] } {
  const problems: string[] = [];
  const enabled = raw.enabled === undefined ? true : raw.enabled === true;
  if (raw.enabled !== undefined && typeof raw.enabled !== 'boolean') problems.push(`reminders.enabled must be true or false; got ${show(raw.enabled)}. Reminders are off until it is fixed.`);

  const rhythm: Record<DayKey, RhythmDay> = { ...DEFAULT_RHYTHM };
  if (raw.weeklyRhythm !== undefined && !isRecord(raw.weeklyRhythm)) problems.push(`weeklyRhythm must be an object such as { "mon": "manage" }; the default rhythm is used.`);
  else if (isRecord(raw.weeklyRhythm)) {
    for (const [day, value] of Object.entries(raw.weeklyRhythm)) {
      if (!DAYS.includes(day as DayKey)) problems.push(`weeklyRhythm: "${day}" is not a day (use mon, tue, wed, thu, fri, sat, sun); ignored.`);
      else if (!RHYTHM_DAYS.includes(value as RhythmDay)) problems.push(`weeklyRhythm.${day} must be manage, lead or off; got ${show(value)}. ${day} stays ${DEFAULT_RHYTHM[day as DayKey]}.`);
      else rhythm[day as DayKey] = value as RhythmDay;
    }
  }

  let quiet: QuietHours | undefined = DEFAULT_QUIET;
  if (raw.quietHours !== undefined && raw.quietHours !== null) {
    const q = isRecord(raw.quietHours) ? raw.quietHours : {};
    const start = parseTimeOfDay(q.start);
    const end = parseTimeOfDay(q.end);
    if (start === undefined || end === undefined) {
      const bad = start === undefined ? `start ${show(q.start)}` : `end ${show(q.end)}`;
      problems.push(`reminders.quietHours: ${bad} is not a 24-hour HH:MM time; the default quiet hours ${quietHoursText(DEFAULT_QUIET)} are used.`);
    } else quiet = { start, end };
  }

  const slots: NudgeSlot[] = [];
  const schedule = raw.schedule ?? [];
  if (!Array.isArray(schedule)) problems.push(`reminders.schedule must be a list of { "days": [...], "time": "HH:MM" }; no nudges are scheduled.`);
  else {
    schedule.slice(0, MAX_SLOTS).forEach((entry, index) => {
      const name = `reminders.schedule[${index}]`;
      const problem = slotProblem(entry);
      if (problem) {
        problems.push(`${name}: ${problem}; this entry is skipped.`);
        return;
      }
      const e = entry as { days: DayKey[]; time: string; message?: string };
      const minute = parseTimeOfDay(e.time)!;
      if (isQuietMinute(minute, quiet)) problems.push(`${name}: ${e.time} falls inside the quiet hours ${quietHoursText(quiet!)}, so it never shows.`);
      const message = typeof e.message === 'string' && e.message.trim() ? e.message.trim().slice(0, MAX_MESSAGE) : DEFAULT_NUDGE_MESSAGE;
      slots.push({ index, days: [...new Set(e.days)], minute, message });
    });
    if (schedule.length > MAX_SLOTS) problems.push(`reminders.schedule has ${schedule.length} entries; only the first ${MAX_SLOTS} are used.`);
  }
  return { config: { enabled, slots, quiet, rhythm }, problems };
}

function slotProblem(entry: unknown): string | undefined {
  if (!isRecord(entry)) return `must be an object such as { "days": ["thu"], "time": "14:00" }; got ${show(entry)}`;
  if (!Array.isArray(entry.days) || entry.days.length === 0) return `"days" must be a non-empty list of mon, tue, wed, thu, fri, sat, sun`;
  const badDay = entry.days.find((d) => !DAYS.includes(d as DayKey));
  if (badDay !== undefined) return `${show(badDay)} is not a day (use mon, tue, wed, thu, fri, sat, sun)`;
  if (parseTimeOfDay(entry.time) === undefined) return `time ${show(entry.time)} is not a 24-hour HH:MM time such as 14:30`;
  if (entry.message !== undefined && typeof entry.message !== 'string') return `"message" must be text`;
  return undefined;
}

/** The weekly target from `leadershipTime.targetPercent` × `leadershipTime.weeklyHours`. */
export function readTargetConfig(percent: unknown, hours: unknown): { config: TargetConfig; problems: string[] } {
  const problems: string[] = [];
  let targetPercent = 15;
  let weeklyHours = 40;
  if (typeof percent === 'number' && Number.isFinite(percent) && percent >= 0 && percent <= 100) targetPercent = percent;
  else if (percent !== undefined) problems.push(`leadershipTime.targetPercent must be a number from 0 to 100; got ${show(percent)}. 15 is used.`);
  if (typeof hours === 'number' && Number.isFinite(hours) && hours >= 1 && hours <= 168) weeklyHours = hours;
  else if (hours !== undefined) problems.push(`leadershipTime.weeklyHours must be a number from 1 to 168; got ${show(hours)}. 40 is used.`);
  return { config: { targetPercent, weeklyHours, targetMinutes: Math.round((targetPercent * weeklyHours * 60) / 100) }, problems };
}

export function slotLabel(slot: NudgeSlot): string {
  return `${slot.days.join(', ')} ${formatTimeOfDay(slot.minute)}`;
}
