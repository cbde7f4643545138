// The week in words and numbers: the summary panel's model, the self-check's summary line and
// notes, and the "behind on leadership time" signal for tip ranking.
import type { Localizer } from '../shared/localizer';
import type { DayKey, RhythmDay } from '../shared/settings';
import { DAY_KEYS, isoWeek, parseLocalDate } from './calendar';
import { dayLabel, shortDateOf } from './dateWords';
import { minuteOfDay, startOfIsoWeek } from './localDays';
import type { TargetConfig } from './scheduleValidation';
import { formatMinutes, formatTimeOfDay } from './timeOfDay';
import { weekBlocks, weekDays, weekMeetings, weekNotes, weekTrend, type Ledger, type LedgerNote } from './timeLedger';

export const TREND_WEEKS = 8;

export interface SummaryDay {
  date: string;
  label: string;
  rhythm: RhythmDay;
  minutes: number;
  today: boolean;
}

export interface WeekSummaryModel {
  week: string;
  range: string;
  minutes: number;
  targetMinutes: number;
  days: SummaryDay[];
  trend: { label: string; minutes: number; current: boolean }[];
  notes: string[];
  summaryLine: string;
  /** Meeting time from the calendar apart from blocks and logged time; empty when no meeting was counted. */
  splitLine: string;
}

/** `Thu 19 Nov` (in English). */
export function shortDate(date: string, l10n: Localizer): string {
  const d = parseLocalDate(date);
  return d ? shortDateOf(d, l10n) : date;
}

function blocksText(blocks: number, l10n: Localizer): string {
  if (blocks === 0) return '';
  return blocks === 1 ? l10n.t(', 1 block in the editor') : l10n.t(', {0} blocks in the editor', blocks);
}

export function summaryLine(minutes: number, targetMinutes: number, blocks: number, l10n: Localizer): string {
  const inBlocks = blocksText(blocks, l10n);
  if (targetMinutes <= 0) return l10n.t('Leadership time this week: {0} (no target set){1}.', formatMinutes(minutes, l10n), inBlocks);
  if (minutes === 0) return l10n.t('Leadership time this week: none logged yet, against a target of {0}.', formatMinutes(targetMinutes, l10n));
  const percent = Math.round((minutes / targetMinutes) * 100);
  return l10n.t('Leadership time this week: {0} of a {1} target ({2} %){3}.', formatMinutes(minutes, l10n), formatMinutes(targetMinutes, l10n), percent, inBlocks);
}

/** `Thu 19 Nov · 50m · Q3 vision — drafted the outline` */
export function noteLine(note: LedgerNote, l10n: Localizer): string {
  const what = note.focus && note.focus !== note.text ? `${note.focus} — ${note.text}` : note.text;
  const minutes = note.source === 'logged' ? l10n.t('{0} logged', formatMinutes(note.minutes, l10n)) : formatMinutes(note.minutes, l10n);
  return `${shortDate(note.date, l10n)} · ${minutes} · ${what}`;
}

export function weekNoteLines(ledger: Ledger, now: number, l10n: Localizer): string[] {
  return weekNotes(ledger, now).map((n) => noteLine(n, l10n));
}

export function weekSummaryLine(ledger: Ledger, now: number, target: TargetConfig, l10n: Localizer): string {
  const minutes = weekDays(ledger, now).reduce((s, d) => s + d.minutes, 0);
  return summaryLine(minutes, target.targetMinutes, weekBlocks(ledger, now).length, l10n);
}

/**
 * The week holding `now` in one line for the weekly self-check, worded for any week (the
 * self-check may be for a past one): `2h 10m of leadership time against a 6h target (36 %), 2
 * blocks in the editor.` Empty when nothing was logged, so the self-check can say so its way.
 */
export function weekReportLine(ledger: Ledger, now: number, target: TargetConfig, l10n: Localizer): string {
  const minutes = weekDays(ledger, now).reduce((s, d) => s + d.minutes, 0);
  if (minutes === 0) return '';
  const inBlocks = blocksText(weekBlocks(ledger, now).length, l10n);
  if (target.targetMinutes <= 0) return l10n.t('{0} of leadership time{1}.', formatMinutes(minutes, l10n), inBlocks);
  const percent = Math.round((minutes / target.targetMinutes) * 100);
  return l10n.t('{0} of leadership time against a {1} target ({2} %){3}.', formatMinutes(minutes, l10n), formatMinutes(target.targetMinutes, l10n), percent, inBlocks);
}

export function weekSummary(ledger: Ledger, now: number, target: TargetConfig, rhythm: Record<DayKey, RhythmDay>, today: string, l10n: Localizer): WeekSummaryModel {
  const days = weekDays(ledger, now).map((d) => ({ date: d.date, label: dayLabel(d.day, l10n), rhythm: rhythm[d.day], minutes: d.minutes, today: d.date === today }));
  const minutes = days.reduce((s, d) => s + d.minutes, 0);
  const monday = startOfIsoWeek(now);
  const trend = weekTrend(ledger, now, TREND_WEEKS).map((w, i) => ({ ...w, current: i === TREND_WEEKS - 1 }));
  return {
    week: isoWeek(monday).label,
    range: `${shortDate(days[0].date, l10n)} – ${shortDate(days[6].date, l10n)}`,
    minutes,
    targetMinutes: target.targetMinutes,
    days,
    trend,
    notes: weekNoteLines(ledger, now, l10n),
    summaryLine: summaryLine(minutes, target.targetMinutes, weekBlocks(ledger, now).length, l10n),
    splitLine: splitLine(ledger, now, minutes, l10n),
  };
}

/** `Meetings from the calendar: 1h 30m · blocks in the editor: 50m · logged: 20m`, empty without meetings. */
export function splitLine(ledger: Ledger, now: number, minutes: number, l10n: Localizer): string {
  const meetings = weekMeetings(ledger, now);
  if (meetings.length === 0) return '';
  const meetingMinutes = meetings.reduce((s, m) => s + m.minutes, 0);
  const blockMinutes = weekBlocks(ledger, now).reduce((s, b) => s + b.minutes, 0);
  const logged = Math.max(0, minutes - meetingMinutes - blockMinutes);
  return l10n.t('Meetings from the calendar: {0} ({1}) · blocks in the editor: {2} · logged: {3}', formatMinutes(meetingMinutes, l10n), meetings.length, formatMinutes(blockMinutes, l10n), formatMinutes(logged, l10n));
}

/** `15:30` today, `Thu 15:30` within the week, `Mon 30 Nov 00:00` further away (in English). */
export function whenText(ms: number, l10n: Localizer, now = Date.now()): string {
  const d = new Date(ms);
  const time = formatTimeOfDay(minuteOfDay(d));
  if (new Date(now).toDateString() === d.toDateString()) return time;
  const date = ms - now < 6 * 24 * 3600_000 ? dayLabel(DAY_KEYS[d.getDay()], l10n) : shortDateOf(d, l10n);
  return l10n.t({ message: '{0} {1}', args: [date, time], comment: ['A day or date, then a time of day: "Thu 15:30"'] });
}
