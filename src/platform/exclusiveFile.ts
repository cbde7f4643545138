import { writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';

/**
 * Creates `uri` with `contents` only if no file has that name: true when created, false when
 * the name is taken. On the local file system this is the operating system's exclusive create
 * (O_CREAT | O_EXCL), which holds across every window and process of the machine.
 * VS Code's API has no exclusive create (WorkspaceEdit.createFile with overwrite off checks,
 * then writes: five at once all "succeed" on one name), so other file systems get that check
 * with this extension host's creations queued one after another.
 */
export async function createExclusively(uri: vscode.Uri, contents: Uint8Array): Promise<boolean> {
  if (uri.scheme !== 'file') return queued(() => createChecked(uri, contents));
  try {
    await writeFile(uri.fsPath, contents, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

let last: Promise<unknown> = Promise.resolve();
function queued<T>(run: () => Promise<T>): Promise<T> {
  const next = last.then(run, run);
  last = next.catch(() => undefined);
  return next;
}

async function createChecked(uri: vscode.Uri, contents: Uint8Array): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents });
  if (await vscode.workspace.applyEdit(edit)) return true;
  if (await Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false)) return false;
  throw vscode.FileSystemError.NoPermissions(uri);
}
