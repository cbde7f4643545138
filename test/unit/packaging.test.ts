import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { ROOT } from './manifest';
import { TipLibrary } from '../../src/core/tipLibrary';
import type { ContentIndex } from '../../src/shared/contentTypes';

interface Vsce {
  listFiles(options: { cwd: string; packageManager: unknown; readmePath?: string }): Promise<string[]>;
  PackageManager: { None: unknown };
}
interface Build {
  bundleOptions(production: boolean): Record<'node' | 'deferred' | 'web' | 'webview', { entryPoints: Record<string, string> }>;
}

/** scripts/build.mjs's production options (its entry points name every bundle), loaded at run time. */
async function bundleOptions(): Promise<ReturnType<Build['bundleOptions']>> {
  return ((await import(pathToFileURL(join(ROOT, 'scripts', 'build.mjs')).href)) as Build).bundleOptions(true);
}

/** One run of bench/activationProbe.mjs on Node's entry: what it evaluated, and how it used the code cache. */
interface ProbeRun {
  commands: number;
  evaluated: { file: string; codeCache?: string }[];
  deferred: { evaluated: { file: string }[] };
}

/** Runs the probe in a fresh process: `mode` an ExtensionMode, `storage` the global storage ('-': the stand-in's), `after` '--stay' to wait for the code cache. */
function runActivationProbe(mode: string, storage = '-', after = '-'): ProbeRun {
  const out = execFileSync(process.execPath, [join(ROOT, 'bench', 'activationProbe.mjs'), join(ROOT, 'dist', 'extension.js'), ROOT, '-', mode, storage, after], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as ProbeRun;
}

/** esbuild's metafile, the parts read here. */
interface Meta { inputs: Record<string, { imports: { path: string }[] }>; outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string; external?: boolean }[]; entryPoint?: string }> }

describe('packaging', () => {
  it('ships every bundle the build writes (both runtimes) and the content, and no English l10n bundle or source maps', async function () {
    this.timeout(30_000);
    // vsce's own list of what `vsce package` puts in the .vsix (.vscodeignore applied); no build needed.
    // Loaded from the project at run time, not bundled with the tests.
    const vsce = createRequire(join(ROOT, 'package.json'))('@vscode/vsce') as Vsce;
    const files = new Set(await vsce.listFiles({ cwd: ROOT, packageManager: vsce.PackageManager.None, readmePath: 'dist/README.md' }));
    const { node, deferred, web, webview } = await bundleOptions();
    const bundles = [
      ...Object.keys(node.entryPoints).map((n) => `dist/${n}.js`),
      ...Object.keys(deferred.entryPoints).map((n) => `dist/${n}.js`),
      ...Object.keys(web.entryPoints).map((n) => `dist/web/${n}.js`),
      ...Object.keys(webview.entryPoints).map((n) => `dist/webview/${n}.js`),
      'dist/content.json',
    ];
    const missing = bundles.filter((b) => !files.has(b));
    // vsce lists only files that exist: the unit stage runs after the build, so every bundle should.
    const built = bundles.filter((b) => existsSync(join(ROOT, b)));
    assert.deepEqual(missing.filter((b) => built.includes(b)), [], 'bundles left out of the .vsix');
    assert.ok(built.length > 0, 'run the build first');
    assert.ok(files.has('package.json') && files.has('l10n/bundle.l10n.de.json'));
    assert.ok(files.has('dist/README.md') && !files.has('README.md'), 'the README for users, not the whole one');
    assert.ok(files.has('dist/CHANGELOG.md') && !files.has('CHANGELOG.md'), 'the changelog for users, not the whole one');
    assert.ok(![...files].some((f) => f === 'l10n/bundle.l10n.json' || f.endsWith('.map') || f.startsWith('src/') || f.startsWith('test/')), [...files].join(', '));
  });

  it('ships each tip\'s body once, as Markdown (rendered when the tip is shown)', () => {
    const { tips } = JSON.parse(readFileSync(join(ROOT, 'dist', 'content.json'), 'utf8')) as { tips: Record<string, unknown>[] };
    assert.ok(tips.length > 0);
    for (const tip of tips) assert.deepEqual(Object.keys(tip).filter((k) => k === 'html' || k === 'markdown'), ['markdown'], String(tip.id));
  });

  it('ships as its README the part of README.md for users, whose links to its own headings all land', () => {
    const full = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shipped = readFileSync(join(ROOT, 'dist', 'README.md'), 'utf8');
    // README.md's top, line by line, leaving out only screenshots (and blank lines).
    const top = full.slice(0, full.indexOf('<!-- The .vsix ships')).split('\n');
    let at = 0;
    for (const line of shipped.trimEnd().split('\n')) {
      const found = top.indexOf(line, at);
      assert.ok(found >= 0, `not in README.md's top, in order: ${line}`);
      for (const left of top.slice(at, found)) assert.match(left, /^\s*$|docs\/images\/|^<\/?p>$/, 'left out');
      at = found + 1;
    }
    for (const heading of ['What it does', 'Privacy', 'Calendar', 'Localisation', 'VS Code for the Web', 'Install from a VSIX']) assert.ok(shipped.includes(`\n## ${heading}\n`), heading);
    for (const heading of ['Develop', 'Layout', 'Benchmarks', 'Safety']) assert.ok(full.includes(`\n## ${heading}\n`) && !shipped.includes(`\n## ${heading}\n`), heading);
    // GitHub's and the Marketplace's anchors: the heading lower-cased, spaces as dashes, other marks dropped.
    const anchors = new Set([...shipped.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1].toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')));
    for (const [, anchor] of shipped.matchAll(/\]\(#([^)]+)\)/g)) assert.ok(anchors.has(anchor), `#${anchor}`);
    // No link or image to a file the package does not ship (the screenshots stay in the repository).
    const relative = [...shipped.matchAll(/\]\((?!#|https?:|mailto:)([^)\s]+)\)|\ssrc="(?!https?:)([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    assert.deepEqual(relative, []);
    assert.ok(full.includes('](docs/images/'), 'README.md itself keeps its screenshots');
  });

  it('ships as its changelog the part of CHANGELOG.md for users, each release\'s changes, not how they were built and measured', () => {
    const full = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    const shipped = readFileSync(join(ROOT, 'dist', 'CHANGELOG.md'), 'utf8');
    const marker = full.indexOf('<!-- The .vsix ships this changelog down to here');
    assert.ok(marker > 0, 'CHANGELOG.md has its marker line');
    assert.equal(shipped, full.slice(0, marker).trimEnd() + '\n');
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.match(shipped, new RegExp(`^## ${version.replaceAll('.', '\\.')} `, 'm'), 'the version being built has its entry');
    assert.match(full.slice(marker), /^## .*engineering notes$/m);
    assert.ok(!shipped.includes('engineering notes'));
    // The package names no repository to rewrite relative links against.
    assert.deepEqual([...shipped.matchAll(/\]\((?!https?:|mailto:)([^)\s]+)\)/g)].map((m) => m[1]), []);
  });

  it('names every bundled package in ThirdPartyNotices.txt with its version and licence, one nested in another\'s node_modules too, and the codicons the webviews load', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Meta;
    const notices = readFileSync(join(ROOT, 'dist', 'ThirdPartyNotices.txt'), 'utf8');
    const folders = new Set(Object.keys(meta.inputs).filter((f) => f.includes('node_modules/')).map((f) => {
      const at = f.lastIndexOf('node_modules/') + 'node_modules/'.length;
      const rest = f.slice(at).split('/');
      return f.slice(0, at) + rest.slice(0, rest[0].startsWith('@') ? 2 : 1).join('/');
    }));
    assert.ok([...folders].some((f) => f.includes('/node_modules/', 1)), 'a nested package is bundled (markdown-it\'s entities)');
    assert.match(notices, /^@vscode\/codicons [\d.]+ — CC-BY-4\.0 .*https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/.* and MIT/m);
    for (const folder of folders) {
      const pkg = JSON.parse(readFileSync(join(ROOT, folder, 'package.json'), 'utf8')) as { name: string; version: string; license: string };
      assert.ok(notices.includes(`${pkg.name} ${pkg.version} — ${pkg.license}`), `${folder} (${pkg.name} ${pkg.version})`);
    }
  });
});

// The split (README, "What loads when"): each feature registers in the one activation bundle,
// dist/web/extension.js (dist/extension.js, Node's entry, hands it Node's host), and what it does
// on first use is a bundle of its own (platform/deferredModules.ts). An import that pulls a
// deferred module's code into the activation bundle, or a call that loads it at start-up, fails here.
describe('the activation bundle', () => {
  it('holds none of the files a deferred bundle is made of', async () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Meta;
    const inActivation = new Set([...Object.keys(meta.outputs['dist/web/extension.js'].inputs), ...Object.keys(meta.outputs['dist/extension.js'].inputs)]);
    const deferred = Object.entries((await bundleOptions()).deferred.entryPoints);
    assert.ok(deferred.length >= 7, deferred.map(([n]) => n).join(', '));
    for (const [name] of deferred) {
      // The entry and the files it names: what the bundle is for (shared helpers may be in both).
      const entry = meta.outputs[`dist/${name}.js`].entryPoint!;
      const own = [entry, ...meta.inputs[entry].imports.map((i) => i.path)].filter((f) => f.startsWith('src/') || f.startsWith('node_modules/'));
      assert.deepEqual(own.filter((f) => inActivation.has(f)), [], `dist/${name}.js's files in the activation bundle or Node's entry`);
    }
  });

  it('require + activate() and the turn after evaluate Node\'s entry and the activation bundle, nothing else', function () {
    this.timeout(30_000);
    const probe = runActivationProbe('1');
    const files = (list: { file: string }[]) => list.map((e) => e.file.slice(ROOT.length + 1).replaceAll('\\', '/'));
    assert.deepEqual(files(probe.evaluated), ['dist/extension.js', 'dist/web/extension.js']);
    assert.deepEqual(files(probe.deferred.evaluated), []);
  });

  it('compiles the activation bundle with V8\'s code cache from the second activation on, writes a rejected cache anew, and requires it plainly in development', function () {
    this.timeout(60_000);
    const storage = mkdtempSync(join(tmpdir(), 'lp-code-cache-'));
    try {
      const probe = (mode: string, after: string) => runActivationProbe(mode, storage, after);
      const cacheOf = (run: ProbeRun) => run.evaluated.find((e) => e.file.replaceAll('\\', '/').endsWith('dist/web/extension.js'))?.codeCache;
      // Named by the bundle's content: an earlier bundle's cache is not this one's, and goes.
      const hash = createHash('sha256').update(readFileSync(join(ROOT, 'dist', 'web', 'extension.js'), 'utf8')).digest('hex').slice(0, 16);
      const cacheFile = join(storage, `activation-bundle-${hash}.v8cache`);
      const earlier = join(storage, 'activation-bundle-0123456789abcdef.v8cache');
      writeFileSync(earlier, 'the cache of an earlier bundle');
      const first = probe('1', '--stay');
      assert.equal(cacheOf(first), 'none');
      assert.deepEqual(readdirSync(storage), [basename(cacheFile)], 'written a few seconds after the first activation, the earlier one removed');
      const second = probe('1', '-');
      assert.equal(cacheOf(second), 'used');
      assert.equal(second.commands, first.commands);
      writeFileSync(cacheFile, 'not a code cache');
      assert.equal(cacheOf(probe('1', '--stay')), 'rejected');
      assert.equal(cacheOf(probe('1', '-')), 'used', 'written anew');
      // In development (F5) the bundle is required, so a debugger maps it through its source map.
      assert.equal(cacheOf(probe('2', '-')), undefined);
    } finally {
      rmSync(storage, { recursive: true, force: true });
    }
  });

  it('V8 takes a code cache made for another source of the same length, which is why the cache is named by its bundle\'s content', () => {
    const probe = () => (globalThis as unknown as { __codeCacheProbe: () => number }).__codeCacheProbe();
    const made = new Script('globalThis.__codeCacheProbe = () => 1111;', { filename: 'same-length.js' });
    made.runInThisContext();
    probe(); // compiled now, so the cache made after it holds the function, as the extension's does
    const other = new Script('globalThis.__codeCacheProbe = () => 2222;', { filename: 'same-length.js', cachedData: made.createCachedData() });
    other.runInThisContext();
    // Were V8 ever to check more than the length, this would fail and the naming could be simpler.
    assert.equal(other.cachedDataRejected, false);
    assert.equal(probe(), 1111);
  });

  it('leaves the deferred bundles, which both runtimes load, out of the activation bundle; they require only `vscode`, `#host`, `#yaml` and `#markdown`, under the names the loaders use', async () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Meta;
    const { deferred } = await bundleOptions();
    const inWeb = new Set(Object.keys(meta.outputs['dist/web/extension.js'].inputs));
    for (const name of Object.keys(deferred.entryPoints)) {
      const entry = meta.outputs[`dist/${name}.js`].entryPoint!;
      assert.ok(!inWeb.has(entry), `${entry} (dist/${name}.js) in dist/web/extension.js`);
      const required = new Set(meta.outputs[`dist/${name}.js`].imports.filter((i) => i.external).map((i) => i.path));
      assert.deepEqual([...required].filter((id) => !['vscode', '#host', '#yaml', '#markdown'].includes(id)), [], `dist/${name}.js`);
    }
    // platform/deferredModules.ts names the files it loads; each is one the build writes.
    const loaders = readFileSync(join(ROOT, 'src', 'platform', 'deferredModules.ts'), 'utf8');
    const named = /DEFERRED_FILES = \[([^\]]*)\]/.exec(loaders)?.[1].match(/[\w]+(?=\.js)/g) ?? [];
    assert.deepEqual([...named].sort(), Object.keys(deferred.entryPoints).sort());
  });

  it('loads markdown-it (`#markdown`, dist/markdown.js) when the first tip is rendered, not with the library view\'s bundle, which loads when the view first shows', async () => {
    const required: string[] = [];
    const module = { exports: {} as Record<string, unknown> };
    const requireStub = (id: string): unknown => {
      required.push(id);
      return id === '#markdown' ? createRequire(join(ROOT, 'package.json'))('markdown-it') : {};
    };
    new Function('exports', 'require', 'module', readFileSync(join(ROOT, 'dist', 'libraryView.js'), 'utf8'))(module.exports, requireStub, module);
    assert.ok(module.exports.LibraryViewProvider, 'the view\'s bundle loaded');
    assert.deepEqual(required.filter((id) => id === '#markdown'), [], `required while loading: ${required.join(', ')}`);
    // The one place it is reached, and it still is: the provider's first tip.
    const library = new TipLibrary([JSON.parse(readFileSync(join(ROOT, 'dist', 'content.json'), 'utf8')) as ContentIndex]);
    const tip = library.list()[0];
    const provider = Object.create((module.exports.LibraryViewProvider as { prototype: object }).prototype) as { showTip(id: string): Promise<boolean> };
    const html = await new Promise<string>((resolve, reject) => {
      Object.assign(provider, {
        content: { ready: async () => library },
        marks: { favourites: () => [], tried: () => [] },
        reveal: async () => undefined,
        post: (m: { tip: { html: string } }) => resolve(m.tip.html),
      });
      provider.showTip(tip.id).catch(reject);
    });
    assert.match(html, /<p>/, 'the tip rendered from its Markdown');
    assert.deepEqual(required.filter((id) => id === '#markdown'), ['#markdown']);
  });

  it('requires `vscode` once per bundle (esbuild\'s interop would copy its ~350 properties for each file importing it)', async () => {
    const { node, deferred, web } = await bundleOptions();
    const bundles = [...Object.keys(node.entryPoints).map((n) => `dist/${n}.js`), ...Object.keys(deferred.entryPoints).map((n) => `dist/${n}.js`), ...Object.keys(web.entryPoints).map((n) => `dist/web/${n}.js`)];
    const requires = new Map(bundles.map((b) => [b, (readFileSync(join(ROOT, b), 'utf8').match(/require\(["']vscode["']\)/g) ?? []).length]));
    for (const [bundle, count] of requires) assert.ok(count <= 1, `${bundle}: ${count} requires of vscode`);
    assert.equal(requires.get('dist/extension.js'), 1);
  });
});
