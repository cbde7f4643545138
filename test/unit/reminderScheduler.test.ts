import * as assert from 'node:assert/strict';
import { decideNudge, nextNudge, occurrencesBetween, RECHECK_MIN_MS, RECHECK_SPREAD_MS } from '../../src/core/reminderScheduler';
import { emptyReminderState, snoozeEnd, withSnooze } from '../../src/core/reminderState';
import { DAY, MINUTE, SharedState, config, local, newClock, openWindow, type Shown } from './schedulerHarness';

// Monday 16 November 2026, 00:00 local (Europe/Berlin, see timeZone.js).
const MONDAY = new Date(2026, 10, 16);
const at = (day: number, hh: number, mm = 0) => new Date(2026, 10, 16 + day, hh, mm).getTime();
const keys = (shown: Shown[]) => shown.map((s) => s.key);
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Each nudge shows in the minute of its slot (plus the claim's re-check pause), not later. */
function assertOnTime(shown: Shown[]): void {
  for (const s of shown) {
    const slot = new Date(`${s.key.replace(' ', 'T')}:00`).getTime();
    assert.ok(s.at >= slot && s.at - slot <= 1000 + RECHECK_MIN_MS + RECHECK_SPREAD_MS, `${s.key} shown at ${local(s.at)}`);
  }
}

describe('reminder scheduler (fake timers)', () => {
  it('runs in Europe/Berlin, so the DST cases below mean something', () => {
    assert.equal(new Date(2026, 2, 28, 12).getTimezoneOffset(), -60);
    assert.equal(new Date(2026, 2, 30, 12).getTimezoneOffset(), -120);
  });

  it('shows the package.json defaults through a whole week: Thursday 14:00 and Friday 15:30, nothing else', async () => {
    const clock = newClock(MONDAY);
    const shown: Shown[] = [];
    const scheduler = openWindow(clock, new SharedState(clock), shown);
    await clock.tickAsync(7 * DAY);
    scheduler.stop();
    assert.deepEqual(keys(shown), ['2026-11-19 14:00', '2026-11-20 15:30']);
    assertOnTime(shown);
    assert.match(shown[0].message, /Lead day/);
    assert.match(shown[1].message, /only a leader could do/);
  });

  it('never nudges in quiet hours (also across midnight) or on an off day', async () => {
    const clock = newClock(MONDAY);
    const shown: Shown[] = [];
    const conf = config({
      schedule: [{ days: EVERY_DAY, time: '08:30' }, { days: EVERY_DAY, time: '12:00' }, { days: EVERY_DAY, time: '19:00' }, { days: EVERY_DAY, time: '23:30' }],
      quietHours: { start: '18:00', end: '09:00' },
    });
    assert.equal(conf.slots.length, 4);
    const scheduler = openWindow(clock, new SharedState(clock), shown, { config: () => conf });
    await clock.tickAsync(7 * DAY);
    scheduler.stop();
    // Monday to Friday at noon; Saturday and Sunday are off; 08:30, 19:00 and 23:30 are quiet.
    assert.deepEqual(keys(shown), ['2026-11-16 12:00', '2026-11-17 12:00', '2026-11-18 12:00', '2026-11-19 12:00', '2026-11-20 12:00']);
    assertOnTime(shown);
  });

  it('respects quiet hours that end in the morning: the end minute is no longer quiet', async () => {
    const clock = newClock(MONDAY);
    const shown: Shown[] = [];
    const conf = config({ schedule: [{ days: ['tue'], time: '06:59' }, { days: ['wed'], time: '07:00' }, { days: ['thu'], time: '12:30' }], quietHours: { start: '22:00', end: '07:00' } });
    const scheduler = openWindow(clock, new SharedState(clock), shown, { config: () => conf });
    await clock.tickAsync(7 * DAY);
    scheduler.stop();
    assert.deepEqual(keys(shown), ['2026-11-18 07:00', '2026-11-19 12:30']);
  });

  it('holds nudges back while snoozed; a one-hour snooze lets the slot show when it ends', async () => {
    const clock = newClock(MONDAY);
    const shared = new SharedState(clock);
    const shown: Shown[] = [];
    const scheduler = openWindow(clock, shared, shown);
    await clock.tickAsync(at(3, 13, 30) - clock.now);
    shared.set((s) => withSnooze(s, snoozeEnd('hour', clock.now)));
    await clock.tickAsync(at(7, 0) - clock.now);
    scheduler.stop();
    assert.deepEqual(keys(shown), ['2026-11-19 14:00', '2026-11-20 15:30']);
    assert.equal(local(shown[0].at), '2026-11-19 14:30', 'shown when the snooze ended, not at 14:00');
  });

  it('"not today" skips the rest of the day, "this week" the rest of the week', async () => {
    for (const [choice, expected] of [['today', ['2026-11-20 15:30']], ['week', []]] as const) {
      const clock = newClock(MONDAY);
      const shared = new SharedState(clock);
      const shown: Shown[] = [];
      const scheduler = openWindow(clock, shared, shown);
      await clock.tickAsync(at(3, 10) - clock.now);
      shared.set((s) => withSnooze(s, snoozeEnd(choice, clock.now)));
      await clock.tickAsync(at(7, 0) - clock.now);
      scheduler.stop();
      assert.deepEqual(keys(shown), expected, choice);
    }
  });

  it('never nudges while a leadership block runs, nor right after it for the slot it covered', async () => {
    const clock = newClock(MONDAY);
    const shown: Shown[] = [];
    const inBlock = () => clock.now >= at(3, 13, 30) && clock.now < at(3, 14, 20);
    const scheduler = openWindow(clock, new SharedState(clock), shown, { inBlock });
    await clock.tickAsync(7 * DAY);
    scheduler.stop();
    assert.deepEqual(keys(shown), ['2026-11-20 15:30']);
  });

  it('never nudges when reminders are off', async () => {
    const clock = newClock(MONDAY);
    const shown: Shown[] = [];
    const scheduler = openWindow(clock, new SharedState(clock), shown, { config: () => config({ enabled: false }) });
    await clock.tickAsync(7 * DAY);
    scheduler.stop();
    assert.deepEqual(shown, []);
  });

  it('after a sleep over three slots, shows one catch-up: the latest, within two hours of it', async () => {
    const conf = config({ schedule: [{ days: ['thu'], time: '10:00' }, { days: ['thu'], time: '11:00', message: 'second' }, { days: ['thu'], time: '12:00', message: 'third' }] });
    const clock = newClock(MONDAY);
    const shown: Shown[] = [];
    const scheduler = openWindow(clock, new SharedState(clock), shown, { config: () => conf });
    await clock.tickAsync(at(3, 9, 30) - clock.now);
    clock.setSystemTime(at(3, 12, 40)); // the laptop slept from 09:30 to 12:40: no timer ran
    await clock.tickAsync(at(7, 0) - clock.now);
    scheduler.stop();
    assert.deepEqual(keys(shown), ['2026-11-19 12:00']);
    assert.equal(shown[0].message, 'third');
    assert.ok(shown[0].at - at(3, 12, 40) <= MINUTE + RECHECK_MIN_MS + RECHECK_SPREAD_MS, `caught up at ${local(shown[0].at)}`);
  });

  it('after a sleep ending more than two hours past the last slot, shows nothing', async () => {
    const conf = config({ schedule: [{ days: ['thu'], time: '10:00' }, { days: ['thu'], time: '11:00' }, { days: ['thu'], time: '12:00' }] });
    const clock = newClock(MONDAY);
    const shown: Shown[] = [];
    const scheduler = openWindow(clock, new SharedState(clock), shown, { config: () => conf });
    await clock.tickAsync(at(3, 9, 30) - clock.now);
    clock.setSystemTime(at(3, 14, 5));
    await clock.tickAsync(at(7, 0) - clock.now);
    scheduler.stop();
    assert.deepEqual(shown, []);
  });

  // Every day a lead day at 10:00, Sundays also at 02:30 (the hour the clocks change), no quiet hours.
  const dstConfig = () => config({ schedule: [{ days: EVERY_DAY, time: '10:00' }, { days: ['sun'], time: '02:30' }], quietHours: { start: '00:00', end: '00:00' }, weeklyRhythm: Object.fromEntries(EVERY_DAY.map((d) => [d, 'lead'])) });

  it('keeps wall-clock times across the spring daylight-saving change', async () => {
    const conf = dstConfig();
    const clock = newClock(new Date(2026, 2, 27)); // Friday 27 March; clocks go forward on Sunday 29 March
    const shown: Shown[] = [];
    const scheduler = openWindow(clock, new SharedState(clock), shown, { config: () => conf });
    await clock.tickAsync(new Date(2026, 2, 31).getTime() - clock.now);
    scheduler.stop();
    assert.deepEqual(keys(shown), ['2026-03-27 10:00', '2026-03-28 10:00', '2026-03-29 02:30', '2026-03-29 10:00', '2026-03-30 10:00']);
    assert.deepEqual(shown.filter((s) => s.key.endsWith('10:00')).map((s) => new Date(s.at).getUTCHours()), [9, 9, 8, 8], 'UTC hour moves, local hour stays');
    // 02:30 does not exist that night: it shows once, at 03:30 summer time.
    assert.equal(local(shown[2].at), '2026-03-29 03:30');
    assertOnTime(shown.filter((s) => s.key.endsWith('10:00')));
  });

  it('keeps wall-clock times across the autumn change, and the doubled hour nudges once', async () => {
    const conf = dstConfig();
    const clock = newClock(new Date(2026, 9, 24)); // Saturday 24 October; clocks go back on Sunday 25 October
    const shown: Shown[] = [];
    const scheduler = openWindow(clock, new SharedState(clock), shown, { config: () => conf });
    await clock.tickAsync(new Date(2026, 9, 27).getTime() - clock.now);
    scheduler.stop();
    assert.deepEqual(keys(shown), ['2026-10-24 10:00', '2026-10-25 02:30', '2026-10-25 10:00', '2026-10-26 10:00']);
    assert.deepEqual(shown.filter((s) => s.key.endsWith('10:00')).map((s) => new Date(s.at).getUTCHours()), [8, 9, 9]);
    assertOnTime(shown);
  });

  for (const latency of [0, 250]) {
    it(`shows one nudge, not one per window, with two windows sharing state (write delay ${latency} ms)`, async () => {
      const clock = newClock(MONDAY);
      const shared = new SharedState(clock, latency);
      const shown: Shown[] = [];
      const a = openWindow(clock, shared, shown, { id: 'window-a', seed: 7 });
      const b = openWindow(clock, shared, shown, { id: 'window-b', seed: 99 });
      await clock.tickAsync(7 * DAY);
      a.stop();
      b.stop();
      assert.deepEqual(keys(shown), ['2026-11-19 14:00', '2026-11-20 15:30']);
      assertOnTime(shown);
    });
  }

  it('three windows opened at different times still show each slot once', async () => {
    const clock = newClock(MONDAY);
    const shared = new SharedState(clock, 300);
    const shown: Shown[] = [];
    const windows = [openWindow(clock, shared, shown, { id: 'a', seed: 1 })];
    await clock.tickAsync(at(3, 9, 17) + 123 - clock.now);
    windows.push(openWindow(clock, shared, shown, { id: 'b', seed: 2 }));
    await clock.tickAsync(at(3, 14, 1) - clock.now);
    windows.push(openWindow(clock, shared, shown, { id: 'c', seed: 3 })); // opened right after the nudge
    await clock.tickAsync(at(7, 0) - clock.now);
    for (const w of windows) w.stop();
    assert.deepEqual(keys(shown), ['2026-11-19 14:00', '2026-11-20 15:30']);
  });

  it('shows one notification at a time: the next slot waits while one is unanswered', async () => {
    const conf = config({ schedule: [{ days: ['thu'], time: '14:00' }, { days: ['thu'], time: '14:30' }] });
    const clock = newClock(MONDAY);
    const shown: Shown[] = [];
    let answer: () => void = () => {};
    const scheduler = openWindow(clock, new SharedState(clock), shown, {
      config: () => conf,
      answer: (o) => (o.key.endsWith('14:00') ? new Promise<void>((r) => { answer = r; }) : Promise.resolve()),
    });
    await clock.tickAsync(at(3, 14, 45) - clock.now);
    assert.deepEqual(keys(shown), ['2026-11-19 14:00']);
    answer();
    await clock.tickAsync(at(3, 15) - clock.now);
    scheduler.stop();
    assert.deepEqual(keys(shown), ['2026-11-19 14:00', '2026-11-19 14:30']);
    assert.equal(local(shown[1].at), '2026-11-19 14:45', 'shown at the first tick after the answer');
  });
});

describe('reminder decisions', () => {
  const conf = config();
  it('computes slots from the local calendar, each day afresh', () => {
    const list = occurrencesBetween(conf.slots, at(0, 0), at(14, 0));
    assert.deepEqual(list.map((o) => local(o.at)), ['2026-11-19 14:00', '2026-11-20 15:30', '2026-11-26 14:00', '2026-11-27 15:30']);
  });

  it('names the next nudge, skipping a snooze', () => {
    const state = emptyReminderState();
    assert.equal(local(nextNudge(at(3, 9), conf, state)!.at), '2026-11-19 14:00');
    assert.equal(local(nextNudge(at(3, 9), conf, withSnooze(state, at(7, 0)))!.at), '2026-11-26 14:00');
    assert.equal(nextNudge(at(3, 9), config({ enabled: false }), state), undefined);
  });

  it('explains why nothing shows', () => {
    const state = emptyReminderState();
    assert.equal(decideNudge(at(3, 14, 1), conf, state, false).kind, 'show');
    assert.equal(decideNudge(at(3, 14, 1), conf, state, true).kind, 'skip');
    assert.deepEqual(decideNudge(at(3, 14, 1), conf, withSnooze(state, at(3, 15)), false), { kind: 'none', reason: 'snoozed' });
    assert.deepEqual(decideNudge(at(3, 16, 30), conf, state, false).kind, 'none'); // more than two hours late
  });
});
