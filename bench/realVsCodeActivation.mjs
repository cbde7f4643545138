// Activation inside a real VS Code (code-server, from scripts/realVsCode.mjs): this extension
// beside a minimal one (generated into a temp folder), both installed the same way (copied
// into the server's extensions folder) and activated by onStartupFinished in the same window. The figures are VS Code's own: the
// "Activation: N ms" of Developer: Show Running Extensions (code loading + the activate
// call, measured by the extension host), read from the workbench, over several window loads.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureRealVsCode, launchBrowser, startCodeServer } from '../scripts/realVsCode.mjs';
import { median } from './stats.mjs';
import { runCommand } from '../test/browser/workbench.mjs';

const MINIMAL = { name: 'bench-minimal', displayName: 'Bench Minimal Extension', publisher: 'bench', version: '0.0.1', engines: { vscode: '^1.90.0' }, main: './dist/extension.js', activationEvents: ['onStartupFinished'] };
const OURS = 'leadership-prompts.leadership-prompts';
const SHIPPED = ['package.json', 'package.nls.json', 'package.nls.de.json', 'l10n', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist', 'media'];

/** Reads the activation time of each named extension from the Running Extensions editor. */
async function readActivationTimes(page, names) {
  await runCommand(page, 'Developer: Show Running Extensions');
  const deadline = Date.now() + 60000;
  for (;;) {
    const rows = await page.locator('.runtime-extensions-editor .monaco-list-row').evaluateAll((els) => els.map((e) => ({
      name: e.querySelector('.name')?.textContent ?? '',
      time: e.querySelector('.activation-time')?.textContent ?? '',
    })));
    const found = names.map((n) => rows.find((r) => r.name === n && /Activation: \d+ms/.test(r.time)));
    if (found.every(Boolean)) return found.map((r) => Number(/(\d+)ms/.exec(r.time)[1]));
    if (Date.now() > deadline) throw new Error(`Running Extensions did not list ${names.join(' and ')} with activation times: ${JSON.stringify(rows)}`);
    await page.waitForTimeout(500);
  }
}

export async function measureRealVsCode({ root, work, emptyBundle, loads = 4 }) {
  ensureRealVsCode();
  const state = join(work, 'code-server');
  const extensions = join(state, 'extensions');
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const ours = join(extensions, `${OURS}-${version}`);
  for (const f of SHIPPED) cpSync(join(root, f), join(ours, f), { recursive: true });
  const minimal = join(extensions, `bench.bench-minimal-${MINIMAL.version}`);
  mkdirSync(join(minimal, 'dist'), { recursive: true });
  writeFileSync(join(minimal, 'package.json'), JSON.stringify(MINIMAL, null, 2));
  cpSync(emptyBundle, join(minimal, 'dist', 'extension.js'));
  const workspace = join(work, 'real-vscode-workspace');
  mkdirSync(workspace, { recursive: true });
  const server = await startCodeServer({ folder: workspace, stateDir: state });
  // Tall enough that the Running Extensions list (virtualised) renders every row.
  const browser = await launchBrowser({ width: 1400, height: 4000 });
  const times = [];
  const baseline = [];
  try {
    const { page } = browser;
    const displayName = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).displayName;
    const names = [displayName, MINIMAL.displayName];
    // The first window load also warms the server and its caches; it is not counted.
    for (let i = 0; i <= loads; i++) {
      await (i === 0 ? page.goto(server.url) : page.reload());
      await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
      const [a, b] = await readActivationTimes(page, names);
      if (i === 0) continue;
      times.push(a);
      baseline.push(b);
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(state, { recursive: true, force: true });
  }
  return [{
    figure: 'activation in a real VS Code (code-server 4.139, VS Code\'s own figure)',
    value: median(times), baseline: median(baseline), baselineName: 'minimal extension, same window',
    format: (v) => `${v} ms`,
    targets: [],
    note: `${loads} window loads: ${times.join(', ')} ms vs ${baseline.join(', ')} ms, ratio per load ${times.map((t, i) => (t / Math.max(1, baseline[i])).toFixed(2)).join(', ')} (Running Extensions: code loading + activate call, whole milliseconds)`,
  }];
}
