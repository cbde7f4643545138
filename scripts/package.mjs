// Writes the .vsix with vsce: `npm run package`, npm test's package stage and the bench's VSIX
// figure all package this way. vsce runs `vscode:prepublish` (the production build) first.
//   node scripts/package.mjs [out.vsix]
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');

/**
 * vsce's arguments. No dependencies (everything is bundled). The README and changelog shipped
 * are dist/README.md and dist/CHANGELOG.md, the parts of README.md and CHANGELOG.md for the
 * people who use the extension (scripts/build.mjs cuts them). Their relative links stay as
 * written: the package names no repository to rewrite them against.
 */
export const VSCE_ARGS = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', 'dist/README.md', '--changelog-path', 'dist/CHANGELOG.md'];

/** Packages the extension into `out`; returns vsce's output (its list of the files packed). */
export function packageVsix(out) {
  return execFileSync(join(root, 'node_modules', '.bin', 'vsce'), [...VSCE_ARGS, '--out', out], { cwd: root, encoding: 'utf8', maxBuffer: 8 * 1024 * 1024 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(packageVsix(process.argv[2] ?? join(root, 'leadership-prompts.vsix')));
}
