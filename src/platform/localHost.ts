import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { createQueued } from './queuedCreate';

// What only a Node extension host has: the user's home folder, the operating system's exclusive
// create and git. The one file that differs between the runtimes: the web bundle takes
// localHost.web.ts in its place (scripts/build.mjs), and the deferred bundles, which both
// runtimes share, are handed this host's copy when they are loaded (platform/deferredModules.ts).

/** The home folder `~` stands for. */
export function homeFolder(): string | undefined {
  return os.homedir();
}

/** Says in the output channel what this host leaves out: nothing here. */
export function reportLeftOut(_log: vscode.LogOutputChannel): void {}

/**
 * Creates `uri` with `contents` only if no file has that name: true when created, false when
 * the name is taken. On the local file system this is the operating system's exclusive create
 * (O_CREAT | O_EXCL), which holds across every window and process of the machine.
 * VS Code's API has no exclusive create (WorkspaceEdit.createFile with overwrite off checks,
 * then writes: five at once all "succeed" on one name), so other file systems get that check
 * with this extension host's creations queued one after another.
 */
export async function createExclusively(uri: vscode.Uri, contents: Uint8Array): Promise<boolean> {
  if (uri.scheme !== 'file') return createQueued(uri, contents);
  try {
    await writeFile(uri.fsPath, contents, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/**
 * The root of the git working tree holding `folder` (the folder need not exist yet), found by
 * walking up to a `.git` folder or file (a worktree or submodule has a `.git` file).
 * Undefined outside any working tree and for non-file locations.
 */
export async function workingTreeOf(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
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
}

/**
 * Whether git ignores `file` in the working tree at `root` (`git check-ignore`). Anything but a
 * clear "ignored" — git not installed, not answering, an error — counts as not ignored, so
 * the caller asks before writing private notes there.
 */
export function isIgnoredByGit(root: vscode.Uri, file: vscode.Uri): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', ['check-ignore', '--quiet', '--', file.fsPath], { cwd: root.fsPath, timeout: 5000, windowsHide: true }, (error) => {
      // Exit 0: ignored. Exit 1: not ignored. ENOENT (no git), 128 (git error), a timeout: unknown.
      resolve(!error);
    });
  });
}
