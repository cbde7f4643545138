import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LeadershipPromptsApi } from '../../src/shared/api';

// Shared by the integration tests: reach the extension's API, wait for an eventual condition.

export const EXTENSION_ID = 'leadership-prompts.leadership-prompts';

export async function activeApi(): Promise<LeadershipPromptsApi> {
  const ext = vscode.extensions.getExtension<LeadershipPromptsApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const api = ext.isActive ? ext.exports : await ext.activate();
  // The library is read on first use: tests start from a loaded one (built-in content, packs, search index).
  await api.whenReady();
  return api;
}

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
  const inWorkspace = /^\$\{workspaceFolder\}[\\/]?(.*)$/.exec(value);
  return inWorkspace ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, inWorkspace[1]) : vscode.Uri.file(value);
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
