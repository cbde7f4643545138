// Compiles the tests (separately from the extension bundle): each test file becomes one CommonJS
// file under out/test/, with the code it imports bundled in. `vscode` and `mocha` stay external:
// the extension host provides the first, node_modules the second.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './realVsCode.mjs';

const list = (dir, re) => readdirSync(join(ROOT, dir)).filter((f) => re.test(f)).map((f) => join(ROOT, dir, f));

export async function buildTests(kinds = ['unit', 'integration']) {
  for (const kind of kinds) {
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
