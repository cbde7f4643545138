import * as assert from 'node:assert/strict';
import type { CalendarOccurrence, PersonRef } from '../../src/core/calendarTypes';
import { MeetingMatcher, unmatchedTwoPersonEvents } from '../../src/core/meetingMatch';
import { english, type Localizer } from '../../src/shared/localizer';

const PEOPLE: PersonRef[] = [
  { slug: 'sam-lee', name: 'Sam Lee', email: 'Sam@Example.com' },
  { slug: 'sam', name: 'Sam' },
  { slug: 'ana-maria-lopez', name: 'Ana-María López' },
  { slug: 'priya', name: 'Priya', email: 'priya@example.com' },
];
const matcher = new MeetingMatcher(PEOPLE, english);
const ev = (title: string, attendees: string[] = [], uid = title): CalendarOccurrence => ({
  uid, title, attendees, start: new Date(2026, 2, 30, 10), end: new Date(2026, 2, 30, 10, 30), allDay: false,
});
const kindOf = (title: string, attendees: string[] = []) => {
  const m = matcher.match(ev(title, attendees));
  return m.person ? `${m.kind}:${m.person}` : m.kind;
};

describe('meeting matching (CONTRACT.md)', () => {
  it('two participants, one of them a profile email (any case): a 1:1 with that person, whatever the title', () => {
    const m = matcher.match(ev('Catch-up', ['me@example.com', 'sam@example.com']));
    assert.deepEqual(m, { kind: 'one-on-one', person: 'sam-lee', reason: "Two participants, one is sam@example.com (Sam Lee's profile)" });
    assert.equal(kindOf('Sprint retro', ['priya@example.com', 'me@example.com']), 'one-on-one:priya');
  });

  it('three participants are not a 1:1 by participants, one participant neither', () => {
    assert.equal(kindOf('Catch-up', ['me@example.com', 'sam@example.com', 'alex@example.com']), 'other');
    assert.equal(kindOf('Catch-up', ['sam@example.com']), 'other');
  });

  it('the title names the person together with 1:1, 1-1, 1on1, one-on-one or "/", in any case', () => {
    for (const title of ['Sam Lee 1:1', '1-1 sam lee', 'SAM LEE 1on1', 'One-on-One with Sam Lee', 'Sam Lee / me', 'me/Sam  Lee', '1:1s: Sam Lee']) {
      assert.equal(kindOf(title), 'one-on-one:sam-lee', title);
    }
    assert.equal(matcher.match(ev('Sam Lee 1:1')).reason, 'Title names Sam Lee with 1:1');
    assert.equal(matcher.match(ev('sam lee / me')).reason, 'Title names Sam Lee with /');
    assert.equal(kindOf('Ana-María López 1:1'), 'one-on-one:ana-maria-lopez');
  });

  it('needs both the name and a marker, and whole words: "Samantha" is not "Sam"', () => {
    assert.equal(kindOf('Sam Lee'), 'other');
    assert.equal(kindOf('Lunch with Sam'), 'other');
    assert.equal(kindOf('Samantha 1:1'), 'other');
    assert.equal(kindOf('1:1 Sam'), 'one-on-one:sam');
    assert.equal(kindOf('Sam\'s 1:1'), 'one-on-one:sam');
    assert.equal(kindOf('Sams 1:1'), 'other');
  });

  it('does not read the markers out of times and dates', () => {
    assert.equal(kindOf('Sam Lee at 11:15'), 'other');
    assert.equal(kindOf('Sam Lee 2021-11 review'), 'other');
    assert.equal(kindOf('Sam Lee 21on10'), 'other');
  });

  it('names the person mentioned first when a title names two', () => {
    assert.equal(kindOf('Priya / Sam Lee'), 'one-on-one:priya');
  });

  it('a retro by title, any case; participants come first', () => {
    assert.deepEqual(matcher.match(ev('Sprint RETROSPECTIVE', ['a@x.org', 'b@x.org', 'c@x.org'])), { kind: 'retro', reason: "Title contains 'retro'" });
    assert.equal(kindOf('team Retro'), 'retro');
    assert.equal(kindOf('Planning'), 'other');
    assert.equal(matcher.match(ev('Planning')).reason, '');
  });

  it('words its reasons through the Localizer', () => {
    const seen: string[] = [];
    const l10n: Localizer = { t: (m: string | { message: string }) => { const s = typeof m === 'string' ? m : m.message; seen.push(s); return `«${s}»`; } };
    const m = new MeetingMatcher(PEOPLE, l10n).match(ev('Sam Lee 1:1'));
    assert.equal(m.reason, '«Title names {0} with {1}»');
    assert.deepEqual(seen, ['Title names {0} with {1}']);
  });

  it('lists two-person events that matched nobody, once per event, with the candidate who is not the owner', () => {
    const occurrences = [
      ev('Coffee', ['me@example.com', 'jo@example.com'], 'coffee'),
      ev('Coffee', ['me@example.com', 'jo@example.com'], 'coffee'),
      ev('Catch-up', ['me@example.com', 'sam@example.com'], 'sam'),
      ev('Sam Lee / Jo', ['me@example.com', 'jo@example.com'], 'titled'),
      ev('Three', ['me@example.com', 'a@example.com', 'b@example.com'], 'three'),
      ev('Unknown owner', ['x@example.com', 'y@example.com'], 'xy'),
    ];
    const list = unmatchedTwoPersonEvents(occurrences, matcher, ['me@example.com']);
    assert.deepEqual(list.map((u) => [u.uid, u.candidate]), [['coffee', 'jo@example.com'], ['xy', undefined]]);
    assert.deepEqual(list[1].participants, ['x@example.com', 'y@example.com']);
  });
});
