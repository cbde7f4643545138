// The week in words and numbers: the summary panel's model, the self-check's summary line and
// notes, and the "behind on leadership time" signal for tip ranking.
import type { DayKey, RhythmDay } from '../shared/settings';
import { isoWeek, localDate, parseLocalDate } from './calendar';
import { startOfIsoWeek } from './localDays';
import type { TargetConfig } from './scheduleValidation';
import { formatMinutes } from './timeOfDay';
import { weekBlocks, weekDays, weekNotes, weekTrend, type Ledger, type LedgerNote } from './timeLedger';

const DAY_LABEL: Record<DayKey, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
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
}

/** `Thu 19 Nov` */
export function shortDate(date: string): string {
  const d = parseLocalDate(date);
  if (!d) return date;
  return `${DAY_LABEL[(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as DayKey[])[d.getDay()]]} ${d.getDate()} ${MONTHS[d.getMonth()]}`;
}

export function summaryLine(minutes: number, targetMinutes: number, blocks: number): string {
  const inBlocks = blocks > 0 ? `, ${blocks} ${blocks === 1 ? 'block' : 'blocks'} in the editor` : '';
  if (targetMinutes <= 0) return `Leadership time this week: ${formatMinutes(minutes)} (no target set)${inBlocks}.`;
  if (minutes === 0) return `Leadership time this week: none logged yet, against a target of ${formatMinutes(targetMinutes)}.`;
  const percent = Math.round((minutes / targetMinutes) * 100);
  return `Leadership time this week: ${formatMinutes(minutes)} of a ${formatMinutes(targetMinutes)} target (${percent} %)${inBlocks}.`;
}

/** `Thu 19 Nov · 50m · Q3 vision — drafted the outline` */
export function noteLine(note: LedgerNote): string {
  const what = note.focus && note.focus !== note.text ? `${note.focus} — ${note.text}` : note.text;
  return `${shortDate(note.date)} · ${formatMinutes(note.minutes)}${note.source === 'logged' ? ' logged' : ''} · ${what}`;
}

export function weekNoteLines(ledger: Ledger, now: number): string[] {
  return weekNotes(ledger, now).map(noteLine);
}

export function weekSummaryLine(ledger: Ledger, now: number, target: TargetConfig): string {
  const minutes = weekDays(ledger, now).reduce((s, d) => s + d.minutes, 0);
  return summaryLine(minutes, target.targetMinutes, weekBlocks(ledger, now).length);
}

/**
 * The week holding `now` in one line for the weekly self-check, worded for any week (the
 * self-check may be for a past one): `2h 10m of leadership time against a 6h target (36 %), 2
 * blocks in the editor.` Empty when nothing was logged, so the self-check can say so its way.
 */
export function weekReportLine(ledger: Ledger, now: number, target: TargetConfig): string {
  const minutes = weekDays(ledger, now).reduce((s, d) => s + d.minutes, 0);
  if (minutes === 0) return '';
  const blocks = weekBlocks(ledger, now).length;
  const inBlocks = blocks > 0 ? `, ${blocks} ${blocks === 1 ? 'block' : 'blocks'} in the editor` : '';
  const against = target.targetMinutes > 0 ? ` against a ${formatMinutes(target.targetMinutes)} target (${Math.round((minutes / target.targetMinutes) * 100)} %)` : '';
  return `${formatMinutes(minutes)} of leadership time${against}${inBlocks}.`;
}

export function weekSummary(ledger: Ledger, now: number, target: TargetConfig, rhythm: Record<DayKey, RhythmDay>, today: string): WeekSummaryModel {
  const days = weekDays(ledger, now).map((d) => ({ date: d.date, label: DAY_LABEL[d.day], rhythm: rhythm[d.day], minutes: d.minutes, today: d.date === today }));
  const minutes = days.reduce((s, d) => s + d.minutes, 0);
  const monday = startOfIsoWeek(now);
  const trend = weekTrend(ledger, now, TREND_WEEKS).map((w, i) => ({ ...w, current: i === TREND_WEEKS - 1 }));
  return {
    week: isoWeek(monday).label,
    range: `${shortDate(days[0].date)} – ${shortDate(days[6].date)}`,
    minutes,
    targetMinutes: target.targetMinutes,
    days,
    trend,
    notes: weekNoteLines(ledger, now),
    summaryLine: summaryLine(minutes, target.targetMinutes, weekBlocks(ledger, now).length),
  };
}

/** `15:30` today, `Thu 15:30` within the week, `Mon 30 Nov 00:00` further away. */
export function whenText(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  if (new Date(now).toDateString() === d.toDateString()) return time;
  const date = shortDate(localDate(d));
  return ms - now < 6 * 24 * 3600_000 ? `${date.slice(0, 3)} ${time}` : `${date} ${time}`;
}
