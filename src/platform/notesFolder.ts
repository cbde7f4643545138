import * as os from 'node:os';
import * as vscode from 'vscode';
import { expandFolderSetting } from '../core/pathVariables';
import type { SettingsStore } from './settingsStore';

/** The folder offered first: private to you and outside any repository. */
export const SUGGESTED_NOTES_FOLDER = '~/leadership-notes';

export type NotesRoot = { root: vscode.Uri } | { untitled: true } | { cancelled: true };

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
    const value = this.settings.get('notesFolder');
    const path = typeof value === 'string' ? expandFolderSetting(value, this.env()) : undefined;
    return path ? vscode.Uri.file(path) : undefined;
  }

  async resolve(interactive: boolean): Promise<NotesRoot> {
    const value = this.settings.get('notesFolder');
    if (typeof value === 'string' && value.trim()) {
      const root = this.configured();
      if (root) return { root };
      const why = value.includes('${workspaceFolder}') && !vscode.workspace.workspaceFolders?.length
        ? vscode.l10n.t('it uses {0} and no folder is open', '${workspaceFolder}')
        : vscode.l10n.t('it is not an absolute folder (use ~, {0} or a full path)', '${workspaceFolder}');
      this.log.warn(`notesFolder "${value}" cannot be used: ${why}.`);
      void vscode.window.showWarningMessage(vscode.l10n.t('Leadership Prompts: the notes folder "{0}" cannot be used because {1}. This note opens untitled so nothing is lost.', value, why), vscode.l10n.t('Open Setting')).then((c) => {
        if (c) void vscode.commands.executeCommand('workbench.action.openSettings', 'leadershipPrompts.notesFolder');
      });
      return { untitled: true };
    }
    if (!interactive || this.askedThisSession) return { untitled: true };
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
    const suggested = vscode.Uri.file(expandFolderSetting(SUGGESTED_NOTES_FOLDER, this.env())!);
    const exists = await vscode.workspace.fs.stat(suggested).then(() => true, () => false);
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      openLabel,
      title: vscode.l10n.t('Folder for your leadership notes'),
      defaultUri: exists ? suggested : vscode.Uri.file(os.homedir()),
    });
    return picked?.[0];
  }

  /** Saves `value` as the notes folder (user settings) and creates it. */
  async use(value: string): Promise<NotesRoot> {
    const path = expandFolderSetting(value, this.env());
    if (!path) return { untitled: true };
    const root = vscode.Uri.file(path);
    const home = os.homedir();
    const shown = path === home || path.startsWith(home + '/') ? `~${path.slice(home.length)}` : path;
    await this.settings.update('notesFolder', value.startsWith('~') ? value : shown);
    try {
      await vscode.workspace.fs.createDirectory(root);
    } catch (e) {
      this.log.warn(`Could not create the notes folder ${root.fsPath}: ${e}`);
    }
    return { root };
  }

  private env() {
    return { home: os.homedir(), workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath };
  }
}
