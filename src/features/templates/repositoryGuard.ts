import * as vscode from 'vscode';
import type { NotePlacement } from '../../core/notePlacement';
import { isIgnoredByGit, workingTreeOf } from '../../platform/host';
import type { NoteMemory } from '../../platform/noteMemory';
import type { NotesFolder } from '../../platform/notesFolder';

export interface NoteTarget {
  folder: vscode.Uri;
  placement: NotePlacement;
}

/**
 * Where the note goes, after making sure private notes are not about to land in a git
 * working tree that would commit them. Asks unless git ignores the file, or "Write anyway"
 * was chosen for this notes folder before; "Choose another folder" changes the setting and
 * checks again. Undefined when cancelled.
 */
export async function confirmNotesLocation(
  root: vscode.Uri,
  targetIn: (root: vscode.Uri) => NoteTarget,
  deps: { memory: NoteMemory; notesFolder: NotesFolder },
): Promise<NoteTarget | undefined> {
  for (;;) {
    const target = targetIn(root);
    if (deps.memory.repositoryWriteAllowed(root)) return target;
    const tree = await workingTreeOf(target.folder);
    if (!tree || (await isIgnoredByGit(tree, vscode.Uri.joinPath(target.folder, `${target.placement.base}.md`)))) return target;
    const chooseAnother = vscode.l10n.t('Choose another folder');
    const writeAnyway = vscode.l10n.t('Write anyway');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Your notes folder is inside a git repository that does not ignore it: {0}', root.fsPath),
      { modal: true, detail: vscode.l10n.t('Notes written there (1:1s, feedback, retros) could be committed and pushed with the code of {0}. Choose a folder outside the repository, add the folder to .gitignore, or write anyway.', tree.fsPath) },
      // Choosing another folder comes first, so Enter never sends private notes into a repository.
      chooseAnother, writeAnyway,
    );
    if (choice === writeAnyway) {
      await deps.memory.allowRepositoryWrite(root);
      return target;
    }
    if (choice !== chooseAnother) return undefined;
    const picked = await deps.notesFolder.pickFolder(vscode.l10n.t('Keep notes here'));
    if (!picked) return undefined;
    const next = await deps.notesFolder.use(picked.fsPath);
    if (!('root' in next)) return undefined;
    root = next.root;
  }
}
