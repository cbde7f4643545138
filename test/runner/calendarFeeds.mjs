// Calendar addresses for the integration tests (test/integration/calendarAddresses.test.ts),
// served by the runner on 127.0.0.1, since a test in the web-worker extension host cannot open a
// server. The tests find it through the setting `leadershipPromptsTest.calendarFeeds`: the
// server itself for the Node host, and code-server's port proxy for the web worker (the
// workbench's own origin, the only plain-http origin a web worker may fetch from).
//   PUT /<name>      stores the body as that address's calendar, with a fresh ETag
//   GET /<name>      the stored calendar (200 with its ETag; 304 when If-None-Match names it),
//                    404 when nothing is stored
//   GET /huge.ics    50 MB of a calendar without a Content-Length: only reading it shows its size
//   GET /slow/<name> the stored <name>, after SLOW_MS
//   GET /_counts     what has been asked so far: { hits: { path: n }, notModified: n }
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';

export const SLOW_MS = 4000;

/** Starts the server; resolves to its port and a close(). */
export function startCalendarFeeds() {
  const stored = new Map();
  const hits = {};
  let notModified = 0;
  let version = 0;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'PUT') {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        stored.set(path, { body: Buffer.concat(chunks), etag: `"v${++version}"` });
        res.writeHead(204).end();
      });
      return;
    }
    if (path === '/_counts') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ hits, notModified }));
    hits[path] = (hits[path] ?? 0) + 1;
    if (path === '/huge.ics') return hugeCalendar(res);
    const slow = path.startsWith('/slow/');
    const feed = stored.get(slow ? path.slice('/slow'.length) : path);
    if (!feed) return void res.writeHead(404).end('not here');
    const answer = () => {
      if (req.headers['if-none-match'] === feed.etag) {
        notModified++;
        return void res.writeHead(304, { etag: feed.etag }).end();
      }
      res.writeHead(200, { 'content-type': 'text/calendar', etag: feed.etag }).end(feed.body);
    };
    if (slow) setTimeout(answer, SLOW_MS);
    else answer();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({
      port: server.address().port,
      close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
    }));
  });
}

function hugeCalendar(res) {
  res.writeHead(200, { 'content-type': 'text/calendar' });
  const chunk = Buffer.from(`DESCRIPTION:${'x'.repeat(1022)}\r\n`.repeat(1024));
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
}
