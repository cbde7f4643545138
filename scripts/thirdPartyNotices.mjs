// Writes dist/ThirdPartyNotices.txt: every npm package the build bundled (read from esbuild's
// metafile inputs), with its version, licence and licence text. The bundles are minified
// without legal comments, so this file, shipped in the .vsix, carries the notices instead.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Where to get the source of a package whose licence asks for it (MPL-2.0: ical.js).
const SOURCE = { 'ical.js': 'https://github.com/kewisch/ical.js (and the npm package ical.js); bundled unmodified.' };

export function writeThirdPartyNotices(root, metafile, outFile) {
  const names = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) names.add(m[1]);
  }
  const parts = ['Leadership Prompts bundles the following open-source packages.', ''];
  for (const name of [...names].sort()) {
    const dir = join(root, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = existsSync(dir) ? readdirSync(dir).find((f) => /^licen[cs]e/i.test(f)) : undefined;
    parts.push('='.repeat(78), `${name} ${pkg.version} — ${pkg.license}`);
    if (SOURCE[name]) parts.push(`Source Code Form: ${SOURCE[name]}`);
    parts.push('', file ? readFileSync(join(dir, file), 'utf8').trim() : `Licence: ${pkg.license} (no licence file in the package)`, '');
  }
  writeFileSync(outFile, parts.join('\n'));
  return [...names];
}
