import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './manifest';

interface Vsce {
  listFiles(options: { cwd: string; packageManager: unknown }): Promise<string[]>;
  PackageManager: { None: unknown };
}
interface Build {
  bundleOptions(production: boolean): Record<'node' | 'web' | 'webview', { entryPoints: Record<string, string> }>;
}

describe('packaging', () => {
  it('ships every bundle the build writes (both runtimes) and the content, and no English l10n bundle or source maps', async function () {
    this.timeout(30_000);
    // vsce's own list of what `vsce package` puts in the .vsix (.vscodeignore applied); no build needed.
    // Loaded from the project at run time, not bundled with the tests.
    const vsce = createRequire(join(ROOT, 'package.json'))('@vscode/vsce') as Vsce;
    const files = new Set(await vsce.listFiles({ cwd: ROOT, packageManager: vsce.PackageManager.None }));
    const build = (await import(pathToFileURL(join(ROOT, 'scripts', 'build.mjs')).href)) as Build;
    const { node, web, webview } = build.bundleOptions(true);
    const bundles = [
      ...Object.keys(node.entryPoints).map((n) => `dist/${n}.js`),
      ...Object.keys(web.entryPoints).map((n) => `dist/web/${n}.js`),
      ...Object.keys(webview.entryPoints).map((n) => `dist/webview/${n}.js`),
      'dist/content.json',
    ];
    const missing = bundles.filter((b) => !files.has(b));
    // vsce lists only files that exist: the unit stage runs after the build, so every bundle should.
    const built = bundles.filter((b) => existsSync(join(ROOT, b)));
    assert.deepEqual(missing.filter((b) => built.includes(b)), [], 'bundles left out of the .vsix');
    assert.ok(built.length > 0, 'run the build first');
    assert.ok(files.has('package.json') && files.has('l10n/bundle.l10n.de.json'));
    assert.ok(![...files].some((f) => f === 'l10n/bundle.l10n.json' || f.endsWith('.map') || f.startsWith('src/') || f.startsWith('test/')), [...files].join(', '));
  });
});
