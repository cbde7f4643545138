// The packaged extension: `npm run package` writes leadership-prompts.vsix; installed into a real
// VS Code like a user would, it activates, lists tips, and its Get Started walkthrough appears;
// its page in the Extensions view shows the README and changelog written for users.
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/realVsCode.mjs';
import { openLibrary, runCommand, screenshot, until } from './workbench.mjs';

const VSIX = join(ROOT, 'leadership-prompts.vsix');

export const scenarios = [
  {
    name: 'the VSIX installs, activates, and shows its walkthrough',
    workbench: { vsix: VSIX },
    before() {
      assert.ok(existsSync(VSIX), 'leadership-prompts.vsix exists (npm test packages it first)');
      assert.ok(statSync(VSIX).size > 10_000);
    },
    async run({ page }) {
      assert.equal(await page.locator('.window-title, .titlebar').first().innerText().then((t) => t.includes('Extension Development Host')), false, 'installed, not loaded from the folder');
      const frame = await openLibrary(page);
      await frame.locator('.categories .category').first().waitFor();
      assert.ok((await frame.locator('.categories .category').count()) >= 10);
      await runCommand(page, 'Welcome: Open Walkthrough...');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Leadership Prompts' }).first().click();
      for (const step of ['Open the library', 'Write a first 1:1 agenda', 'Start a leadership block', 'Set your role and rhythm']) {
        await page.locator('.getting-started-step', { hasText: step }).first().waitFor({ timeout: 20000 });
      }
      await screenshot(page, 'vsix-walkthrough');

      // The extension's page, as a user finds it in the Extensions view: its Details and Changelog tabs.
      await runCommand(page, 'View: Close All Editors');
      await runCommand(page, 'Extensions: Show Installed Extensions');
      await page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Leadership Prompts' }).first().click();
      const inSomeFrame = (selector, text) => async () => {
        for (const f of page.frames()) if (await f.locator(selector, { hasText: text }).count().catch(() => 0)) return true;
        return false;
      };
      await until(inSomeFrame('h2', 'What it does'), 'the Details tab to show the README', 30000);
      assert.equal(await inSomeFrame('h2', 'Develop')(), false, 'the README\'s part for engineers is not shipped');
      await page.locator('.extension-editor .navbar .action-label', { hasText: 'Changelog' }).first().click();
      await until(inSomeFrame('li', 'sourced leadership tips'), 'the Changelog tab to show what 0.1.0 brings', 30000);
      assert.equal(await inSomeFrame('h2', 'engineering notes')(), false, 'how it was built and measured is not shipped');
      await screenshot(page, 'vsix-changelog');
    },
  },
];
