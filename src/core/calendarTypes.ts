// The shapes the calendar core passes around. Kept apart from icsEvents.ts (the one module that
// imports ical.js) so that matching and the window can be loaded without the parser.

/** One occurrence of a calendar event, expanded into absolute times. */
export interface CalendarOccurrence {
  uid: string;
  title: string;
  start: Date;
  /** Exclusive; for an all-day event the local midnight after its last day. */
  end: Date;
  allDay: boolean;
  /** Lower-case email, `mailto:` stripped. */
  organizer?: string;
  /**
   * Every participant's lower-case email (`mailto:` stripped), the organizer included, each
   * address once: `attendees.length` is the participant count of CONTRACT.md.
   */
  attendees: string[];
  /** STATUS as written, upper-case (`CONFIRMED`, `TENTATIVE`); cancelled ones never get here. */
  status?: string;
}

export interface ExpandedCalendar {
  events: CalendarOccurrence[];
  /** Short English lines for the output channel; never a URL or anything secret. */
  problems: string[];
  /** The calendar owner's email, when it can be told (see expandCalendar). */
  owner?: string;
}

export type MeetingKind = 'one-on-one' | 'retro' | 'other';

/** What matching needs of a person: their folder slug, profile `name` and optional `email`. */
export interface PersonRef {
  slug: string;
  name: string;
  email?: string;
}

export interface MeetingMatch {
  kind: MeetingKind;
  /** The person's slug, for a 1:1. */
  person?: string;
  /** Why, as a sentence for a tooltip; empty for `other`. */
  reason: string;
}

/** The API's CalendarEntry (CONTRACT.md): what `upcoming(hours)` returns. */
export interface CalendarEntry {
  title: string;
  start: string;
  end: string;
  kind: MeetingKind;
  person?: string;
}
