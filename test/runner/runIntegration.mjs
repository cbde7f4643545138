// Runs test/integration inside a real VS Code extension host, through the built bundle.
//   node test/runner/runIntegration.mjs [--web] [--verbose] [--grep TEXT] [--timeout SECONDS]
// Here: code-server (scripts/realVsCode.mjs) driven by headless Chromium; the workbench calls
// window.codeAutomationExit(code) when the tests settle. Exit code: 0 pass, 1 fail, 124 timeout.
// --web: the extension runs in the web-worker extension host (its `browser` entry, as in VS Code
// for the Web), with the tests that need no Node (out/test/integration-web, scripts/buildTests.mjs)
// and the notes folder given as `${workspaceFolder}/notes`.
// Machines that can download VS Code can use test/runner/runElectron.mjs instead.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import util from 'node:util';
import { ROOT, ensureRealVsCode, freePort, isMissingSystemPackage, launchBrowser, startCodeServer } from '../../scripts/realVsCode.mjs';
import { startCalendarFeeds } from './calendarFeeds.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const verbose = argv.includes('--verbose') || process.env.VERBOSE === '1';
const web = argv.includes('--web');
const grep = opt('grep', '');
const timeoutS = Number(opt('timeout', '300'));
const t0 = Date.now();
const name = web ? 'integration (web worker)' : 'integration';
const log = (...a) => console.log(`[${name} ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

/** A copy of an extension folder whose package.json has no `main`: VS Code runs it in the web worker only. */
function webOnlyCopy(folder) {
  const copy = join(copies, basename(folder));
  cpSync(folder, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
  delete manifest.main;
  writeFileSync(join(copy, 'package.json'), JSON.stringify(manifest, null, 2));
  return copy;
}

let code;
let server;
let browser;
let feeds;
const workspace = mkdtempSync(join(tmpdir(), 'lp-it-ws-'));
const copies = mkdtempSync(join(tmpdir(), 'lp-it-extensions-'));
try {
  ensureRealVsCode();
  // The tests' workspace: a copy of the fixture folder, so tests may write into it freely.
  cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  mkdirSync(join(workspace, 'notes'), { recursive: true });
  // The calendar addresses' tests fetch from here: directly in Node's host, through code-server's
  // port proxy in the web worker (test/runner/calendarFeeds.mjs).
  feeds = await startCalendarFeeds();
  const port = await freePort();
  const calendarFeeds = web ? `http://127.0.0.1:${port}/proxy/${feeds.port}` : `http://127.0.0.1:${feeds.port}`;
  server = await startCodeServer({
    port,
    folder: workspace,
    extensionDevelopmentPath: ROOT,
    // Beside it, installed: a test-only language model provider for the @mentor tests (code-server
    // loads one development extension), in the same extension host, since the tests steer it
    // through a global: for the web worker, a copy without `main`.
    linkedExtension: web ? webOnlyCopy(join(ROOT, 'test', 'fixtures', 'lmProvider')) : join(ROOT, 'test', 'fixtures', 'lmProvider'),
    userSettings: {
      // A web worker has no file paths: the notes folder is given in the workspace there.
      'leadershipPrompts.notesFolder': web ? '${workspaceFolder}/notes' : join(workspace, 'notes'),
      'leadershipPromptsTest.calendarFeeds': calendarFeeds,
      // Nor environment variables: --grep comes as a setting there.
      ...(web && grep ? { 'leadershipPromptsTest.grep': grep } : {}),
    },
    ...(web
      ? { extensionDevelopmentKind: 'web', extensionTestsPath: join(ROOT, 'out', 'test', 'integration-web', 'index.js') }
      : { extensionTestsPath: join(ROOT, 'out', 'test', 'integration', 'index.js'), env: { LP_TEST_GREP: grep } }),
    verbose,
  });
  log(`code-server on ${server.base}`);
  browser = await launchBrowser({ width: 1280, height: 800 });
  const { page } = browser;
  let settle;
  const done = new Promise((r) => { settle = r; });
  await page.exposeFunction('codeAutomationExit', (c) => settle(c));
  let passLine = '';
  const readConsole = async (m) => {
    let text = m.text();
    try {
      const vals = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => '?')));
      text = typeof vals[0] === 'string' && vals[0].startsWith('%c') ? util.format(...vals.slice(2)) : util.format(...vals);
    } catch { /* keep text */ }
    if (verbose) console.log('  [page]', text);
    if (text.includes('[test] ')) {
      for (const l of text.split('\n')) {
        const line = l.replace(/^.*?\[test\] ?/, '');
        if (/^\s*\d+ (passing|failing|pending)/.test(line)) passLine += line.trim() + ' ';
        if (!verbose) console.log('  ' + line);
      }
    }
  };
  // Each console message is read asynchronously (its arguments' values); the exit may come before
  // the last of them is read, so the result is looked at only once all of them are.
  const reading = new Set();
  page.on('console', (m) => {
    const read = readConsole(m);
    reading.add(read);
    void read.finally(() => reading.delete(read));
  });
  await server.prepareWorkbench(page);
  await page.goto(server.url);
  const result = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), timeoutS * 1000))]);
  if (result === 'timeout') {
    code = 124;
    const shot = join(ROOT, 'test-results', 'integration-timeout.png');
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: shot }).catch(() => {});
    log(`TIMEOUT after ${timeoutS} s (screenshot ${shot}); server log tail:\n${server.output().slice(-3000)}`);
  } else {
    code = Number(result) || 0;
    await Promise.all([...reading]);
    if (!passLine) {
      log('the extension host exited without running any test');
      code = 1;
    }
  }
} catch (e) {
  log(isMissingSystemPackage(e) ? e.message : `ERROR ${e.stack || e}`);
  code = 1;
} finally {
  await browser?.close();
  await server?.stop();
  await feeds?.close();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(copies, { recursive: true, force: true });
}
log(code === 0 ? `${name} tests passed` : `${name} tests FAILED (exit ${code})`);
process.exit(code);
