import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CalendarOccurrence } from '../../src/core/calendarTypes';
import { expandCalendar, type ExpandOptions } from '../../src/core/icsEvents';
import { ROOT } from './manifest';

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'calendars', name), 'utf8');
const noWait = async () => {};
const expand = (text: string, from: Date, to: Date, more: Partial<ExpandOptions> = {}) => expandCalendar(text, { from, to, yieldToHost: noWait, ...more });
/** Local time as 'YYYY-MM-DD HH:MM' (the tests run in Europe/Berlin). */
const local = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const starts = (events: CalendarOccurrence[], uid?: string) => events.filter((e) => !uid || e.uid === uid).map((e) => local(e.start));

describe('ICS expansion (ical.js)', () => {
  describe('Europe/Berlin weekly 1:1 with exceptions', () => {
    const SAM = 'weekly-sam@example.com';

    it('keeps 10:00 local across the last Sunday of March, with EXDATE, RDATE, a moved and a cancelled occurrence', async () => {
      const r = await expand(fixture('berlin-one-on-one.ics'), new Date(2026, 2, 20), new Date(2026, 3, 21));
      assert.deepEqual(r.problems, []);
      assert.deepEqual(starts(r.events, SAM), [
        '2026-03-23 10:00', // CET, UTC+1
        '2026-03-31 14:00', // the 30 March occurrence, moved by RECURRENCE-ID
        '2026-04-02 16:00', // RDATE
        // 6 April: EXDATE; 13 April: cancelled occurrence
        '2026-04-20 10:00', // CEST, UTC+2
      ]);
      const [before, moved, , after] = r.events.filter((e) => e.uid === SAM);
      assert.equal(before.start.toISOString(), '2026-03-23T09:00:00.000Z');
      assert.equal(after.start.toISOString(), '2026-04-20T08:00:00.000Z');
      assert.equal(moved.title, 'Sam Lee 1:1 (moved)');
      assert.equal(moved.end.getTime() - moved.start.getTime(), 30 * 60_000);
    });

    it('keeps 10:00 local across the last Sunday of October', async () => {
      const r = await expand(fixture('berlin-one-on-one.ics'), new Date(2026, 9, 18), new Date(2026, 10, 3));
      const sam = r.events.filter((e) => e.uid === SAM);
      assert.deepEqual(sam.map((e) => local(e.start)), ['2026-10-19 10:00', '2026-10-26 10:00', '2026-11-02 10:00']);
      assert.deepEqual(sam.map((e) => e.start.toISOString().slice(11, 16)), ['08:00', '09:00', '09:00']);
    });

    it('stops at UNTIL', async () => {
      const r = await expand(fixture('berlin-one-on-one.ics'), new Date(2026, 10, 20), new Date(2027, 0, 31));
      assert.deepEqual(starts(r.events, SAM), ['2026-11-23 10:00', '2026-11-30 10:00']);
    });

    it('leaves out a cancelled event and the invitation the owner declined; lists participants once, lower-case', async () => {
      const r = await expand(fixture('berlin-one-on-one.ics'), new Date(2026, 2, 20), new Date(2026, 2, 28));
      assert.equal(r.owner, 'me@example.com');
      const uids = r.events.map((e) => e.uid);
      assert.ok(!uids.includes('cancelled-retro@example.com'));
      assert.ok(!uids.includes('declined@example.com'));
      const retro = r.events.find((e) => e.uid === 'retro@example.com');
      assert.deepEqual(retro?.attendees, ['me@example.com', 'sam@example.com', 'alex@example.com', 'kim@example.com']);
      const oneOnOne = r.events.find((e) => e.uid === SAM);
      assert.equal(oneOnOne?.organizer, 'me@example.com');
      assert.deepEqual(oneOnOne?.attendees, ['me@example.com', 'sam@example.com']);
    });

    it('keeps a declined invitation when the owner cannot be told', async () => {
      const text = fixture('berlin-one-on-one.ics').replace('X-WR-CALNAME:me@example.com', 'X-WR-CALNAME:Work');
      const r = await expand(text, new Date(2026, 2, 20), new Date(2026, 2, 28));
      // me@example.com is still the most frequent address, so the owner is found that way.
      assert.equal(r.owner, 'me@example.com');
      assert.ok(!r.events.some((e) => e.uid === 'declined@example.com'));
      const alone = await expand(text.replace(/mailto:me@example\.com/gi, 'mailto:other@example.com').replace('PARTSTAT=DECLINED:mailto:other@example.com', 'PARTSTAT=DECLINED:mailto:me@example.com'), new Date(2026, 2, 20), new Date(2026, 2, 28));
      assert.equal(alone.owner, 'other@example.com');
      assert.ok(alone.events.some((e) => e.uid === 'declined@example.com'), 'me@example.com is not the owner here');
    });

    it('finds the owner however the address is written (a space after mailto:, capitals)', async () => {
      const text = fixture('berlin-one-on-one.ics').replace('X-WR-CALNAME:me@example.com', 'X-WR-CALNAME:Work').replace(/mailto:me@example\.com/gi, 'mailto: ME@example.com');
      const r = await expand(text, new Date(2026, 2, 20), new Date(2026, 2, 28));
      assert.equal(r.owner, 'me@example.com');
      assert.ok(!r.events.some((e) => e.uid === 'declined@example.com'), 'the owner declined it');
      assert.deepEqual(r.events.find((e) => e.uid === SAM)?.attendees, ['me@example.com', 'sam@example.com']);
    });
  });

  it('times on the two days the Berlin clocks change, before and after the change', async () => {
    const r = await expand(fixture('berlin-dst-days.ics'), new Date(2026, 2, 1), new Date(2026, 11, 1));
    assert.deepEqual(r.events.map((e) => `${e.uid.slice(0, 8)} ${e.start.toISOString().slice(0, 16)}`), [
      'mar-0130 2026-03-29T00:30', // CET
      'mar-0330 2026-03-29T01:30', // CEST
      'oct-0130 2026-10-24T23:30', // CEST
      'oct-0330 2026-10-25T02:30', // CET
      'oct-1200 2026-10-25T11:00',
    ]);
    assert.deepEqual(r.events.map((e) => (e.end.getTime() - e.start.getTime()) / 60_000), [30, 30, 30, 30, 30]);
  });

  it('America/New_York: the UTC time shifts on 8 March, the Berlin time on 8 and on 29 March', async () => {
    const r = await expand(fixture('new-york.ics'), new Date(2026, 2, 1), new Date(2026, 3, 10));
    assert.deepEqual(r.events.map((e) => e.start.toISOString().slice(5, 16)), ['03-05T14:00', '03-12T13:00', '03-19T13:00', '03-26T13:00', '04-02T13:00', '04-09T13:00']);
    assert.deepEqual(starts(r.events), ['2026-03-05 15:00', '2026-03-12 14:00', '2026-03-19 14:00', '2026-03-26 14:00', '2026-04-02 15:00', '2026-04-09 15:00']);
  });

  it('COUNT counts from DTSTART, also when the window starts later', async () => {
    const r = await expand(fixture('new-york.ics'), new Date(2026, 3, 20), new Date(2026, 5, 1));
    assert.deepEqual(r.events.map((e) => e.start.toISOString().slice(0, 10)), ['2026-04-23', '2026-04-30']);
  });

  it('floating time, all-day events, a TZID defined nowhere but known to the runtime, and an unknown TZID', async () => {
    const r = await expand(fixture('floating-all-day.ics'), new Date(2026, 2, 28), new Date(2026, 10, 1));
    const byUid = new Map(r.events.map((e) => [e.uid, e]));
    const floating = byUid.get('floating@example.com')!;
    assert.equal(local(floating.start), '2026-03-29 09:30'); // local wall time, on the day clocks change
    assert.equal(floating.start.toISOString(), '2026-03-29T07:30:00.000Z');
    const allDay = byUid.get('all-day@example.com')!;
    assert.equal(allDay.allDay, true);
    assert.deepEqual([local(allDay.start), local(allDay.end)], ['2026-03-30 00:00', '2026-03-31 00:00']);
    const noEnd = byUid.get('all-day-no-end@example.com')!;
    assert.deepEqual([local(noEnd.start), local(noEnd.end)], ['2026-10-25 00:00', '2026-10-26 00:00']);
    assert.equal(noEnd.end.getTime() - noEnd.start.getTime(), 25 * 3600_000, 'the day the clocks go back has 25 hours');
    assert.equal(byUid.get('iana-zone@example.com')!.start.toISOString(), '2026-03-31T15:00:00.000Z'); // 08:00 PDT
    assert.equal(local(byUid.get('unknown-zone@example.com')!.start), '2026-03-31 12:00');
    assert.deepEqual(r.problems, ['Unknown time zone "Mars/Olympus_Mons": its times are read as floating (this machine\'s local time).']);
  });

  it('caps an endless FREQ=SECONDLY at 500 in the window, and skips ahead through ten years of a daily rule', async () => {
    const r = await expand(fixture('endless-secondly.ics'), new Date(Date.UTC(2026, 2, 2)), new Date(Date.UTC(2026, 2, 16)));
    const secondly = r.events.filter((e) => e.uid === 'secondly@example.com');
    assert.equal(secondly.length, 500);
    assert.equal(secondly[0].start.toISOString(), '2026-03-02T00:00:00.000Z');
    assert.equal(secondly[499].start.toISOString(), '2026-03-02T00:08:19.000Z');
    const standUps = r.events.filter((e) => e.uid === 'daily-since-2016@example.com');
    assert.deepEqual(standUps.map((e) => e.start.toISOString().slice(0, 10)), [
      '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13',
    ]);
    assert.ok(standUps.every((e) => e.start.toISOString().endsWith('T08:30:00.000Z') && e.end.getTime() - e.start.getTime() === 15 * 60_000));
    const capped = await expand(fixture('endless-secondly.ics'), new Date(Date.UTC(2026, 2, 2)), new Date(Date.UTC(2026, 2, 16)), { maxOccurrencesPerEvent: 3 });
    assert.equal(capped.events.filter((e) => e.uid === 'secondly@example.com').length, 3);
    assert.equal(capped.events.filter((e) => e.uid === 'daily-since-2016@example.com').length, 3);
  });

  it('reads the complete events of a half-written file and says where it broke off', async () => {
    const r = await expand(fixture('truncated.ics'), new Date(2026, 2, 1), new Date(2026, 4, 1));
    assert.deepEqual(r.events.map((e) => e.title), ['First part two', 'Second']);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0], /ends inside a VEVENT that starts on line 19.*2 complete event/);
  });

  it('reports a file that is not a calendar, and one broken event without losing the others', async () => {
    const r = await expand(fixture('not-a-calendar.txt'), new Date(2026, 2, 1), new Date(2026, 4, 1));
    assert.deepEqual(r, { events: [], problems: ['Not a calendar: no BEGIN:VCALENDAR line.'] });
    const broken = fixture('truncated.ics').replace('DTSTART:20260331T080000Z', 'DTSTART:20260331T0800').replace(/BEGIN:VEVENT\r\nUID:t3[\s\S]*$/, 'END:VCALENDAR\r\n');
    const b = await expand(broken, new Date(2026, 2, 1), new Date(2026, 4, 1));
    assert.deepEqual(b.events.map((e) => e.title), ['First part two']);
    assert.equal(b.problems.length, 1);
    assert.match(b.problems[0], /could not be (read|expanded)/);
  });

  it('reports a thousand broken events in four lines, without what they say', async () => {
    const broken = (i: number) => `BEGIN:VEVENT\r\nUID:b${i}\r\nDTSTART:20260330T080000Z\r\nDESCRIPTION;X="https://zoom.example/j/1?pwd=secret:x\r\nEND:VEVENT`;
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...Array.from({ length: 1000 }, (_, i) => broken(i)), fixture('truncated.ics').split('BEGIN:VEVENT')[1].replace(/^/, 'BEGIN:VEVENT'), 'END:VCALENDAR'].join('\r\n');
    const r = await expand(text.replace(/BEGIN:VEVENT\r\nUID:t2[\s\S]*$/, 'END:VCALENDAR\r\n'), new Date(2026, 2, 1), new Date(2026, 4, 1));
    assert.deepEqual(r.events.map((e) => e.uid), ['t1@example.com']);
    assert.equal(r.problems.length, 4);
    assert.match(r.problems[3], /^And 997 more components that could not be read\.$/);
    assert.ok(r.problems.every((p) => !/secret|zoom|https?:/.test(p)), r.problems.join('\n'));
  });

  it('keeps both events when a UID is written twice without RECURRENCE-ID', async () => {
    const one = fixture('truncated.ics').replace(/BEGIN:VEVENT\r\nUID:t3[\s\S]*$/, 'END:VCALENDAR\r\n').replace('UID:t2@example.com', 'UID:t1@example.com');
    const r = await expand(one, new Date(2026, 2, 1), new Date(2026, 4, 1));
    assert.deepEqual(r.events.map((e) => `${e.uid} ${e.title}`), ['t1@example.com First part two', 't1@example.com Second']);
    assert.deepEqual(r.problems, []);
  });

  it('yields to the host between slices and gives the same result as in one go', async () => {
    const text = fixture('berlin-one-on-one.ics') + fixture('new-york.ics') + fixture('endless-secondly.ics');
    const whole = await expand(text, new Date(2026, 2, 1), new Date(2026, 4, 1), { budgetMs: 1e9 });
    let yields = 0;
    let fakeNow = 0;
    const sliced = await expand(text, new Date(2026, 2, 1), new Date(2026, 4, 1), {
      budgetMs: 1, elapsed: () => (fakeNow += 1), yieldToHost: async () => { yields++; },
    });
    assert.ok(yields >= 5, `${yields} yields`);
    assert.deepEqual(sliced, whole);
    assert.equal(whole.events.length, 7 + 9 + 500 + 44);
  });
});
