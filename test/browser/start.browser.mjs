// `npm start` serves a VS Code a person would use (scripts/devServer.mjs, the same server):
// the extension is installed (linked), not a development extension under the smoke-test
// driver, so notifications show as toasts; the sample workspace is outside the clone's git
// repository, so the Git extension offers nothing about a parent repository.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer } from '../../scripts/devServer.mjs';
import { ROOT, freePort } from '../../scripts/realVsCode.mjs';
import { openInBrowser, runCommand, screenshot } from './workbench.mjs';

function insideGitRepository(dir) {
  try {
    execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

export const scenarios = [
  {
    name: 'npm start: the served VS Code shows notification toasts, and its sample workspace is outside the clone',
    async open({ verbose }) {
      const home = mkdtempSync(join(tmpdir(), 'lp-start-home-'));
      // The port npm start wants (8080) may be taken by a running npm start: a free one, as start.mjs does then.
      const server = await startDevServer({ port: await freePort(), home, verbose });
      const wb = await openInBrowser(server);
      return { ...wb, close: async () => { await wb.close(); rmSync(home, { recursive: true, force: true }); } };
    },
    async run({ page, server }) {
      assert.ok(!server.workspace.startsWith(ROOT), `the sample workspace (${server.workspace}) is not inside the clone`);
      assert.equal(insideGitRepository(server.workspace), false, 'the sample workspace is not inside a git repository');
      assert.equal(/Extension Development Host/.test(await page.title()), false, 'installed, not a development extension');
      // With no block running, Stop Leadership Block says so in an information message.
      await runCommand(page, 'Leadership: Stop Leadership Block');
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'No leadership block is running.' });
      await toast.first().waitFor({ timeout: 20000 });
      await screenshot(page, 'start-toast');
    },
  },
];
