import type { Localizer } from '../shared/localizer';
import { isoWeek, localDate } from './calendar';
import { addLocalDays, startOfIsoWeek } from './localDays';

/**
 * The port through which the leadership-time feature tells the self-check about a week. The
 * templates feature is handed a WeekReportProvider at wiring and never reaches for the time
 * log itself.
 */
export interface WeekReport {
  /** One line on the week's leadership time against the target, e.g. "4 h 30 min of 6 h (75 %)". Empty when nothing was logged. */
  summaryLine(): string;
  /** What the week's leadership blocks went on, one short note per block or entry. Empty when none. */
  blockNotes(): string[];
}

/** An ISO week: its label (`2026-W47`) and its Monday and Sunday as YYYY-MM-DD. */
export interface IsoWeekRange {
  label: string;
  start: string;
  end: string;
}

export type WeekReportProvider = (week: IsoWeekRange) => WeekReport | undefined | Promise<WeekReport | undefined>;

export function isoWeekRange(d: Date): IsoWeekRange {
  const monday = startOfIsoWeek(d);
  const sunday = addLocalDays(monday, 6);
  return { label: isoWeek(d).label, start: localDate(monday), end: localDate(sunday) };
}

/** What a provider said about a week, read once (a provider that throws counts as having said nothing). */
export interface WeekFacts {
  summary: string;
  notes: string[];
}

export function readWeekReport(report: WeekReport | undefined): WeekFacts {
  const safe = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch {
      return fallback;
    }
  };
  const summary = report ? safe(() => report.summaryLine(), '') : '';
  const notes = report ? safe(() => report.blockNotes(), []) : [];
  return {
    summary: typeof summary === 'string' ? summary.trim() : '',
    notes: Array.isArray(notes) ? notes.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map((n) => n.trim().replace(/\s*\n\s*/g, ' ')) : [],
  };
}

export interface LeadershipTarget {
  percent: number;
  weeklyHours: number;
}

/** `{{leadershipTime}}`: the provider's line, or an honest line saying nothing was logged, with the target from the settings. */
export function leadershipTimeText(facts: WeekFacts, week: IsoWeekRange, thisWeek: boolean, target: LeadershipTarget, l10n: Localizer): string {
  if (facts.summary) return facts.summary;
  const minutes = Math.round((target.percent / 100) * target.weeklyHours * 60);
  const nothing = thisWeek ? l10n.t('_No leadership time logged this week._') : l10n.t('_No leadership time logged in {0}._', week.label);
  const aim = minutes > 0 ? ` ${l10n.t('Your target is {0} a week ({1} % of {2} h).', hoursAndMinutes(minutes, l10n), target.percent, target.weeklyHours)}` : '';
  const estimate = thisWeek ? l10n.t('My estimate of the time I spent leading this week:') : l10n.t('My estimate of the time I spent leading in {0}:', week.label);
  return `${nothing}${aim}\n- ${estimate} `;
}

/** `{{blockNotes}}`: the notes as a list, or an honest line saying there were none. */
export function blockNotesText(facts: WeekFacts, week: IsoWeekRange, thisWeek: boolean, l10n: Localizer): string {
  if (facts.notes.length) return facts.notes.map((n) => `- ${n}`).join('\n');
  return thisWeek ? l10n.t('_No leadership blocks logged this week._') : l10n.t('_No leadership blocks logged in {0}._', week.label);
}

function hoursAndMinutes(minutes: number, l10n: Localizer): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h && m) return l10n.t({ message: '{0} h {1} min', args: [h, m], comment: ['A weekly target in hours and minutes, written out in a note'] });
  return h
    ? l10n.t({ message: '{0} h', args: [h], comment: ['A weekly target in whole hours, written out in a note'] })
    : l10n.t({ message: '{0} min', args: [m], comment: ['A weekly target in minutes, written out in a note'] });
}
