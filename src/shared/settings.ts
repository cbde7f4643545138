import type { Role } from './contentTypes';

export type DayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
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
}

export const SETTINGS_SECTION = 'leadershipPrompts';
export type SettingKey = keyof Settings;
