// Splits iCalendar text into its top-level components without parsing them, so a large file can
// be parsed a slice at a time (ical.js parses a whole string in one synchronous call). Lines are
// only looked at for BEGIN:/END: markers; unfolding and everything else is left to the parser.
import { emailAddress } from './emailAddress';

export interface IcsBlock {
  /** Upper-case component name: VEVENT, VTIMEZONE, VTODO … */
  name: string;
  /** The component's lines, BEGIN to END, as they are in the file. */
  text: string;
  /** 1-based line number of its BEGIN line, for problem messages. */
  line: number;
  /** For a VEVENT: what its own lines say, read while splitting. */
  facts?: RawEventFacts;
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

// Whether a content line is one of the properties read for the facts, tested in place (sticky,
// any case) so that lines nobody needs are never copied, nor their names upper-cased.
const WANTED = /(?:DTSTART|DTEND|DURATION|RRULE|RDATE|RECURRENCE-ID|ORGANIZER|ATTENDEE)[;:]/iy;
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
  let blockStartLine = 0;
  let blockStartPos = 0;
  let lineNo = 0;
  let pos = 0;
  let lastCalendarProperty = -1;
  let facts: RawEventFacts | undefined;
  let logical: string | undefined;
  const length = text.length;
  // A byte-order mark would hide the first BEGIN.
  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < length) {
    const lineStart = pos;
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = length;
    pos = nl + 1;
    lineNo++;
    if (lineNo % linesPerPause === 0) await pause();
    const first = text.charCodeAt(lineStart);
    const folded = first === 32 || first === 9;
    if (depth >= 2) {
      if (folded) {
        if (logical !== undefined) logical += lineOf(text, lineStart + 1, nl);
        continue;
      }
      if (facts && logical !== undefined) readFact(facts, logical);
      logical = undefined;
      // Only a line starting with B or E can open or close a component: no regex for the rest.
      const marker = first | 0x20;
      if (marker === 0x62 && BEGIN.test(lineOf(text, lineStart, nl))) depth++;
      else if (marker === 0x65 && END.test(lineOf(text, lineStart, nl))) {
        depth--;
        if (depth === 1) {
          const block: IcsBlock = { name: blockName, text: text.slice(blockStartPos, nl), line: blockStartLine };
          if (facts) block.facts = facts;
          out.blocks.push(block);
          facts = undefined;
        }
      } else if (depth === 2 && facts) {
        WANTED.lastIndex = lineStart;
        if (WANTED.test(text)) logical = lineOf(text, lineStart, nl);
      }
      continue;
    }
    const line = lineOf(text, lineStart, nl);
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
      blockStartLine = lineNo;
      blockStartPos = lineStart;
      facts = blockName === 'VEVENT' ? { repeats: false, hasDuration: false, addresses: [] } : undefined;
    } else if (END.test(line)) {
      depth = 0;
    } else if (line.trim()) {
      lastCalendarProperty = out.calendarProperties.push(line) - 1;
    }
  }
  if (depth >= 2) out.openBlock = { name: blockName, line: blockStartLine };
  out.truncated = depth > 0;
  return out;
}

/** The line from `start` to the line feed at `nl`, without a carriage return before it. */
function lineOf(text: string, start: number, nl: number): string {
  return text.slice(start, nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
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

/** What can be read off a VEVENT's own lines without parsing it. */
export interface RawEventFacts {
  /** DTSTART / DTEND as a wall-clock reading taken as UTC (within ±14 h of the instant). */
  startWall?: number;
  endWall?: number;
  /** RRULE, RDATE or RECURRENCE-ID: part of a series, never left unparsed. */
  repeats: boolean;
  hasDuration: boolean;
  /** Lower-case addresses of ORGANIZER and ATTENDEE lines (`mailto:` stripped), each once. */
  addresses: string[];
}

/** Where the value of a content line starts: after the first colon outside quoted parameters. */
function valueStart(line: string): number {
  const colon = line.indexOf(':');
  const quote = line.indexOf('"');
  // Most lines quote nothing before their value: two searches instead of a walk.
  if (quote < 0 || colon < quote) return colon < 0 ? -1 : colon + 1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 58 && !quoted) return i + 1;
  }
  return -1;
}

/** `count` decimal digits at `at`, or NaN. */
function digits(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A DATE or DATE-TIME value (`20260323` or `20260323T090000…`) as a wall-clock reading taken as
 * UTC; undefined when it is neither.
 */
function rawTime(value: string): number | undefined {
  const year = digits(value, 0, 4);
  const month = digits(value, 4, 2);
  const day = digits(value, 6, 2);
  if (Number.isNaN(year + month + day)) return undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  if (value.charCodeAt(8) === 84 /* T */) {
    const h = digits(value, 9, 2);
    const m = digits(value, 11, 2);
    const sec = digits(value, 13, 2);
    if (!Number.isNaN(h + m + sec)) [hour, minute, second] = [h, m, sec];
  }
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function readFact(facts: RawEventFacts, line: string): void {
  const at = valueStart(line);
  if (at < 0) return;
  const semi = line.indexOf(';');
  const name = line.slice(0, semi >= 0 && semi < at ? semi : at - 1).toUpperCase();
  switch (name) {
    case 'DTSTART':
    case 'DTEND': {
      const ms = rawTime(line.slice(at).trim());
      if (ms === undefined) return;
      if (name === 'DTSTART') facts.startWall ??= ms;
      else facts.endWall ??= ms;
      return;
    }
    case 'RRULE':
    case 'RDATE':
    case 'RECURRENCE-ID':
      facts.repeats = true;
      return;
    case 'DURATION':
      facts.hasDuration = true;
      return;
    case 'ORGANIZER':
    case 'ATTENDEE': {
      const address = emailAddress(line.slice(at));
      if (address && !facts.addresses.includes(address)) facts.addresses.push(address);
      return;
    }
  }
}
