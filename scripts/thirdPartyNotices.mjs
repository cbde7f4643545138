// Writes dist/ThirdPartyNotices.txt: every npm package the build bundled (read from esbuild's
// metafile inputs), with its version, licence and licence text. The bundles are minified
// without legal comments, so this file, shipped in the .vsix, carries the notices instead.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Where to get the source of a package whose licence asks for it (MPL-2.0: ical.js).
const SOURCE = { 'ical.js': 'https://github.com/kewisch/ical.js (and the npm package ical.js); bundled unmodified.' };

/**
 * The packages bundled, by folder: a package nested in another's node_modules
 * (node_modules/markdown-it/node_modules/entities) is one of its own, with its own licence.
 */
export function bundledPackages(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    // The last node_modules/<name> of the path: the package the file belongs to.
    const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
    if (m) packages.set(m[1], m[2]);
  }
  return [...packages].map(([folder, name]) => ({ folder, name })).sort((a, b) => a.name.localeCompare(b.name) || a.folder.localeCompare(b.folder));
}

export function writeThirdPartyNotices(root, metafile, outFile) {
  const packages = bundledPackages(metafile);
  const parts = ['Leadership Prompts bundles the following open-source packages.', ''];
  for (const { folder, name } of packages) {
    const dir = join(root, folder);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = existsSync(dir) ? readdirSync(dir).find((f) => /^licen[cs]e/i.test(f)) : undefined;
    parts.push('='.repeat(78), `${name} ${pkg.version} — ${pkg.license}`);
    if (SOURCE[name]) parts.push(`Source Code Form: ${SOURCE[name]}`);
    parts.push('', file ? readFileSync(join(dir, file), 'utf8').trim() : `Licence: ${pkg.license} (no licence file in the package)`, '');
  }
  writeFileSync(outFile, parts.join('\n'));
  return packages.map((p) => p.name);
}
