import type * as vscode from 'vscode';

// gitWorkingTree.ts for the web bundle: there is no git to ask (see localMachine.web.ts).

export async function workingTreeOf(_folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  return undefined;
}

export async function isIgnoredByGit(_root: vscode.Uri, _file: vscode.Uri): Promise<boolean> {
  return false;
}
