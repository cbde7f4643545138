// Local-calendar arithmetic. Days are stepped through the Date constructor's day field, never by
// adding 24 h, so a daylight-saving change keeps wall-clock times (a 09:30 slot stays at 09:30).

export const MINUTE_MS = 60_000;

export function startOfLocalDay(t: number | Date): Date {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** The local day `n` days after the day of `t`, at midnight. */
export function addLocalDays(t: number | Date, n: number): Date {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
}

/** `minute` minutes after midnight on the local day of `day`, as a wall-clock time. */
export function atMinuteOfDay(day: number | Date, minute: number): Date {
  const d = new Date(day);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), Math.floor(minute / 60), minute % 60);
}

export function minuteOfDay(t: number | Date): number {
  const d = new Date(t);
  return d.getHours() * 60 + d.getMinutes();
}

export function nextLocalMidnight(t: number | Date): Date {
  return addLocalDays(t, 1);
}

/** Monday 00:00 of the ISO week holding `t`. */
export function startOfIsoWeek(t: number | Date): Date {
  const d = startOfLocalDay(t);
  return addLocalDays(d, -((d.getDay() + 6) % 7));
}
