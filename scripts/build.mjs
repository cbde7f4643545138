// Builds everything the extension ships into dist/:
//   content.json   the validated, rendered built-in library (scripts/contentBuild.ts)
//   extension.js   the activation bundle (Node, `vscode` external): registrations only, kept tiny
//   features.js    required in the turn after activation: the wiring, status bar, scheduler, context
//   library.js     loaded on first use: search, ranking, templates (MiniSearch, stemmer)
//   packs.js       loaded only when a team pack exists: markdown-it, js-yaml, validation
//   leadershipTimeTools.js  loaded on the first leadership-time command: the commands' prompts, the
//                  status-bar menu and the weekly summary panel
//   webview/       what webviews may load: webview.js (the sidebar's script) and the codicon
//                  font and stylesheet, cut down to the icons shown (scripts/codiconSubset.mjs)
//   meta.json      esbuild's metafile, so bundle sizes can be read (npm run bench)
// Flags: --production (minified, no source maps), --watch.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCodiconSubset } from './codiconSubset.mjs';

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

// `import builtIn from 'leadership-content'` (src/lazy/library.ts) becomes the generated index,
// inlined as one JSON.parse of a string: cheaper to evaluate than the same object as JS code.
const contentPlugin = {
  name: 'leadership-content',
  setup(build) {
    build.onResolve({ filter: /^leadership-content$/ }, () => ({ path: join(dist, 'content.json'), namespace: 'leadership-content' }));
    build.onLoad({ filter: /.*/, namespace: 'leadership-content' }, (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(readFileSync(args.path, 'utf8'))});`,
      loader: 'js',
      watchFiles: [args.path],
    }));
  },
};

/** esbuild options of the Node bundles and of the webview script; bench/ bundles its baselines with the same. */
export function bundleOptions(isProduction = production) {
  const common = { bundle: true, minify: isProduction, sourcemap: !isProduction, metafile: true, logLevel: 'warning', legalComments: 'none' };
  return {
    node: {
      ...common,
      entryPoints: { extension: 'src/extension.ts', features: 'src/lazy/features.ts', library: 'src/lazy/library.ts', packs: 'src/lazy/packs.ts', leadershipTimeTools: 'src/lazy/leadershipTimeTools.ts' },
      outdir: dist, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], plugins: [contentPlugin],
    },
    webview: {
      ...common,
      entryPoints: { webview: 'src/webview/main.ts' },
      outdir: join(dist, 'webview'), platform: 'browser', format: 'iife', target: 'es2020',
    },
  };
}

async function main() {
  process.chdir(root);
  mkdirSync(dist, { recursive: true });
  if ((await buildContent(['--out', join(dist, 'content.json')])) !== 0) process.exit(1);
  mkdirSync(join(dist, 'webview'), { recursive: true });
  const { categories } = JSON.parse(readFileSync(join(dist, 'content.json'), 'utf8'));
  await writeCodiconSubset({ root, outDir: join(dist, 'webview'), categories });
  const { node, webview } = bundleOptions();
  if (watch) {
    for (const options of [node, webview]) await (await esbuild.context(options)).watch();
    console.log('build: watching src/ (content/ changes need a rebuild)');
    return;
  }
  const results = await Promise.all([esbuild.build(node), esbuild.build(webview)]);
  const metafile = { inputs: {}, outputs: {} };
  for (const r of results) {
    Object.assign(metafile.inputs, r.metafile.inputs);
    Object.assign(metafile.outputs, r.metafile.outputs);
  }
  writeFileSync(join(dist, 'meta.json'), JSON.stringify(metafile));
  const sizes = Object.entries(metafile.outputs).filter(([f]) => f.endsWith('.js')).map(([f, o]) => `${f.replace(/^dist\//, '')} ${(o.bytes / 1024).toFixed(1)} KB`);
  console.log(`build${production ? ' (production)' : ''}: ${sizes.join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
