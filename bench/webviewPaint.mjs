// The library webview in Chromium: its real HTML, script and styles served from 127.0.0.1, a
// stub acquireVsCodeApi answering 'ready' with a real 'init' message, and the time from
// navigation start to the first category or tip on screen.
import { Buffer } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import * as esbuild from 'esbuild';
import { CONTENT_TYPES, launchBrowser } from '../scripts/realVsCode.mjs';
import { kb, median, ms, p95 } from './stats.mjs';
import { installVscodeStandIn } from './vscodeStandIn.mjs';
import { builtInContent, loadLibrary } from './libraryBundle.mjs';

function serve(root, html) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // Nothing is cached between loads: each measures a first open of the view.
    const headers = { 'cache-control': 'no-store' };
    if (path === '/') return res.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES['.html'] }).end(html());
    const file = normalize(join(root, path));
    if (!file.startsWith(root + '/') || !/^\/(dist|media)\//.test(path)) return res.writeHead(404).end();
    try {
      res.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function measureWebview({ root, work, reps = 20 }) {
  const fixture = join(work, 'webviewFixture.cjs');
  await esbuild.build({ entryPoints: [join(root, 'bench', 'webviewFixture.ts')], outfile: fixture, bundle: true, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], logLevel: 'warning' });
  const require = createRequire(import.meta.url);
  // webviewHtml.ts imports `vscode` (types only at run time): the stand-in answers it.
  installVscodeStandIn(require);
  const { libraryHtml, libraryInit } = require(fixture);
  const { TipLibrary } = await loadLibrary({ root, work });
  const content = builtInContent(root);
  const init = libraryInit(new TipLibrary([content]));

  let origin;
  const server = await serve(root, () => libraryHtml(origin));
  origin = `http://127.0.0.1:${server.address().port}`;
  const html = libraryHtml(origin);
  const sizes = { html: Buffer.byteLength(html) };
  // The icon font, which the HTML preloads, is left out, as the figure's name says.
  for (const href of html.match(/(?:href|src)="[^"]+"/g).map((a) => a.slice(a.indexOf('"') + 1, -1)).filter((h) => !h.endsWith('.woff2'))) sizes[href.replace(origin + '/', '')] = statSync(join(root, href.replace(origin, ''))).size;
  const bytes = Object.values(sizes).reduce((a, b) => a + b, 0);

  const browser = await launchBrowser({ width: 360, height: 900 });
  const times = [];
  try {
    const { page } = browser;
    /* global MutationObserver, requestAnimationFrame -- this function runs in the page */
    await page.addInitScript((message) => {
      // The first list is in the DOM when the observer sees it; it is painted in the next frame.
      window.__firstList = undefined;
      let seen = false;
      new MutationObserver(() => {
        if (seen || !document.querySelector('#home .category, #home [role="option"]')) return;
        seen = true;
        requestAnimationFrame(() => setTimeout(() => { window.__firstList = performance.now(); }, 0));
      }).observe(document, { childList: true, subtree: true });
      window.acquireVsCodeApi = () => ({
        postMessage(m) { if (m && m.type === 'ready') setTimeout(() => window.postMessage(message, '*'), 0); },
        getState() { return undefined; },
        setState() {},
      });
    }, init);
    for (let i = 0; i <= reps; i++) {
      await page.goto(origin + '/');
      await page.waitForFunction(() => window.__firstList !== undefined, undefined, { timeout: 10000 });
      const t = await page.evaluate(() => window.__firstList);
      if (i > 0) times.push(t); // the first load warms Chromium itself
    }
  } finally {
    await browser.close();
    server.close();
  }
  return [
    {
      figure: 'library webview: navigation start → first category or tip painted (Chromium)',
      value: median(times), p95: p95(times), format: ms,
      targets: [{ text: '≤ 150 ms', pass: median(times) <= 150 }],
      note: `${times.length} loads, nothing cached; init built from the real library (${init.categories.length} categories, ${init.total} tips)`,
    },
    {
      figure: 'library webview: HTML + JS + CSS (codicon font excluded)',
      value: bytes, format: kb,
      targets: [{ text: '≤ 60 KB', pass: bytes <= 60 * 1024 }],
      note: Object.entries(sizes).map(([k, v]) => `${k} ${kb(v)}`).join(', '),
    },
  ];
}
