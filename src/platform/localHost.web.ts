import type * as vscode from 'vscode';
import { createQueued } from './queuedCreate';

// localHost.ts for the web bundle: a web-worker extension host has no home folder, no git and
// no local file system of its own; notes and packs go through workspace.fs.

export function homeFolder(): string | undefined {
  return undefined;
}

export function reportLeftOut(log: vscode.LogOutputChannel): void {
  log.info('Web extension host: "~" in notesFolder and contentFolders is left out; use ${workspaceFolder}/… there.');
  log.info('Web extension host: git activity is left out (the built-in Git extension is not available), and notes are not checked against .gitignore.');
  log.info('Web extension host: notes are created with workspace.fs and this window\'s own queue (no exclusive create of the operating system).');
}

/** No O_EXCL without Node: every file system gets the queued, checked create (queuedCreate.ts). */
export function createExclusively(uri: vscode.Uri, contents: Uint8Array): Promise<boolean> {
  return createQueued(uri, contents);
}

/** There is no git to ask. */
export async function workingTreeOf(_folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  return undefined;
}

export async function isIgnoredByGit(_root: vscode.Uri, _file: vscode.Uri): Promise<boolean> {
  return false;
}
