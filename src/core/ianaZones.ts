// Wall-clock times in an IANA zone (`Europe/Berlin`) to absolute times, through the runtime's own
// time-zone data (Intl). Used for a TZID that a calendar names without defining it in a
// VTIMEZONE: RFC 5545 requires the definition, but some generators leave it out.

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      f = null; // RangeError: not a zone this runtime knows
    }
    formatters.set(zone, f);
  }
  return f;
}

/** Whether the runtime knows this zone id. */
export function isKnownZone(zone: string): boolean {
  return formatter(zone) !== null;
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(f: Intl.DateTimeFormat, ms: number): number {
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the zone's clocks show this wall time (month 1-12). In a gap (spring
 * forward) the time is read with the offset before the change, as RFC 5545 asks; in an overlap
 * the first of the two instants is taken. Undefined when the zone is unknown.
 */
export function wallTimeToDate(zone: string, year: number, month: number, day: number, hour: number, minute: number, second: number): Date | undefined {
  const f = formatter(zone);
  if (!f) return undefined;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const before = offsetAt(f, wall - 86_400_000);
  const after = offsetAt(f, wall + 86_400_000);
  // Two candidates, one per offset around the wall time; keep the earliest one that reads back.
  const candidates = [wall - Math.max(before, after), wall - Math.min(before, after)];
  for (const c of candidates) if (c + offsetAt(f, c) === wall) return new Date(c);
  return new Date(wall - before); // in a gap: the offset before the change
}
