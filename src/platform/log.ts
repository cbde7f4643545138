import * as vscode from 'vscode';

/** The extension's one output channel ("Leadership Prompts" in the Output panel). */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Leadership Prompts', { log: true });
}
