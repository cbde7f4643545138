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
