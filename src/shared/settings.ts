import type { Role } from './contentTypes';
import { isRecord } from './records';

export type DayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** The days of the week in the settings' order, Monday first. */
export const WEEK_DAYS: readonly DayKey[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export type RhythmDay = 'manage' | 'lead' | 'off';

export interface ReminderSlot {
  days: DayKey[];
  time: string;
  message?: string;
}

/**
 * Mirrors `contributes.configuration` in package.json (without the `leadershipPrompts.`
 * prefix), so a setting name is never a loose string. test/unit/settings.test.ts keeps the
 * two in step.
 */
export interface Settings {
  role: Role;
  notesFolder: string;
  'leadershipTime.targetPercent': number;
  'leadershipTime.weeklyHours': number;
  weeklyRhythm: Partial<Record<DayKey, RhythmDay>>;
  'reminders.enabled': boolean;
  'reminders.schedule': ReminderSlot[];
  'reminders.quietHours': { start: string; end: string };
  'statusBar.enabled': boolean;
  contentFolders: string[];
  'context.signals': Partial<Record<'rhythm' | 'document' | 'oneOnOnes' | 'leadershipTime' | 'gitActivity', boolean>>;
  'mentor.useLanguageModel': boolean;
  'oneOnOnes.cadenceDays': number;
  'calendar.files': string[];
  'calendar.urls': string[];
  'calendar.prepareMinutes': number;
  'calendar.countMeetings': 'ask' | 'auto' | 'off';
}

export const SETTINGS_SECTION = 'leadershipPrompts';
export type SettingKey = keyof Settings;

/** The default weekly rhythm (package.json's default of `weeklyRhythm`): manage early in the week, lead later. */
export const DEFAULT_RHYTHM: Readonly<Record<DayKey, RhythmDay>> = { mon: 'manage', tue: 'manage', wed: 'manage', thu: 'lead', fri: 'lead', sat: 'off', sun: 'off' };
export const RHYTHM_DAYS: readonly RhythmDay[] = ['manage', 'lead', 'off'];

/**
 * The weekly rhythm from `weeklyRhythm` as written (anything may be in it): each day as set, a
 * day not set or set to something other than manage, lead or off as in the default. The one
 * reading of the setting (SettingsStore.rhythm(); core/scheduleValidation.ts names the problems).
 */
export function weeklyRhythm(raw: unknown): Record<DayKey, RhythmDay> {
  const rhythm = { ...DEFAULT_RHYTHM };
  if (!isRecord(raw)) return rhythm;
  for (const day of WEEK_DAYS) {
    const value = raw[day];
    if (RHYTHM_DAYS.includes(value as RhythmDay)) rhythm[day] = value as RhythmDay;
  }
  return rhythm;
}

/**
 * What `SettingsStore.get` answers when a setting holds a value of the wrong kind (a hand-edited
 * settings.json): the manifest's default. The settings whose bad values are reported to the user
 * (reminders, leadership time, rhythm) are read raw by the code that reports them.
 * test/unit/settings.test.ts keeps these equal to package.json's defaults.
 */
export const SETTING_DEFAULTS: { readonly [K in SettingKey]: Settings[K] } = {
  role: 'engineering-manager',
  notesFolder: '',
  'leadershipTime.targetPercent': 15,
  'leadershipTime.weeklyHours': 40,
  weeklyRhythm: DEFAULT_RHYTHM,
  'reminders.enabled': true,
  'reminders.schedule': [],
  'reminders.quietHours': { start: '18:00', end: '09:00' },
  'statusBar.enabled': true,
  contentFolders: [],
  'context.signals': { rhythm: true, document: true, oneOnOnes: true, leadershipTime: true, gitActivity: true },
  'mentor.useLanguageModel': false,
  'oneOnOnes.cadenceDays': 14,
  'calendar.files': [],
  'calendar.urls': [],
  'calendar.prepareMinutes': 10,
  'calendar.countMeetings': 'ask',
};

/** Whether `value` has the kind the setting's type promises (deep enough for every reader of it). */
export function settingFits<K extends SettingKey>(key: K, value: unknown): value is Settings[K] {
  const fallback: unknown = SETTING_DEFAULTS[key];
  if (key === 'contentFolders' || key === 'calendar.files' || key === 'calendar.urls') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  if (key === 'context.signals') return isRecord(value) && Object.values(value).every((v) => typeof v === 'boolean');
  if (key === 'weeklyRhythm') return isRecord(value) && Object.values(value).every((v) => RHYTHM_DAYS.includes(v as RhythmDay));
  if (key === 'calendar.countMeetings') return value === 'ask' || value === 'auto' || value === 'off';
  if (key === 'calendar.prepareMinutes') return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 120;
  if (Array.isArray(fallback)) return Array.isArray(value);
  if (isRecord(fallback)) return isRecord(value);
  return typeof value === typeof fallback;
}
