// Build step: validates every file in content/ and writes the compiled index (tips as Markdown) that the
// extension ships (dist/content.json; the search index is made at run time). Any problem fails the build with file:line: reason.
// Bundled and run by scripts/build.mjs; `--check` validates without writing.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { compileContentFolder, type ContentFile } from '../src/core/contentPack';
import { libraryShortfalls } from '../src/core/libraryRequirements';
import { findSeedCopies, SEED_COPY_WORDS } from '../src/core/seedCopies';
import type { ContentIndex, ContentProblem } from '../src/shared/contentTypes';

/** Where the seed texts live: LEADERSHIP_PROMPTS_SEEDS, or `../shared/seeds` beside the repository. */
export function seedFolder(contentRoot: string): string {
  return process.env.LEADERSHIP_PROMPTS_SEEDS || join(resolve(contentRoot), '..', '..', 'shared', 'seeds');
}

function allFiles(dir: string, root = dir): ContentFile[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full, root) : [{ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') }];
  });
}

/**
 * Every file of content/ (the README too) against the seed texts: a run of SEED_COPY_WORDS words
 * shared with one fails. The titles of cited works may be shared. No seed folder: one line, no failure.
 */
function seedCopyProblems(root: string, content: ContentIndex): ContentProblem[] {
  const seeds = seedFolder(root);
  if (!existsSync(seeds) || !statSync(seeds).isDirectory()) {
    console.log(`content: seed check skipped: no seed texts found at ${seeds}`);
    return [];
  }
  const files = allFiles(root).filter((f) => /\.(md|ya?ml)$/.test(f.path)).map((f) => ({ ...f, path: `${root}/${f.path}` }));
  const titles = content.tips.flatMap((t) => (t.source ? [t.source.title] : []));
  return findSeedCopies(files, allFiles(seeds), titles).map((c) => ({
    file: c.file, line: c.line, message: `${c.words.split(' ').length} words copied from seed ${c.seed} (${SEED_COPY_WORDS} or more are not allowed): "${c.words}"`,
  }));
}

/** The content files below `root` (also read by the unit tests, which compile the built-in library as the build does). */
export function readTree(root: string): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(md|ya?ml)$/.test(name) && name !== 'README.md') out.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return out;
}

export function main(argv: string[]): number {
  const root = argv.includes('--root') ? argv[argv.indexOf('--root') + 1] : 'content';
  const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : join('dist', 'content.json');
  const { content, problems } = compileContentFolder(readTree(root), 'built-in', [], root);
  problems.push(...libraryShortfalls(content).map((message) => ({ file: root, line: 1, message })));
  problems.push(...seedCopyProblems(root, content));
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  if (problems.length) {
    console.error(`content: ${problems.length} problem${problems.length === 1 ? '' : 's'}; fix them and build again.`);
    return 1;
  }
  const summary = `content: ${content.tips.length} tips in ${content.categories.length} categories, ${content.templates.length} templates, ` +
    `${content.questions.reduce((n, c) => n + c.questions.length, 0)} questions, ${content.retroActivities.length} retro activities`;
  if (!argv.includes('--check')) {
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, JSON.stringify(content satisfies ContentIndex));
  }
  console.log(summary);
  return 0;
}
