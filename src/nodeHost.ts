import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script, compileFunction } from 'node:vm';
import * as vscode from 'vscode';
import type * as Extension from './extension';
import { createQueued } from './platform/queuedCreate';
import type { BundleFunction, Host } from './platform/host';

// package.json's `main`, dist/extension.js: the Node extension host's own host, handed to the one
// activation bundle (dist/web/extension.js, src/extension.ts), which the web-worker host runs as
// it is (platform/host.ts). The only file in src/ that may use Node's built-ins (eslint).

/**
 * Node's extension host: the home folder, the operating system's exclusive create and git, and
 * the deferred bundles read from the disk when first needed, compiled as Node compiles a
 * CommonJS file, so a debugger and a stack trace name the file.
 */
export const nodeHost: Host = {
  homeFolder: () => homedir(),
  reportLeftOut: () => {},

  /**
   * On the local file system, the operating system's exclusive create (O_CREAT | O_EXCL), which
   * holds across every window and process of the machine. VS Code's API has no exclusive create
   * (WorkspaceEdit.createFile with overwrite off checks, then writes: five at once all "succeed"
   * on one name), so other file systems get that check with this host's creations queued.
   */
  async createExclusively(uri, contents) {
    if (uri.scheme !== 'file') return createQueued(uri, contents);
    try {
      await writeFile(uri.fsPath, contents, { flag: 'wx' });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  },

  /** Walks up to a `.git` folder or file (a worktree or submodule has a `.git` file); the folder need not exist yet. */
  async workingTreeOf(folder) {
    if (folder.scheme !== 'file') return undefined;
    for (let dir = folder; ; ) {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(dir, '.git'));
        return dir;
      } catch {
        // no .git here: keep walking up
      }
      const parent = vscode.Uri.joinPath(dir, '..');
      if (parent.path === dir.path) return undefined;
      dir = parent;
    }
  },

  /** `git check-ignore`. Anything but a clear "ignored" (git not installed, not answering, an error) counts as not ignored, so the caller asks before writing private notes there. */
  isIgnoredByGit(root, file) {
    return new Promise((resolve) => {
      execFile('git', ['check-ignore', '--quiet', '--', file.fsPath], { cwd: root.fsPath, timeout: 5000, windowsHide: true }, (error) => {
        // Exit 0: ignored. Exit 1: not ignored. ENOENT (no git), 128 (git error), a timeout: unknown.
        resolve(!error);
      });
    });
  },

  readBundles: () => undefined,
  compiledBundle(file) {
    const filename = join(__dirname, file);
    return compileFunction(readFileSync(filename, 'utf8'), ['exports', 'require', 'module'], { filename }) as BundleFunction;
  },
};

/** How long after activation V8's code cache of the activation bundle is written, when there was none to use. */
export const CODE_CACHE_DELAY_MS = 5000;

/** Node's CommonJS parameters, on a line of their own so the bundle's own lines keep their numbers. */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {\n';

/**
 * The hash of the activation bundle's source, which the build writes in (scripts/build.mjs), so
 * the cache of an updated bundle has another name: V8 checks a cache only against its source's
 * length, and would run the old code of an updated bundle of the same length.
 */
declare const ACTIVATION_BUNDLE_HASH: string;
const CACHE_PREFIX = 'activation-bundle-';
const CACHE_SUFFIX = '.v8cache';

/**
 * The activation bundle, next to this one. Running as an installed extension, it is compiled
 * with V8's code cache, kept in the extension's global storage: VS Code's extension host keeps
 * none for extensions, and compiling the bundle is most of loading it (npm run bench). A cache
 * V8 rejects (another V8 version or flags), or none, is written anew a few seconds after
 * activation, off the start-up path. In development and tests the bundle is required as before,
 * so a debugger maps it through its source map.
 */
function loadExtension(context: vscode.ExtensionContext): typeof Extension {
  const filename = join(__dirname, 'web', 'extension.js');
  if (context.extensionMode !== vscode.ExtensionMode.Production) return require(filename) as typeof Extension;
  const source = readFileSync(filename, 'utf8');
  const cacheFile = join(context.globalStorageUri.fsPath, `${CACHE_PREFIX}${ACTIVATION_BUNDLE_HASH}${CACHE_SUFFIX}`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache for this bundle yet
  }
  const script = new Script(`${WRAPPER}${source}\n})`, { filename, lineOffset: -1, cachedData });
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, filename, dirname(filename));
  if (!cachedData || script.cachedDataRejected) {
    // Made after activation, the cache also holds the functions activation compiled.
    setTimeout(() => void writeCodeCache(script, cacheFile), CODE_CACHE_DELAY_MS).unref();
  }
  return module.exports as typeof Extension;
}

/**
 * Writes the cache whole or not at all (another window may be reading it), and removes the caches
 * of earlier bundles; a failure only means compiling next time.
 */
async function writeCodeCache(script: Script, cacheFile: string): Promise<void> {
  try {
    const folder = dirname(cacheFile);
    await mkdir(folder, { recursive: true });
    const partial = `${cacheFile}.${process.pid}`;
    await writeFile(partial, script.createCachedData());
    await rename(partial, cacheFile);
    for (const name of await readdir(folder)) {
      if (name.startsWith(CACHE_PREFIX) && name.endsWith(CACHE_SUFFIX) && join(folder, name) !== cacheFile) await unlink(join(folder, name)).catch(() => {});
    }
  } catch {
    // the next activation compiles the bundle and tries again
  }
}

export function activate(context: vscode.ExtensionContext): ReturnType<typeof Extension.activate> {
  return loadExtension(context).activate(context, nodeHost);
}

export function deactivate(): void {}
