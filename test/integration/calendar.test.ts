import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startOfIsoWeek } from '../../src/core/localDays';
import { calendarState as state, ics, inHours } from './calendarFiles';
import { activeApi, inWorkspace, run, viewState, waitFor, workspaceFolder, write } from './harness';

// Issue 17 through the commands and the API: a calendar file of the workspace (calendar.files),
// upcoming(), people().nextOneOnOne, prepareNextMeeting writing and then returning the same
// agenda, refreshCalendar. Calendar addresses: calendarAddresses.test.ts.

const config = () => vscode.workspace.getConfiguration('leadershipPrompts');
const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const daysAgo = (n: number) => localDay(new Date(Date.now() - n * 86_400_000));

describe('Calendar (issue 17)', function () {
  this.timeout(90000);
  const oneOnOneStart = inHours(3);
  const retroStart = inHours(20);

  before(async () => {
    await activeApi();
    // A person with an earlier 1:1 and, once linked, their calendar address.
    await run('newOneOnOne', { person: 'Casey Calendar', date: daysAgo(10), open: false });
    await write(vscode.Uri.joinPath(workspaceFolder(), 'calendars', 'team.ics'), ics([
      { uid: 'casey-1on1', title: 'Weekly sync', start: oneOnOneStart, minutes: 30, attendees: ['me@example.com', 'casey@example.com'] },
      { uid: 'team-retro', title: 'Sprint Retro', start: retroStart, minutes: 60 },
      { uid: 'lunch', title: 'Lunch', start: inHours(5), minutes: 60 },
    ]));
  });

  after(async () => {
    await config().update('calendar.files', undefined, vscode.ConfigurationTarget.Global);
    await config().update('calendar.urls', undefined, vscode.ConfigurationTarget.Global);
  });

  it('reads a calendar file of the workspace: upcoming() with 1:1s matched by the linked address, retros by title', async () => {
    await config().update('calendar.files', [inWorkspace('calendars/team.ics')], vscode.ConfigurationTarget.Global);
    const api = await activeApi();
    await api.whenReady();
    assert.equal(await run('people.linkCalendarAddress', { person: 'casey-calendar', email: 'Casey@Example.com' }), 'casey@example.com');
    const entries = await waitFor(async () => {
      const e = api.upcoming(24);
      return e.some((x) => x.kind === 'one-on-one' && x.person === 'casey-calendar') ? e : undefined;
    });
    assert.deepEqual(entries.map((e) => [e.title, e.kind]), [['Weekly sync', 'one-on-one'], ['Lunch', 'other'], ['Sprint Retro', 'retro']]);
    assert.equal(entries[0].start, oneOnOneStart.toISOString());
    assert.equal(api.upcoming(1).length, 0, 'nothing within the next hour');
    assert.deepEqual(api.upcoming(-5), []);
    assert.deepEqual(api.upcoming('x' as unknown as number), []);
    assert.equal(api.upcoming(24 * 365).length, entries.length, 'clamped to a month, not refused');
    const casey = await waitFor(async () => api.people().find((p) => p.slug === 'casey-calendar' && p.nextOneOnOne));
    assert.equal(casey.nextOneOnOne, localDay(oneOnOneStart));
  });

  it('prepareNextMeeting writes the agenda of the next 1:1, dated its day, then returns the same one', async () => {
    const first = await run<vscode.Uri>('prepareNextMeeting', { open: false });
    assert.ok(first, 'an agenda');
    assert.match(first.path, new RegExp(`/one-on-ones/casey-calendar/${localDay(oneOnOneStart)}\\.md$`));
    const again = await run<vscode.Uri>('prepareNextMeeting', { open: false });
    assert.equal(again?.toString(), first.toString(), 'the agenda already written for that day');
  });

  it('refreshCalendar reads again and counts the events; a change of the file is picked up and fires onDidChange', async () => {
    const api = await activeApi();
    assert.equal(await run<number>('refreshCalendar'), 3);
    let fired = 0;
    const sub = api.onDidChange(() => fired++);
    try {
      await write(vscode.Uri.joinPath(workspaceFolder(), 'calendars', 'team.ics'), ics([
        { uid: 'casey-1on1', title: 'Weekly sync', start: oneOnOneStart, minutes: 30, attendees: ['me@example.com', 'casey@example.com'] },
        { uid: 'team-retro', title: 'Sprint Retro', start: retroStart, minutes: 60 },
        { uid: 'lunch', title: 'Lunch', start: inHours(5), minutes: 60 },
        { uid: 'new', title: 'Planning', start: inHours(8), minutes: 60 },
      ]));
      await waitFor(async () => api.upcoming(24).some((e) => e.title === 'Planning'));
      assert.ok(fired > 0, 'onDidChange fired');
    } finally {
      sub.dispose();
    }
  });

  it('an ended 1:1 (countMeetings: ask) rides on the one leadership-time status-bar item and in For you now, also with the status bar off; one click logs it once', async () => {
    const api = await activeApi();
    const four = [
      { uid: 'casey-1on1', title: 'Weekly sync', start: oneOnOneStart, minutes: 30, attendees: ['me@example.com', 'casey@example.com'] },
      { uid: 'team-retro', title: 'Sprint Retro', start: retroStart, minutes: 60 },
      { uid: 'lunch', title: 'Lunch', start: inHours(5), minutes: 60 },
      { uid: 'new', title: 'Planning', start: inHours(8), minutes: 60 },
    ];
    // Ended 20 minutes ago: its 30 minutes count in the week it was held, the last one when the
    // test runs in the first 50 minutes of a Monday.
    const ended = { uid: 'casey-earlier', title: 'Catch-up', start: inHours(-50 / 60), minutes: 30, attendees: ['me@example.com', 'casey@example.com'] };
    const sentence = '1:1 with Casey Calendar ended: log its 30m as leadership time.';
    const timeState = () => run<{ statusBarText?: string; statusBarTooltip?: string; weekMinutes: number }>('_leadershipTimeState');
    const prompts = async () => (await viewState()).prompts;
    try {
      await write(vscode.Uri.joinPath(workspaceFolder(), 'calendars', 'team.ics'), ics([...four, ended]));
      await waitFor(async () => (await run<number>('refreshCalendar')) === 5);
      const offered = await waitFor(async () => {
        const st = await timeState();
        return st.statusBarText?.endsWith('$(calendar) Log 30m') ? st : undefined;
      });
      assert.match(offered.statusBarText!, /^\$\(compass\) /, 'the week stays first on the same item');
      assert.ok(offered.statusBarTooltip?.includes('command:leadershipPrompts._countMeeting'), offered.statusBarTooltip);
      await run('openLibrary');
      await waitFor(async () => (await prompts()).includes(sentence));

      await config().update('statusBar.enabled', false, vscode.ConfigurationTarget.Global);
      await waitFor(async () => (await timeState()).statusBarText === undefined);
      assert.ok((await prompts()).includes(sentence), 'still offered in For you now');

      const before = api.leadershipTime().weekMinutes;
      assert.equal(await run<number>('_countMeeting'), 1);
      const sameWeek = startOfIsoWeek(ended.start).getTime() === startOfIsoWeek(Date.now()).getTime();
      assert.equal(api.leadershipTime().weekMinutes, before + (sameWeek ? 30 : 0));
      assert.equal(await run<number>('_countMeeting'), 0, 'counted once');
      await waitFor(async () => !(await prompts()).includes(sentence));
      await config().update('statusBar.enabled', undefined, vscode.ConfigurationTarget.Global);
      const after = await waitFor(async () => {
        const st = await timeState();
        return st.statusBarText?.startsWith('$(compass)') ? st : undefined;
      });
      assert.ok(!after.statusBarText!.includes('$(calendar)'), after.statusBarText);
    } finally {
      await config().update('statusBar.enabled', undefined, vscode.ConfigurationTarget.Global);
      await write(vscode.Uri.joinPath(workspaceFolder(), 'calendars', 'team.ics'), ics(four));
      await waitFor(async () => (await run<number>('refreshCalendar')) === 4);
    }
  });

  it('a file that is not a calendar, or is missing, is reported; the good one keeps working', async () => {
    await write(vscode.Uri.joinPath(workspaceFolder(), 'calendars', 'notes.ics'), 'These are my notes, not a calendar.\n');
    await config().update('calendar.files', [inWorkspace('calendars/team.ics'), inWorkspace('calendars/notes.ics'), inWorkspace('calendars/missing.ics')], vscode.ConfigurationTarget.Global);
    const s = await waitFor(async () => {
      const st = await state();
      return st.sources.length === 3 && st.sources.every((x) => x.events > 0 || x.problems.length > 0) ? st : undefined;
    });
    const [good, notes, missing] = s.sources;
    assert.equal(good.events, 4);
    assert.deepEqual(good.problems, []);
    assert.match(notes.problems.join(' '), /Not a calendar/);
    assert.match(missing.problems.join(' '), /does not exist/);
    assert.ok((await activeApi()).upcoming(24).some((e) => e.title === 'Weekly sync'));
  });
});
