import type * as vscode from 'vscode';
import { window } from 'vscode';

/** The extension's one output channel ("Leadership Prompts" in the Output panel). */
export function createLog(): vscode.LogOutputChannel {
  return window.createOutputChannel('Leadership Prompts', { log: true });
}
