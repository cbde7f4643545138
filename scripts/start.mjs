// `npm start`: builds, then serves the extension in a real VS Code (code-server) on
// http://127.0.0.1:<port> with a small sample workspace, and prints the address.
// The extension is loaded as an installed one (linked into code-server's extensions folder;
// see scripts/devServer.mjs), so VS Code behaves as it does for a user: toasts, chat as set.
// Ctrl-C stops the server. Options: --port N (or the PORT variable; default 8080, or a free one
// if that is taken), --fresh (start from a clean sample workspace and VS Code state).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { devServerHome, startDevServer } from './devServer.mjs';
import { ROOT, ensureRealVsCode, isMissingSystemPackage } from './realVsCode.mjs';

const argv = process.argv.slice(2);
const wanted = Number(argv.includes('--port') ? argv[argv.indexOf('--port') + 1] : process.env.PORT || 8080);

const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
try {
  ensureRealVsCode({ browser: false });
} catch (e) {
  console.error(isMissingSystemPackage(e) ? e.message : e);
  process.exit(1);
}

const server = await startDevServer({ port: wanted, fresh: argv.includes('--fresh') });
console.log(`\nLeadership Prompts is running in VS Code at:\n\n  ${server.url}\n\n(the Leadership Prompts icon is in the activity bar on the left; the sample workspace and VS Code's state are in ${devServerHome()}; after a rebuild, reload the window; Ctrl-C stops the server)\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping…');
  await server.stop({ keepState: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
