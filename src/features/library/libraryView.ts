import type * as vscode from 'vscode';
import type { ContentSource } from '../../services/library/contentSource';
import type { ContextService } from '../../services/context/contextService';
import type { TipMarks } from '../../platform/tipMarks';
import type { MentorAnswerCard } from '../../shared/protocol';
import type { LibraryViewProvider } from './libraryViewProvider';
import type * as ViewModule from './viewModule';

export interface LibraryViewDeps {
  extensionUri: vscode.Uri;
  content: ContentSource;
  marks: TipMarks;
  context: ContextService;
  log: vscode.LogOutputChannel;
}

/**
 * The sidebar library as activation holds it: registered as the view's provider, it makes the
 * real one (LibraryViewProvider, in dist/libraryView.js) when the view first shows or a command
 * or the mentor first needs it.
 */
export class LibraryView implements vscode.WebviewViewProvider, vscode.Disposable {
  private loaded: LibraryViewProvider | undefined;

  constructor(private readonly deps: LibraryViewDeps, readonly module: () => typeof ViewModule) {}

  provider(): LibraryViewProvider {
    if (!this.loaded) {
      const { LibraryViewProvider, tipActions } = this.module();
      const { extensionUri, content, marks, context, log } = this.deps;
      this.loaded = new LibraryViewProvider(extensionUri, content, marks, context, tipActions(content), log);
    }
    return this.loaded;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.provider().resolveWebviewView(view);
  }

  showAnswers(question: string, answers: MentorAnswerCard[]): Promise<void> {
    return this.provider().showAnswers(question, answers);
  }

  dispose(): void {
    this.loaded?.dispose();
  }
}
