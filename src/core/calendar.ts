import type { DayKey } from '../shared/settings';

export const DAY_KEYS: readonly DayKey[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Local calendar date as YYYY-MM-DD. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function dayKey(d: Date): DayKey {
  return DAY_KEYS[d.getDay()];
}

/** ISO 8601 week of a local date: the week belongs to the year of its Thursday. */
export function isoWeek(d: Date): { year: number; week: number; label: string } {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return { year: t.getUTCFullYear(), week, label: `${t.getUTCFullYear()}-W${pad(week)}` };
}

/** Parses YYYY-MM-DD into a local Date at midnight; undefined if it is not a real date. */
export function parseLocalDate(s: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return localDate(d) === s ? d : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Whole calendar days from `a` to `b` (negative when `b` is earlier). Counted between the
 * dates on the calendar (as UTC day numbers, where no day is 23 or 25 hours long), never by
 * dividing local milliseconds across a daylight-saving change. Strings must be real dates.
 */
export function calendarDaysBetween(a: string | Date, b: string | Date): number {
  return (utcDay(b) - utcDay(a)) / 86_400_000;
}

function utcDay(d: string | Date): number {
  if (typeof d === 'string') {
    const [y, m, day] = d.split('-').map(Number);
    return Date.UTC(y, m - 1, day);
  }
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
}
