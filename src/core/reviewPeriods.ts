import type { Localizer } from '../shared/localizer';
import { calendarDaysBetween, localDate, parseLocalDate } from './calendar';
import { addLocalDays } from './localDays';

/** A period a review can cover, both ends included. */
export interface ReviewPeriod {
  id: 'last-3-months' | 'last-6-months' | 'last-12-months' | 'this-half' | 'previous-half';
  label: string;
  /** YYYY-MM-DD */
  from: string;
  to: string;
}

/** The same day `months` months earlier, or the month's last day when it has no such day (31 May → 28/29 Feb). */
function monthsBefore(d: Date, months: number): Date {
  const first = new Date(d.getFullYear(), d.getMonth() - months, 1);
  const lastDay = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
  return new Date(first.getFullYear(), first.getMonth(), Math.min(d.getDate(), lastDay));
}

/**
 * The periods the Quick Pick offers: the last 3, 6 and 12 months up to today (the day after the
 * same date months ago, so six months are six months and not a day more); this half-year so far
 * (1 January or 1 July up to today); and the half-year before, whole (for review season just after it ends).
 */
export function reviewPeriods(today: Date, l10n: Localizer): ReviewPeriod[] {
  const to = localDate(today);
  const last = (months: number) => {
    const start = monthsBefore(today, months);
    return localDate(addLocalDays(start, 1));
  };
  const y = today.getFullYear();
  const firstHalf = today.getMonth() < 6;
  const thisHalf = localDate(new Date(y, firstHalf ? 0 : 6, 1));
  const previous = firstHalf ? { from: `${y - 1}-07-01`, to: `${y - 1}-12-31` } : { from: `${y}-01-01`, to: `${y}-06-30` };
  return [
    { id: 'last-3-months', label: l10n.t('Last 3 months'), from: last(3), to },
    { id: 'last-6-months', label: l10n.t('Last 6 months'), from: last(6), to },
    { id: 'last-12-months', label: l10n.t('Last 12 months'), from: last(12), to },
    { id: 'this-half', label: firstHalf ? l10n.t('This half-year (January to June), so far') : l10n.t('This half-year (July to December), so far'), from: thisHalf, to },
    { id: 'previous-half', label: firstHalf ? l10n.t('Last half-year (July to December {0})', y - 1) : l10n.t('First half of this year (January to June)'), ...previous },
  ];
}

/** The default period of `preparePersonReview` (CONTRACT.md): the six months up to today. */
export function defaultReviewPeriod(today: Date, l10n: Localizer): ReviewPeriod {
  return reviewPeriods(today, l10n)[1];
}

/** Why a period cannot be reviewed (a date that is no date, from after to), or undefined when it can. */
export function validatePeriod(from: string, to: string, l10n: Localizer): string | undefined {
  for (const d of [from, to]) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return l10n.t('"{0}" is not a date; use YYYY-MM-DD.', d);
    if (!parseLocalDate(d)) return l10n.t('{0} does not exist on the calendar.', d);
  }
  if (from > to) return l10n.t('The period starts ({0}) after it ends ({1}); swap the dates.', from, to);
  return undefined;
}

/** A quarter or half-year that ended a short while ago: the moment For you can suggest a review prep. */
export interface EndedPeriod {
  kind: 'quarter' | 'half';
  label: string;
  from: string;
  to: string;
}

/**
 * The quarter that ended within the last `withinDays` days (the day after its last day counts
 * as day 1), as a half-year when it closed one (June, December); undefined otherwise.
 */
export function recentlyEndedPeriod(today: Date, l10n: Localizer, withinDays = 14): EndedPeriod | undefined {
  const y = today.getFullYear();
  const q = Math.floor(today.getMonth() / 3);
  // The last day of the quarter before the one holding today.
  const end = new Date(y, q * 3, 0);
  const start = new Date(end.getFullYear(), end.getMonth() - 2, 1);
  const since = calendarDaysBetween(end, today);
  if (since < 1 || since > withinDays) return undefined;
  const quarter = Math.floor(end.getMonth() / 3) + 1;
  if (quarter % 2 === 0) {
    const from = new Date(end.getFullYear(), end.getMonth() - 5, 1);
    const label = quarter === 2 ? l10n.t('the first half of {0}', end.getFullYear()) : l10n.t('the second half of {0}', end.getFullYear());
    return { kind: 'half', label, from: localDate(from), to: localDate(end) };
  }
  return { kind: 'quarter', label: l10n.t('Q{0} {1}', quarter, end.getFullYear()), from: localDate(start), to: localDate(end) };
}
