import { writeFile } from 'node:fs/promises';
import type * as vscode from 'vscode';
import { createQueued } from './queuedCreate';

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
