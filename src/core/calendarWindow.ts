// The calendars' occurrences merged into one sorted window, classified once, and the queries the
// extension asks many times (status bar, People view, reminders): binary search over the sorted
// starts, so `upcoming(24)` on thousands of events costs microseconds. Free of ical.js.
import type { Localizer } from '../shared/localizer';
import { localDate } from './calendar';
import type { CalendarEntry, CalendarOccurrence, ExpandedCalendar, MeetingKind, MeetingMatch, PersonRef } from './calendarTypes';
import { runAtOnce, runSliced, type HostSlicing } from './hostSlices';
import { MeetingMatcher, unmatchedTwoPersonEvents, type UnmatchedTwoPersonEvent } from './meetingMatch';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const MAX_UPCOMING_HOURS = 24 * 31;
/** prepareNextMeeting looks this far past `calendar.prepareMinutes` (CONTRACT.md). */
export const PREPARE_LOOKAHEAD_MS = 12 * HOUR;

/** A classified occurrence, with what a tooltip or a reminder needs. */
export interface CalendarMeeting extends Pick<CalendarOccurrence, 'uid' | 'title' | 'start' | 'end' | 'allDay'> {
  /** `uid@startISO`: one occurrence, stable across reloads and windows (reminders, counting). */
  key: string;
  kind: MeetingKind;
  person?: string;
  /** Why it was classified so, for a tooltip; empty for `other`. */
  reason: string;
  /** Its length in whole minutes. */
  minutes: number;
}

interface Item {
  meeting: CalendarMeeting;
  entry?: CalendarEntry;
}

function entryOf(item: Item): CalendarEntry {
  if (!item.entry) {
    const m = item.meeting;
    const e: CalendarEntry = { title: m.title, start: m.start.toISOString(), end: m.end.toISOString(), kind: m.kind };
    if (m.person) e.person = m.person;
    // Shared by every call that returns it (and handed to other extensions): not to be changed.
    item.entry = Object.freeze(e);
  }
  return item.entry;
}

/** First index whose value is ≥ x (values sorted ascending). */
function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What a window is made of: built in one go (the constructor) or a slice at a time (`build`). */
export interface WindowParts {
  items: Item[];
  starts: Float64Array;
  meetings: CalendarMeeting[];
  oneOnOneDays: Map<string, Set<string>>;
  occurrences: CalendarOccurrence[];
  owners: string[];
  matcher: MeetingMatcher;
}

/** Occurrences handled between two looks at the clock while a window is built. */
const STEP = 256;

/**
 * Builds a window's parts, yielding (a bare `yield`) every STEP occurrences so that the caller
 * can give the host its turn; only the sort runs as one piece (a few milliseconds for thousands).
 * Merges the calendars (the same uid and start in two files counts once) and classifies every
 * occurrence against the people's profiles.
 */
function* windowParts(calendars: readonly ExpandedCalendar[], people: readonly PersonRef[], l10n: Localizer): Generator<void, WindowParts, void> {
  const matcher = new MeetingMatcher(people, l10n);
  const owners = [...new Set(calendars.flatMap((c) => (c.owner ? [c.owner] : [])))];
  const seen = new Set<string>();
  const merged: { occurrence: CalendarOccurrence; key: string; start: number; end: number }[] = [];
  // Occurrences of different series often share a start: its ISO form is made once.
  const isoOf = new Map<number, string>();
  let done = 0;
  for (const calendar of calendars) {
    for (const occurrence of calendar.events) {
      if (++done % STEP === 0) yield;
      const start = occurrence.start.getTime();
      let iso = isoOf.get(start);
      if (iso === undefined) isoOf.set(start, (iso = occurrence.start.toISOString()));
      const key = `${occurrence.uid}@${iso}`;
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push({ occurrence, key, start, end: occurrence.end.getTime() });
    }
  }
  yield;
  merged.sort((a, b) => a.start - b.start || a.end - b.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  yield;
  const n = merged.length;
  const occurrences: CalendarOccurrence[] = new Array(n);
  const items: Item[] = new Array(n);
  const starts = new Float64Array(n);
  const meetings: CalendarMeeting[] = [];
  const oneOnOneDays = new Map<string, Set<string>>();
  // The occurrences of one series share their title and their (frozen) attendee list: each
  // pair is matched once.
  const matches = new Map<readonly string[], Map<string, MeetingMatch>>();
  for (let i = 0; i < n; i++) {
    if (i % STEP === STEP - 1) yield;
    const { occurrence: o, key, start, end } = merged[i];
    occurrences[i] = o;
    starts[i] = start;
    let byTitle = matches.get(o.attendees);
    if (!byTitle) matches.set(o.attendees, (byTitle = new Map()));
    let match = byTitle.get(o.title);
    if (!match) byTitle.set(o.title, (match = matcher.match(o)));
    const meeting: CalendarMeeting = {
      key, uid: o.uid, title: o.title, start: o.start, end: o.end, allDay: o.allDay, kind: match.kind, reason: match.reason,
      minutes: Math.round((end - start) / MINUTE),
    };
    if (match.person) meeting.person = match.person;
    items[i] = { meeting };
    if (meeting.kind !== 'other' && !meeting.allDay) meetings.push(meeting);
    if (meeting.kind === 'one-on-one' && meeting.person) {
      let days = oneOnOneDays.get(meeting.person);
      if (!days) oneOnOneDays.set(meeting.person, (days = new Set()));
      days.add(localDate(meeting.start));
    }
  }
  return { items, starts, meetings, oneOnOneDays, occurrences, owners, matcher };
}

export class CalendarWindow {
  private readonly items: Item[];
  private readonly starts: Float64Array;
  /** 1:1s and retros with a time of day (all-day ones are not reminded of or counted), by start. */
  private readonly meetings: CalendarMeeting[];
  private readonly oneOnOneDays: Map<string, Set<string>>;
  private readonly occurrences: CalendarOccurrence[];
  readonly owners: string[];
  private readonly matcher: MeetingMatcher;

  /**
   * Merges the calendars (the same uid and start in two files counts once) and classifies every
   * occurrence against the people's profiles, in one go; `build` does the same a slice at a time.
   * `parts` is for `build` only.
   */
  constructor(calendars: readonly ExpandedCalendar[], people: readonly PersonRef[], l10n: Localizer, parts?: WindowParts) {
    parts ??= runAtOnce(windowParts(calendars, people, l10n));
    ({ items: this.items, starts: this.starts, meetings: this.meetings, oneOnOneDays: this.oneOnOneDays, occurrences: this.occurrences, owners: this.owners, matcher: this.matcher } = parts);
  }

  /**
   * The same window as the constructor's, built in slices of about `budgetMs` with
   * `yieldToHost` awaited between them: thousands of occurrences are matched and sorted without
   * keeping the host busy in one go. It gives the host its turn once first, so that the slice
   * that ended the calendars' expansion does not run on into the first slice here.
   */
  static async build(calendars: readonly ExpandedCalendar[], people: readonly PersonRef[], l10n: Localizer, slicing: HostSlicing): Promise<CalendarWindow> {
    return new CalendarWindow(calendars, people, l10n, await runSliced(() => windowParts(calendars, people, l10n), slicing));
  }

  /** Occurrences in the window, after merging. */
  get size(): number {
    return this.items.length;
  }

  /**
   * What starts from `now` to `now + hours` (the API's `upcoming`): hours default to 24 and are
   * clamped to 0…24 × 31.
   */
  upcoming(now: Date, hours = 24): CalendarEntry[] {
    return this.range(now, hours).map(entryOf);
  }

  /** The same occurrences with their key, length and the reason of their kind (tooltips). */
  upcomingMeetings(now: Date, hours = 24): CalendarMeeting[] {
    return this.range(now, hours).map((i) => i.meeting);
  }

  private range(now: Date, hours: number): Item[] {
    const h = Number.isFinite(hours) ? Math.min(MAX_UPCOMING_HOURS, Math.max(0, hours)) : 24;
    const from = lowerBound(this.starts, now.getTime());
    const to = lowerBound(this.starts, now.getTime() + h * HOUR);
    return this.items.slice(from, to);
  }

  /** Each person's next 1:1 (one not yet over at `now`), as its local date 'YYYY-MM-DD'. */
  nextOneOnOnePerPerson(now: Date): Map<string, string> {
    const out = new Map<string, string>();
    const t = now.getTime();
    for (const { meeting: m } of this.items) {
      if (m.kind === 'one-on-one' && m.person && m.end.getTime() > t && !out.has(m.person)) out.set(m.person, localDate(m.start));
    }
    return out;
  }

  /** Whether a 1:1 with the person starts on one of these local days ('YYYY-MM-DD'). */
  hasOneOnOneOn(slug: string, days: readonly string[]): boolean {
    const set = this.oneOnOneDays.get(slug);
    return !!set && days.some((d) => set.has(d));
  }

  /**
   * The 1:1 or retro that `prepareNextMeeting` prepares: the first one not yet over that starts
   * within `prepareMinutes` + 12 h of `now` (a running one counts: its agenda is still useful).
   */
  nextMeetingToPrepare(now: Date, prepareMinutes: number): CalendarMeeting | undefined {
    const t = now.getTime();
    const limit = t + Math.max(0, prepareMinutes) * MINUTE + PREPARE_LOOKAHEAD_MS;
    return this.meetings.find((m) => m.end.getTime() > t && m.start.getTime() <= limit);
  }

  /** 1:1s and retros that ended after `since` and by `now`, in the order they ended. */
  endedMeetingsToCount(since: Date, now: Date): CalendarMeeting[] {
    const a = since.getTime();
    const b = now.getTime();
    return this.meetings.filter((m) => m.end.getTime() > a && m.end.getTime() <= b).sort((x, y) => x.end.getTime() - y.end.getTime());
  }

  /** 1:1s and retros that start from `now` to `prepareMinutes` later (none when it is 0). */
  dueReminders(now: Date, prepareMinutes: number): CalendarMeeting[] {
    if (!(prepareMinutes > 0)) return [];
    const t = now.getTime();
    const limit = t + prepareMinutes * MINUTE;
    const out: CalendarMeeting[] = [];
    for (const m of this.meetings) {
      const s = m.start.getTime();
      if (s > limit) break;
      if (s >= t) out.push(m);
    }
    return out;
  }

  /** The first start of a 1:1 or retro after `now`: when the next reminder can fall due. */
  nextMeetingStart(now: Date): Date | undefined {
    return this.meetings.find((m) => m.start.getTime() > now.getTime())?.start;
  }

  /** Two-person events nobody is matched to, from `now` on (the People view's "link to…"). */
  unmatchedTwoPersonEvents(now: Date): UnmatchedTwoPersonEvent[] {
    const from = lowerBound(this.starts, now.getTime());
    return unmatchedTwoPersonEvents(this.occurrences.slice(from), this.matcher, this.owners);
  }

  /** Whether another window holds the same occurrences (to fire onDidChange only on a change). */
  sameAs(other: CalendarWindow): boolean {
    if (other.items.length !== this.items.length) return false;
    return this.items.every((item, i) => {
      const a = item.meeting;
      const b = other.items[i].meeting;
      return a.key === b.key && a.end.getTime() === b.end.getTime() && a.title === b.title && a.kind === b.kind && a.person === b.person;
    });
  }
}
