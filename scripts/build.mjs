// Builds everything the extension ships into dist/:
//   content.json   the validated built-in library, tips as Markdown (rendered when shown, indexed at run time)
//                  (scripts/contentBuild.ts), read through workspace.fs on first use of the library
//   web/extension.js  the one activation bundle (src/extension.ts: every feature's registration),
//                  package.json's `browser`, which a web-worker extension host runs as it is.
//                  Built for the browser, so a Node built-in fails the build
//   extension.js   package.json's `main` (src/nodeHost.ts): Node's host (home folder, exclusive
//                  create, git, reading a deferred bundle), handed to web/extension.js's activate()
//   library.js, libraryView.js, mentor.js, packs.js, notes.js, leadershipTime.js, people.js, calendar.js, yaml.js, markdown.js
//                  the deferred bundles, one set for both runtimes (platform/deferredModules.ts):
//                  what a feature does on first use. Built for the browser, so a Node built-in
//                  fails the build; they require only `vscode`, `#host` (platform/host.ts,
//                  handed over by the activation bundle that loads them)
//                  and the shared packages: `#yaml` (yaml.js: js-yaml, for packs.js and people.js)
//                  and `#markdown` (markdown.js: markdown-it, for packs.js and libraryView.js)
//   webview/       what webviews may load: webview.js (the sidebar's script) and the codicon
//                  font and stylesheet, cut down to the icons shown (scripts/codiconSubset.mjs)
//   meta.json      esbuild's metafile, so bundle sizes can be read (npm run bench)
//   README.md, CHANGELOG.md  README.md and CHANGELOG.md down to their marker lines: the parts for
//                  the people who use the extension, which the .vsix ships (scripts/package.mjs)
//   ThirdPartyNotices.txt  the bundled packages' licences (scripts/thirdPartyNotices.mjs), shipped
// Flags: --production (minified, no source maps), --watch.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCodiconSubset } from './codiconSubset.mjs';
import { writeThirdPartyNotices } from './thirdPartyNotices.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const dist = join(root, 'dist');

/** Bundles scripts/contentBuild.ts (which imports the core compiler) and runs it. */
export async function buildContent(args = []) {
  const outfile = join(root, '.cache', 'tools', 'contentBuild.cjs');
  await esbuild.build({ entryPoints: [join(root, 'scripts', 'contentBuild.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  const require = createRequire(import.meta.url);
  delete require.cache[outfile];
  return require(outfile).main(args);
}

// `vscode` imported once per bundle. esbuild wraps each import of an external CommonJS module in
// its own ESM interop object, copying every property: for `vscode` (about 350 in the real
// extension host) in each of the 30 files that import it, 6–28 ms at start-up there (the
// Node stand-in has a handful, so bench/activation.mjs never saw it). Here every import of
// `vscode` resolves to one virtual module that re-exports it, so the copy is made once.
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

// The deferred bundles: platform/host is not part of them but `#host`, which the activation
// bundle that loads them hands over (platform/deferredModules.ts): one host in place (and one
// queue of queuedCreate.ts) per extension host, whichever bundle asks.
const hostFromLoader = {
  name: 'host-from-loader',
  setup(build) {
    const host = join(root, 'src', 'platform', 'host');
    build.onResolve({ filter: /host$/ }, (args) => (join(args.resolveDir, args.path) === host ? { path: '#host', external: true } : undefined));
  },
};

// Packages that two deferred bundles use are each a deferred bundle of their own, so neither
// carries a copy: js-yaml (dist/yaml.js), which a team pack's compiler and People's profile.md
// read, and markdown-it (dist/markdown.js), which the pack compiler and the library's view (a tip
// opened) use. Elsewhere each is `#yaml` or `#markdown`, which the loader hands over
// (platform/deferredModules.ts).
const SHARED_PACKAGES = { 'js-yaml': '#yaml', 'markdown-it': '#markdown' };
const sharedPackages = {
  name: 'shared-packages',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${Object.keys(SHARED_PACKAGES).join('|')})$`) }, (args) => (args.kind === 'entry-point' ? undefined : { path: SHARED_PACKAGES[args.path], external: true }));
  },
};

/** The deferred bundles' entry points, by output name: dist/<name>.js (platform/deferredModules.ts loads them by these names). */
const DEFERRED = { library: 'src/services/library/libraryModule.ts', libraryView: 'src/features/library/viewModule.ts', mentor: 'src/features/mentor/mentorModule.ts', packs: 'src/services/library/packCompiler.ts', notes: 'src/features/templates/notesModule.ts', leadershipTime: 'src/features/leadershipTime/timeModule.ts', people: 'src/features/people/peopleModule.ts', calendar: 'src/features/calendar/calendarModule.ts', yaml: 'js-yaml', markdown: 'markdown-it' };

/**
 * `text` down to its marker line, "<!-- The .vsix ships this <what> down to here … -->", after which
 * README.md and CHANGELOG.md are for the engineers who build the extension.
 */
function partForUsers(text, file, what) {
  const cut = new RegExp(`^<!-- The \\.vsix ships this ${what} down to here\\b.*-->$`, 'm').exec(text);
  if (!cut) throw new Error(`${file} has no marker line "<!-- The .vsix ships this ${what} down to here … -->"`);
  return text.slice(0, cut.index);
}

/**
 * README.md's part for the people who use the extension: everything above its marker line,
 * without the screenshots. They stay in the repository (docs/images/, 100 KB and more), and the
 * package names no repository their links could be rewritten against, so in VS Code's page of
 * the extension they would show as broken images.
 */
export function userReadme(readme) {
  return partForUsers(readme, 'README.md', 'README')
    .replace(/^[ \t]*!\[[^\]]*\]\(docs\/images\/[^)]*\)[ \t]*\n/gm, '')
    .replace(/^<p>\n(?:[ \t]*<img src="docs\/images\/[^"]*"[^>]*>\n)+<\/p>\n/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd() + '\n';
}

/**
 * CHANGELOG.md's part for the people who use the extension: what each release brings them,
 * above its marker line. Below it, how each release was built and measured, which stays in the
 * repository (the Extensions view shows the shipped one on its Changelog tab).
 */
export function userChangelog(changelog) {
  return partForUsers(changelog, 'CHANGELOG.md', 'changelog').trimEnd() + '\n';
}

/** esbuild options of each kind of bundle: Node's entry, the deferred bundles, the activation bundle (`web`) and the webview script; bench/ bundles its baselines with the same. */
export function bundleOptions(isProduction = production) {
  const common = { bundle: true, minify: isProduction, sourcemap: !isProduction, metafile: true, logLevel: 'warning', legalComments: 'none' };
  return {
    node: {
      ...common,
      entryPoints: { extension: 'src/nodeHost.ts' },
      outdir: dist, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], plugins: [vscodeOnce],
    },
    deferred: {
      ...common,
      entryPoints: DEFERRED,
      outdir: dist, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], plugins: [hostFromLoader, sharedPackages, vscodeOnce],
      define: { 'process.env.NODE_ENV': '"production"' },
    },
    web: {
      ...common,
      entryPoints: { extension: 'src/extension.ts' },
      outdir: join(dist, 'web'), platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], plugins: [vscodeOnce],
      // A web worker has no `process`; nothing in src/ reads it, this keeps a dependency from trying.
      define: { 'process.env.NODE_ENV': '"production"' },
    },
    webview: {
      ...common,
      entryPoints: { webview: 'src/webview/main.ts' },
      outdir: join(dist, 'webview'), platform: 'browser', format: 'iife', target: 'es2020',
    },
  };
}

/**
 * The hash of the activation bundle's source, which names its V8 code cache (src/nodeHost.ts). V8
 * checks a cache only against its source's length (and its own version and flags), and would run
 * the old code of an updated bundle of the same length (test/unit/packaging.test.ts shows it).
 * Made here, so activation does not hash the bundle each time (a process's first SHA-256 takes
 * 0.75-1 ms in Node 24).
 */
export function activationBundleHash(source) {
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

/** Node's entry's options, told the hash of the activation bundle it loads (`bundle`, built already). */
export function withBundleHash(node, bundle = join(dist, 'web', 'extension.js')) {
  const hash = activationBundleHash(readFileSync(bundle, 'utf8'));
  return { ...node, define: { ...node.define, ACTIVATION_BUNDLE_HASH: JSON.stringify(hash) } };
}

async function main() {
  process.chdir(root);
  // A fresh dist/, so a bundle no longer built cannot linger and be packaged.
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  if ((await buildContent(['--out', join(dist, 'content.json')])) !== 0) process.exit(1);
  writeFileSync(join(dist, 'README.md'), userReadme(readFileSync(join(root, 'README.md'), 'utf8')));
  writeFileSync(join(dist, 'CHANGELOG.md'), userChangelog(readFileSync(join(root, 'CHANGELOG.md'), 'utf8')));
  mkdirSync(join(dist, 'webview'), { recursive: true });
  const { categories } = JSON.parse(readFileSync(join(dist, 'content.json'), 'utf8'));
  await writeCodiconSubset({ root, outDir: join(dist, 'webview'), categories });
  const { node, deferred, web, webview } = bundleOptions();
  if (watch) {
    // Node's entry is built after the activation bundle's first build, with its hash; the code
    // cache that names is only used in production, which a watch build is not.
    for (const options of [deferred, web, webview]) await (await esbuild.context(options)).watch();
    await (await esbuild.context(withBundleHash(node))).watch();
    console.log('build: watching src/ (content/ changes need a rebuild)');
    return;
  }
  const results = await Promise.all([esbuild.build(deferred), esbuild.build(web), esbuild.build(webview)]);
  results.push(await esbuild.build(withBundleHash(node)));
  const metafile = { inputs: {}, outputs: {} };
  for (const r of results) {
    Object.assign(metafile.inputs, r.metafile.inputs);
    Object.assign(metafile.outputs, r.metafile.outputs);
  }
  writeFileSync(join(dist, 'meta.json'), JSON.stringify(metafile));
  writeThirdPartyNotices(root, metafile, join(dist, 'ThirdPartyNotices.txt'));
  const sizes = Object.entries(metafile.outputs).filter(([f]) => f.endsWith('.js')).map(([f, o]) => `${f.replace(/^dist\//, '')} ${(o.bytes / 1024).toFixed(1)} KB`);
  console.log(`build${production ? ' (production)' : ''}: ${sizes.join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
