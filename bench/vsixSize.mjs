// The size of the .vsix `npm run package` writes (vsce, production build), and what is in it.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageVsix } from '../scripts/package.mjs';
import { kb } from './stats.mjs';

export async function measureVsix({ root, work }) {
  const out = join(work, 'leadership-prompts.vsix');
  const stdout = packageVsix(out);
  const bytes = statSync(out).size;
  const listing = [...stdout.matchAll(/([\w./-]+\.\w+) \[([\d.]+) KB\]/g)].map((m) => [m[1], Number(m[2])]).sort((a, b) => b[1] - a[1]);
  // The code of each runtime: its activation bundle, and the deferred bundles both load.
  const outputs = JSON.parse(readFileSync(join(root, 'dist', 'meta.json'), 'utf8')).outputs;
  const deferred = Object.entries(outputs).filter(([f]) => /^dist\/\w+\.js$/.test(f) && f !== 'dist/extension.js').reduce((n, [, o]) => n + o.bytes, 0);
  return [{
    figure: 'VSIX with both runtimes (vsce package, production build)',
    value: bytes, format: kb,
    targets: [{ text: '≤ 400 KB', pass: bytes <= 400 * 1024 }],
    note: `largest files before compression: ${listing.slice(0, 5).map(([f, s]) => `${f} ${s} KB`).join(', ')}; ` +
      `activation bundles ${kb(outputs['dist/extension.js'].bytes)} (Node) and ${kb(outputs['dist/web/extension.js'].bytes)} (web worker), the deferred bundles both load ${kb(deferred)}`,
  }];
}
