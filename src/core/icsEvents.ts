// Parse and expand iCalendar (RFC 5545) text into occurrences within a window. The only module
// that imports ical.js (Mozilla's parser behind Thunderbird): callers load it lazily, only when
// a calendar is configured. No timers, no I/O: the caller passes `yieldToHost`, and the work is
// cut into slices of about `budgetMs` between which it is awaited.
import ICAL from 'ical.js';
import { calendarDaysBetween } from './calendar';
import type { CalendarOccurrence, ExpandedCalendar } from './calendarTypes';
import { emailAddress } from './emailAddress';
import { Slicer, type HostSlicing } from './hostSlices';
import { isKnownZone, wallTimeToDate } from './ianaZones';
import { calendarProperty, splitIcs, type IcsBlock } from './icsSplit';
import { addLocalDays } from './localDays';

type Component = InstanceType<typeof ICAL.Component>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalTime = InstanceType<typeof ICAL.Time>;
type Timezone = InstanceType<typeof ICAL.Timezone>;

export interface ExpandOptions extends HostSlicing {
  from: Date;
  to: Date;
  /** At most this many occurrences of one event inside the window. */
  maxOccurrencesPerEvent?: number;
}

/** Parse calls get at most about this many characters, so one call stays well inside a slice. */
const CHUNK_CHARS = 12_000;
/** Recurrence steps tried per event before giving up (a rule with COUNT cannot be skipped ahead). */
const MAX_STEPS_PER_EVENT = 100_000;
/** More than any zone's offset from UTC (±14 h) plus a floating time's. */
const WALL_SLACK_MS = 2 * 86_400_000;
const SECONDS: Record<string, number> = { SECONDLY: 1, MINUTELY: 60, HOURLY: 3600, DAILY: 86_400, WEEKLY: 604_800 };

/**
 * Problem lines for the output channel: each kind is written out at most three times, then
 * counted, so a file with a thousand broken events gives four lines, not a thousand.
 */
class ProblemList {
  private readonly lines: string[] = [];
  private readonly counts = new Map<string, number>();

  add(kind: string, line: string): void {
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    if (n <= 3 && !this.lines.includes(line)) this.lines.push(line);
  }

  list(): string[] {
    const out = [...this.lines];
    for (const [kind, n] of this.counts) if (n > 3) out.push(`And ${n - 3} more ${kind}.`);
    return out;
  }
}

/**
 * A parser's error message without what it quotes from the file (a description can carry a
 * meeting link with its password) and without addresses: problems go to an output channel.
 */
function safeMessage(e: unknown): string {
  return String((e as Error)?.message ?? e).replace(/"[^"]*"?/g, '"…"').replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, '…').slice(0, 120);
}

/**
 * The occurrences of `text`'s events that overlap `from`…`to`, sorted by start. Left out:
 * cancelled events and occurrences (`STATUS:CANCELLED`) and occurrences the owner declined
 * (`PARTSTAT=DECLINED`). The owner is `X-WR-CALNAME` when that is an email address, else the
 * address that appears in the most events as organizer or attendee (none on a tie).
 * Nothing throws: what cannot be read is reported in `problems`, one line per kind of trouble.
 */
export async function expandCalendar(text: string, options: ExpandOptions): Promise<ExpandedCalendar> {
  const max = options.maxOccurrencesPerEvent ?? 500;
  const slicer = new Slicer(options);
  const problems = new ProblemList();
  const split = await splitIcs(text, () => slicer.maybePause());
  if (!split.sawCalendar) return { events: [], problems: ['Not a calendar: no BEGIN:VCALENDAR line.'] };

  // Events that cannot reach the window (wall times more than two days outside it, no
  // recurrence) are not parsed at all: in a year-long export that is most of them. They still
  // count towards the owner.
  const from = options.from.getTime();
  const to = options.to.getTime();
  const calendarOwner = emailAddress(calendarProperty(split, 'X-WR-CALNAME'));
  const counts = new Map<string, number>();
  const eventBlocks: IcsBlock[] = [];
  let complete = 0;
  for (const block of split.blocks) {
    if (block.name !== 'VEVENT') continue;
    complete++;
    const facts = block.facts ?? { repeats: true, hasDuration: true, addresses: [] };
    if (!calendarOwner) for (const a of facts.addresses) counts.set(a, (counts.get(a) ?? 0) + 1);
    const end = facts.hasDuration ? undefined : Math.max(facts.startWall ?? -Infinity, facts.endWall ?? -Infinity);
    const outside = !facts.repeats && facts.startWall !== undefined && (facts.startWall >= to + WALL_SLACK_MS || (end !== undefined && end <= from - WALL_SLACK_MS));
    if (!outside) eventBlocks.push(block);
    if ((complete & 255) === 0) await slicer.maybePause();
  }

  const root = new ICAL.Component(['vcalendar', [], []]);
  const events: Component[] = [];
  for (const block of split.blocks) {
    if (block.name !== 'VTIMEZONE') continue;
    const [zone] = parseBlocks([block], problems);
    if (!zone) continue;
    root.addSubcomponent(zone);
    // The Timezone every time of this TZID will be given (ical.js keeps one per calendar).
    const tzid = zone.getFirstPropertyValue('tzid');
    const timezone = typeof tzid === 'string' ? root.getTimeZoneByID(tzid) : null;
    if (timezone) rememberOffsets(timezone);
  }
  for (let i = 0; i < eventBlocks.length;) {
    const chunk: IcsBlock[] = [];
    let chars = 0;
    while (i < eventBlocks.length && (chunk.length === 0 || chars + eventBlocks[i].text.length <= CHUNK_CHARS)) {
      chars += eventBlocks[i].text.length;
      chunk.push(eventBlocks[i++]);
    }
    for (const jcal of parseBlocks(chunk, problems)) events.push(new ICAL.Component(jcal.jCal, root));
    await slicer.maybePause();
  }
  if (split.truncated) {
    problems.add('truncated', split.openBlock
      ? `The file ends inside a ${split.openBlock.name} that starts on line ${split.openBlock.line} (half-written?): ${complete} complete event(s) read, the rest left out.`
      : `The file ends before END:VCALENDAR (half-written?): ${complete} complete event(s) read.`);
  }

  const owner = calendarOwner ?? mostFrequent(counts);
  const expander = new Expander(options.from.getTime(), options.to.getTime(), max, owner, problems, slicer);
  for (const [, group] of groupByUid(events)) {
    await expander.expand(group);
    await slicer.maybePause();
  }
  const out = expander.occurrences;
  out.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
  for (const zone of expander.unknownZones) problems.add('unknown time zones', `Unknown time zone "${zone.slice(0, 60)}": its times are read as floating (this machine's local time).`);
  const list = problems.list();
  return owner ? { events: out, problems: list, owner } : { events: out, problems: list };
}

/** Parses blocks in one call; when that fails, one by one, reporting each one that fails. */
function parseBlocks(blocks: IcsBlock[], problems: ProblemList): Component[] {
  const wrap = (b: IcsBlock[]) => new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${b.map((x) => x.text).join('\r\n')}\r\nEND:VCALENDAR\r\n`) as unknown as unknown[]).getAllSubcomponents();
  try {
    return wrap(blocks);
  } catch {
    const out: Component[] = [];
    for (const b of blocks) {
      try {
        out.push(...wrap([b]));
      } catch (e) {
        problems.add('components that could not be read', `The ${b.name} on line ${b.line} could not be read and was left out: ${safeMessage(e)}`);
      }
    }
    return out;
  }
}

function groupByUid(events: Component[]): Map<string, Component[]> {
  const groups = new Map<string, Component[]>();
  let anonymous = 0;
  for (const c of events) {
    const uid = String(c.getFirstPropertyValue('uid') ?? '') || `no-uid-${anonymous++}`;
    const g = groups.get(uid);
    if (g) g.push(c);
    else groups.set(uid, [c]);
  }
  return groups;
}

/**
 * ical.js finds a zone's offset by walking the zone's list of changes, deep-copying each change
 * it looks at, every time it converts or compares a zoned time; its recurrence iterator compares
 * (so converts) at every step. A zone's offset changes on few days, so this zone keeps its
 * answers: one per month when no change of the zone falls within two days of that month (the
 * answer is then the same all month), else one per day when ical.js gives the same at 00:00:00
 * and 23:59:59; on the day of a change it asks ical.js as before.
 */
function rememberOffsets(zone: Timezone): void {
  const computed = zone.utcOffset.bind(zone);
  const months = new Map<number, number>();
  const days = new Map<number, number>();
  zone.utcOffset = (t: IcalTime): number => {
    const year = t.year;
    const month = t.month;
    const monthKey = year * 13 + month;
    let offset = months.get(monthKey);
    if (offset === undefined) {
      // Asking once also makes ical.js work out the zone's changes for that year.
      offset = computed(ICAL.Time.fromData({ year, month, day: 15, hour: 12, minute: 0, second: 0 }));
      if (changeWithin(zone.changes, Date.UTC(year, month - 1, 1) - WALL_SLACK_MS, Date.UTC(year, month, 1) + WALL_SLACK_MS)) offset = Number.NaN;
      months.set(monthKey, offset);
    }
    if (!Number.isNaN(offset)) return offset;
    const day = t.day;
    const dayKey = monthKey * 32 + day;
    offset = days.get(dayKey);
    if (offset === undefined) {
      const atStart = computed(ICAL.Time.fromData({ year, month, day, hour: 0, minute: 0, second: 0 }));
      const atEnd = computed(ICAL.Time.fromData({ year, month, day, hour: 23, minute: 59, second: 59 }));
      offset = atStart === atEnd ? atStart : Number.NaN;
      days.set(dayKey, offset);
    }
    return Number.isNaN(offset) ? computed(t) : offset;
  };
}

/** Whether one of a zone's changes (ical.js keeps them in UTC) falls from `from` to `to`. */
function changeWithin(changes: unknown, from: number, to: number): boolean {
  if (!Array.isArray(changes)) return true;
  for (const c of changes as { year: number; month: number; day: number; hour: number; minute: number; second: number }[]) {
    const at = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
    if (at >= from && at <= to) return true;
  }
  return false;
}

/**
 * Where an occurrence of a series ends: a timed one lasts exactly as long as the first
 * (RFC 5545 3.8.5.3), a day-long one the same number of days.
 */
function occurrenceEnd(start: Date, allDay: boolean, days: number, durationMs: number): Date {
  return allDay ? addLocalDays(start, days) : new Date(start.getTime() + durationMs);
}

/** A time's wall-clock reading as if it were UTC: cheap, and within ±14 h of the real instant. */
function wallMs(t: IcalTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

function addressOf(prop: InstanceType<typeof ICAL.Property>): string | undefined {
  return emailAddress(prop.getFirstValue()) ?? emailAddress(prop.getParameter('email'));
}

function participants(c: Component): { organizer?: string; all: string[] } {
  const organizerProp = c.getFirstProperty('organizer');
  const organizer = organizerProp ? addressOf(organizerProp) : undefined;
  const all = new Set<string>(organizer ? [organizer] : []);
  for (const p of c.getAllProperties('attendee')) {
    const a = addressOf(p);
    if (a) all.add(a);
  }
  return { organizer, all: [...all] };
}

/** The address counted most often; none on a tie for the top. */
function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  let tie = false;
  for (const [a, n] of counts) {
    if (n > bestCount) [best, bestCount, tie] = [a, n, false];
    else if (n === bestCount) tie = true;
  }
  return tie ? undefined : best;
}

class Expander {
  readonly occurrences: CalendarOccurrence[] = [];
  readonly unknownZones = new Set<string>();
  private readonly dayOffsets = new Map<object, Map<number, number>>();
  private readonly changeMinutes = new Map<object, Map<string, number>>();
  private readonly shared = new Map<Component, Omit<CalendarOccurrence, 'start' | 'end' | 'allDay'> | null>();

  constructor(
    private readonly from: number,
    private readonly to: number,
    private readonly max: number,
    private readonly owner: string | undefined,
    private readonly problems: ProblemList,
    private readonly slicer: Slicer,
  ) {}

  async expand(group: Component[]): Promise<void> {
    const masters = group.filter((c) => !c.hasProperty('recurrence-id'));
    try {
      if (masters.length === 0) {
        // Moved occurrences whose series is not in the file: each stands on its own.
        for (const c of group) this.single(new ICAL.Event(c));
        return;
      }
      // A UID written twice without RECURRENCE-ID (a sloppy export): the first one gets the
      // moved occurrences, the others stand on their own.
      for (const [i, master] of masters.entries()) {
        const event = new ICAL.Event(master, { strictExceptions: true });
        if (i === 0) for (const c of group) if (c.hasProperty('recurrence-id')) event.relateException(c);
        if (!event.isRecurring()) this.single(event);
        else await this.recurring(event);
      }
    } catch (e) {
      this.problems.add('events that could not be expanded', `An event could not be expanded and was left out: ${safeMessage(e)}`);
    }
  }

  private single(event: IcalEvent): void {
    if (!event.component.hasProperty('dtstart')) return;
    const startTime = event.startDate;
    if (this.surelyOutside(startTime, event.endDate)) return;
    const start = this.toDate(startTime, event.component, 'dtstart');
    this.addAt(event, start, this.endOf(event, startTime, start), startTime.isDate);
  }

  /**
   * When the item that starts at `startTime` (= `start`) ends. A day-long event ends at the
   * local midnight after its last day (one day when it says nothing). A timed one ends at DTEND;
   * a DURATION's hours, minutes and seconds are exact (RFC 5545 3.3.6: 30 minutes stay 30
   * minutes across a change of the clocks), its days and weeks are calendar days.
   */
  private endOf(item: IcalEvent, startTime: IcalTime, start: Date): Date {
    const c = item.component;
    if (startTime.isDate) {
      const e = item.endDate;
      const end = new Date(e.year, e.month - 1, e.day);
      return end.getTime() > start.getTime() ? end : addLocalDays(start, 1);
    }
    let end = start;
    if (c.hasProperty('dtend')) end = this.toDate(item.endDate, c, 'dtend');
    else {
      const d = c.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration> | null;
      if (d) {
        const sign = d.isNegative ? -1 : 1;
        const days = d.weeks * 7 + d.days;
        let base = start;
        if (days) base = this.toDate(startTime.clone().adjust(sign * days, 0, 0, 0), c, 'dtstart');
        end = new Date(base.getTime() + sign * ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000);
      }
    }
    return end.getTime() < start.getTime() ? start : end;
  }

  /**
   * Whether wall-clock times are so far outside the window that no zone offset (at most ±14 h)
   * can bring them in: most events of a large export are, and converting a zoned time costs
   * ical.js a walk through the zone's changes.
   */
  private surelyOutside(start: IcalTime, end: IcalTime): boolean {
    return wallMs(start) >= this.to + WALL_SLACK_MS || Math.max(wallMs(end), wallMs(start)) <= this.from - WALL_SLACK_MS;
  }

  private async recurring(event: IcalEvent): Promise<void> {
    const startProp = event.component.getFirstProperty('dtstart');
    if (!startProp) return;
    const dtstart = event.startDate;
    const first = this.toDate(dtstart, event.component, 'dtstart');
    const firstEnd = this.endOf(event, dtstart, first);
    const durationMs = firstEnd.getTime() - first.getTime();
    const allDay = dtstart.isDate;
    const days = Math.max(1, calendarDaysBetween(first, firstEnd));
    const c = event.component;
    const rules = c.getAllProperties('rrule');
    // One rule and nothing else (no moved occurrences, RDATE or EXDATE): the rule's own iterator
    // gives the same times as the event's (RecurExpansion, which merges rules, dates and
    // exceptions and copies every time it passes on), without the merging and the copy.
    const plain = Object.keys(event.exceptions).length === 0;
    const single = plain && rules.length === 1 && !c.hasProperty('rdate') && !c.hasProperty('exdate');
    const walkFrom = this.skipAhead(event, dtstart, durationMs) ?? dtstart;
    const iterator: { next(): IcalTime | null } = single ? (rules[0].getFirstValue() as InstanceType<typeof ICAL.Recur>).iterator(walkFrom) : event.iterator(walkFrom);
    const seen = new Set<string>();
    let inWindow = 0;
    for (let step = 0; ; step++) {
      if (step >= MAX_STEPS_PER_EVENT) {
        this.problems.add('repeating events stopped early', `A repeating event stopped after ${MAX_STEPS_PER_EVENT} repetitions without reaching the end of the window; later ones are left out.`);
        break;
      }
      // The clock is read every 16 steps (a cold step can take 0.1 ms), a promise made only to yield.
      if ((step & 15) === 15 && this.slicer.due) await this.slicer.pause();
      const next = iterator.next();
      if (!next) break;
      // Original times past the window end the series (moved occurrences are handled below).
      const wall = wallMs(next);
      if (wall >= this.to + WALL_SLACK_MS || (wall >= this.to - WALL_SLACK_MS && this.toDate(next, event.component, 'dtstart').getTime() >= this.to)) break;
      // Long before the window: not converted, not looked at (an exception of it that moved into
      // the window is found below, as it is not in `seen`).
      if (wall + durationMs <= this.from - WALL_SLACK_MS) continue;
      if (plain) {
        // No exceptions: skip ical.js's lookup of one (it converts every occurrence to UTC).
        const start = this.toDate(next, c, 'dtstart');
        if (this.addAt(event, start, occurrenceEnd(start, allDay, days, durationMs), allDay) && ++inWindow >= this.max) break;
        continue;
      }
      const details = event.getOccurrenceDetails(next);
      seen.add(details.recurrenceId.toString());
      const item = details.item;
      const start = this.toDate(details.startDate, item.component, 'dtstart');
      let end: Date;
      if (item === event) end = occurrenceEnd(start, allDay, days, durationMs);
      else {
        // A moved occurrence keeps its own length (also when a RANGE=THISANDFUTURE one moved it).
        const own = this.toDate(item.startDate, item.component, 'dtstart');
        end = new Date(start.getTime() + this.endOf(item, item.startDate, own).getTime() - own.getTime());
      }
      if (this.addAt(item, start, end, details.startDate.isDate) && ++inWindow >= this.max) break;
    }
    // Occurrences moved into the window from outside the part that was walked.
    if (inWindow < this.max) {
      for (const [id, exception] of Object.entries(event.exceptions)) {
        if (seen.has(id)) continue;
        const start = this.toDate(exception.startDate, exception.component, 'dtstart');
        if (this.addAt(exception, start, this.endOf(exception, exception.startDate, start), exception.startDate.isDate) && ++inWindow >= this.max) break;
      }
    }
  }

  /**
   * A start from which to walk the rule instead of DTSTART, close before the window: a daily
   * rule begun ten years ago is not walked one day at a time. Only for rules whose pattern
   * repeats exactly every INTERVAL × period (no COUNT, which counts from DTSTART; no BYSETPOS;
   * one RRULE; SECONDLY…WEEKLY). The new start stays a whole number of periods after DTSTART
   * and at least one period plus the event's length before the window, so it never shows
   * itself (DTSTART counts as an occurrence even when the rule would not produce it).
   */
  private skipAhead(event: IcalEvent, dtstart: IcalTime, durationMs: number): IcalTime | undefined {
    const rules = event.component.getAllProperties('rrule');
    if (rules.length !== 1) return undefined;
    const rule = rules[0].getFirstValue() as InstanceType<typeof ICAL.Recur>;
    // MONTHLY rules are walked from DTSTART: twelve steps a year cost little, and moving the start
    // to a later month changed which day some months land on (a property test found one lost).
    const unit = SECONDS[rule.freq];
    if (!unit || rule.count || rule.parts.BYSETPOS) return undefined;
    const interval = Math.max(1, rule.interval || 1);
    const periodMs = unit * 1000 * interval;
    const latest = this.from - durationMs - periodMs;
    let periods = Math.floor((latest - this.toDate(dtstart, event.component, 'dtstart').getTime()) / periodMs) - 1;
    // Periods are counted on the wall clock, so DST can move the result by an hour: check it,
    // and step back where needed.
    for (let tries = 0; tries < 4 && periods > 0; tries++) {
      const start = dtstart.clone();
      if (unit >= 86_400) start.adjust((periods * interval * unit) / 86_400, 0, 0, 0);
      else start.adjust(0, 0, 0, periods * interval * unit);
      const over = this.toDate(start, event.component, 'dtstart').getTime() - latest;
      if (over <= 0) return start;
      periods -= Math.ceil(over / periodMs) + 1;
    }
    return undefined;
  }


  /** Adds the occurrence when it overlaps the window and is not cancelled or declined. */
  private addAt(item: IcalEvent, start: Date, end: Date, allDay: boolean): boolean {
    if (!(end.getTime() > this.from || (end.getTime() === start.getTime() && start.getTime() >= this.from)) || start.getTime() >= this.to) return false;
    const shared = this.sharedOf(item);
    if (!shared) return false;
    // Written out rather than spread: a spread of objects of a few shapes costs microseconds each.
    const occurrence: CalendarOccurrence = { uid: shared.uid, title: shared.title, start, end, allDay, attendees: shared.attendees };
    if (shared.organizer) occurrence.organizer = shared.organizer;
    if (shared.status) occurrence.status = shared.status;
    this.occurrences.push(occurrence);
    return true;
  }

  /**
   * What every occurrence of one VEVENT shares, read once; null when it is cancelled or the
   * owner declined it. The attendee list is frozen, as all its occurrences hold the same one.
   */
  private sharedOf(item: IcalEvent): Omit<CalendarOccurrence, 'start' | 'end' | 'allDay'> | null {
    const c = item.component;
    let shared = this.shared.get(c);
    if (shared === undefined) {
      const status = String(c.getFirstPropertyValue('status') ?? '').toUpperCase() || undefined;
      if (status === 'CANCELLED' || (this.owner && this.declinedByOwner(c))) shared = null;
      else {
        const { organizer, all } = participants(c);
        shared = { uid: item.uid ?? '', title: String(item.summary ?? '').trim(), attendees: Object.freeze(all) as string[] };
        if (organizer) shared.organizer = organizer;
        if (status) shared.status = status;
      }
      this.shared.set(c, shared);
    }
    return shared;
  }

  private declinedByOwner(c: Component): boolean {
    return c.getAllProperties('attendee').some((p) => addressOf(p) === this.owner && String(p.getParameter('partstat') ?? '').toUpperCase() === 'DECLINED');
  }

  /**
   * A time as a JavaScript Date. DATE values and floating times are the machine's local time;
   * a TZID the file does not define is looked up in the runtime's zone data, and read as
   * floating (reported once) when the runtime does not know it either.
   */
  private toDate(t: IcalTime, c: Component, propName: 'dtstart' | 'dtend'): Date {
    if (t.isDate) return new Date(t.year, t.month - 1, t.day);
    if (t.zone?.tzid === 'floating') {
      const tzid = c.getFirstProperty(propName)?.getParameter('tzid');
      if (typeof tzid === 'string' && tzid) {
        if (isKnownZone(tzid)) return wallTimeToDate(tzid, t.year, t.month, t.day, t.hour, t.minute, t.second) as Date;
        this.unknownZones.add(tzid);
      }
      return t.toJSDate();
    }
    const zone = t.zone;
    if (!zone || zone.tzid === 'UTC') return t.toJSDate();
    // ical.js finds a zone's offset by walking its list of changes, for every time it converts;
    // one offset per zone and day is enough, except on the days the offset changes.
    let days = this.dayOffsets.get(zone);
    if (!days) this.dayOffsets.set(zone, (days = new Map()));
    const day = (t.year * 13 + t.month) * 32 + t.day;
    let offset = days.get(day);
    if (offset === undefined) {
      const atStart = zone.utcOffset(ICAL.Time.fromData({ year: t.year, month: t.month, day: t.day, hour: 0, minute: 0, second: 0 }));
      const atEnd = zone.utcOffset(ICAL.Time.fromData({ year: t.year, month: t.month, day: t.day, hour: 23, minute: 59, second: 59 }));
      offset = atStart === atEnd ? atStart : Number.NaN;
      days.set(day, offset);
    }
    return Number.isNaN(offset) ? this.onChangeDay(t, zone) : new Date(wallMs(t) - offset * 1000);
  }

  /**
   * A time on a day the zone's offset changes. The clocks show the hour from the change on with
   * the old offset missing (spring) or twice (autumn); RFC 5545 3.3.5 reads a missing time with
   * the offset before the change, and a time shown twice is taken the first time, also with the
   * offset before. So: before the end of that hour, the offset before; from it on, the one after.
   */
  private onChangeDay(t: IcalTime, zone: NonNullable<IcalTime['zone']>): Date {
    const at = (minute: number) => zone.utcOffset(ICAL.Time.fromData({ year: t.year, month: t.month, day: t.day, hour: Math.floor(minute / 60), minute: minute % 60, second: 0 }));
    const before = at(0);
    const after = at(1439);
    const key = `${(t.year * 13 + t.month) * 32 + t.day}`;
    let changeMinute = this.changeMinutes.get(zone)?.get(key);
    if (changeMinute === undefined) {
      // The first minute of the day ical.js reads with the new offset: the start of that hour.
      let lo = 0;
      let hi = 1439;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (at(mid) === after) hi = mid;
        else lo = mid + 1;
      }
      changeMinute = lo;
      let byZone = this.changeMinutes.get(zone);
      if (!byZone) this.changeMinutes.set(zone, (byZone = new Map()));
      byZone.set(key, changeMinute);
    }
    const minuteOfDay = t.hour * 60 + t.minute + t.second / 60;
    const offset = minuteOfDay < changeMinute + Math.abs(after - before) / 60 ? before : after;
    return new Date(wallMs(t) - offset * 1000);
  }
}
