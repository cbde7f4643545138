import type * as vscode from 'vscode';
import { createQueued } from './queuedCreate';

// exclusiveFile.ts for the web bundle: no O_EXCL without Node, so every file system gets the
// queued, checked create (see queuedCreate.ts and localMachine.web.ts).

export function createExclusively(uri: vscode.Uri, contents: Uint8Array): Promise<boolean> {
  return createQueued(uri, contents);
}
