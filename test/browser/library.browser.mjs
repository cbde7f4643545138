// The sidebar library in the real workbench: it lists tips, search narrows, a tip shows its
// source, favourites survive a reload, the keyboard alone reaches and opens a tip, and the
// view reads well in light, dark and high-contrast themes (screenshots in test-results/).
import assert from 'node:assert/strict';
import { libraryFrame, openLibrary, screenshot, tipTitlesToBe } from './workbench.mjs';

const countOf = async (frame, selector) => frame.locator(selector).count();

export const scenarios = [
  {
    name: 'library lists tips by category, search narrows, a tip shows its source',
    async run({ page }) {
      const frame = await openLibrary(page);
      await frame.locator('.categories .category').first().waitFor();
      const categories = await countOf(frame, '.categories .category');
      assert.ok(categories >= 4, `${categories} categories listed`);
      assert.equal(await countOf(frame, '.for-you [role="option"]'), 3, 'three tips for you now');
      await screenshot(page, 'library-home');

      await frame.locator('#search').fill('delegation');
      // Results carry highlighted words; For you now, painted before them, does not.
      await frame.locator('#home .tip-list [role="option"] mark').first().waitFor();
      const narrowed = await countOf(frame, '#home .tip-list [role="option"]');
      await frame.locator('#search').fill('delgate');
      await frame.locator('#home .tip-list [role="option"] mark').first().waitFor();
      const typo = await frame.locator('#home .tip-list [role="option"]').allInnerTexts();
      assert.ok(typo.some((t) => /delegat/i.test(t)), 'a typo still finds the delegation tips');
      await frame.locator('#search').fill('delegation');
      await frame.locator('#home .tip-list [role="option"] mark').first().waitFor();
      assert.ok(narrowed > 0 && narrowed < 60, `search narrowed the list to ${narrowed}`);
      await screenshot(page, 'library-search');

      await frame.locator('#home .tip-list [role="option"]').first().click();
      await frame.locator('#detail .source').waitFor();
      const source = await frame.locator('#detail .source').innerText();
      assert.match(source, /Source: .+, .+/);
      assert.ok((await frame.locator('#detail .tip-body').innerText()).length > 200);
      assert.match(await frame.locator('#detail .tip-body').innerText(), /Try this/);
      await screenshot(page, 'library-tip');
    },
  },
  {
    name: 'a question typed in the search box goes to the mentor, which answers with sources',
    async run({ page }) {
      const frame = await openLibrary(page);
      await frame.locator('#search').fill('how do I stop being the bottleneck?');
      await frame.locator('[data-ask]').click();
      await frame.locator('#answers blockquote.question').waitFor();
      assert.equal(await frame.locator('#answers blockquote.question').innerText(), 'how do I stop being the bottleneck?');
      const answers = await frame.locator('#answers [role="option"]').count();
      assert.equal(answers, 3);
      assert.match(await frame.locator('#answers [role="option"] .reasons').first().innerText(), /\(\d{4}\)|, /);
      await screenshot(page, 'library-mentor');
      await frame.locator('#answers [role="option"]').first().click();
      await frame.locator('#detail .source').waitFor();
    },
  },
  {
    name: 'the view keeps its search and open tip when hidden and shown again',
    async run({ page }) {
      let frame = await openLibrary(page);
      await frame.locator('#search').fill('retro');
      await frame.locator('#home .tip-list [role="option"] mark').first().waitFor();
      const title = await frame.locator('#home .tip-list [role="option"] .tip-title').first().innerText();
      await frame.locator('#home .tip-list [role="option"]').first().click();
      await frame.locator('#detail-title').waitFor();
      await page.locator('.activitybar .action-label[aria-label^="Explorer"]').first().click();
      await page.locator('.explorer-folders-view, .explorer-viewlet, .pane-header[aria-label*="Explorer" i]').first().waitFor({ timeout: 15000 }).catch(() => undefined);
      frame = await openLibrary(page);
      await frame.locator('#detail-title').waitFor();
      assert.equal(await frame.locator('#detail-title').innerText(), title);
      assert.equal(await frame.locator('#search').inputValue(), 'retro');
      await page.keyboard.press('Escape');
      await frame.locator('#home .tip-list [role="option"] mark').first().waitFor();
    },
  },
  {
    name: 'a favourite survives a reload of the window',
    async run({ page }) {
      let frame = await openLibrary(page);
      await frame.locator('.for-you [role="option"]').first().click();
      const title = await frame.locator('#detail-title').innerText();
      await frame.locator('[data-action="favourite"]').click();
      await frame.locator('[data-action="favourite"][aria-pressed="true"]').waitFor();
      // Global state is flushed to disk on a short delay; give it a moment before reloading.
      await page.waitForTimeout(1500);
      await page.reload();
      await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
      frame = await libraryFrame(page).catch(async () => openLibrary(page));
      await frame.locator('[data-action="back"], [data-favourites]').first().waitFor();
      if (await frame.locator('#detail:not([hidden])').count()) await frame.locator('[data-action="back"]').click();
      await frame.locator('[data-favourites]').click();
      await tipTitlesToBe(frame, [title]);
    },
  },
  {
    name: 'keyboard alone reaches and opens a tip, Escape goes back',
    async run({ page }) {
      const frame = await openLibrary(page);
      await frame.locator('#search').focus();
      await page.keyboard.type('feedback');
      // The results of this query (their matches are highlighted), not the home screen's lists.
      await frame.locator('#home .tip-list [role="option"] mark').nth(1).waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const focused = await frame.locator('#home [role="option"]:focus').getAttribute('aria-label');
      assert.ok(focused, 'an option has focus and a name');
      await page.keyboard.press('Enter');
      await frame.locator('#detail-title').waitFor();
      assert.equal(await frame.locator('#detail-title').innerText(), focused);
      await page.keyboard.press('Escape');
      await frame.locator('#home [role="option"]:focus').waitFor();
      assert.equal(await frame.locator('#home [role="option"]:focus').getAttribute('aria-label'), focused);
      assert.equal(await frame.locator('#search').getAttribute('aria-label'), 'Search tips');
    },
  },
  // High contrast comes the way most people get it: the operating system's high-contrast mode,
  // which VS Code follows by default (window.autoDetectHighContrast).
  ...[
    ['dark', { theme: 'Default Dark Modern' }, 'vs-dark'],
    ['light', { theme: 'Default Light Modern' }, 'vs'],
    ['high-contrast', { media: { forcedColors: 'active', colorScheme: 'dark' } }, 'hc-black'],
  ].map(([name, workbench, themeClass]) => ({
    name: `library reads in the ${name} theme`,
    workbench,
    async run({ page }) {
      const frame = await openLibrary(page);
      // The configured theme applies once the built-in theme extension is scanned.
      await page.locator(`.monaco-workbench.${themeClass}`).waitFor({ timeout: 30000 }).catch(() => assert.fail(`the workbench never switched to the ${name} theme`));
      await frame.locator('.for-you [role="option"]').first().click();
      await frame.locator('#detail .source').waitFor();
      const colours = await frame.locator('body').evaluate((b) => {
        const s = getComputedStyle(b);
        return { fg: s.color, bg: getComputedStyle(document.documentElement).getPropertyValue('--vscode-sideBar-background') };
      });
      assert.ok(colours.fg && colours.bg, 'theme colours reach the webview');
      await screenshot(page, `library-theme-${name}`);
    },
  })),
];
