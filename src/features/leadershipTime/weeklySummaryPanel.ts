import { nonce } from '../../platform/randomness';
import * as vscode from 'vscode';
import { isoWeek } from '../../core/calendar';
import { weekSelfCheck } from '../../core/notePlacement';
import type { WeekSummaryModel } from '../../core/weekSummary';
import type { NotesFolder } from '../../platform/notesFolder';
import { isSummaryWebviewMessage, type SummaryAction } from '../../shared/weeklySummaryProtocol';
import { weeklySummaryHtml } from './weeklySummaryHtml';
import { DisposableStore } from '../../platform/disposableStore';

export interface SummaryDeps {
  model: () => WeekSummaryModel;
  onDidChange: vscode.Event<void>;
  /** Where this week's self-check is looked for. */
  notesFolder: NotesFolder;
  log: vscode.LogOutputChannel;
  /** The clock, for the week whose self-check *Write weekly self-check* opens. */
  now?: () => Date;
}

const ACTIONS: Record<SummaryAction, [command: string, ...args: unknown[]]> = {
  writeSelfCheck: ['leadershipPrompts.newSelfCheck'],
  startBlock: ['leadershipPrompts.startLeadershipBlock'],
  logTime: ['leadershipPrompts.logLeadershipTime'],
  openSettings: ['workbench.action.openSettings', 'leadershipPrompts.leadershipTime'],
};

/**
 * The weekly summary (one panel, revealed again if open). It loads nothing: the page is
 * rendered here with a fresh nonce each time the week changes, and the page can only ask for
 * one of four actions, checked by the guard in shared/weeklySummaryProtocol.ts.
 */
export class WeeklySummaryPanel {
  static readonly viewType = 'leadershipPrompts.weeklySummary';
  private static current: WeeklySummaryPanel | undefined;
  private readonly disposables = new DisposableStore();
  private open = true;

  static show(deps: SummaryDeps): WeeklySummaryPanel {
    if (WeeklySummaryPanel.current?.open) {
      WeeklySummaryPanel.current.render();
      WeeklySummaryPanel.current.panel.reveal();
      return WeeklySummaryPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(WeeklySummaryPanel.viewType, vscode.l10n.t('Leadership Time'), vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
    WeeklySummaryPanel.current = new WeeklySummaryPanel(panel, deps);
    return WeeklySummaryPanel.current;
  }

  private constructor(private readonly panel: vscode.WebviewPanel, private readonly deps: SummaryDeps) {
    this.disposables.addAll(
      panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      deps.onDidChange(() => this.render()),
      panel.onDidChangeViewState((e) => e.webviewPanel.visible && this.render()),
      panel.onDidDispose(() => this.dispose()),
    );
    this.render();
  }

  isOpen(): boolean {
    return this.open;
  }

  private render(): void {
    const model = this.deps.model();
    this.panel.title = vscode.l10n.t('Leadership Time · {0}', model.week);
    this.panel.webview.html = weeklySummaryHtml(model, nonce(), vscode.l10n, vscode.env.language);
  }

  private receive(raw: unknown): void {
    if (!isSummaryWebviewMessage(raw)) {
      this.deps.log.warn(`Ignored a malformed message from the weekly summary: ${String(JSON.stringify(raw)).slice(0, 200)}`);
      return;
    }
    void this.run(raw.action).catch((e) => this.deps.log.error(`Weekly summary: ${e instanceof Error ? e.message : String(e)}`));
  }

  private async run(action: SummaryAction): Promise<void> {
    const [command, ...args] = ACTIONS[action];
    if (action === 'writeSelfCheck' && !(await vscode.commands.getCommands(true)).includes(command)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Leadership Prompts: the weekly self-check (New Weekly Self-Check) is not available in this version.'));
      return;
    }
    if (action === 'writeSelfCheck' && (await this.openWeekSelfCheck())) return;
    await vscode.commands.executeCommand(command, ...args);
  }

  /** Opens this week's self-check when the notes folder has one (the latest, if there are several); false when there is none. */
  private async openWeekSelfCheck(): Promise<boolean> {
    const root = this.deps.notesFolder.configured();
    if (!root) return false;
    const folder = vscode.Uri.joinPath(root, 'self-checks');
    const names = await Promise.resolve(vscode.workspace.fs.readDirectory(folder)).then((e) => e.filter(([, t]) => t & vscode.FileType.File).map(([n]) => n), () => [] as string[]);
    const found = weekSelfCheck(names, isoWeek(this.deps.now?.() ?? new Date()).label);
    if (!found) return false;
    await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, found), { preview: false });
    return true;
  }

  private dispose(): void {
    this.open = false;
    if (WeeklySummaryPanel.current === this) WeeklySummaryPanel.current = undefined;
    this.disposables.dispose();
  }
}
