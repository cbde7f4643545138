import * as vscode from 'vscode';

// The create of a web worker's host, and of Node's beyond the local file system (platform/host.ts,
// src/nodeHost.ts): WorkspaceEdit.createFile (which checks, then writes), with this extension
// host's creations queued one after another. On the local file system Node's host uses the
// operating system's exclusive create instead.

/** Creates `uri` unless a file has that name: true when created, false when the name is taken. */
export function createQueued(uri: vscode.Uri, contents: Uint8Array): Promise<boolean> {
  return queued(() => createChecked(uri, contents));
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
