// Writes dist/ThirdPartyNotices.txt: every npm package the build bundled (read from esbuild's
// metafile inputs), with its version, licence and licence text, and the codicons the webviews
// load (scripts/codiconSubset.mjs). The bundles are minified without legal comments, so this
// file, shipped in the .vsix, carries the notices instead.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Where to get the source of a package whose licence asks for it (MPL-2.0: ical.js).
const SOURCE = { 'ical.js': 'https://github.com/kewisch/ical.js (and the npm package ical.js); bundled unmodified.' };

/**
 * The packages bundled, by folder: a package nested in another's node_modules
 * (node_modules/markdown-it/node_modules/entities) is one of its own, with its own licence.
 */
function bundledPackages(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    // The last node_modules/<name> of the path: the package the file belongs to.
    const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
    if (m) packages.set(m[1], m[2]);
  }
  return [...packages].map(([folder, name]) => ({ folder, name })).sort((a, b) => a.name.localeCompare(b.name) || a.folder.localeCompare(b.folder));
}

/**
 * Files of a package the build copies rather than bundles: the codicons' font (CC BY 4.0, which
 * asks for the creator, a link to the licence and a note of changes) and stylesheet (MIT).
 */
const COPIED = [{
  folder: 'node_modules/@vscode/codicons', licenceFile: 'LICENSE-CODE',
  licence: 'CC-BY-4.0 (the icon font dist/webview/codicon.woff2, cut down to the icons shown: https://creativecommons.org/licenses/by/4.0/) and MIT (the stylesheet dist/webview/codicon.css, cut down the same way)',
  source: 'https://github.com/microsoft/vscode-codicons, © Microsoft Corporation',
}];

export function writeThirdPartyNotices(root, metafile, outFile) {
  const packages = bundledPackages(metafile);
  const parts = ['Leadership Prompts bundles the following open-source packages.', ''];
  for (const { folder, licenceFile, licence, source } of COPIED) {
    const pkg = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
    // LICENSE-CODE is indented four spaces throughout.
    const text = readFileSync(join(root, folder, licenceFile), 'utf8').replace(/^ {4}/gm, '').trim();
    parts.push('='.repeat(78), `${pkg.name} ${pkg.version} — ${licence}`, `Source: ${source}`, '', text, '');
  }
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
