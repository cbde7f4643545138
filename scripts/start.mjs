// `npm start`: builds, then serves the extension in a real VS Code (code-server) on
// http://127.0.0.1:<port> with a small sample workspace, and prints the address.
// Ctrl-C stops the server. Options: --port N (default 8080, or a free one if taken), --fresh
// (start from a clean sample workspace and VS Code state).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureRealVsCode, freePort, isMissingSystemPackage, startCodeServer } from './realVsCode.mjs';

const argv = process.argv.slice(2);
const wanted = Number(argv.includes('--port') ? argv[argv.indexOf('--port') + 1] : process.env.PORT || 8080);
const home = join(ROOT, '.cache', 'start');
if (argv.includes('--fresh')) rmSync(home, { recursive: true, force: true });

const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
try {
  ensureRealVsCode({ browser: false });
} catch (e) {
  console.error(isMissingSystemPackage(e) ? e.message : e);
  process.exit(1);
}

const workspace = join(home, 'sample-workspace');
if (!existsSync(workspace)) cpSync(join(ROOT, 'sample-workspace'), workspace, { recursive: true });
mkdirSync(join(home, 'state'), { recursive: true });
const port = await isFree(wanted) ? wanted : await freePort();
const server = await startCodeServer({
  port,
  folder: workspace,
  extensionDevelopmentPath: ROOT,
  stateDir: join(home, 'state'),
  userSettings: { 'leadershipPrompts.notesFolder': join(workspace, 'notes'), 'workbench.colorTheme': 'Default Dark Modern' },
});
console.log(`\nLeadership Prompts is running in VS Code at:\n\n  ${server.url}\n\n(the Leadership Prompts icon is in the activity bar on the left; Ctrl-C stops the server)\n`);

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

async function isFree(p) {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer().once('error', () => resolve(false)).listen(p, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}
