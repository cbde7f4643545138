import * as vscode from 'vscode';
import { rowDescription, sortPeople, visibleRows, type PeopleOrder, type PersonRow } from '../../core/people';
import type { PeopleService } from '../../services/people/peopleService';

/** How many recent 1:1 notes a person's row lists under their open actions. */
const RECENT_NOTES = 5;

export type PeopleNode =
  | { kind: 'person'; row: PersonRow }
  | { kind: 'action'; row: PersonRow; text: string; line: number }
  | { kind: 'note'; row: PersonRow; fileName: string; date: string };

/**
 * The People view: a row per person (archived ones behind "Show Archived"), most overdue first
 * or by name; under each, the open actions of their newest 1:1 (opening one jumps to its
 * line), then their recent notes. Rows carry their overdue state as an icon in a theme colour
 * and as a sentence (tooltip and screen-reader label).
 */
export class PeopleTree implements vscode.TreeDataProvider<PeopleNode>, vscode.Disposable {
  private order: PeopleOrder = 'overdue';
  private showArchived = false;
  private readonly changed = new vscode.EventEmitter<PeopleNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly people: PeopleService, private readonly now: () => Date = () => new Date()) {
    this.subscription = people.onDidChange(() => this.changed.fire(undefined));
    void this.setContext();
  }

  setOrder(order: PeopleOrder): void {
    this.order = order;
    void this.setContext();
    this.changed.fire(undefined);
  }

  setShowArchived(show: boolean): void {
    this.showArchived = show;
    void this.setContext();
    this.changed.fire(undefined);
  }

  private setContext(): Thenable<unknown> {
    return Promise.all([
      vscode.commands.executeCommand('setContext', 'leadershipPrompts.people.order', this.order),
      vscode.commands.executeCommand('setContext', 'leadershipPrompts.people.showArchived', this.showArchived),
    ]);
  }

  async getChildren(node?: PeopleNode): Promise<PeopleNode[]> {
    if (!node) {
      await this.people.whenReady();
      return visibleRows(sortPeople(this.people.rows(), this.order), this.showArchived).map((row) => ({ kind: 'person', row }));
    }
    if (node.kind !== 'person') return [];
    const { row } = node;
    return [
      ...row.openActionItems.map((a) => ({ kind: 'action' as const, row, text: a.text, line: a.line })),
      ...row.notes.slice(0, RECENT_NOTES).map((n) => ({ kind: 'note' as const, row, fileName: n.fileName, date: n.date })),
    ];
  }

  getTreeItem(node: PeopleNode): vscode.TreeItem {
    switch (node.kind) {
      case 'person': return this.personItem(node.row);
      case 'action': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.id = `${node.row.slug}/action/${node.line}`;
        item.iconPath = new vscode.ThemeIcon('circle-large-outline');
        item.description = vscode.l10n.t('open action');
        item.tooltip = vscode.l10n.t('Open action from the 1:1 of {0}, line {1}', node.row.lastOneOnOne ?? '', node.line + 1);
        item.accessibilityInformation = { label: vscode.l10n.t('Open action: {0}', node.text) };
        const uri = this.noteUri(node.row, node.row.notes[0]?.fileName);
        if (uri) item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri, { selection: new vscode.Range(node.line, 0, node.line, 0) }] };
        item.contextValue = 'action';
        return item;
      }
      case 'note': {
        const item = new vscode.TreeItem(node.fileName.replace(/\.md$/, ''), vscode.TreeItemCollapsibleState.None);
        item.id = `${node.row.slug}/note/${node.fileName}`;
        item.iconPath = new vscode.ThemeIcon('note');
        item.description = vscode.l10n.t('1:1 note');
        const uri = this.noteUri(node.row, node.fileName);
        if (uri) {
          item.resourceUri = uri;
          item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
        }
        item.contextValue = 'note';
        return item;
      }
    }
  }

  private personItem(row: PersonRow): vscode.TreeItem {
    const item = new vscode.TreeItem(row.name, row.openActionItems.length || row.notes.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `person/${row.slug}`;
    item.description = rowDescription(row, this.now(), vscode.l10n);
    item.iconPath = row.archived
      ? new vscode.ThemeIcon('archive', new vscode.ThemeColor('disabledForeground'))
      : row.overdue
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
        : new vscode.ThemeIcon('account', new vscode.ThemeColor('charts.green'));
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(row.overdueReason);
    if (row.archived) tooltip.appendText(`\n\n${vscode.l10n.t('Archived: hidden unless Show Archived is on.')}`);
    for (const p of row.problems) tooltip.appendText(`\n\n${vscode.l10n.t('Profile: {0}', p.message)}`);
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: `${row.name}, ${item.description}. ${row.overdueReason}` };
    item.contextValue = row.archived ? 'person.archived' : 'person';
    return item;
  }

  private noteUri(row: PersonRow, fileName: string | undefined): vscode.Uri | undefined {
    const folder = this.people.personFolder(row.slug);
    return folder && fileName ? vscode.Uri.joinPath(folder, fileName) : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
