import * as assert from 'node:assert/strict';
import FakeTimers from '@sinonjs/fake-timers';
import { addressLabel, calendarKey, checkCalendarAddress, isLoopbackHost } from '../../src/core/calendarAddress';
import type { CalendarOccurrence } from '../../src/core/calendarTypes';
import { CalendarWindow } from '../../src/core/calendarWindow';
import { readLedger } from '../../src/core/ledgerFormat';
import {
  COUNT_OFFER_MS, decideMeetingReminder, emptyMeetingPromptState, meetingsToCount, nextReminderCheck, pruneMeetingPromptState,
  readMeetingPromptState, withMark, type MeetingPromptState, type ReminderGate,
} from '../../src/core/meetingPrompts';
import { addMeeting, emptyLedger, weekMinutes } from '../../src/core/timeLedger';
import { splitLine } from '../../src/core/weekSummary';
import { english } from '../../src/shared/localizer';

const MINUTE = 60_000;
const PEOPLE = [{ slug: 'sam', name: 'Sam', email: 'sam@example.com' }];
const occ = (uid: string, title: string, start: Date, minutes: number, attendees: string[] = []): CalendarOccurrence =>
  ({ uid, title, start, end: new Date(start.getTime() + minutes * MINUTE), allDay: false, attendees });

// Monday 23 March 2026 (Europe/Berlin, test/unit/timeZone.js): a 1:1 at 14:00, a retro at 16:00, a
// lunch at 12:00 (neither), and the 1:1 on Sunday 29 March at 10:00, after the clocks go forward.
const DAY = new Date(2026, 2, 23);
const at = (h: number, m = 0, day = DAY) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m);
const WINDOW = new CalendarWindow([{
  events: [
    occ('one', '1:1', at(14), 30, ['me@example.com', 'sam@example.com']),
    occ('retro', 'Team retro', at(16), 60),
    occ('lunch', 'Lunch', at(12), 60),
    occ('sunday', '1:1', at(10, 0, new Date(2026, 2, 29)), 30, ['me@example.com', 'sam@example.com']),
  ],
  problems: [],
}], PEOPLE, english);
const OPEN: ReminderGate = { enabled: true, inBlock: false };

/**
 * The loop of features/calendar/meetingReminders.ts without VS Code: a timer to the next due
 * moment, the decision, and the shared state marked when shown. Returns what was shown, when.
 */
function simulate(clock: ReturnType<typeof FakeTimers.install>, untilMs: number, prepareMinutes: number, gate: (now: number) => ReminderGate): { key: string; at: string }[] {
  let state: MeetingPromptState = emptyMeetingPromptState();
  const shown: { key: string; at: string }[] = [];
  let checks = 0;
  const started = Date.now();
  const tick = () => {
    checks++;
    const now = Date.now();
    const decision = decideMeetingReminder(now, WINDOW.dueReminders(new Date(now), prepareMinutes), state, gate(now));
    const heldBack = decision.kind === 'none' && decision.reason !== 'nothing due' && decision.reason !== 'reminders are off';
    if (decision.kind === 'show') {
      state = withMark(state, 'reminded', decision.meeting.key, { by: 'w1', at: now, outcome: 'done' });
      shown.push({ key: decision.meeting.key.split('@')[0], at: new Date(now).toTimeString().slice(0, 5) });
    }
    const next = nextReminderCheck(now, prepareMinutes, (t) => WINDOW.nextMeetingStart(t), heldBack);
    setTimeout(tick, next - now);
  };
  setTimeout(tick, 0);
  clock.tick(untilMs - Date.now());
  // At most one look every ten minutes (one a minute while a due reminder is held back), not a poll.
  assert.ok(checks <= (untilMs - started) / (10 * MINUTE) + 40, `a timer to the next due moment, not a poll (${checks} checks)`);
  return shown;
}

describe('before-meeting reminder (fake timers)', () => {
  let clock: ReturnType<typeof FakeTimers.install>;
  beforeEach(() => {
    clock = FakeTimers.install({ now: at(8), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => clock.uninstall());

  it('reminds once, prepareMinutes before each 1:1 and retro, never of other events', () => {
    const shown = simulate(clock, at(23).getTime(), 10, () => OPEN);
    assert.deepEqual(shown, [{ key: 'one', at: '13:50' }, { key: 'retro', at: '15:50' }]);
  });

  it('follows the wall clock across the change to summer time', () => {
    const shown = simulate(clock, at(23, 0, new Date(2026, 2, 29)).getTime(), 15, () => OPEN);
    assert.deepEqual(shown.map((s) => s.at), ['13:45', '15:45', '09:45']);
  });

  it('waits while snoozed, in a block or in quiet hours, and shows once that ends if the meeting is still ahead', () => {
    const snoozedTill = at(13, 55).getTime();
    const shown = simulate(clock, at(23).getTime(), 10, () => ({ enabled: true, inBlock: false, snoozedUntil: snoozedTill }));
    assert.equal(shown[0].key, 'one');
    assert.ok(shown[0].at >= '13:55' && shown[0].at < '14:00', `after the snooze, before the start (${shown[0].at})`);
    clock.setSystemTime(at(8));
    const inBlock = simulate(clock, at(23).getTime(), 10, (now) => ({ enabled: true, inBlock: now < at(16).getTime() }));
    assert.deepEqual(inBlock, [], 'the retro starts when the block ends: too late to remind');
    clock.setSystemTime(at(8));
    const quiet = simulate(clock, at(23).getTime(), 10, () => ({ enabled: true, inBlock: false, quiet: { start: 15 * 60, end: 9 * 60 } }));
    assert.deepEqual(quiet.map((s) => s.key), ['one'], 'the retro falls in quiet hours');
    clock.setSystemTime(at(8));
    assert.deepEqual(simulate(clock, at(23).getTime(), 10, () => ({ enabled: false, inBlock: false })), [], 'reminders off');
    clock.setSystemTime(at(8));
    assert.deepEqual(simulate(clock, at(23).getTime(), 0, () => OPEN), [], 'prepareMinutes 0');
  });
});

describe('before-meeting reminder: shared state', () => {
  it('a claim of another window holds for a minute, a done mark for good', () => {
    const now = at(13, 50).getTime();
    const due = WINDOW.dueReminders(new Date(now), 10);
    const claimed = withMark(emptyMeetingPromptState(), 'reminded', due[0].key, { by: 'w2', at: now - 30_000, outcome: 'claimed' });
    assert.equal(decideMeetingReminder(now, due, claimed, OPEN).kind, 'none');
    assert.equal(decideMeetingReminder(now + 60_000, WINDOW.dueReminders(new Date(now + 60_000), 10), claimed, OPEN).kind, 'show', 'a stale claim is given up');
    const done = withMark(claimed, 'reminded', due[0].key, { by: 'w2', at: now, outcome: 'done' });
    assert.equal(decideMeetingReminder(now + 5 * MINUTE, WINDOW.dueReminders(new Date(now + 5 * MINUTE), 10), done, OPEN).kind, 'none');
  });

  it('reads what it wrote, drops what is not a mark, and forgets marks after 40 days', () => {
    const now = at(12).getTime();
    const s = withMark(withMark(emptyMeetingPromptState(), 'counted', 'a@1', { by: 'w', at: now, outcome: 'done' }), 'counted', 'old@1', { by: 'w', at: now - 41 * 86_400_000, outcome: 'done' });
    assert.deepEqual(readMeetingPromptState(JSON.parse(JSON.stringify(s))), s);
    assert.deepEqual(Object.keys(pruneMeetingPromptState(s, now).counted), ['a@1']);
    assert.equal(readMeetingPromptState({ version: 2 }), undefined);
    assert.deepEqual(readMeetingPromptState({ version: 1, reminded: { x: { by: 1 } }, counted: 'no' }), emptyMeetingPromptState());
  });

  it('offers ended meetings once, within twelve hours', () => {
    const now = at(17, 30).getTime();
    const ended = WINDOW.endedMeetingsToCount(new Date(now - COUNT_OFFER_MS), new Date(now));
    assert.deepEqual(meetingsToCount(ended, emptyMeetingPromptState(), now).map((m) => m.uid), ['one', 'retro']);
    const counted = withMark(emptyMeetingPromptState(), 'counted', ended[0].key, { by: 'w', at: now, outcome: 'done' });
    assert.deepEqual(meetingsToCount(ended, counted, now).map((m) => m.uid), ['retro']);
    assert.deepEqual(meetingsToCount(ended, emptyMeetingPromptState(), at(14, 31).getTime() + COUNT_OFFER_MS).map((m) => m.uid), ['retro']);
  });
});

describe('calendar addresses', () => {
  it('fetches https: anywhere and http: only on this machine', () => {
    assert.equal(checkCalendarAddress('https://calendar.example.com/private-abc/basic.ics').ok, true);
    assert.equal(checkCalendarAddress('http://127.0.0.1:8080/cal.ics').ok, true);
    assert.equal(checkCalendarAddress('http://localhost/cal.ics').ok, true);
    assert.equal(checkCalendarAddress('http://[::1]:9/cal.ics').ok, true);
    assert.equal(checkCalendarAddress('http://calendar.example.com/cal.ics').ok, false);
    assert.equal(checkCalendarAddress('http://127.0.0.1.evil.com/cal.ics').ok, false);
    assert.equal(checkCalendarAddress('file:///etc/passwd').ok, false);
    assert.equal(checkCalendarAddress('webcal://example.com/x').ok, false);
    assert.equal(checkCalendarAddress('not an address').ok, false);
    assert.equal(isLoopbackHost('127.300.0.1'), false);
  });

  it('names an address by scheme and host only: never its token, path or user', () => {
    const label = addressLabel(new URL('https://me:secret@calendar.example.com:8443/private-abc123/basic.ics?token=xyz#f'));
    assert.equal(label, 'https://calendar.example.com:8443');
    const check = checkCalendarAddress('http://user:pw@10.0.0.1/secret?token=1');
    assert.equal(check.ok, false);
    assert.doesNotMatch(check.label, /secret|token|pw|user/);
    assert.notEqual(calendarKey('url:https://a/1'), calendarKey('url:https://a/2'));
    assert.match(calendarKey('x'), /^[0-9a-f]{16}$/);
  });
});

describe('meetings in the ledger', () => {
  const meeting = { key: 'one@2026-03-23T13:00:00.000Z', date: '2026-03-23', at: at(15).getTime(), minutes: 30, title: '1:1 with Sam', kind: 'one-on-one' as const };

  it('books a meeting once per occurrence, as leadership time of its day', () => {
    const once = addMeeting(emptyLedger(), meeting);
    assert.equal(once.days['2026-03-23'], 30);
    assert.equal(addMeeting(once, meeting), once, 'the same occurrence again changes nothing');
    assert.equal(weekMinutes(once, at(18).getTime()), 30);
  });

  it('reads a ledger written before meetings, and one with them', () => {
    const old = { version: 1, days: { '2026-03-23': 50 }, blocks: [], notes: [] };
    assert.deepEqual(readLedger(old), old);
    const withMeetings = addMeeting(readLedger(old)!, meeting);
    assert.deepEqual(readLedger(JSON.parse(JSON.stringify(withMeetings))), withMeetings);
    const bad = readLedger({ ...withMeetings, meetings: [{ key: 'x' }, meeting] })!;
    assert.deepEqual(bad.meetings, [meeting], 'an unreadable record is dropped, the rest kept');
  });

  it('shows meeting time apart from blocks and logged time in the weekly summary', () => {
    const ledger = addMeeting({ version: 1, days: { '2026-03-23': 50 }, blocks: [], notes: [] }, meeting);
    assert.equal(splitLine(ledger, at(18).getTime(), 80, english), 'Meetings from the calendar: 30m (1) · blocks in the editor: 0m · logged: 50m');
    assert.equal(splitLine(emptyLedger(), at(18).getTime(), 0, english), '');
  });
});
