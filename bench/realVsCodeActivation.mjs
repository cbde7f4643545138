// Activation inside a real VS Code (code-server, from scripts/realVsCode.mjs): this extension
// beside a minimal one (generated into a temp folder), both installed the same way (copied
// into the server's extensions folder) and activated by onStartupFinished in the same window. The figures are VS Code's own: the
// "Activation: N ms" of Developer: Show Running Extensions (code loading + the activate
// call, measured by the extension host), read from the workbench, over several window loads.
// Then the first paint of the library view in the same workbench: from the pointerdown on its
// activity-bar icon to its first category painted in the webview (the content read through
// workspace.fs, the view's page loaded, the library sent to it), beside a minimal
// extension's webview view with one static item, opened the same way.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as esbuild from 'esbuild';
import { bundleOptions, withBundleHash } from '../scripts/build.mjs';
import { ensureRealVsCode, launchBrowser, startCodeServer } from '../scripts/realVsCode.mjs';
import { median } from './stats.mjs';
import { registeredAtActivation } from './activation.mjs';
import { runCommand } from '../test/browser/workbench.mjs';

const MINIMAL = { name: 'bench-minimal', displayName: 'Bench Minimal Extension', publisher: 'bench', version: '0.0.1', engines: { vscode: '^1.90.0' }, main: './dist/extension.js', activationEvents: ['onStartupFinished'] };
// A reference beside the figure: this extension's whole activation bundle with an activate() that
// does nothing (bench/loadOnlyExtension.ts), loaded by this extension's Node entry (so with its
// code cache, written in each server's first window as this extension's is), installed and
// activated the same way.
const LOAD_ONLY = { ...MINIMAL, name: 'bench-load-only', displayName: 'Bench Load Only Extension' };
// A second reference, a yardstick for the figure itself: the minimal extension with an activate()
// that does exactly SYNC_MS of synchronous work (a busy loop), as long as this extension's own
// activate() measured from inside it (about 4-6 ms).
const SYNC_MS = 5;
const SYNC = { ...MINIMAL, name: 'bench-sync-work', displayName: 'Bench Sync Work Extension' };
const SYNC_JS = `exports.activate = () => { const end = performance.now() + ${SYNC_MS}; while (performance.now() < end); };\n`;
// A third reference, what the contract's registrations alone cost: a minimal extension whose
// activate() makes the VS Code API calls this extension's activate() makes (as many commands,
// a webview view, a tree view, a chat participant, a log output channel, a status-bar item and a
// text document provider), each with a handler that does nothing.
const REGISTRATIONS = {
  ...MINIMAL, name: 'bench-registrations', displayName: 'Bench Registrations Extension',
  contributes: {
    viewsContainers: { activitybar: [{ id: 'benchRegistrations', title: 'Bench Registrations', icon: 'media/icon.svg' }] },
    views: { benchRegistrations: [{ type: 'webview', id: 'benchRegistrations.library', name: 'Library' }, { id: 'benchRegistrations.people', name: 'People' }] },
    chatParticipants: [{ id: 'benchRegistrations.mentor', name: 'benchmentor', description: 'Bench' }],
  },
};
const registrationsJs = (commands) => `const vscode = require('vscode');
exports.activate = (context) => {
  const s = context.subscriptions;
  s.push(vscode.window.createOutputChannel('Bench Registrations', { log: true }));
  for (let i = 0; i < ${commands}; i++) s.push(vscode.commands.registerCommand('benchRegistrations.command' + i, () => undefined));
  s.push(vscode.window.registerWebviewViewProvider('benchRegistrations.library', { resolveWebviewView() {} }));
  s.push(vscode.window.createTreeView('benchRegistrations.people', { treeDataProvider: { getChildren: () => [], getTreeItem: (e) => e } }));
  s.push(vscode.chat.createChatParticipant('benchRegistrations.mentor', () => undefined));
  s.push(vscode.window.createStatusBarItem('benchRegistrations.status', vscode.StatusBarAlignment.Right, 100));
  s.push(vscode.workspace.registerTextDocumentContentProvider('bench-registrations', { provideTextDocumentContent: () => '' }));
};
`;
const MINIMAL_VIEW = {
  name: 'bench-minimal-view', displayName: 'Bench Minimal View', publisher: 'bench', version: '0.0.1', engines: { vscode: '^1.90.0' }, main: './extension.js',
  activationEvents: ['onView:benchMinimal.view'],
  contributes: {
    viewsContainers: { activitybar: [{ id: 'benchMinimal', title: 'Bench Minimal View', icon: 'media/icon.svg' }] },
    views: { benchMinimal: [{ type: 'webview', id: 'benchMinimal.view', name: 'Minimal' }] },
  },
};
const MINIMAL_VIEW_JS = `const vscode = require('vscode');
exports.activate = (context) => {
  context.subscriptions.push(vscode.window.registerWebviewViewProvider('benchMinimal.view', {
    resolveWebviewView(view) {
      view.webview.html = '<!DOCTYPE html><html><body><ul><li class="category">Minimal</li></ul></body></html>';
    },
  }));
};
`;
const OURS = 'leadership-prompts.leadership-prompts';
/** What counts as painted: the minimal view's one item, the library's first category. */
const MINIMAL_VIEW_SELECTOR = 'li.category';
const LIBRARY_SELECTOR = '.categories .category';
/** How long after activation this extension writes its activation bundle's V8 code cache (src/nodeHost.ts). */
const CODE_CACHE_DELAY_MS = Number(/CODE_CACHE_DELAY_MS = (\d+)/.exec(readFileSync(new URL('../src/nodeHost.ts', import.meta.url), 'utf8'))[1]);
/**
 * Why the blocks: VS Code orders the extensions it activates together by their folder's name, and
 * each one's figure also holds the work of those that ran while it waited (the note gives this
 * extension's ratio in the block where it comes first and in the one where it comes last).
 */
const BLOCKS = 5;

/**
 * Installed in every frame of the page before the paint loads. Both ends of the figure are taken
 * in the browser, on one clock (performance.timeOrigin + now(), comparable across frames), so
 * neither waits for a round trip to Playwright: the top frame notes each pointerdown; each frame
 * within it looks, every millisecond or so, into its own child frames for the first element that
 * matches each of `selectors`, and notes when it has been painted (the next animation frame and
 * the turn after it). A webview's content is written into its inner frame (VS Code's
 * webview/browser/pre/index.html), a document Playwright's init script does not reach, so its
 * parent frame watches it.
 */
/* global requestAnimationFrame -- paintProbe runs in the page */
function paintProbe(selectors) {
  const now = () => performance.timeOrigin + performance.now();
  if (window === window.top) {
    document.addEventListener('pointerdown', () => { window.__lpPointerDown = now(); }, true);
    return;
  }
  const painted = (window.__lpPainted = {});
  const until = now() + 120000;
  const timer = setInterval(() => {
    for (const selector of selectors) {
      if (selector in painted) continue;
      for (const frame of document.querySelectorAll('iframe')) {
        let inner;
        try {
          inner = frame.contentDocument;
        } catch {
          continue; // another origin's frame
        }
        if (!inner?.querySelector(selector)) continue;
        painted[selector] = null;
        requestAnimationFrame(() => setTimeout(() => { painted[selector] = now(); }, 0));
        break;
      }
    }
    // A view's page holds one view: once one is found, this frame has nothing more to watch.
    if (Object.keys(painted).length || now() > until) clearInterval(timer);
  }, 1);
}

/** From the pointerdown on the activity-bar icon labelled `label` to `selector` painted in one of the page's frames (see paintProbe). */
async function firstPaint(page, label, selector) {
  const icon = page.locator(`.activitybar .action-label[aria-label^="${label}"]`).first();
  await icon.waitFor({ timeout: 60000 });
  await page.evaluate(() => { window.__lpPointerDown = undefined; });
  await icon.click();
  const down = await page.evaluate(() => window.__lpPointerDown);
  if (typeof down !== 'number') throw new Error(`no pointerdown seen on ${label}'s icon`);
  const t0 = Date.now();
  for (;;) {
    for (const frame of page.frames()) {
      const at = await frame.evaluate((s) => window.__lpPainted?.[s], selector).catch(() => undefined);
      if (typeof at === 'number' && at >= down) return Math.round(at - down);
    }
    if (Date.now() - t0 > 30000) throw new Error(`${selector} was not painted in ${label}'s view`);
    await page.waitForTimeout(20);
  }
}
const SHIPPED = ['package.json', 'package.nls.json', 'package.nls.de.json', 'l10n', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist', 'media'];

/**
 * Reads the activation time of each named extension from the Running Extensions editor. Its list
 * is virtualised (only the rows in view exist) and may open in a small modal editor, so the rows
 * are gathered while the list is scrolled down and up again.
 */
async function readActivationTimes(page, names) {
  await runCommand(page, 'Developer: Show Running Extensions');
  const list = page.locator('.runtime-extensions-editor .monaco-list').first();
  const seen = new Map();
  const deadline = Date.now() + 60000;
  for (let turn = 0; ; turn++) {
    const rows = await page.locator('.runtime-extensions-editor .monaco-list-row').evaluateAll((els) => els.map((e) => ({
      name: e.querySelector('.name')?.textContent ?? '',
      time: e.querySelector('.activation-time')?.textContent ?? '',
    })));
    for (const r of rows) if (/Activation: \d+ms/.test(r.time)) seen.set(r.name, Number(/(\d+)ms/.exec(r.time)[1]));
    if (names.every((n) => seen.has(n))) return names.map((n) => seen.get(n));
    if (Date.now() > deadline) throw new Error(`Running Extensions did not list ${names.join(' and ')} with activation times: ${JSON.stringify([...seen])}`);
    if (await list.count()) {
      await list.hover().catch(() => {});
      await page.mouse.wheel(0, turn % 6 < 3 ? 400 : -400);
    }
    await page.waitForTimeout(300);
  }
}

export async function measureRealVsCode({ root, work, emptyBundle, loads = 2, paintLoads = 5 }) {
  ensureRealVsCode();
  const state = join(work, 'code-server');
  const extensions = join(state, 'extensions');
  // The four extensions timed at start-up, made once in a staging folder and placed into the
  // extensions folder per block, under a name that sets their order (see BLOCKS).
  const staged = join(work, 'real-vscode-extensions');
  rmSync(staged, { recursive: true, force: true });
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const ours = join(staged, `${OURS}-${version}`);
  for (const f of SHIPPED) cpSync(join(root, f), join(ours, f), { recursive: true });
  const minimal = join(staged, `bench.bench-minimal-${MINIMAL.version}`);
  mkdirSync(join(minimal, 'dist'), { recursive: true });
  writeFileSync(join(minimal, 'package.json'), JSON.stringify(MINIMAL, null, 2));
  cpSync(emptyBundle, join(minimal, 'dist', 'extension.js'));
  const loadOnly = join(staged, `bench.bench-load-only-${LOAD_ONLY.version}`);
  mkdirSync(join(loadOnly, 'dist'), { recursive: true });
  writeFileSync(join(loadOnly, 'package.json'), JSON.stringify(LOAD_ONLY, null, 2));
  const { node, web } = bundleOptions(true);
  await esbuild.build({ ...web, absWorkingDir: root, entryPoints: { extension: join(root, 'bench', 'loadOnlyExtension.ts') }, outdir: join(loadOnly, 'dist', 'web'), metafile: false });
  await esbuild.build({ ...withBundleHash(node, join(loadOnly, 'dist', 'web', 'extension.js')), absWorkingDir: root, outdir: join(loadOnly, 'dist'), metafile: false });
  const loadOnlyKb = statSync(join(loadOnly, 'dist', 'web', 'extension.js')).size / 1024;
  const sync = join(staged, `bench.bench-sync-work-${SYNC.version}`);
  mkdirSync(join(sync, 'dist'), { recursive: true });
  writeFileSync(join(sync, 'package.json'), JSON.stringify(SYNC, null, 2));
  writeFileSync(join(sync, 'dist', 'extension.js'), SYNC_JS);
  const registrations = join(staged, `bench.bench-registrations-${REGISTRATIONS.version}`);
  mkdirSync(join(registrations, 'dist'), { recursive: true });
  mkdirSync(join(registrations, 'media'), { recursive: true });
  writeFileSync(join(registrations, 'package.json'), JSON.stringify(REGISTRATIONS, null, 2));
  const registered = await registeredAtActivation({ root });
  writeFileSync(join(registrations, 'dist', 'extension.js'), registrationsJs(registered.commands));
  cpSync(join(root, 'media', 'activity-icon.svg'), join(registrations, 'media', 'icon.svg'));
  const minimalView = join(staged, `bench.bench-minimal-view-${MINIMAL_VIEW.version}`);
  mkdirSync(join(minimalView, 'media'), { recursive: true });
  writeFileSync(join(minimalView, 'package.json'), JSON.stringify(MINIMAL_VIEW, null, 2));
  writeFileSync(join(minimalView, 'extension.js'), MINIMAL_VIEW_JS);
  cpSync(join(root, 'media', 'activity-icon.svg'), join(minimalView, 'media', 'icon.svg'));
  const workspace = join(work, 'real-vscode-workspace');
  mkdirSync(workspace, { recursive: true });
  const timed = [ours, minimal, loadOnly, sync, registrations];
  if (timed.length !== BLOCKS) throw new Error('one block per place');
  /**
   * Block b: a fresh server state (VS Code remembers the extension folders it has seen), with
   * extension i placed (b + i) mod 5th, so over five blocks each one is activated in each
   * place once.
   */
  const place = (block) => {
    rmSync(state, { recursive: true, force: true });
    mkdirSync(extensions, { recursive: true });
    timed.forEach((dir, i) => cpSync(dir, join(extensions, `${(block + i) % timed.length}-${basename(dir)}`), { recursive: true }));
    cpSync(minimalView, join(extensions, basename(minimalView)), { recursive: true });
  };

  /** Per load, each timed extension's figure, in the order of `timed`; and the block it came from. */
  const figures = [];
  const blockOf = [];
  /** Per block, whether this extension's code cache, and the load-only one's, were in their global storage after the block. */
  const codeCached = [];
  const loadOnlyCached = [];
  /** Per extension (ours, minimal, load-only, sync work, registrations): its figure less that of the one activated just before it. */
  const increments = timed.map(() => []);
  const paint = [];
  const paintBaseline = [];
  const displayName = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).displayName;
  // The activity bar shows the view container's title (package.nls.json), not the extension's name.
  const container = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'))['viewsContainers.leadershipPrompts.title'];
  const names = [displayName, MINIMAL.displayName, LOAD_ONLY.displayName, SYNC.displayName, REGISTRATIONS.displayName];
  // Tall enough that the Running Extensions list (virtualised) renders every row.
  const browser = await launchBrowser({ width: 1400, height: 4000 });
  try {
    const { page } = browser;
    for (let block = 0; block < timed.length; block++) {
      place(block);
      const server = await startCodeServer({ folder: workspace, stateDir: state });
      try {
        // The first window load of a server also warms it and its caches; it is not counted.
        for (let i = 0; i <= loads; i++) {
          await (i === 0 ? page.goto(server.url) : page.reload());
          await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
          // Once in a full run on a busy machine, a server's first window did not list one
          // extension's time within a minute: such a window is loaded again, once.
          const load = await readActivationTimes(page, names).catch(async (e) => {
            const shot = join(work, `vscode-block-${block}-load-${i}.png`);
            await page.screenshot({ path: shot });
            console.error(`bench: block ${block}, load ${i}: ${e.message} (screenshot: ${shot}, kept with LP_BENCH_KEEP=1); loading the window again`);
            await page.reload();
            await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
            return readActivationTimes(page, names).catch((again) => {
              throw new Error(`block ${block}, load ${i}, loaded twice: ${again.message}`);
            });
          });
          // The first window of a server is not counted: it warms the server and its caches, and, as a
          // user's first window does, stays until this extension has written its code cache.
          if (i === 0) {
            await page.waitForTimeout(CODE_CACHE_DELAY_MS + 1000);
            continue;
          }
          figures.push(load);
          blockOf.push(block);
          // Each one's figure less that of the one placed just before it: its own cost, about.
          const byPlace = [];
          load.forEach((_, k) => { byPlace[(block + k) % BLOCKS] = k; });
          for (let p = 1; p < BLOCKS; p++) increments[byPlace[p]].push(load[byPlace[p]] - load[byPlace[p - 1]]);
        }
        // First paint, in the last block: a fresh window each time, the minimal view first, then ours.
        if (block === timed.length - 1) {
          // Applies from the next load on: the activation figures above were read without it.
          await page.addInitScript(paintProbe, [MINIMAL_VIEW_SELECTOR, LIBRARY_SELECTOR]);
          for (let i = 0; i < paintLoads; i++) {
            await page.reload();
            await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
            await page.locator(`.activitybar .action-label[aria-label^="${container}"]`).first().waitFor({ timeout: 90000 });
            await page.waitForTimeout(1500); // start-up settled: the extension is active and its next-turn work done
            paintBaseline.push(await firstPaint(page, 'Bench Minimal View', MINIMAL_VIEW_SELECTOR));
            paint.push(await firstPaint(page, container, LIBRARY_SELECTOR));
            // The window reloads with the side bar it had: the Explorer, so that neither view is
            // made before its click (a view shown at start-up is made while the window loads,
            // and its click only shows it again).
            await page.locator('.activitybar .action-label[aria-label^="Explorer"]').first().click();
            await page.waitForTimeout(500);
          }
        }
      } finally {
        const cached = (id) => {
          const storage = join(state, 'user-data', 'User', 'globalStorage', id);
          return existsSync(storage) && readdirSync(storage).some((f) => f.endsWith('.v8cache'));
        };
        codeCached.push(cached(OURS));
        loadOnlyCached.push(cached(`bench.${LOAD_ONLY.name}`));
        await server.stop();
      }
    }
  } finally {
    await browser.close();
    rmSync(state, { recursive: true, force: true });
    rmSync(staged, { recursive: true, force: true });
  }
  const [times, baseline, loadOnlyTimes, syncTimes, registrationTimes] = timed.map((_, k) => figures.map((load) => load[k]));
  const timesMinimal = (list) => (median(list) / Math.max(1, median(baseline))).toFixed(2);
  const ratios = times.map((t, i) => t / Math.max(1, baseline[i]));
  // Block 0 places this extension first, the last block places it last.
  const ratioIn = (block) => median(ratios.filter((_, i) => blockOf[i] === block)).toFixed(2);
  return [{
    figure: 'activation in a real VS Code (code-server 4.139, VS Code\'s own figure)',
    value: median(times), baseline: median(baseline), baselineName: 'minimal extension, same window',
    format: (v) => `${v} ms`,
    targets: [{ text: '≤ 1.1× minimal', pass: median(times) <= 1.1 * median(baseline) }],
    note: `${times.length} window loads in ${BLOCKS} servers, each of the five extensions activated once in each place (the figure depends on the order: this extension placed first ${ratioIn(0)}× the minimal one, placed last ${ratioIn(BLOCKS - 1)}×): ${times.join(', ')} ms vs ${baseline.join(', ')} ms, ratio per load ${ratios.map((r) => r.toFixed(2)).join(', ')} (Running Extensions: code loading + activate call, whole milliseconds); ` +
      `the activation bundle's code cache, written in each server's first window (not counted), was in place after ${codeCached.filter(Boolean).length} of ${codeCached.length} servers; ` +
      `for reference, the same ${loadOnlyKb.toFixed(1)} KB bundle with an activate() that does nothing (bench/loadOnlyExtension.ts), loaded by this extension's Node entry (its code cache in place after ${loadOnlyCached.filter(Boolean).length} of ${loadOnlyCached.length} servers): ${loadOnlyTimes.join(', ')} ms, ${timesMinimal(loadOnlyTimes)}× the minimal one; ` +
      `a minimal extension whose activate() does ${SYNC_MS} ms of synchronous work: ${syncTimes.join(', ')} ms, ${timesMinimal(syncTimes)}×; ` +
      `and a minimal extension whose activate() makes the registrations this one's makes (${registered.commands} commands, ${registered.views} views, a chat participant, an output channel, a status-bar item, a document provider) and nothing else: ${registrationTimes.join(', ')} ms, ${timesMinimal(registrationTimes)}×. ` +
      'The extensions that start on onStartupFinished are activated together and each one\'s figure also holds the others\' work done while it waited; ' +
      `each one's figure less that of the one activated just before it (medians): this extension ${median(increments[0])} ms, the minimal one ${median(increments[1])} ms, the load-only one ${median(increments[2])} ms, the ${SYNC_MS} ms one ${median(increments[3])} ms, the registrations alone ${median(increments[4])} ms`,
  }, {
    // The same loads, read the order-fair way: each one's figure less that of the extension
    // activated just before it, so the work of those before it is left out (see BLOCKS).
    figure: 'this extension\'s own share of the start-up in the real VS Code: its figure less that of the extension activated just before it',
    value: median(increments[0]), baseline: median(increments[2]), baselineName: 'the same bundle with an activate() that does nothing, read the same way',
    format: (v) => `${v} ms`,
    targets: [],
    note: `the medians of ${increments[0].length} increments, one per load where it was not activated first: this extension ${increments[0].join(', ')} ms; the load-only bundle ${increments[2].join(', ')} ms; for reference, the minimal extension's median ${median(increments[1])} ms, the ${SYNC_MS} ms one's ${median(increments[3])} ms, the registrations alone ${median(increments[4])} ms (${increments[4].join(', ')})`,
  }, {
    figure: 'first library paint in the real workbench: pointerdown on the activity-bar icon → first category painted (content read, view loaded)',
    value: median(paint), baseline: median(paintBaseline), baselineName: 'a minimal extension\'s webview view with one static item, same window',
    format: (v) => `${v} ms`,
    targets: [{ text: '≤ 300 ms', pass: median(paint) <= 300 }],
    note: `${paint.length} fresh windows, each view made at its click (each window reloads with the Explorer shown): ${paint.join(', ')} ms vs ${paintBaseline.join(', ')} ms (from the pointerdown to the first category painted, both timed in the browser: bench/realVsCodeActivation.mjs, paintProbe); the search index is made in the background a second after the library opens`,
  }];
}
