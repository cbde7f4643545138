import * as vscode from 'vscode';
import { folderSettingUri } from './folderSetting';
import { homeFolder } from './host';
import type { SettingsStore } from './settingsStore';

/** The folder offered first: private to you and outside any repository. */
export const SUGGESTED_NOTES_FOLDER = '~/leadership-notes';

/**
 * Where a note goes: the folder; untitled, because no folder is set (or the user said not now),
 * or because the one set cannot be used (`unusable`: reported, and the note is then the only copy
 * of what the user meant to keep); or nowhere, cancelled.
 */
export type NotesRoot = { root: vscode.Uri } | { untitled: true; unusable?: true } | { cancelled: true };

/**
 * The `notesFolder` setting as a folder. Empty: asked on first use (interactive only); until
 * it is set, notes open untitled. A value that cannot be used is reported, and the note
 * opens untitled rather than being lost.
 */
export class NotesFolder {
  private askedThisSession = false;

  constructor(private readonly settings: SettingsStore, private readonly log: vscode.LogOutputChannel) {}

  /** The configured folder, without asking anything; undefined when unset or unusable. */
  configured(): vscode.Uri | undefined {
    return folderSettingUri(this.settings.get('notesFolder'));
  }

  async resolve(interactive: boolean): Promise<NotesRoot> {
    const value = this.settings.get('notesFolder');
    if (value.trim()) {
      const root = this.configured();
      if (root) return { root };
      const why = value.includes('${workspaceFolder}') && !vscode.workspace.workspaceFolders?.length
        ? vscode.l10n.t('it uses {0} and no folder is open', '${workspaceFolder}')
        : homeFolder() === undefined
          ? vscode.l10n.t('only {0} can be used in VS Code for the Web', '${workspaceFolder}/…')
          : vscode.l10n.t('it is not an absolute folder (use ~, {0} or a full path)', '${workspaceFolder}');
      this.log.warn(`notesFolder "${value}" cannot be used: ${why}.`);
      void vscode.window.showWarningMessage(vscode.l10n.t('Leadership Prompts: the notes folder "{0}" cannot be used because {1}. This note opens untitled so nothing is lost.', value, why), vscode.l10n.t('Open Setting')).then((c) => {
        if (c) void vscode.commands.executeCommand('workbench.action.openSettings', 'leadershipPrompts.notesFolder');
      });
      return { untitled: true, unusable: true };
    }
    if (!interactive || this.askedThisSession) return { untitled: true };
    // On the web there is no home folder to suggest: the folder is chosen in the workspace.
    if (homeFolder() === undefined) return this.askInWorkspace();
    this.askedThisSession = true;
    return this.askFirstTime();
  }

  private async askFirstTime(): Promise<NotesRoot> {
    type Item = vscode.QuickPickItem & { choice: 'suggested' | 'choose' | 'not-now' };
    const items: Item[] = [
      { choice: 'suggested', label: `$(home) ${SUGGESTED_NOTES_FOLDER}`, detail: vscode.l10n.t('Recommended: private, and outside any repository, so notes are never committed by accident') },
      { choice: 'choose', label: vscode.l10n.t('$(folder-opened) Choose a folder…') },
      { choice: 'not-now', label: vscode.l10n.t('Not now'), detail: vscode.l10n.t('This note opens untitled; set leadershipPrompts.notesFolder whenever you like') },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Where should Leadership Prompts keep your notes?'),
      placeHolder: vscode.l10n.t('Markdown files; carry-over reads the earlier ones from there'),
      ignoreFocusOut: true,
    });
    if (!picked) return { cancelled: true };
    if (picked.choice === 'not-now') return { untitled: true };
    if (picked.choice === 'suggested') return this.use(SUGGESTED_NOTES_FOLDER);
    const chosen = await this.pickFolder(vscode.l10n.t('Keep notes here'));
    return chosen ? this.use(chosen.fsPath) : { cancelled: true };
  }

  /** The folder dialog, opening at the suggested folder when it exists. Saves nothing. */
  async pickFolder(openLabel: string): Promise<vscode.Uri | undefined> {
    const home = homeFolder();
    const suggested = home === undefined ? undefined : folderSettingUri(SUGGESTED_NOTES_FOLDER);
    const exists = suggested ? await vscode.workspace.fs.stat(suggested).then(() => true, () => false) : false;
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      openLabel,
      title: vscode.l10n.t('Folder for your leadership notes'),
      defaultUri: exists ? suggested : home === undefined ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.file(home),
    });
    return picked?.[0];
  }

  /** Saves `value` as the notes folder (user settings) and creates it. */
  async use(value: string): Promise<NotesRoot> {
    const root = folderSettingUri(value);
    if (!root) return { untitled: true };
    const home = homeFolder();
    const path = root.fsPath;
    const shown = value.startsWith('~') || value.startsWith('${workspaceFolder}') ? value
      : home !== undefined && (path === home || path.startsWith(home + '/')) ? `~${path.slice(home.length)}` : path;
    await this.settings.update('notesFolder', shown);
    try {
      await vscode.workspace.fs.createDirectory(root);
    } catch (e) {
      this.log.warn(`Could not create the notes folder ${root.fsPath}: ${e}`);
    }
    return { root };
  }

  /** The web's first question: a folder of the open workspace, given as `${workspaceFolder}/…`. */
  private async askInWorkspace(): Promise<NotesRoot> {
    if (!vscode.workspace.workspaceFolders?.length) return { untitled: true };
    const name = await vscode.window.showInputBox({
      title: vscode.l10n.t('Where should Leadership Prompts keep your notes?'),
      prompt: vscode.l10n.t('A folder of this workspace (VS Code for the Web reaches no folder outside it)'),
      value: 'leadership-notes',
      ignoreFocusOut: true,
    });
    if (name === undefined) return { cancelled: true };
    return name.trim() ? this.use(`\${workspaceFolder}/${name.trim().replace(/^[\\/]+/, '')}`) : { untitled: true };
  }
}
