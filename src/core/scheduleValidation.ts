import type { Localizer } from '../shared/localizer';
import { isRecord, shownValue } from '../shared/records';
import { DEFAULT_RHYTHM, RHYTHM_DAYS, WEEK_DAYS, weeklyRhythm, type DayKey, type RhythmDay } from '../shared/settings';
import { isQuietMinute, quietHoursText, type QuietHours } from './quietHours';
import { parseTimeOfDay } from './timeOfDay';

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

export const DEFAULT_QUIET: QuietHours = { start: 18 * 60, end: 9 * 60 };
const MAX_MESSAGE = 300;
const MAX_SLOTS = 50;
/** What a nudge says when its schedule entry has no message of its own. */
export function defaultNudgeMessage(l10n: Localizer): string {
  return l10n.t('Time for leadership work: block time for vision, coaching or team health.');
}

/**
 * Reads the reminder settings. Each problem is named in plain words (which entry, what is wrong,
 * what happens instead); a broken entry is left out and the rest keeps working.
 */
export function readReminderConfig(raw: RawReminderSettings, l10n: Localizer): { config: ReminderConfig; problems: string[] } {
  const problems: string[] = [];
  const enabled = raw.enabled === undefined ? true : raw.enabled === true;
  if (raw.enabled !== undefined && typeof raw.enabled !== 'boolean') problems.push(l10n.t('reminders.enabled must be true or false; got {0}. Reminders are off until it is fixed.', shownValue(raw.enabled)));

  const rhythm = weeklyRhythm(raw.weeklyRhythm);
  if (raw.weeklyRhythm !== undefined && !isRecord(raw.weeklyRhythm)) problems.push(l10n.t('weeklyRhythm must be an object such as {0}; the default rhythm is used.', '{ "mon": "manage" }'));
  else if (isRecord(raw.weeklyRhythm)) {
    for (const [day, value] of Object.entries(raw.weeklyRhythm)) {
      if (!WEEK_DAYS.includes(day as DayKey)) problems.push(l10n.t('weeklyRhythm: "{0}" is not a day (use mon, tue, wed, thu, fri, sat, sun); ignored.', day));
      else if (!RHYTHM_DAYS.includes(value as RhythmDay)) problems.push(l10n.t('weeklyRhythm.{0} must be manage, lead or off; got {1}. {0} stays {2}.', day, shownValue(value), DEFAULT_RHYTHM[day as DayKey]));
    }
  }

  let quiet: QuietHours | undefined = DEFAULT_QUIET;
  if (raw.quietHours !== undefined && raw.quietHours !== null) {
    const q = isRecord(raw.quietHours) ? raw.quietHours : {};
    const start = parseTimeOfDay(q.start);
    const end = parseTimeOfDay(q.end);
    if (start === undefined || end === undefined) {
      const [field, value] = start === undefined ? ['start', q.start] : ['end', q.end];
      problems.push(l10n.t('reminders.quietHours: {0} {1} is not a 24-hour HH:MM time; the default quiet hours {2} are used.', field, shownValue(value), quietHoursText(DEFAULT_QUIET)));
    } else quiet = { start, end };
  }

  const slots: NudgeSlot[] = [];
  const schedule = raw.schedule ?? [];
  if (!Array.isArray(schedule)) problems.push(l10n.t('reminders.schedule must be a list of {0}; no nudges are scheduled.', '{ "days": [...], "time": "HH:MM" }'));
  else {
    schedule.slice(0, MAX_SLOTS).forEach((entry, index) => {
      const name = `reminders.schedule[${index}]`;
      const problem = slotProblem(entry, l10n);
      if (problem) {
        problems.push(l10n.t('{0}: {1}; this entry is skipped.', name, problem));
        return;
      }
      const e = entry as { days: DayKey[]; time: string; message?: string };
      const minute = parseTimeOfDay(e.time)!;
      if (isQuietMinute(minute, quiet)) problems.push(l10n.t('{0}: {1} falls inside the quiet hours {2}, so it never shows.', name, e.time, quietHoursText(quiet!)));
      const message = typeof e.message === 'string' && e.message.trim() ? e.message.trim().slice(0, MAX_MESSAGE) : defaultNudgeMessage(l10n);
      slots.push({ index, days: [...new Set(e.days)], minute, message });
    });
    if (schedule.length > MAX_SLOTS) problems.push(l10n.t('reminders.schedule has {0} entries; only the first {1} are used.', schedule.length, MAX_SLOTS));
  }
  return { config: { enabled, slots, quiet, rhythm }, problems };
}

function slotProblem(entry: unknown, l10n: Localizer): string | undefined {
  if (!isRecord(entry)) return l10n.t('must be an object such as {0}; got {1}', '{ "days": ["thu"], "time": "14:00" }', shownValue(entry));
  if (!Array.isArray(entry.days) || entry.days.length === 0) return l10n.t('"days" must be a non-empty list of mon, tue, wed, thu, fri, sat, sun');
  const badDay = entry.days.find((d) => !WEEK_DAYS.includes(d as DayKey));
  if (badDay !== undefined) return l10n.t('{0} is not a day (use mon, tue, wed, thu, fri, sat, sun)', shownValue(badDay));
  if (parseTimeOfDay(entry.time) === undefined) return l10n.t('time {0} is not a 24-hour HH:MM time such as 14:30', shownValue(entry.time));
  if (entry.message !== undefined && typeof entry.message !== 'string') return l10n.t('"message" must be text');
  return undefined;
}

/** The weekly target from `leadershipTime.targetPercent` × `leadershipTime.weeklyHours`. */
export function readTargetConfig(percent: unknown, hours: unknown, l10n: Localizer): { config: TargetConfig; problems: string[] } {
  const problems: string[] = [];
  let targetPercent = 15;
  let weeklyHours = 40;
  if (typeof percent === 'number' && Number.isFinite(percent) && percent >= 0 && percent <= 100) targetPercent = percent;
  else if (percent !== undefined) problems.push(l10n.t('leadershipTime.targetPercent must be a number from 0 to 100; got {0}. 15 is used.', shownValue(percent)));
  if (typeof hours === 'number' && Number.isFinite(hours) && hours >= 1 && hours <= 168) weeklyHours = hours;
  else if (hours !== undefined) problems.push(l10n.t('leadershipTime.weeklyHours must be a number from 1 to 168; got {0}. 40 is used.', shownValue(hours)));
  return { config: { targetPercent, weeklyHours, targetMinutes: Math.round((targetPercent * weeklyHours * 60) / 100) }, problems };
}

