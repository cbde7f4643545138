import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ViewDiagnostics } from '../../src/features/library/libraryViewProvider';
import type { LeadershipPromptsApi } from '../../src/shared/api';

// Shared by the integration tests: reach the extension's API, run its commands, read and write
// files as both extension hosts can (workspace.fs), name the workspace and the notes folder, wait
// for an eventual condition.

export const EXTENSION_ID = 'leadership-prompts.leadership-prompts';

export async function activeApi(): Promise<LeadershipPromptsApi> {
  const ext = vscode.extensions.getExtension<LeadershipPromptsApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const api = ext.isActive ? ext.exports : await ext.activate();
  // The library is read on first use: tests start from a loaded one (built-in content, packs, search index).
  await api.whenReady();
  return api;
}

/** Runs the command `leadershipPrompts.<command>`. */
export const run = <T = unknown>(command: string, arg?: unknown) => vscode.commands.executeCommand<T>(`leadershipPrompts.${command}`, arg);

/** What the library view reports of itself (the test-only command `_viewState`). */
export const viewState = () => run<ViewDiagnostics>('_viewState');

/** Runs a note command (newOneOnOne, newRetro, newSelfCheck, newFromTemplate): the note, or undefined when it was refused. */
export const newNote = (command: string, arg?: unknown) => run<vscode.Uri | undefined>(command, arg);

export const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
export const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
export const exists = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);

/** The test workspace's folder (the runners open one). */
export const workspaceFolder = () => vscode.workspace.workspaceFolders![0].uri;

/** A path setting below the workspace, as `${workspaceFolder}/…`, which both extension hosts take. */
export const inWorkspace = (relative: string) => `\${workspaceFolder}/${relative}`;

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > end) throw new Error('timed out waiting for a condition');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The notes folder the runner set: an absolute path in the Node extension host, or
 * `${workspaceFolder}/…` in the web worker, which has no file paths (test/runner/runIntegration.mjs).
 */
export function notesFolder(): vscode.Uri {
  const value = vscode.workspace.getConfiguration('leadershipPrompts').get<string>('notesFolder') ?? '';
  const below = /^\$\{workspaceFolder\}[\\/]?(.*)$/.exec(value);
  return below ? vscode.Uri.joinPath(workspaceFolder(), below[1]) : vscode.Uri.file(value);
}

/** Runs `body` with the notes folder set to `value`, then sets it back. */
export async function withNotesFolder<T>(value: string, body: () => PromiseLike<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('leadershipPrompts');
  const before = config.inspect<string>('notesFolder')?.globalValue;
  await config.update('notesFolder', value, vscode.ConfigurationTarget.Global);
  try {
    return await body();
  } finally {
    await config.update('notesFolder', before, vscode.ConfigurationTarget.Global);
  }
}
