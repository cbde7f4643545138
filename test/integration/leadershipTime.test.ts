import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, read, run, waitFor } from './harness';

interface TimeState {
  weekMinutes: number;
  targetMinutes: number;
  inBlock: boolean;
  running?: { plannedMinutes: number; focus?: string; endsAt: number };
  snoozedUntil?: number;
  statusBarText?: string;
  lastMessage: string;
  problems: string[];
  summaryOpen: boolean;
  lastNudge?: string;
  nudgesShown: number;
  lastBlockNote?: string;
}

const state = () => vscode.commands.executeCommand<TimeState>('leadershipPrompts._leadershipTimeState');
const config = () => vscode.workspace.getConfiguration('leadershipPrompts');
const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

describe('Leadership time', () => {
  before(async () => {
    await activeApi();
    if ((await state()).inBlock) await run('stopLeadershipBlock');
  });

  it('has the target from the settings: 15 % of 40 h is 6 h', async () => {
    const api = await activeApi();
    assert.equal(api.leadershipTime().targetMinutes, 360);
    assert.match((await state()).statusBarText ?? '', /^\$\(compass\) .+ \/ 6h$/);
  });

  it('logging adds up: weekMinutes grows by exactly what was logged', async () => {
    const api = await activeApi();
    const before = api.leadershipTime().weekMinutes;
    assert.equal(await run('logLeadershipTime', { minutes: 25 }), 25);
    assert.equal(api.leadershipTime().weekMinutes, before + 25);
    assert.equal(await run('logLeadershipTime', { minutes: 40, note: 'Career conversation with Sam', date: dateOf(new Date()) }), 40);
    assert.equal(api.leadershipTime().weekMinutes, before + 65);

    // Yesterday counts this week unless today is Monday.
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    assert.equal(await run('logLeadershipTime', { minutes: 15, date: dateOf(yesterday) }), 15);
    const sameWeek = new Date().getDay() !== 1;
    assert.equal(api.leadershipTime().weekMinutes, before + 65 + (sameWeek ? 15 : 0));

    const text = await waitFor(async () => {
      const s = await state();
      return s.statusBarText?.includes(formatted(api.leadershipTime().weekMinutes)) ? s.statusBarText : undefined;
    });
    assert.match(text, /\/ 6h$/);
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const api = await activeApi();
    const today = new Date();
    const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
    const cases: [unknown, RegExp][] = [
      [{ minutes: -5 }, /Minutes must be a whole number of minutes from 1 to 1440; got -5\. Nothing was logged\./],
      [{ minutes: 'abc' }, /got "abc"\. Nothing was logged/],
      [{ minutes: 1e9 }, /from 1 to 1440; got 1000000000/],
      [{ minutes: 1441 }, /from 1 to 1440/],
      [{ minutes: 2.5 }, /whole number/],
      [{ minutes: 30, date: '2026-02-30' }, /real calendar date written YYYY-MM-DD/],
      [{ minutes: 30, date: 'yesterday' }, /YYYY-MM-DD/],
      [{ minutes: 30, date: dateOf(tomorrow) }, /is in the future/],
      [{ minutes: 30, date: '2001-01-01' }, /more than a year ago/],
      [{ minutes: 30, note: 42 }, /note must be text/],
      [42, /takes one object/],
      [{ minutes: 1440 }, /more than a day holds/],
    ];
    for (const [arg, message] of cases) {
      const before = api.leadershipTime();
      const result = await run('logLeadershipTime', arg);
      assert.equal(result, undefined, `${JSON.stringify(arg)} is refused`);
      assert.deepEqual(api.leadershipTime(), before, `${JSON.stringify(arg)} changes nothing`);
      assert.match((await state()).lastMessage, message, JSON.stringify(arg));
    }
  });

  it('blocks toggle: start → inBlock, the status bar counts down; stop → minutes returned and logged', async () => {
    const api = await activeApi();
    const before = api.leadershipTime().weekMinutes;
    await run('startLeadershipBlock', { minutes: 25, focus: 'Integration test' });
    assert.equal(api.leadershipTime().inBlock, true);
    const s = await state();
    assert.equal(s.running?.plannedMinutes, 25);
    assert.equal(s.running?.focus, 'Integration test');
    assert.match(s.statusBarText ?? '', /^\$\(watch\) 2[45]:\d\d$/);

    // A second start while one runs is turned down and leaves the block alone.
    const runningSince = s.running!.endsAt;
    const second = run('startLeadershipBlock', { minutes: 50 });
    await waitFor(async () => /already running/.test((await state()).lastMessage));
    assert.equal((await state()).running?.endsAt, runningSince);
    await vscode.commands.executeCommand('notifications.clearAll');
    await second;

    const minutes = await run<number>('stopLeadershipBlock');
    assert.equal(typeof minutes, 'number');
    assert.equal(api.leadershipTime().inBlock, false);
    assert.equal(api.leadershipTime().weekMinutes, before + minutes);
    assert.match((await state()).statusBarText ?? '', /^\$\(compass\) /);
    assert.equal(await run('stopLeadershipBlock'), 0, 'stopping with no block running logs nothing');
  });

  it('refuses block lengths it cannot run', async () => {
    const api = await activeApi();
    for (const minutes of [0, -5, 241, 'abc', 1e9]) {
      await run('startLeadershipBlock', { minutes });
      assert.equal(api.leadershipTime().inBlock, false, String(minutes));
      assert.match((await state()).lastMessage, /A block must be a whole number of minutes from 1 to 240/);
    }
  });

  it('snoozes reminders for a while, and resumes them with 0', async () => {
    const t0 = Date.now();
    const until = await run<string>('snoozeReminders', { minutes: 90 });
    const ms = Date.parse(until);
    assert.ok(ms >= t0 + 90 * 60_000 - 1000 && ms <= Date.now() + 90 * 60_000, until);
    assert.equal((await state()).snoozedUntil, ms);
    assert.equal(await run('snoozeReminders', { minutes: 0 }), undefined);
    assert.equal((await state()).snoozedUntil, undefined);
    await run('snoozeReminders', { minutes: -5 });
    assert.match((await state()).lastMessage, /A snooze must be a whole number of minutes from 0 to 20160; got -5/);
    assert.equal((await state()).snoozedUntil, undefined);
  });

  it('hides the status-bar item when statusBar.enabled is off, live', async () => {
    await config().update('statusBar.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor(async () => (await state()).statusBarText === undefined);
    } finally {
      await config().update('statusBar.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(async () => (await state()).statusBarText?.startsWith('$(compass)'));
  });

  it('names a broken schedule entry and keeps the rest working', async () => {
    await config().update('reminders.schedule', [{ days: ['thu'], time: '14:00' }, { days: ['fri'], time: '25:00' }, { days: ['someday'], time: '10:00' }], vscode.ConfigurationTarget.Global);
    try {
      const problems = await waitFor(async () => {
        const p = (await state()).problems;
        return p.length === 2 ? p : undefined;
      });
      assert.match(problems[0], /reminders\.schedule\[1\]: time "25:00" is not a 24-hour HH:MM time/);
      assert.match(problems[1], /reminders\.schedule\[2\]: "someday" is not a day/);
      await vscode.commands.executeCommand('notifications.clearAll');
    } finally {
      await config().update('reminders.schedule', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(async () => (await state()).problems.length === 0);
  });

  it('feeds the weekly self-check: the week in one line and the notes', async () => {
    await run('logLeadershipTime', { minutes: 30, note: 'Coaching plan for Ana' });
    const uri = await run<vscode.Uri>('newSelfCheck', { date: dateOf(new Date()), open: false });
    assert.ok(uri, 'the self-check was written');
    const text = await read(uri);
    const { weekMinutes } = (await activeApi()).leadershipTime();
    assert.ok(text.includes(`${formatted(weekMinutes)} of leadership time against a 6h target (${Math.round((weekMinutes / 360) * 100)} %)`), text);
    assert.match(text, /^- \w{3} \d{1,2} \w{3} · 30m logged · Coaching plan for Ana$/m);
  });

  it('shows the weekly summary in a webview panel', async () => {
    await run('showWeeklySummary');
    const tab = await waitFor(async () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Leadership Time')));
    assert.match(tab.label, /Leadership Time · \d{4}-W\d{2}/);
    assert.equal((await state()).summaryOpen, true);
    await vscode.window.tabGroups.close(tab);
    await waitFor(async () => !(await state()).summaryOpen);
  });
});

function formatted(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h ${m}m`;
}

describe('Leadership time, in real time', () => {
  const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

  it('shows a scheduled nudge for a slot that just passed (one catch-up, then never again)', async () => {
    await activeApi();
    const now = new Date();
    const time = `${pad(now.getHours())}:${pad(now.getMinutes())}`;
    const c = config();
    await c.update('reminders.quietHours', { start: '00:00', end: '00:00' }, vscode.ConfigurationTarget.Global);
    await c.update('weeklyRhythm', Object.fromEntries(DAYS.map((d) => [d, 'lead'])), vscode.ConfigurationTarget.Global);
    await c.update('reminders.schedule', [{ days: [DAYS[now.getDay()]], time, message: 'Integration nudge' }], vscode.ConfigurationTarget.Global);
    try {
      const key = `${dateOf(now)} ${time}`;
      const before = (await state()).nudgesShown;
      await waitFor(async () => (await state()).lastNudge === key, 20000);
      assert.equal((await state()).nudgesShown, before + 1);
      await vscode.commands.executeCommand('notifications.clearAll');
      // A settings change makes the scheduler look again at once: the slot was handled, so nothing shows.
      await c.update('reminders.schedule', [{ days: [DAYS[now.getDay()]], time, message: 'Integration nudge, again' }], vscode.ConfigurationTarget.Global);
      await new Promise((r) => setTimeout(r, 5000));
      assert.equal((await state()).nudgesShown, before + 1);
    } finally {
      for (const key of ['reminders.quietHours', 'weeklyRhythm', 'reminders.schedule']) await c.update(key, undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('ends a block when its time is up, books it and asks once what it went to', async function () {
    this.timeout(100_000);
    const api = await activeApi();
    const before = api.leadershipTime().weekMinutes;
    await run('startLeadershipBlock', { minutes: 1, focus: 'One-minute block' });
    assert.equal(api.leadershipTime().inBlock, true);
    await waitFor(async () => !api.leadershipTime().inBlock && (await state()).lastBlockNote?.endsWith('time 1'), 75_000);
    assert.equal(api.leadershipTime().weekMinutes, before + 1);
    assert.match((await state()).statusBarText ?? '', /^\$\(compass\) /);
    await vscode.commands.executeCommand('notifications.clearAll');
  });
});
