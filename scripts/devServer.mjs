// The VS Code `npm start` serves: code-server with this folder's built extension linked into its
// extensions folder, so VS Code loads it as an installed extension, as a user has it (with
// notification toasts; the test runners' development mode, with the smoke-test driver, hides
// them), and a copy of the sample workspace outside this clone's git repository (inside it, the
// Git extension would offer to open the clone's repository). A browser test starts the same
// server (test/browser/start.browser.mjs).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ROOT, freePort, startCodeServer } from './realVsCode.mjs';

/** Where `npm start` keeps its sample workspace and VS Code state: a per-clone folder in the user's cache, outside the clone. */
export function devServerHome() {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const clone = createHash('sha256').update(ROOT).digest('hex').slice(0, 8);
  return join(cache, 'leadership-prompts', `start-${clone}`);
}

/**
 * Starts the server (the extension must be built). `port`: the one wanted, or a free one if it
 * is taken; `home`: where workspace and state live; `fresh`: start from a clean copy of both.
 * Returns startCodeServer's handle.
 */
export async function startDevServer({ port = 8080, home = devServerHome(), fresh = false, verbose = false, userSettings = {} } = {}) {
  if (fresh) rmSync(home, { recursive: true, force: true });
  const workspace = join(home, 'sample-workspace');
  if (!existsSync(workspace)) cpSync(join(ROOT, 'sample-workspace'), workspace, { recursive: true });
  mkdirSync(join(home, 'state'), { recursive: true });
  return startCodeServer({
    port: (await isFree(port)) ? port : await freePort(),
    folder: workspace,
    linkedExtension: ROOT,
    stateDir: join(home, 'state'),
    verbose,
    // Chat as a user has it: the runner's default of no AI features is for tests (undefined drops the key).
    userSettings: { 'leadershipPrompts.notesFolder': join(workspace, 'notes'), 'workbench.colorTheme': 'Default Dark Modern', 'chat.disableAIFeatures': undefined, ...userSettings },
  });
}

async function isFree(p) {
  return new Promise((resolve) => {
    const s = createServer().once('error', () => resolve(false)).listen(p, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}
