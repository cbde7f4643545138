// Runs test/integration inside a real VS Code extension host, through the built bundle.
//   node test/runner/runIntegration.mjs [--verbose] [--grep TEXT] [--timeout SECONDS]
// Here: code-server (scripts/realVsCode.mjs) driven by headless Chromium; the workbench calls
// window.codeAutomationExit(code) when the tests settle. Exit code: 0 pass, 1 fail, 124 timeout.
// Machines that can download VS Code can use test/runner/runElectron.mjs instead.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import util from 'node:util';
import { ROOT, ensureRealVsCode, isMissingSystemPackage, launchBrowser, startCodeServer } from '../../scripts/realVsCode.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const verbose = argv.includes('--verbose') || process.env.VERBOSE === '1';
const timeoutS = Number(opt('timeout', '300'));
const t0 = Date.now();
const log = (...a) => console.log(`[integration ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

let code;
let server;
let browser;
const workspace = mkdtempSync(join(tmpdir(), 'lp-it-ws-'));
try {
  ensureRealVsCode();
  // The tests' workspace: a copy of the fixture folder, so tests may write into it freely.
  cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  mkdirSync(join(workspace, 'notes'), { recursive: true });
  server = await startCodeServer({
    folder: workspace,
    extensionDevelopmentPath: ROOT,
    // Beside it, installed: a test-only language model provider for the @mentor tests (code-server loads one development extension).
    linkedExtension: join(ROOT, 'test', 'fixtures', 'lmProvider'),
    extensionTestsPath: join(ROOT, 'out', 'test', 'integration', 'index.js'),
    userSettings: { 'leadershipPrompts.notesFolder': join(workspace, 'notes') },
    env: { LP_TEST_GREP: opt('grep', '') },
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
    else if (text.includes('[test] ')) {
      for (const l of text.split('\n')) {
        const line = l.replace(/^.*?\[test\] ?/, '');
        if (/^\s*\d+ (passing|failing|pending)/.test(line)) passLine += line.trim() + ' ';
        console.log('  ' + line);
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
  rmSync(workspace, { recursive: true, force: true });
}
log(code === 0 ? 'integration tests passed' : `integration tests FAILED (exit ${code})`);
process.exit(code);
