import * as vscode from 'vscode';
import { registerCommands } from '../../platform/commands';
import { peopleModule } from '../../platform/deferredModules';
import type { People } from '../../services/people/people';
import type { QuestionCategory } from '../../shared/contentTypes';
import { PEOPLE_VIEW_ID, type CommandHandlers, type PEOPLE_COMMAND_IDS } from '../../shared/ids';
import type { PeopleNode, PeopleTree } from './peopleTree';

export interface PeopleDeps {
  people: People;
  questionBank: () => Promise<readonly QuestionCategory[]>;
  log: vscode.LogOutputChannel;
  now?: () => Date;
}

/**
 * The People view and its commands (CONTRACT.md: openPeople, preparePersonReview; the rest are
 * the rows' actions). Registered at activation; the tree and everything behind it come from
 * dist/people.js when the view first shows or a command first runs.
 */
export function registerPeople(context: vscode.ExtensionContext, deps: PeopleDeps): vscode.Disposable[] {
  const { people, log } = deps;
  const now = deps.now ?? (() => new Date());
  const treeChanged = new vscode.EventEmitter<PeopleNode | undefined>();
  let loadedTree: PeopleTree | undefined;
  const tree = (): PeopleTree => {
    if (!loadedTree) {
      loadedTree = new (peopleModule().PeopleTree)(people.service(), now);
      loadedTree.onDidChangeTreeData((e) => treeChanged.fire(e));
    }
    return loadedTree;
  };
  const provider: vscode.TreeDataProvider<PeopleNode> = {
    onDidChangeTreeData: treeChanged.event,
    getChildren: (node) => tree().getChildren(node),
    getTreeItem: (node) => tree().getTreeItem(node),
  };
  const view = vscode.window.createTreeView(PEOPLE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const rowOf = (node: unknown) => (node && typeof node === 'object' && (node as PeopleNode).kind === 'person' ? (node as Extract<PeopleNode, { kind: 'person' }>).row : undefined);
  const review = async (arg: unknown, askPeriod = false) => {
    try {
      return await peopleModule().prepareReview(people.service(), deps.questionBank, arg, now(), { askPeriod });
    } catch (e) {
      if (!(e instanceof peopleModule().ReviewRefused)) log.error(`preparePersonReview: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Leadership Prompts: {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
  };
  const withRow = (run: (row: NonNullable<ReturnType<typeof rowOf>>) => unknown) => (node: unknown) => {
    const row = rowOf(node);
    return row ? run(row) : undefined;
  };
  const archive = (archived: boolean) => withRow(async (row) => {
    const problem = await people.updateProfile(row.slug, row.name, { archived: archived || undefined });
    if (problem) void vscode.window.showErrorMessage(vscode.l10n.t('Leadership Prompts: {0}', problem));
  });

  const handlers: CommandHandlers<(typeof PEOPLE_COMMAND_IDS)[number]> = {
    'leadershipPrompts.openPeople': async () => {
      await vscode.commands.executeCommand(`${PEOPLE_VIEW_ID}.focus`);
    },
    'leadershipPrompts.preparePersonReview': (arg?: unknown) => review(arg),
    'leadershipPrompts.people.newOneOnOne': withRow(async (row) => {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipPrompts.newOneOnOne', { person: row.name });
      await people.refresh();
      return uri;
    }),
    'leadershipPrompts.people.openLastOneOnOne': withRow(async (row) => {
      const folder = people.personFolder(row.slug);
      if (!folder || !row.notes[0]) return void vscode.window.showInformationMessage(vscode.l10n.t('No 1:1 notes with {0} yet.', row.name));
      await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, row.notes[0].fileName), { preview: false });
    }),
    'leadershipPrompts.people.openProfile': withRow(async (row) => {
      const folder = people.personFolder(row.slug);
      if (!folder) return;
      await people.ensureProfile(row.slug, row.name);
      await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, 'profile.md'), { preview: false });
    }),
    'leadershipPrompts.people.prepareReview': withRow((row) => review({ person: row.slug }, true)),
    'leadershipPrompts.people.archive': archive(true),
    'leadershipPrompts.people.unarchive': archive(false),
    'leadershipPrompts.people.sortByName': () => tree().setOrder('name'),
    'leadershipPrompts.people.sortByOverdue': () => tree().setOrder('overdue'),
    'leadershipPrompts.people.showArchived': () => tree().setShowArchived(true),
    'leadershipPrompts.people.hideArchived': () => tree().setShowArchived(false),
  };
  // File watchers can miss a change (network drives, a busy machine): showing the view reads the folder again.
  const reread = view.onDidChangeVisibility((e) => e.visible && void people.refresh());
  return [treeChanged, { dispose: () => loadedTree?.dispose() }, view, reread, ...registerCommands(context, handlers)];
}
