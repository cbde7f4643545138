import { run } from './harness';

// Shared by the calendar's integration tests (calendar.test.ts, calendarAddresses.test.ts):
// calendar text to write, and the calendar's state as the test-only command reports it.

export interface SourceState { label: string; kind: 'file' | 'url'; events: number; problems: string[] }
export interface CalendarState { sources: SourceState[]; size: number }

export const calendarState = (arg?: unknown) => run<CalendarState>('_calendarState', arg);
const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** An iCalendar file of `events`, with an organiser and attendees where given. */
export function ics(events: { uid: string; title: string; start: Date; minutes: number; attendees?: string[] }[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Leadership Prompts tests//EN'];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utc(new Date())}`, `DTSTART:${utc(e.start)}`, `DTEND:${utc(new Date(e.start.getTime() + e.minutes * 60_000))}`, `SUMMARY:${e.title}`);
    if (e.attendees) {
      lines.push(`ORGANIZER:mailto:${e.attendees[0]}`);
      for (const a of e.attendees) lines.push(`ATTENDEE;PARTSTAT=ACCEPTED:mailto:${a}`);
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/** `h` hours from now, in whole minutes, so start and end survive the round trip through the ICS text exactly. */
export const inHours = (h: number) => new Date(Math.floor((Date.now() + h * 3_600_000) / 60_000) * 60_000);
