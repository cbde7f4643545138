// Compiles the tests (separately from the extension bundle).
// - unit, integration: each test file becomes one CommonJS file under out/test/<kind>/, with the
//   code it imports bundled in. `vscode` and `mocha` stay external: the extension host provides
//   the first, node_modules the second.
// - web: one file, out/test/integration-web/index.js, for the web-worker extension host: Mocha's
//   browser build and every test/integration/*.test.ts but the *.node.test.ts ones, bundled for
//   the browser. Only `vscode` stays external. A Node built-in imported there fails the build,
//   except `node:assert/strict`, which becomes the npm package `assert` (its strict mode).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './realVsCode.mjs';

const list = (dir, re) => readdirSync(join(ROOT, dir)).filter((f) => re.test(f)).map((f) => join(ROOT, dir, f));

/** The test files that run in the web worker as well as in Node. */
const webTestFiles = () => list(join('test', 'integration'), /(?<!\.node)\.test\.ts$/);

const nodeBuiltin = new RegExp(`^(node:.*|${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})$`);

/** The web run's two made-up modules, and a clear error for any other Node built-in. */
const webModules = {
  name: 'web-test-modules',
  setup(build) {
    build.onResolve({ filter: /^lp:web-tests$/ }, () => ({ path: 'web-tests', namespace: 'lp' }));
    build.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: 'assert-strict', namespace: 'lp' }));
    // Our own files only: packages may name their browser polyfills (`util`) as the built-ins.
    build.onResolve({ filter: nodeBuiltin }, (args) => (args.namespace !== 'file' || args.importer.includes('/node_modules/') ? undefined : {
      errors: [{ text: `${args.path} is a Node built-in: a test that needs it belongs in a *.node.test.ts file, which runs in the Node extension host only` }],
    }));
    build.onLoad({ filter: /^web-tests$/, namespace: 'lp' }, () => ({
      contents: `export function loadTests() {\n${webTestFiles().map((f) => `  require(${JSON.stringify(f)});`).join('\n')}\n}\n`,
      resolveDir: ROOT,
      loader: 'js',
    }));
    build.onLoad({ filter: /^assert-strict$/, namespace: 'lp' }, () => ({
      contents: `module.exports = require('assert').strict;`,
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

export async function buildTests(kinds = ['unit', 'integration', 'web']) {
  for (const kind of kinds) {
    if (kind === 'web') {
      rmSync(join(ROOT, 'out', 'test', 'integration-web'), { recursive: true, force: true });
      await esbuild.build({
        entryPoints: [join(ROOT, 'test', 'integration', 'web', 'index.ts')],
        outfile: join(ROOT, 'out', 'test', 'integration-web', 'index.js'),
        bundle: true,
        platform: 'browser',
        format: 'cjs',
        target: 'es2022',
        sourcemap: 'inline',
        external: ['vscode'],
        plugins: [webModules],
        // The `assert` package's `util` reads these; a web worker has no `process`.
        define: { 'process.env.NODE_DEBUG': 'false', 'process.env.NODE_ENV': '"test"' },
        logLevel: 'warning',
      });
      continue;
    }
    rmSync(join(ROOT, 'out', 'test', kind), { recursive: true, force: true });
    await esbuild.build({
      entryPoints: list(join('test', kind), /\.ts$/),
      outdir: join(ROOT, 'out', 'test', kind),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      sourcemap: 'inline',
      external: ['vscode', 'mocha'],
      logLevel: 'warning',
    });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  await buildTests(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
}
