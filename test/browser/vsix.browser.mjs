// The packaged extension: `npm run package` writes leadership-prompts.vsix; installed into a real
// VS Code like a user would, it activates, lists tips, and its Get Started walkthrough appears.
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/realVsCode.mjs';
import { openLibrary, runCommand, screenshot } from './workbench.mjs';

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
    },
  },
];
