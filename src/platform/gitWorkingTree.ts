import { execFile } from 'node:child_process';
import * as vscode from 'vscode';

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
