import { formatTimeOfDay } from './timeOfDay';

/** Minutes after midnight; `start` after `end` means the quiet time crosses midnight (18:00–09:00). */
export interface QuietHours {
  start: number;
  end: number;
}

/** Is this minute of the day quiet? Equal start and end means no quiet time at all. */
export function isQuietMinute(minute: number, quiet: QuietHours | undefined): boolean {
  if (!quiet || quiet.start === quiet.end) return false;
  return quiet.start < quiet.end ? minute >= quiet.start && minute < quiet.end : minute >= quiet.start || minute < quiet.end;
}

export function quietHoursText(quiet: QuietHours): string {
  return `${formatTimeOfDay(quiet.start)}–${formatTimeOfDay(quiet.end)}`;
}
