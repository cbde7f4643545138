// The day a note is for, as a person types it in the 1:1 flow: `2026-03-02`, `today`,
// `tomorrow`, a weekday (`mon`, `monday`: the first one from today on), `next tue` (the
// Tuesday of next week, Monday to Sunday) or `+3` (in three days). And the working days to offer.
import type { Localizer } from '../shared/localizer';
import type { DayKey, RhythmDay } from '../shared/settings';
import { DAY_KEYS, localDate, parseLocalDate } from './calendar';
import { addLocalDays } from './localDays';

const WEEKDAYS: Readonly<Record<string, DayKey>> = {
  sun: 'sun', sunday: 'sun', mon: 'mon', monday: 'mon', tue: 'tue', tues: 'tue', tuesday: 'tue',
  wed: 'wed', wednesday: 'wed', thu: 'thu', thur: 'thu', thurs: 'thu', thursday: 'thu',
  fri: 'fri', friday: 'fri', sat: 'sat', saturday: 'sat',
};
const MAX_DAYS_AHEAD = 3660;

export type TypedDate = { ok: true; date: string } | { ok: false; message: string };

/** What `text` names, counted from `today` (a local date); a message saying what is accepted when it names no real day. */
export function parseMeetingDate(text: string, today: Date, l10n: Localizer): TypedDate {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const base = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const accepted = () => l10n.t('Type a date as YYYY-MM-DD, a weekday (mon, next tue), today, tomorrow or +3 (in three days).');
  if (!t) return { ok: false, message: accepted() };
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) {
    const [y, m, d] = t.split('-');
    const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    return parseLocalDate(iso) ? { ok: true, date: iso } : { ok: false, message: l10n.t('{0} is not a real date. {1}', text.trim(), accepted()) };
  }
  if (t === 'today') return { ok: true, date: localDate(base) };
  if (t === 'tomorrow') return { ok: true, date: localDate(addLocalDays(base, 1)) };
  const plus = /^\+ ?(\d{1,4})$/.exec(t);
  if (plus) {
    const n = Number(plus[1]);
    return n <= MAX_DAYS_AHEAD ? { ok: true, date: localDate(addLocalDays(base, n)) } : { ok: false, message: l10n.t('{0} is too far ahead. {1}', text.trim(), accepted()) };
  }
  const day = /^(next )?([a-z]+)$/.exec(t);
  const key = day && WEEKDAYS[day[2]];
  if (day && key) {
    const target = DAY_KEYS.indexOf(key);
    if (!day[1]) return { ok: true, date: localDate(addLocalDays(base, (target - base.getDay() + 7) % 7)) };
    // Next week's: from Monday of next week (weeks run Monday to Sunday).
    const toNextMonday = ((8 - base.getDay()) % 7) || 7;
    return { ok: true, date: localDate(addLocalDays(base, toNextMonday + ((target + 6) % 7))) };
  }
  return { ok: false, message: accepted() };
}

/** Today and the next `count` working days after it (days that are not `off` in the rhythm), as YYYY-MM-DD. */
export function nextWorkingDays(today: Date, rhythm: Readonly<Record<DayKey, RhythmDay>>, count: number): string[] {
  const base = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const out: string[] = [];
  for (let i = 1; out.length < count && i <= 14; i++) {
    const d = addLocalDays(base, i);
    if (rhythm[DAY_KEYS[d.getDay()]] !== 'off') out.push(localDate(d));
  }
  return out;
}
