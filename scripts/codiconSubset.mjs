// Build step: the codicon font and stylesheet the webviews load, cut down to the icons that can
// appear (the full font is 123 KB, the stylesheet 33 KB; npm run bench measures both budgets).
// The icons kept: every codicon name written in the webview code or the view HTML, every
// built-in category's icon, and PACK_ICONS, the icons a team pack's categories may use. Any
// other name shows the lightbulb.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Icons a team pack may give its categories (content/README.md lists them). */
export const PACK_ICONS = [
  'lightbulb', 'book', 'star-full', 'heart', 'rocket', 'account', 'person', 'organization', 'comment', 'comment-discussion',
  'megaphone', 'beaker', 'tools', 'shield', 'target', 'compass', 'calendar', 'graph', 'graph-line', 'milestone', 'globe',
  'gift', 'flame', 'zap', 'smiley', 'checklist', 'tasklist', 'pulse', 'law', 'key', 'mortar-board', 'briefcase', 'home',
  'coffee', 'sparkle', 'thumbsup', 'history', 'sync', 'telescope', 'feedback', 'git-merge', 'person-add', 'code', 'bug',
  'cloud', 'lock', 'eye', 'bell', 'mail', 'pin', 'flag', 'map', 'symbol-event', 'workspace-trusted',
];
const FALLBACK = 'lightbulb';

function filesUnder(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) filesUnder(full, out);
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

/** Codicon names the code may show: quoted names in the webview code, `codicon-<name>` anywhere in src/. */
function namesInCode(root, known) {
  const names = new Set();
  for (const file of filesUnder(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const [, name] of text.matchAll(/codicon-([a-z0-9-]+)/g)) if (known.has(name)) names.add(name);
    if (file.includes(`${join('src', 'webview')}`)) for (const [, name] of text.matchAll(/'([a-z0-9-]+)'/g)) if (known.has(name)) names.add(name);
  }
  return names;
}

export async function writeCodiconSubset({ root, outDir, categories }) {
  const source = join(root, 'node_modules', '@vscode', 'codicons', 'dist');
  const css = readFileSync(join(source, 'codicon.css'), 'utf8');
  const glyphs = new Map([...css.matchAll(/\.codicon-([a-z0-9-]+):before \{ content: "\\([0-9a-f]+)" \}/g)].map(([, name, hex]) => [name, parseInt(hex, 16)]));
  const unknown = categories.map((c) => c.icon).filter((icon) => !glyphs.has(icon));
  if (unknown.length) throw new Error(`content/categories.yaml: unknown codicon ${unknown.map((u) => `"${u}"`).join(', ')} (see https://microsoft.github.io/vscode-codicons/dist/codicon.html)`);
  const names = [...new Set([FALLBACK, ...PACK_ICONS, ...categories.map((c) => c.icon), ...namesInCode(root, glyphs)])].filter((n) => glyphs.has(n)).sort();

  const { default: subsetFont } = await import('subset-font');
  const font = await subsetFont(readFileSync(join(source, 'codicon.ttf')), names.map((n) => String.fromCodePoint(glyphs.get(n))).join(''), { targetFormat: 'woff2' });
  // WOFF2: the glyphs Brotli-compressed, which the .vsix's zip cannot match (about half the size).
  writeFileSync(join(outDir, 'codicon.woff2'), font);
  const base = css.slice(css.indexOf(".codicon[class*='codicon-']"), css.indexOf('/*---------------------\n *  Modifiers'));
  const hex = (n) => glyphs.get(n).toString(16);
  writeFileSync(join(outDir, 'codicon.css'), [
    '/* Codicons, © Microsoft Corporation (https://github.com/microsoft/vscode-codicons): the font CC BY 4.0, this stylesheet MIT; both cut down to the icons Leadership Prompts shows (scripts/codiconSubset.mjs; dist/ThirdPartyNotices.txt) */',
    // No version in the font's address (upstream's has one): the library's HTML preloads it by this
    // address (src/features/library/webviewHtml.ts), and an installed extension's folder is named
    // with its version, so an update's font has another address anyway.
    `@font-face { font-family: "codicon"; font-display: block; src: url("./codicon.woff2") format("woff2"); }`,
    base.trim(),
    `/* Any icon not in this subset shows the ${FALLBACK}. */`,
    `:where(.codicon)::before { content: "\\${hex(FALLBACK)}" }`,
    ...names.map((n) => `.codicon-${n}:before { content: "\\${hex(n)}" }`),
    '',
  ].join('\n'));
  return { names, fontBytes: font.length };
}
