// A calendar file with one 1:1, as the browser tests write it into their workspace: "Weekly
// sync" between me@example.com and `email` (matched to the person whose profile has it), at
// `start`, for 30 minutes, times in UTC; with `earlier`, a second one (another UID) at that time.
const utc = (d) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function oneOnOneCalendar({ uid, start, email, earlier }) {
  const event = (id, at) => [
    'BEGIN:VEVENT', `UID:${id}`, `DTSTAMP:${utc(new Date())}`, `DTSTART:${utc(at)}`, `DTEND:${utc(new Date(at.getTime() + 30 * 60_000))}`,
    'SUMMARY:Weekly sync', 'ORGANIZER:mailto:me@example.com', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.com',
    `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${email}`, 'END:VEVENT',
  ];
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Leadership Prompts tests//EN',
    ...event(uid, start),
    ...(earlier ? event(`earlier-${uid}`, earlier) : []),
    'END:VCALENDAR', '',
  ].join('\r\n');
}
