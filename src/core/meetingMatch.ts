// Which calendar events are 1:1s with whom, and which are retros (CONTRACT.md, Settings):
// a 1:1 when the participants (organizer and attendees, each once) are two and one of them is
// the `email` of a person's profile, or when the title names the person (their profile `name`,
// whole words, any case) together with `1:1`, `1-1`, `1on1`, `one-on-one` or `/`; a retro
// when the title contains `retro` (any case). Free of ical.js: it works on CalendarOccurrence.
import type { Localizer } from '../shared/localizer';
import type { CalendarOccurrence, MeetingMatch, PersonRef } from './calendarTypes';
import { emailAddress } from './emailAddress';

// `1:1` and `1-1` must not be read out of `11:15` or `2021-11`; `1on1` not out of `21on10`.
const ONE_ON_ONE_MARKER = /(?<!\d)1[:-]1(?!\d)|(?<![\p{L}\p{N}])1on1(?!\d)|(?<![\p{L}\p{N}])one-on-one(?![\p{L}\p{N}])|\//iu;
const RETRO = /retro/i;

interface PreparedPerson {
  person: PersonRef;
  email?: string;
  name?: RegExp;
}

/** Matches occurrences against the people's profiles; build once per change of people. */
export class MeetingMatcher {
  private readonly byEmail = new Map<string, PersonRef>();
  private readonly people: PreparedPerson[];

  constructor(people: readonly PersonRef[], private readonly l10n: Localizer) {
    this.people = people.map((person) => {
      const email = emailAddress(person.email);
      if (email && !this.byEmail.has(email)) this.byEmail.set(email, person);
      return { person, email, name: namePattern(person.name) };
    });
  }

  match(occurrence: Pick<CalendarOccurrence, 'title' | 'attendees'>): MeetingMatch {
    const { title, attendees } = occurrence;
    if (attendees.length === 2) {
      for (const address of attendees) {
        const person = this.byEmail.get(address);
        if (person) {
          return {
            kind: 'one-on-one', person: person.slug,
            reason: this.l10n.t("Two participants, one is {0} ({1}'s profile)", address, person.name),
          };
        }
      }
    }
    const marker = ONE_ON_ONE_MARKER.exec(title);
    if (marker) {
      let first: { at: number; person: PersonRef } | undefined;
      for (const p of this.people) {
        const found = p.name?.exec(title);
        if (found && (!first || found.index < first.at)) first = { at: found.index, person: p.person };
      }
      if (first) {
        return {
          kind: 'one-on-one', person: first.person.slug,
          reason: this.l10n.t('Title names {0} with {1}', first.person.name, marker[0]),
        };
      }
    }
    if (RETRO.test(title)) return { kind: 'retro', reason: this.l10n.t("Title contains 'retro'") };
    return { kind: 'other', reason: '' };
  }

  /** Whether an address is some profile's email. */
  hasEmail(address: string): boolean {
    return this.byEmail.has(address.toLowerCase());
  }
}

/** The name as whole words, any case, any run of spaces between them; undefined when empty. */
function namePattern(name: string): RegExp | undefined {
  const words = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

/** A two-person event that matched nobody: the People view can offer to link it to a person. */
export interface UnmatchedTwoPersonEvent {
  uid: string;
  title: string;
  /** The first occurrence in the window (ISO 8601). */
  start: string;
  participants: [string, string];
  /** The participant who is not the calendar's owner, when the owner is known. */
  candidate?: string;
}

/**
 * Events with exactly two participants, neither of them a profile's email, that are not
 * already a 1:1 by their title: one entry per event (uid), its first occurrence in `occurrences`.
 * `owners` are the calendars' owners, so the other participant can be named as the candidate.
 */
export function unmatchedTwoPersonEvents(occurrences: readonly CalendarOccurrence[], matcher: MeetingMatcher, owners: readonly string[] = []): UnmatchedTwoPersonEvent[] {
  const out = new Map<string, UnmatchedTwoPersonEvent>();
  const own = new Set(owners.map((o) => o.toLowerCase()));
  for (const o of occurrences) {
    if (o.attendees.length !== 2 || out.has(o.uid)) continue;
    if (o.attendees.some((a) => matcher.hasEmail(a))) continue;
    if (matcher.match(o).kind === 'one-on-one') continue;
    const [a, b] = o.attendees;
    const entry: UnmatchedTwoPersonEvent = { uid: o.uid, title: o.title, start: o.start.toISOString(), participants: [a, b] };
    const others = o.attendees.filter((x) => !own.has(x));
    if (others.length === 1) entry.candidate = others[0];
    out.set(o.uid, entry);
  }
  return [...out.values()].sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
}
