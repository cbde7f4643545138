/**
 * An e-mail address as the calendar compares them: `mailto:` and spaces taken off, lower case;
 * undefined when there is no `@`. Attendees, organisers, the calendar's owner and people's
 * profiles are all read through it, so they match however each was written.
 */
export function emailAddress(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const a = value.trim().replace(/^mailto:/i, '').trim().toLowerCase();
  return a.includes('@') ? a : undefined;
}
