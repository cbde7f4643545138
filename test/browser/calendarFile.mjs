// A calendar file with one 1:1, as the browser tests write it into their workspace: "Weekly
// sync" between me@example.com and `email` (matched to the person whose profile has it), at
// `start`, for 30 minutes, times in UTC.
const utc = (d) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function oneOnOneCalendar({ uid, start, email }) {
  const end = new Date(start.getTime() + 30 * 60_000);
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Leadership Prompts tests//EN',
    'BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${utc(new Date())}`, `DTSTART:${utc(start)}`, `DTEND:${utc(end)}`,
    'SUMMARY:Weekly sync', 'ORGANIZER:mailto:me@example.com', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.com',
    `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${email}`, 'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n');
}
