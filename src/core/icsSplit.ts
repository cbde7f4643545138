// Splits iCalendar text into its top-level components without parsing them, so a large file can
// be parsed a slice at a time (ical.js parses a whole string in one synchronous call). Lines are
// only looked at for BEGIN:/END: markers; unfolding and everything else is left to the parser.

export interface IcsBlock {
  /** Upper-case component name: VEVENT, VTIMEZONE, VTODO … */
  name: string;
  /** The component's lines, BEGIN to END, joined with CRLF. */
  text: string;
  /** 1-based line number of its BEGIN line, for problem messages. */
  line: number;
}

export interface IcsSplit {
  blocks: IcsBlock[];
  /** Unfolded top-level property lines of the VCALENDAR(s): `NAME;PARAMS:value`. */
  calendarProperties: string[];
  sawCalendar: boolean;
  /** The text ended inside a component or before END:VCALENDAR (a half-written file). */
  truncated: boolean;
  /** Name and line of the component the text ended in, when it did. */
  openBlock?: { name: string; line: number };
}

const BEGIN = /^BEGIN:([A-Za-z0-9-]+)\s*$/i;
const END = /^END:([A-Za-z0-9-]+)\s*$/i;

/**
 * Walks the text line by line. `pause` is awaited every `linesPerPause` lines so that a 20 MB
 * string never keeps the host busy in one go.
 */
export async function splitIcs(text: string, pause: () => Promise<void>, linesPerPause = 4000): Promise<IcsSplit> {
  const out: IcsSplit = { blocks: [], calendarProperties: [], sawCalendar: false, truncated: false };
  let depth = 0; // 0 outside, 1 inside VCALENDAR, ≥ 2 inside one of its components
  let blockName = '';
  let blockStart = 0;
  let blockLines: string[] = [];
  let lineNo = 0;
  let pos = 0;
  let lastCalendarProperty = -1;
  const length = text.length;
  // A byte-order mark would hide the first BEGIN.
  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = length;
    let line = text.slice(pos, nl);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    pos = nl + 1;
    lineNo++;
    if (lineNo % linesPerPause === 0) await pause();
    const folded = line.startsWith(' ') || line.startsWith('\t');
    if (depth >= 2) {
      blockLines.push(line);
      if (folded) continue;
      const begin = BEGIN.exec(line);
      if (begin) depth++;
      else if (END.test(line)) {
        depth--;
        if (depth === 1) {
          out.blocks.push({ name: blockName, text: blockLines.join('\r\n'), line: blockStart });
          blockLines = [];
        }
      }
      continue;
    }
    if (folded) {
      if (depth === 1 && lastCalendarProperty >= 0) out.calendarProperties[lastCalendarProperty] += line.slice(1);
      continue;
    }
    const begin = BEGIN.exec(line);
    if (depth === 0) {
      if (begin && begin[1].toUpperCase() === 'VCALENDAR') {
        depth = 1;
        out.sawCalendar = true;
      }
      continue;
    }
    // depth === 1
    lastCalendarProperty = -1;
    if (begin) {
      depth = 2;
      blockName = begin[1].toUpperCase();
      blockStart = lineNo;
      blockLines = [line];
    } else if (END.test(line)) {
      depth = 0;
    } else if (line.trim()) {
      lastCalendarProperty = out.calendarProperties.push(line) - 1;
    }
  }
  if (depth >= 2) out.openBlock = { name: blockName, line: blockStart };
  out.truncated = depth > 0;
  return out;
}

/** The value of a top-level property (`X-WR-CALNAME`), unescaped; undefined when absent. */
export function calendarProperty(split: IcsSplit, name: string): string | undefined {
  const upper = name.toUpperCase();
  for (const line of split.calendarProperties) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const head = line.slice(0, colon).split(';')[0].toUpperCase();
    if (head === upper) return line.slice(colon + 1).replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, ' ').trim();
  }
  return undefined;
}

/** What can be read off a VEVENT's text without parsing it. */
export interface RawEventFacts {
  /** DTSTART / DTEND as a wall-clock reading taken as UTC (within ±14 h of the instant). */
  startWall?: number;
  endWall?: number;
  /** RRULE, RDATE or RECURRENCE-ID: part of a series, never left unparsed. */
  repeats: boolean;
  hasDuration: boolean;
  /** Lower-case `mailto:` addresses of ORGANIZER and ATTENDEE lines, each once. */
  addresses: string[];
}

const RAW_DATE = /^(DTSTART|DTEND)(?:;[^\r\n]*?)?:(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?/gim;
const RAW_REPEATS = /^(?:RRULE|RDATE|RECURRENCE-ID)[;:]/im;
const RAW_DURATION = /^DURATION[;:]/im;
const RAW_PARTICIPANT = /^(?:ORGANIZER|ATTENDEE)[;:][^\r\n]*?mailto:([^\s;:,"<>]+@[^\s;:,"<>]+)\s*$/gim;

export function rawEventFacts(blockText: string): RawEventFacts {
  const text = blockText.replace(/\r?\n[ \t]/g, '');
  const facts: RawEventFacts = { repeats: RAW_REPEATS.test(text), hasDuration: RAW_DURATION.test(text), addresses: [] };
  for (const m of text.matchAll(RAW_DATE)) {
    const ms = Date.UTC(+m[2], +m[3] - 1, +m[4], +(m[5] ?? 0), +(m[6] ?? 0), +(m[7] ?? 0));
    if (m[1].toUpperCase() === 'DTSTART') facts.startWall ??= ms;
    else facts.endWall ??= ms;
  }
  const seen = new Set<string>();
  for (const m of text.matchAll(RAW_PARTICIPANT)) seen.add(m[1].toLowerCase());
  facts.addresses = [...seen];
  return facts;
}
