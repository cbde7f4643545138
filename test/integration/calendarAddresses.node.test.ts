import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { calendarState as state, ics, inHours, run, write } from './calendarFiles';
import { activeApi } from './harness';

// Issue 17's calendar addresses (calendar.urls), served from this test on 127.0.0.1 (200, then
// 304 with the ETag, a 404, an answer slower than the timeout, 50 MB), each reported on its own
// while the others and a calendar file keep working. A server needs Node: this file runs in the
// Node extension host only.

const config = () => vscode.workspace.getConfiguration('leadershipPrompts');

describe('Calendar addresses (issue 17)', function () {
  this.timeout(90000);
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  let server: http.Server;
  let base = '';
  const hits: Record<string, number> = {};
  let notModified = 0;

  before(async () => {
    await activeApi();
    await write(vscode.Uri.joinPath(folder(), 'calendars', 'addresses.ics'), ics([
      { uid: 'planning', title: 'Planning', start: inHours(4), minutes: 60 },
      { uid: 'review', title: 'Design review', start: inHours(8), minutes: 30 },
    ]));
    server = http.createServer((req, res) => {
      const path = req.url ?? '/';
      hits[path] = (hits[path] ?? 0) + 1;
      if (path === '/feed.ics') {
        if (req.headers['if-none-match'] === '"v1"') {
          notModified++;
          res.writeHead(304, { etag: '"v1"' });
          return void res.end();
        }
        res.writeHead(200, { 'content-type': 'text/calendar', etag: '"v1"' });
        return void res.end(ics([{ uid: 'feed-1', title: 'All hands', start: inHours(6), minutes: 45 }]));
      }
      if (path === '/huge.ics') {
        // 50 MB of a calendar without a Content-Length: only reading it shows how large it is.
        res.writeHead(200, { 'content-type': 'text/calendar' });
        const line = `DESCRIPTION:${'x'.repeat(1022)}\r\n`;
        const chunk = Buffer.from(line.repeat(1024));
        let sent = 0;
        const more = () => {
          while (sent < 50 && !res.destroyed) {
            sent++;
            if (!res.write(chunk)) return void res.once('drain', more);
          }
          res.end();
        };
        res.write('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
        more();
        return;
      }
      if (path === '/slow.ics') {
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/calendar' });
          res.end(ics([{ uid: 'slow-1', title: 'Too late', start: inHours(7), minutes: 30 }]));
        }, 4000);
        return;
      }
      res.writeHead(404);
      res.end('not here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await config().update('calendar.files', undefined, vscode.ConfigurationTarget.Global);
    await config().update('calendar.urls', undefined, vscode.ConfigurationTarget.Global);
    server?.close();
  });

  it('fetches addresses on 127.0.0.1: 200, then 304 with the ETag; a 404, a slow answer and 50 MB are reported and the rest keeps working', async () => {
    await state({ fetchTimeoutMs: 1000 });
    await config().update('calendar.files', ['${workspaceFolder}/calendars/addresses.ics'], vscode.ConfigurationTarget.Global);
    await config().update('calendar.urls', [`${base}/feed.ics`, `${base}/missing.ics?token=secret`, `${base}/slow.ics`, `${base}/huge.ics`], vscode.ConfigurationTarget.Global);
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
    for (const s of first.sources) assert.doesNotMatch(`${s.label} ${s.problems.join(' ')}`, /token|secret|missing\.ics|feed\.ics/, 'no path or token in what is reported');
    assert.ok(api.upcoming(24).some((e) => e.title === 'All hands'));
    assert.ok(api.upcoming(24).some((e) => e.title === 'Planning'));

    const before = notModified;
    assert.equal(await run<number>('refreshCalendar'), 3, 'the events of the good calendars: the broken ones add none');
    assert.ok(notModified > before, 'the second fetch is answered 304 Not Modified');
    assert.ok(api.upcoming(24).some((e) => e.title === 'All hands'), 'the cached copy is used');
  });
});
