// Writes l10n/bundle.l10n.json: every message the code passes to `l10n.t(…)` or
// `vscode.l10n.t(…)`, found by @vscode/l10n-dev (the same extractor as
// `npx @vscode/l10n-dev export`). That tool only reads files that import vscode, and core/,
// shared/ and the rendered pages may not import it: they take the Localizer port as a
// parameter named `l10n` (src/shared/localizer.ts). So the files are handed to the extractor
// as though they imported `l10n` from vscode; nothing else changes.
//   node scripts/l10nExport.mjs           writes l10n/bundle.l10n.json
//   node scripts/l10nExport.mjs --check   exit code 1 when the file is not up to date
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ROOT, 'l10n', 'bundle.l10n.json');

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** The English bundle the sources call for: key → message (or { message, comment }). */
export async function extractMessages(root = ROOT) {
  const { getL10nJson } = createRequire(join(root, 'package.json'))('@vscode/l10n-dev');
  // The extractor's cost is per call, not per line: the files that word anything go in as one
  // text, in path order, so the bundle's order is stable and diffs stay small.
  const contents = sourceFiles(join(root, 'src'))
    .map((file) => readFileSync(file, 'utf8'))
    .filter((text) => /\bl10n\.t\(/.test(text))
    .join('\n');
  return getL10nJson([{ contents: `import { l10n } from 'vscode';\n${contents}`, extension: '.ts' }]);
}

export function bundleText(messages) {
  return `${JSON.stringify(messages, undefined, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = bundleText(await extractMessages());
  if (process.argv.includes('--check')) {
    const current = readFileSync(BUNDLE, 'utf8');
    if (current !== text) {
      console.error('l10n/bundle.l10n.json is out of date: run node scripts/l10nExport.mjs, then translate the new messages in l10n/bundle.l10n.de.json.');
      process.exit(1);
    }
    console.log('l10n: bundle.l10n.json is up to date');
  } else {
    writeFileSync(BUNDLE, text);
    console.log(`l10n: ${Object.keys(JSON.parse(text)).length} messages written to ${relative(ROOT, BUNDLE)}`);
  }
}
