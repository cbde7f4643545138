import * as vscode from 'vscode';
import { rankTips } from '../../core/contextRanking';
import { tipCard, tipDetail } from '../../core/tipCards';
import type { ContentSource } from '../../platform/contentSource';
import type { TipMarks } from '../../platform/tipMarks';
import { isWebviewMessage, type ExtensionMessage, type MentorAnswerCard, type QueryMessage, type WebviewMessage } from '../../shared/protocol';
import type { ActionPrompt, ContextService } from '../context/contextService';
import { webviewHtml } from './webviewHtml';

export interface TipActions {
  copy(id: string): Promise<void>;
  insert(id: string): Promise<void>;
  preview(id: string): Promise<void>;
}

/** The sidebar library (view `leadershipPrompts.library`): a webview that talks only through shared/protocol. */
export class LibraryViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'leadershipPrompts.library';
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private listed = 0;
  private shownTip: string | undefined;
  private question: string | undefined;
  /** The prompts last sent to the view: the only actions a 'runPrompt' message can start. */
  private offered = new Map<string, ActionPrompt>();
  private pending: ExtensionMessage[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly content: ContentSource,
    private readonly marks: TipMarks,
    private readonly context: ContextService,
    private readonly actions: TipActions,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const refresh = () => this.ready && this.post(this.initMessage());
    this.disposables.push(content.onDidChange(refresh), context.onDidChange(refresh), marks.onDidChange(() => this.postMarks()));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    view.webview.options = { enableScripts: true, localResourceRoots: [media, dist] };
    view.webview.html = webviewHtml(view.webview, this.extensionUri);
    this.disposables.push(
      view.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      view.onDidDispose(() => { this.view = undefined; this.ready = false; }),
    );
  }

  /** Reveals the view and opens a tip in it. Returns false when there is no such tip. */
  async showTip(id: string): Promise<boolean> {
    const library = this.content.current();
    const tip = library.get(id);
    if (!tip) return false;
    await this.reveal();
    this.post({ type: 'tip', tip: tipDetail(library, tip), favourite: this.marks.favourites().includes(id), tried: this.marks.tried().includes(id) });
    return true;
  }

  async showAnswers(question: string, answers: MentorAnswerCard[]): Promise<void> {
    await this.reveal();
    this.post({ type: 'answers', question, answers });
  }

  async showView(view: 'search' | 'favourites' | 'home'): Promise<void> {
    await this.reveal();
    this.post({ type: 'show', view });
  }

  async reveal(): Promise<void> {
    if (this.view) this.view.show(true);
    else await vscode.commands.executeCommand(`${LibraryViewProvider.viewType}.focus`);
  }

  /** For diagnostics and tests (command leadershipPrompts._viewState): is the view up, and how many tips it was given. */
  viewState(): { resolved: boolean; ready: boolean; listed: number; shownTip?: string; question?: string; prompts: string[] } {
    return {
      resolved: this.view !== undefined, ready: this.ready, listed: this.listed, prompts: [...this.offered.values()].map((p) => p.text),
      ...(this.shownTip ? { shownTip: this.shownTip } : {}), ...(this.question ? { question: this.question } : {}),
    };
  }

  private post(message: ExtensionMessage): void {
    if (message.type === 'init') this.listed = message.total;
    if (message.type === 'tip') this.shownTip = message.tip.id;
    if (message.type === 'answers') this.question = message.question;
    if (this.view && this.ready) void this.view.webview.postMessage(message);
    else this.pending.push(message);
  }

  private postMarks(): void {
    if (this.ready) this.post({ type: 'marks', favourites: this.marks.favourites(), tried: this.marks.tried() });
  }

  private receive(raw: unknown): void {
    if (!isWebviewMessage(raw)) {
      this.log.warn(`Ignored a malformed message from the library view: ${safePreview(raw)}`);
      return;
    }
    void this.handle(raw).catch((e) => this.log.error(`Library view: ${e instanceof Error ? e.message : String(e)}`));
  }

  private async handle(m: WebviewMessage): Promise<void> {
    switch (m.type) {
      case 'ready': {
        this.ready = true;
        const queued = this.pending;
        this.pending = [];
        this.post(this.initMessage());
        for (const q of queued) this.post(q);
        return;
      }
      case 'query':
        return this.post(this.results(m));
      case 'openTip':
        if (!(await this.showTip(m.id))) this.post({ type: 'notFound', id: m.id });
        return;
      case 'toggleFavourite':
        if (this.content.current().get(m.id)) await this.marks.toggleFavourite(m.id);
        return;
      case 'toggleTried':
        if (this.content.current().get(m.id)) await this.marks.toggleTried(m.id);
        return;
      case 'tipAction':
        return this.actions[m.action](m.id);
      case 'openLink':
        await vscode.env.openExternal(vscode.Uri.parse(m.url));
        return;
      case 'runPrompt': {
        const prompt = this.offered.get(m.id);
        if (prompt) await vscode.commands.executeCommand(prompt.command, prompt.args);
        else this.log.warn(`Ignored a prompt the view was not offered: ${m.id}`);
        return;
      }
      case 'ask':
        await vscode.commands.executeCommand('leadershipPrompts.askMentor', { question: m.question });
        return;
    }
  }

  private initMessage(): ExtensionMessage {
    const library = this.content.current();
    const ctx = this.context.current();
    const prompts = this.context.prompts();
    this.offered = new Map(prompts.map((p) => [p.id, p]));
    return {
      type: 'init',
      prompts: prompts.map(({ id, text, actionLabel }) => ({ id, text, actionLabel })),
      categories: library.categoryCounts().map(({ category, count }) => ({ id: category.id, title: category.title, icon: category.icon, count })),
      forYou: rankTips(library.tips, ctx, 3).map((r) => ({ tip: tipCard(r.tip), reasons: r.reasons })),
      favourites: this.marks.favourites(),
      tried: this.marks.tried(),
      role: ctx.role,
      total: library.tips.length,
    };
  }

  private results(m: QueryMessage): ExtensionMessage {
    const library = this.content.current();
    const favourites = new Set(this.marks.favourites());
    const filter = { category: m.category || undefined, mode: m.mode, role: m.role || undefined };
    if (m.query.trim()) {
      const hits = library.search(m.query, 100).filter((h) => library.list(filter).includes(h.tip) && (!m.favourites || favourites.has(h.tip.id)));
      const terms = [...new Set(hits.flatMap((h) => h.terms))];
      return { type: 'results', seq: m.seq, tips: hits.map((h) => tipCard(h.tip, h.terms)), terms };
    }
    const tips = library.list(filter).filter((t) => !m.favourites || favourites.has(t.id));
    return { type: 'results', seq: m.seq, tips: tips.map((t) => tipCard(t)), terms: [] };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function safePreview(x: unknown): string {
  try {
    return JSON.stringify(x).slice(0, 200);
  } catch {
    return typeof x;
  }
}
