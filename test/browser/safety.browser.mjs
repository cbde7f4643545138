// Safety in the real workbench: hostile team tips render as text and run nothing, and stored
// state that is corrupt, of the wrong type or from a future version never stops the extension
// (the state is seeded in the browser's storage before the workbench first loads, so the
// extension really activates with it).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/realVsCode.mjs';
import { hostileTips } from '../fixtures/hostileTips.mjs';
import { openLibrary, runCommand, screenshot, tipTitlesToBe, until } from './workbench.mjs';

/* global indexedDB -- the functions passed to page.evaluate run in the browser */
const STATE_DB = 'vscode-web-state-db-global';
const EXTENSION_KEY = 'leadership-prompts.leadership-prompts';

/** Writes the extension's global state into the workbench's IndexedDB, before the workbench opens it. */
async function seedGlobalState(page, base, value) {
  await page.goto(`${base}/healthz`);
  await page.evaluate(async ({ db: name, key, value: v }) => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open(name, 1);
      r.onupgradeneeded = () => r.result.createObjectStore('ItemTable');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('ItemTable', 'readwrite');
      tx.objectStore('ItemTable').put(v, key);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { db: STATE_DB, key: EXTENSION_KEY, value });
}

/** The extension's global state as the workbench last saved it. */
async function savedGlobalState(page) {
  const raw = await page.evaluate(async ({ db: name, key }) => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const value = await new Promise((resolve) => {
      const r = db.transaction('ItemTable', 'readonly').objectStore('ItemTable').get(key);
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return value;
  }, { db: STATE_DB, key: EXTENSION_KEY });
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Runs `fn` in every frame of the page (the workbench, the webview host, the view itself). */
async function inEveryFrame(page, fn) {
  const out = [];
  for (const frame of page.frames()) {
    try {
      out.push({ url: frame.url(), value: await frame.evaluate(fn) });
    } catch { /* a frame that went away */ }
  }
  return out;
}

const shipped = () => JSON.parse(readFileSync(join(ROOT, 'dist', 'content.json'), 'utf8'));

export const scenarios = [
  {
    name: 'hostile team tips render as text and run nothing; refused ones are in Problems',
    workbench: {
      height: 1600,
      beforeLoad: (_page, { workspace }) => {
        const dir = join(workspace, '.leadership', 'tips');
        mkdirSync(dir, { recursive: true });
        for (const t of hostileTips()) writeFileSync(join(dir, t.file), t.text);
      },
    },
    async run({ page }) {
      const console = [];
      page.on('console', (m) => console.push(m.text()));
      const frame = await openLibrary(page);
      const workbenchTitle = await page.title();
      await inEveryFrame(page, () => {
        window.addEventListener('message', (e) => { if (e.data && e.data.xss) window.__xssMessage = true; });
      });

      const accepted = hostileTips().filter((t) => !t.rejected);
      await frame.locator('[data-category="team-rituals"]').click();
      await frame.locator(`[data-id="${accepted[0].id}"]`).waitFor({ timeout: 30000 });
      for (const t of accepted) {
        await frame.locator(`#home [data-id="${t.id}"]`).click();
        await frame.locator('#detail-title', { hasText: t.name }).waitFor();
        const body = frame.locator('#detail .tip-body');
        assert.equal(await body.locator('script, img, iframe, svg, object, embed, form, meta, base, style, [style], [onerror], [onload], [onmouseover], [onclick]').count(), 0, `${t.name}: nothing active in the body`);
        for (const href of await body.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
          assert.match(href, /^(https:\/\/|mailto:|#)/, `${t.name}: link ${href}`);
        }
        assert.equal(await frame.locator('#detail-title').innerText(), t.title, 'the title is shown as text');
        if (t.name === 'script tag') {
          assert.match(await body.innerText(), /<script>console\.log\(.XSS-EXECUTED.\)/, 'the payload is shown as text');
          await screenshot(page, 'safety-hostile-tip');
        }
        await frame.locator('[data-action="back"]').click();
      }
      // Give anything that might have been scheduled a moment to run.
      await page.waitForTimeout(1000);
      const marks = await inEveryFrame(page, () => ({ xss: window.__xss, message: window.__xssMessage, title: document.title }));
      for (const m of marks) {
        assert.equal(m.value.xss, undefined, `no script set window.__xss in ${m.url}`);
        assert.equal(m.value.message, undefined, `no script posted a message in ${m.url}`);
        assert.notEqual(m.value.title, 'XSS', `no script renamed ${m.url}`);
      }
      assert.equal(await page.title(), workbenchTitle);
      assert.deepEqual(console.filter((c) => c.includes('XSS-EXECUTED')), [], 'no payload ran');

      // The refused tips are reported in the Problems panel, each by its file.
      await runCommand(page, 'Focus on Problems View');
      const panel = page.locator('.markers-panel');
      await panel.waitFor();
      for (const t of hostileTips().filter((x) => x.rejected)) {
        await panel.locator('.monaco-list-row', { hasText: t.file }).first().waitFor({ timeout: 15000 });
      }
      await screenshot(page, 'safety-hostile-problems');
    },
  },
  (() => {
    const content = shipped();
    const [a, b] = content.tips;
    const favourites = [a.id, 42, 'Bad Id!', null, b.id, { id: a.id }];
    const tried = String.fromCharCode(...Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256));
    const tipOfTheDay = { schema: 2, day: '2026-11-21', pick: a.id };
    return {
      name: 'corrupt stored state: the extension activates with defaults, keeps readable favourites, sets the rest aside',
      workbench: {
        beforeLoad: (page, { server }) => seedGlobalState(page, server.base, JSON.stringify({
          'leadershipPrompts.favourites': favourites,
          'leadershipPrompts.tried': tried,
          'leadershipPrompts.tipOfTheDay': tipOfTheDay,
        })),
      },
      async run({ page }) {
        const frame = await openLibrary(page);
        await frame.locator('.categories .category').first().waitFor();
        assert.match(await frame.locator('[data-favourites]').innerText(), /Favourites \(2\)/);
        await frame.locator('[data-favourites]').click();
        await tipTitlesToBe(frame, [a.title, b.title]);
        assert.match(await frame.locator('#home').innerText(), /favourites/i);

        // The tip of the day starts a fresh round, and marking a tip as tried works again.
        await runCommand(page, 'Leadership: Tip of the Day');
        await frame.locator('#detail-title').waitFor();
        await frame.locator('[data-action="tried"]').click();
        await frame.locator('[data-action="tried"][aria-pressed="true"]').waitFor();

        const saved = await until(async () => {
          const s = await savedGlobalState(page);
          return s && s['leadershipPrompts.tipOfTheDay'] && s['leadershipPrompts.tried'] ? s : undefined;
        }, 'the repaired state to be saved');
        assert.deepEqual(saved['leadershipPrompts.favourites'], [a.id, b.id]);
        assert.deepEqual(saved['leadershipPrompts.favourites.unreadable'], favourites);
        assert.equal(saved['leadershipPrompts.tried.unreadable'], tried);
        assert.equal(saved['leadershipPrompts.tried'].length, 1);
        assert.deepEqual(saved['leadershipPrompts.tipOfTheDay.unreadable'], tipOfTheDay);
        assert.match(saved['leadershipPrompts.tipOfTheDay'].date, /^\d{4}-\d{2}-\d{2}$/);
        await screenshot(page, 'safety-corrupt-state');
      },
    };
  })(),
  {
    name: 'stored state that is not even JSON: the library still opens and works',
    workbench: { beforeLoad: (page, { server }) => seedGlobalState(page, server.base, '\u0000{{not json at all\u00ff') },
    async run({ page }) {
      const frame = await openLibrary(page);
      await frame.locator('.categories .category').first().waitFor();
      assert.match(await frame.locator('[data-favourites]').innerText(), /Favourites \(0\)/);
      await frame.locator('.for-you [role="option"]').first().click();
      await frame.locator('[data-action="favourite"]').click();
      await frame.locator('[data-action="favourite"][aria-pressed="true"]').waitFor();
    },
  },
];
