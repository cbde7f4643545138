import * as os from 'node:os';
import type * as vscode from 'vscode';

// What only a Node extension host has: the user's home folder (for `~` in settings). The web
// bundle uses localMachine.web.ts instead, where it is left out.

/** The home folder `~` stands for. */
export function homeFolder(): string | undefined {
  return os.homedir();
}

/** Says in the output channel what this host leaves out: nothing here. */
export function reportLeftOut(_log: vscode.LogOutputChannel): void {}
