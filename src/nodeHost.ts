import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
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

/** The activation bundle, next to this one (a computed path keeps esbuild from bundling it here). */
const extension = (): typeof Extension => require(join(__dirname, 'web', 'extension.js'));

export function activate(context: vscode.ExtensionContext): ReturnType<typeof Extension.activate> {
  return extension().activate(context, nodeHost);
}

export function deactivate(): void {}
