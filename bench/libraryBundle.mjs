// The library code of src/ (bench/libraryEntry.ts) bundled once per bench run with the
// production options, and the built-in content as the build wrote it (dist/content.json).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { bundleOptions } from '../scripts/build.mjs';

/** Bundles bench/libraryEntry.ts into `work` (once) and returns the bundle's path. */
export async function libraryBundle({ root, work }) {
  const outfile = join(work, 'library-entry.cjs');
  if (!existsSync(outfile)) {
    const { node } = bundleOptions(true);
    await esbuild.build({ ...node, absWorkingDir: root, entryPoints: [join(root, 'bench', 'libraryEntry.ts')], outdir: undefined, outfile, sourcemap: false, metafile: false });
  }
  return outfile;
}

/** The library module, loaded in this process. */
export async function loadLibrary(ctx) {
  return createRequire(import.meta.url)(await libraryBundle(ctx));
}

/** dist/content.json: the built-in library. */
export function builtInContent(root) {
  return JSON.parse(readFileSync(join(root, 'dist', 'content.json'), 'utf8'));
}
