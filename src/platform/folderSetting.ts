import * as vscode from 'vscode';
import { expandFolderSetting } from '../core/pathVariables';
import { homeFolder } from './host';

/**
 * A folder setting (`notesFolder`, `contentFolders`) as a Uri: `~`, `${workspaceFolder}/…` or
 * an absolute path. In a web-worker host (no home folder, no local disk) only
 * `${workspaceFolder}/…` can be used, on the workspace's own file system. Undefined when the
 * value cannot be used here.
 */
export function folderSettingUri(value: string): vscode.Uri | undefined {
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const home = homeFolder();
  if (home === undefined) {
    const inWorkspace = /^\s*\$\{workspaceFolder\}((?:[\\/][^\\/]*)*)\s*$/.exec(value);
    if (!inWorkspace || !workspaceFolder) return undefined;
    const parts = inWorkspace[1].split(/[\\/]+/).filter(Boolean);
    return parts.length ? vscode.Uri.joinPath(workspaceFolder, ...parts) : workspaceFolder;
  }
  const path = expandFolderSetting(value, { home, workspaceFolder: workspaceFolder?.fsPath });
  return path ? vscode.Uri.file(path) : undefined;
}
