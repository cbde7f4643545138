// The snags a new manager met in the first hour (issue 14), each as a person meets it, in the
// real workbench: no stray self-check beside the week's, a tip preview that leaves no unsaved
// buffer, … Screenshots in test-results/.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary, runCommand, screenshot, until } from './workbench.mjs';

const weekLabel = (d = new Date()) => {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const start = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  return `${t.getUTCFullYear()}-W${String(Math.ceil(((t - start) / 86_400_000 + 1) / 7)).padStart(2, '0')}`;
};

export const scenarios = [
  {
    name: 'first hour: Write weekly self-check in the summary opens the week\'s self-check, no second file',
    async run({ page, workspace }) {
      const week = weekLabel();
      await runCommand(page, 'Leadership: New Weekly Self-Check');
      await page.locator('.tabs-container .tab.active', { hasText: `${week}.md` }).waitFor({ timeout: 20000 });
      await runCommand(page, 'View: Close All Editors');
      await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10000 });

      await runCommand(page, 'Leadership: Show Weekly Summary');
      await page.locator('.tab', { hasText: 'Leadership Time' }).first().waitFor({ timeout: 20000 });
      const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
      await frame.locator('button[data-action="writeSelfCheck"]').click();
      await page.locator('.tabs-container .tab.active', { hasText: `${week}.md` }).waitFor({ timeout: 20000 });
      await page.waitForTimeout(1000);
      const files = readdirSync(join(workspace, 'notes', 'self-checks'));
      assert.deepEqual(files, [`${week}.md`], 'the week keeps one self-check');
      assert.equal(existsSync(join(workspace, 'notes', 'self-checks', `${week}-2.md`)), false);
      await screenshot(page, 'first-hour-self-check-from-summary');
    },
  },
  {
    name: 'first hour: Open in Markdown preview leaves no unsaved buffer behind',
    async run({ page }) {
      const frame = await openLibrary(page);
      await frame.locator('#search').fill('delegation');
      await frame.locator('#home .tip-list [role="option"] mark').first().waitFor();
      await frame.locator('#home .tip-list [role="option"]').first().click();
      await frame.locator('#detail [data-action="preview"]').click();
      await page.locator('.tabs-container .tab', { hasText: /^Preview / }).first().waitFor({ timeout: 20000 });
      const title = await frame.locator('#detail h2, #detail h1').first().innerText();
      // The preview renders the tip (its webview is one of two: the library's and the preview's).
      await until(async () => {
        for (const f of page.frames()) if (await f.locator('.markdown-body h2', { hasText: title }).count().catch(() => 0)) return true;
        return false;
      }, 'the preview to show the tip', 20000);
      await screenshot(page, 'first-hour-tip-preview');
      assert.equal(await page.locator('.tabs-container .tab', { hasText: 'Untitled' }).count(), 0, 'no Untitled buffer');
      assert.equal(await page.locator('.tabs-container .tab.dirty').count(), 0, 'nothing unsaved');
      await runCommand(page, 'View: Close All Editors');
      await page.waitForTimeout(1000);
      assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'closing asks nothing');
      assert.equal(await page.locator('.tabs-container .tab').count(), 0, 'every editor closed');
    },
  },
];
