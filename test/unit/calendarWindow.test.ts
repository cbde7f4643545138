import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CalendarWindow, MAX_UPCOMING_HOURS } from '../../src/core/calendarWindow';
import type { CalendarOccurrence, ExpandedCalendar, PersonRef } from '../../src/core/calendarTypes';
import { expandCalendar } from '../../src/core/icsEvents';
import { english } from '../../src/shared/localizer';
import { ROOT } from './manifest';

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'calendars', name), 'utf8');
const PEOPLE: PersonRef[] = [
  { slug: 'sam-lee', name: 'Sam Lee', email: 'sam@example.com' },
  { slug: 'priya', name: 'Priya', email: 'priya@example.com' },
  { slug: 'alex-kim', name: 'Alex Kim' },
];
const MINUTE = 60_000;
// The window of the extension: −7 … +31 days around "now", Monday 23 March 2026 09:00 Berlin.
const NOW = new Date(2026, 2, 23, 9, 0);
const FROM = new Date(2026, 2, 16);
const TO = new Date(2026, 3, 24);

async function load(...names: string[]): Promise<ExpandedCalendar[]> {
  return Promise.all(names.map((n) => expandCalendar(fixture(n), { from: FROM, to: TO, yieldToHost: async () => {} })));
}

function occ(uid: string, title: string, start: Date, minutes: number, attendees: string[] = [], allDay = false): CalendarOccurrence {
  return { uid, title, start, end: new Date(start.getTime() + minutes * MINUTE), allDay, attendees };
}

describe('calendar window', () => {
  let win: CalendarWindow;
  before(async () => {
    win = new CalendarWindow(await load('berlin-one-on-one.ics', 'new-york.ics', 'floating-all-day.ics', 'berlin-one-on-one.ics'), PEOPLE, english);
  });

  it('merges calendars, dropping the same uid and start read from two files', async () => {
    const single = new CalendarWindow(await load('berlin-one-on-one.ics', 'new-york.ics', 'floating-all-day.ics'), PEOPLE, english);
    assert.equal(win.size, single.size);
    assert.ok(win.sameAs(single));
    assert.deepEqual(win.owners, ['me@example.com']);
  });

  it('upcoming(24): what starts in the next 24 hours, as the API CalendarEntry', () => {
    assert.deepEqual(win.upcoming(NOW, 24), [
      { title: 'Sam Lee 1:1', start: '2026-03-23T09:00:00.000Z', end: '2026-03-23T09:30:00.000Z', kind: 'one-on-one', person: 'sam-lee' },
    ]);
    const week = win.upcoming(NOW, 24 * 7);
    assert.deepEqual(week.map((e) => `${e.start.slice(5, 16)} ${e.kind} ${e.person ?? ''} ${e.title}`), [
      '03-23T09:00 one-on-one sam-lee Sam Lee 1:1',
      '03-26T13:00 one-on-one priya Priya / me',
      '03-27T12:00 retro  Team RETRO',
      '03-29T07:30 other  Floating breakfast',
      '03-29T22:00 retro  Offsite retro day',
    ]);
    const sorted = week.map((e) => e.start);
    assert.deepEqual(sorted, [...sorted].sort());
  });

  it('clamps hours to 0…24 × 31 and reads a missing or broken number as 24', () => {
    assert.equal(MAX_UPCOMING_HOURS, 744);
    assert.deepEqual(win.upcoming(NOW, 0), []);
    assert.deepEqual(win.upcoming(NOW, -5), []);
    assert.deepEqual(win.upcoming(NOW, 10_000), win.upcoming(NOW, 744));
    assert.deepEqual(win.upcoming(NOW, Number.NaN), win.upcoming(NOW));
    assert.ok(win.upcoming(FROM, 10_000).length > win.upcoming(FROM, 24 * 7).length);
  });

  it('tells why an event is a 1:1 (tooltip)', () => {
    const [first] = win.upcomingMeetings(NOW, 24);
    assert.equal(first.reason, "Two participants, one is sam@example.com (Sam Lee's profile)");
    assert.equal(first.key, 'weekly-sam@example.com@2026-03-23T09:00:00.000Z');
    assert.equal(first.minutes, 30);
  });

  it('nextOneOnOnePerPerson: the local date of each person\'s next 1:1, a running one included', () => {
    assert.deepEqual([...win.nextOneOnOnePerPerson(NOW)], [['sam-lee', '2026-03-23'], ['priya', '2026-03-26']]);
    assert.deepEqual(win.nextOneOnOnePerPerson(new Date(2026, 2, 23, 10, 15)).get('sam-lee'), '2026-03-23');
    assert.deepEqual(win.nextOneOnOnePerPerson(new Date(2026, 2, 23, 10, 30)).get('sam-lee'), '2026-03-31');
  });

  it('hasOneOnOneOn: by local day', () => {
    assert.ok(win.hasOneOnOneOn('sam-lee', ['2026-03-31']));
    assert.ok(!win.hasOneOnOneOn('sam-lee', ['2026-03-30', '2026-04-06', '2026-04-13']), 'moved, excluded and cancelled');
    assert.ok(!win.hasOneOnOneOn('alex-kim', ['2026-03-23']));
  });

  it('nextMeetingToPrepare: the next 1:1 or retro within prepareMinutes + 12 h, all-day ones left out', () => {
    assert.equal(win.nextMeetingToPrepare(NOW, 10)?.key, 'weekly-sam@example.com@2026-03-23T09:00:00.000Z');
    assert.equal(win.nextMeetingToPrepare(new Date(2026, 2, 23, 10, 29), 10)?.title, 'Sam Lee 1:1');
    assert.equal(win.nextMeetingToPrepare(new Date(2026, 2, 23, 10, 30), 10), undefined, 'the next is three days away');
    assert.equal(win.nextMeetingToPrepare(new Date(2026, 2, 26, 1, 50), 10)?.person, 'priya', '14:00 is 12 h 10 min away');
    assert.equal(win.nextMeetingToPrepare(new Date(2026, 2, 26, 1, 49), 10), undefined);
    assert.equal(win.nextMeetingToPrepare(new Date(2026, 2, 29, 12), 120), undefined, 'the all-day retro is not prepared for');
  });

  it('dueReminders, minute by minute through a day: each 1:1 and retro once, N minutes before', () => {
    const shown: string[] = [];
    const reminded = new Set<string>();
    for (let t = new Date(2026, 2, 27, 0, 0).getTime(); t < new Date(2026, 2, 28).getTime(); t += MINUTE) {
      for (const m of win.dueReminders(new Date(t), 10)) {
        if (reminded.has(m.key)) continue;
        reminded.add(m.key);
        shown.push(`${new Date(t).toTimeString().slice(0, 5)} ${m.title}`);
      }
    }
    assert.deepEqual(shown, ['12:50 Team RETRO']);
    assert.deepEqual(win.dueReminders(new Date(2026, 2, 27, 12, 50), 0), []);
    assert.deepEqual(win.dueReminders(new Date(2026, 2, 27, 13, 0, 1), 10), [], 'not once it started');
  });

  it('endedMeetingsToCount: 1:1s and retros that ended in the interval, each with its stable key', () => {
    const ended = win.endedMeetingsToCount(new Date(2026, 2, 23), new Date(2026, 2, 27, 14));
    assert.deepEqual(ended.map((m) => [m.key, m.kind, m.minutes]), [
      ['weekly-sam@example.com@2026-03-23T09:00:00.000Z', 'one-on-one', 30],
      ['ny-weekly@example.com@2026-03-26T13:00:00.000Z', 'one-on-one', 30],
      ['retro@example.com@2026-03-27T12:00:00.000Z', 'retro', 60],
    ]);
    assert.deepEqual(win.endedMeetingsToCount(new Date(2026, 2, 27, 14), new Date(2026, 2, 27, 14)), []);
    assert.equal(win.endedMeetingsToCount(new Date(2026, 2, 27, 13, 59), new Date(2026, 2, 27, 14)).length, 1);
  });

  it('lists the unmatched two-person events for the People view', () => {
    const w = new CalendarWindow([{ owner: 'me@example.com', problems: [], events: [
      occ('a', 'Coffee', new Date(2026, 2, 24, 9), 30, ['me@example.com', 'jo@example.com']),
      occ('b', 'Catch-up', new Date(2026, 2, 24, 10), 30, ['me@example.com', 'sam@example.com']),
      occ('a', 'Coffee', new Date(2026, 2, 31, 9), 30, ['me@example.com', 'jo@example.com']),
    ] }], PEOPLE, english);
    assert.deepEqual(w.unmatchedTwoPersonEvents(NOW).map((u) => [u.uid, u.candidate, u.start]), [['a', 'jo@example.com', '2026-03-24T08:00:00.000Z']]);
    assert.deepEqual(w.unmatchedTwoPersonEvents(new Date(2026, 3, 1)), []);
  });

  it('build() makes the same window in slices, giving the host its turn between them', async () => {
    // 6,000 occurrences (every 3rd a 1:1 with Sam, every 5th read twice) over three weeks.
    const events: CalendarOccurrence[] = [];
    for (let i = 0; i < 6000; i++) {
      const start = new Date(FROM.getTime() + (i % 2000) * 15 * MINUTE);
      const o = occ(`e${i % 3000}`, i % 3 === 0 ? 'Sam Lee 1:1' : `Meeting ${i % 17}`, start, 30, i % 3 === 0 ? ['me@example.com', 'sam@example.com'] : []);
      events.push(o);
      if (i % 5 === 0) events.push({ ...o });
    }
    const calendars: ExpandedCalendar[] = [{ events, problems: [], owner: 'me@example.com' }];
    const whole = new CalendarWindow(calendars, PEOPLE, english);
    // A clock that moves 1 ms each time it is read: with a 3 ms budget a slice ends every few
    // hundred occurrences, so a large window takes many slices, never one block.
    let clock = 0;
    const yields: number[] = [];
    const sliced = await CalendarWindow.build(calendars, PEOPLE, english, {
      budgetMs: 3, elapsed: () => (clock += 1), yieldToHost: async () => { yields.push(clock); },
    });
    assert.ok(yields.length >= 10, `${yields.length} yields`);
    assert.ok(sliced.sameAs(whole));
    assert.equal(sliced.size, whole.size);
    assert.deepEqual(sliced.upcomingMeetings(FROM, MAX_UPCOMING_HOURS), whole.upcomingMeetings(FROM, MAX_UPCOMING_HOURS));
    assert.deepEqual(sliced.nextOneOnOnePerPerson(FROM), whole.nextOneOnOnePerPerson(FROM));
    assert.deepEqual(sliced.owners, ['me@example.com']);
    // With an endless budget it still gives the host one turn first (after the expansion's last slice).
    let once = 0;
    await CalendarWindow.build(calendars, PEOPLE, english, { budgetMs: 1e9, yieldToHost: async () => { once++; } });
    assert.equal(once, 1);
  });

  it('sameAs tells a changed window from the same one', () => {
    const a = [occ('a', 'Coffee', new Date(2026, 2, 24, 9), 30)];
    const one = new CalendarWindow([{ events: a, problems: [] }], PEOPLE, english);
    assert.ok(one.sameAs(new CalendarWindow([{ events: [...a], problems: [] }], PEOPLE, english)));
    assert.ok(!one.sameAs(new CalendarWindow([{ events: [occ('a', 'Coffee', new Date(2026, 2, 24, 9), 45)], problems: [] }], PEOPLE, english)));
    assert.ok(!one.sameAs(new CalendarWindow([{ events: [occ('a', 'Coffee 1:1 Alex Kim', new Date(2026, 2, 24, 9), 30)], problems: [] }], PEOPLE, english)));
  });
});
