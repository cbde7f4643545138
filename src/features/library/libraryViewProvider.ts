import * as vscode from 'vscode';
import { initMessage, resultsMessage } from '../../core/libraryMessages';
import type { createMarkdownRenderer } from '../../core/markdownRenderer';
import { tipDetail } from '../../core/tipCards';
import type { ContentSource } from '../../services/library/contentSource';
import type { TipMarks } from '../../platform/tipMarks';
import { libraryStrings } from '../../shared/libraryStrings';
import { isWebviewMessage, type ExtensionMessage, type MentorAnswerCard, type QueryMessage, type WebviewMessage } from '../../shared/protocol';
import type { ActionPrompt, ContextService } from '../../services/context/contextService';
import { LIBRARY_VIEW_TYPE } from '../../shared/ids';
import { webviewHtml, webviewOptions } from './webviewHtml';
import { DisposableStore } from '../../platform/disposableStore';

export interface ViewDiagnostics {
  resolved: boolean;
  ready: boolean;
  listed: number;
  /** Library messages ('init') sent to the view's current page, and whether the first went before the page said it was ready. */
  inits: number;
  initBeforeReady: boolean;
  shownTip?: string;
  question?: string;
  prompts: string[];
  favourites: string[];
  tried: string[];
  csp?: string;
  enableScripts?: boolean;
  localResourceRoots?: string[];
}

export interface TipActions {
  copy(id: string): Promise<void>;
  insert(id: string): Promise<void>;
  preview(id: string): Promise<void>;
}

/** The sidebar library (view `leadershipPrompts.library`): a webview that talks only through shared/protocol. */
export class LibraryViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = LIBRARY_VIEW_TYPE;
  private view: vscode.WebviewView | undefined;
  private ready = false;
  /** The library went to the current page before it said it was ready, and nothing has changed since: its 'ready' needs no answer. */
  private initSentEarly = false;
  private inits = 0;
  private initBeforeReady = false;
  private listed = 0;
  private shownTip: string | undefined;
  private question: string | undefined;
  /** The prompts last sent to the view: the only actions a 'runPrompt' message can start. */
  private offered = new Map<string, ActionPrompt>();
  private pending: ExtensionMessage[] = [];
  private readonly disposables = new DisposableStore();
  /** The current view's listeners: let go when another view is made, or the provider goes. */
  private viewListeners = new DisposableStore();
  /**
   * markdown-it (dist/markdown.js), loaded and made when the first tip is opened: imported then,
   * not with this module, which loads when the view first shows. Loaded with it, it held the
   * extension host 14-26 ms there instead of 7-14 ms (six windows each, real workbench).
   */
  private renderer: Promise<ReturnType<typeof createMarkdownRenderer>> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly content: ContentSource,
    private readonly marks: TipMarks,
    private readonly context: ContextService,
    private readonly actions: TipActions,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const refresh = () => {
      if (this.ready) this.post(this.initMessage());
      else this.initSentEarly = false; // what went early is stale: the page's 'ready' gets the library anew
    };
    this.disposables.addAll(content.onDidChange(refresh), context.onDidChange(refresh), marks.onDidChange(() => this.postMarks()));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    this.initSentEarly = false;
    this.inits = 0;
    this.initBeforeReady = false;
    // The content is read while the view's page loads, and sent as soon as it is read: VS Code
    // holds a message until the page has loaded and hands it over then, so the first paint need
    // not wait for the page's 'ready' and its answer. (In the real workbench the library then
    // reached the page 8-21 ms after its script had loaded, instead of 20-54 ms.)
    void this.content.ready().then(() => {
      if (this.view !== view || this.ready) return;
      this.initSentEarly = true;
      this.initBeforeReady = true;
      this.send(view, this.initMessage());
    });
    view.webview.options = webviewOptions(this.extensionUri);
    view.webview.html = webviewHtml(view.webview, this.extensionUri, libraryStrings(vscode.l10n), vscode.env.language);
    this.viewListeners.dispose();
    this.viewListeners = new DisposableStore();
    this.viewListeners.addAll(
      view.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      view.onDidDispose(() => { this.view = undefined; this.ready = false; }),
      // A page hidden before it said it was ready goes, and the one made when the view shows
      // again may never see what was sent to the first: its 'ready' gets the library.
      view.onDidChangeVisibility(() => { if (!view.visible && !this.ready) this.initSentEarly = false; }),
    );
  }

  /** Reveals the view and opens a tip in it. Returns false when there is no such tip. */
  async showTip(id: string, { tipOfTheDay = false } = {}): Promise<boolean> {
    const library = await this.content.ready();
    const tip = library.get(id);
    if (!tip) return false;
    const renderer = await (this.renderer ??= import('../../core/markdownRenderer').then((m) => m.createMarkdownRenderer()));
    await this.reveal();
    this.post({ type: 'tip', tip: tipDetail(library, tip, renderer.render(tip.markdown)), favourite: this.marks.favourites().includes(id), tried: this.marks.tried().includes(id), ...(tipOfTheDay ? { tipOfTheDay } : {}) });
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

  /**
   * For diagnostics and tests (command leadershipPrompts._viewState): is the view up, how many
   * tips it was given, the marks it shows, and the security it was set up with.
   */
  viewState(): ViewDiagnostics {
    const options = this.view?.webview.options;
    return {
      resolved: this.view !== undefined,
      ready: this.ready,
      listed: this.listed,
      inits: this.inits,
      initBeforeReady: this.initBeforeReady,
      ...(this.shownTip ? { shownTip: this.shownTip } : {}),
      ...(this.question ? { question: this.question } : {}),
      prompts: [...this.offered.values()].map((p) => p.text),
      favourites: this.marks.favourites(),
      tried: this.marks.tried(),
      ...(this.view ? { csp: /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(this.view.webview.html)?.[1] ?? '' } : {}),
      ...(options ? { enableScripts: options.enableScripts === true, localResourceRoots: (options.localResourceRoots ?? []).map((u) => u.toString()) } : {}),
    };
  }

  /**
   * For tests (command leadershipPrompts._deliverViewMessage): handles a message exactly as if
   * the view had sent it, and tells whether it was accepted and whether handling failed.
   */
  async deliver(raw: unknown): Promise<{ accepted: boolean; error?: string }> {
    const received = this.receive(raw);
    const error = await received.done;
    return { accepted: received.accepted, ...(error ? { error } : {}) };
  }

  /** Sends to the page once it has said it is ready; until then, holds the message. */
  private post(message: ExtensionMessage): void {
    if (this.view && this.ready) this.send(this.view, message);
    else this.pending.push(message);
  }

  private send(view: vscode.WebviewView, message: ExtensionMessage): void {
    if (message.type === 'init') {
      this.listed = message.total;
      this.inits++;
    }
    if (message.type === 'tip') this.shownTip = message.tip.id;
    if (message.type === 'answers') this.question = message.question;
    void view.webview.postMessage(message);
  }

  private postMarks(): void {
    if (this.ready) this.post({ type: 'marks', favourites: this.marks.favourites(), tried: this.marks.tried() });
  }

  /** Every message from the view comes through here: checked, then handled; a failure is logged, never thrown. */
  private receive(raw: unknown): { accepted: boolean; done: Promise<string | undefined> } {
    if (!isWebviewMessage(raw)) {
      this.log.warn(`Ignored a malformed message from the library view: ${safePreview(raw)}`);
      return { accepted: false, done: Promise.resolve(undefined) };
    }
    const done = this.handle(raw).then(() => undefined, (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      this.log.error(`Library view: ${message}`);
      return message;
    });
    return { accepted: true, done };
  }

  private async handle(m: WebviewMessage): Promise<void> {
    await this.content.ready();
    switch (m.type) {
      case 'ready': {
        this.ready = true;
        const queued = this.pending;
        this.pending = [];
        // A page that loads again (a reload, or a second 'ready') gets the library again.
        if (!this.initSentEarly) this.post(this.initMessage());
        this.initSentEarly = false;
        for (const q of queued) this.post(q);
        return;
      }
      case 'query':
        // A query typed before the index is made waits for it (made in slices), instead of making it at once.
        await this.content.searchable();
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
    const prompts = this.context.prompts();
    this.offered = new Map(prompts.map((p) => [p.id, p]));
    return initMessage(this.content.current(), this.context.current(), { favourites: this.marks.favourites(), tried: this.marks.tried() }, prompts, vscode.l10n);
  }

  private results(m: QueryMessage): ExtensionMessage {
    return resultsMessage(this.content.current(), m, new Set(this.marks.favourites()));
  }

  dispose(): void {
    this.viewListeners.dispose();
    this.disposables.dispose();
  }
}

function safePreview(x: unknown): string {
  try {
    return String(JSON.stringify(x)).slice(0, 200);
  } catch {
    return typeof x;
  }
}
