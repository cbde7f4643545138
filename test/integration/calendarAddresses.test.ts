import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { calendarState as state, ics, inHours } from './calendarFiles';
import { activeApi, inWorkspace, run, workspaceFolder, write } from './harness';

// Issue 17's calendar addresses (calendar.urls), served by the runner on 127.0.0.1
// (test/runner/calendarFeeds.mjs: 200, then 304 with the ETag, a 404, an answer slower than the
// timeout, 50 MB), each reported on its own while the others and a calendar file keep working.
// In both extension hosts: the web worker reaches the server through code-server's port proxy.

const config = () => vscode.workspace.getConfiguration('leadershipPrompts');

/** Where the runner serves the calendars (its setting), or a clear failure when it does not. */
function feedsBase(): string {
  const base = vscode.workspace.getConfiguration('leadershipPromptsTest').get<string>('calendarFeeds');
  if (!base) throw new Error('leadershipPromptsTest.calendarFeeds is not set: run the suite through test/runner/runIntegration.mjs or runElectron.mjs, which serve the test calendars');
  return base;
}

async function counts(base: string): Promise<{ hits: Record<string, number>; notModified: number }> {
  return (await fetch(`${base}/_counts`)).json() as Promise<{ hits: Record<string, number>; notModified: number }>;
}

describe('Calendar addresses (issue 17)', function () {
  this.timeout(90000);
  let base = '';

  before(async () => {
    await activeApi();
    base = feedsBase();
    await write(vscode.Uri.joinPath(workspaceFolder(), 'calendars', 'addresses.ics'), ics([
      { uid: 'planning', title: 'Planning', start: inHours(4), minutes: 60 },
      { uid: 'review', title: 'Design review', start: inHours(8), minutes: 30 },
    ]));
    const put = async (name: string, text: string) => assert.equal((await fetch(`${base}/${name}`, { method: 'PUT', body: text })).status, 204, `the runner took ${name}`);
    await put('feed.ics', ics([{ uid: 'feed-1', title: 'All hands', start: inHours(6), minutes: 45 }]));
    await put('late.ics', ics([{ uid: 'slow-1', title: 'Too late', start: inHours(7), minutes: 30 }]));
  });

  after(async () => {
    await config().update('calendar.files', undefined, vscode.ConfigurationTarget.Global);
    await config().update('calendar.urls', undefined, vscode.ConfigurationTarget.Global);
  });

  it('fetches addresses on 127.0.0.1: 200, then 304 with the ETag; a 404, a slow answer and 50 MB are reported and the rest keeps working', async () => {
    await state({ fetchTimeoutMs: 1000 });
    await config().update('calendar.files', [inWorkspace('calendars/addresses.ics')], vscode.ConfigurationTarget.Global);
    await config().update('calendar.urls', [`${base}/feed.ics`, `${base}/missing.ics?token=secret`, `${base}/slow/late.ics`, `${base}/huge.ics`], vscode.ConfigurationTarget.Global);
    const api = await activeApi();
    await api.whenReady();
    const first = await state();
    const [file, feed, missing, slow, huge] = first.sources;
    assert.equal(huge.events, 0);
    assert.match(huge.problems.join(' '), /larger than 25 MB/, `the 50 MB answer is cut off and reported: ${huge.problems.join(' ')}`);
    assert.equal(file.events, 2);
    assert.equal(feed.events, 1);
    assert.deepEqual(feed.problems, []);
    assert.match(missing.problems.join(' '), /404/);
    assert.match(slow.problems.join(' '), /no answer within 1 s/);
    for (const s of first.sources) assert.doesNotMatch(`${s.label} ${s.problems.join(' ')}`, /token|secret|missing\.ics|feed\.ics|late\.ics|proxy/, 'no path or token in what is reported');
    assert.ok(api.upcoming(24).some((e) => e.title === 'All hands'));
    assert.ok(api.upcoming(24).some((e) => e.title === 'Planning'));

    const before = await counts(base);
    assert.ok(before.hits['/feed.ics'] >= 1, 'the calendar was fetched');
    assert.equal(await run<number>('refreshCalendar'), 3, 'the events of the good calendars: the broken ones add none');
    const after = await counts(base);
    assert.equal(after.hits['/feed.ics'], before.hits['/feed.ics'] + 1, 'and once more on refresh');
    assert.equal(after.notModified, before.notModified + 1, 'the second fetch is answered 304 Not Modified');
    assert.ok(api.upcoming(24).some((e) => e.title === 'All hands'), 'the cached copy is used');
  });
});
