import type * as vscode from 'vscode';
import { commands, window } from 'vscode';
import type { ContentSource } from '../../platform/contentSource';
import { libraryModule } from '../../platform/lazyModules';
import type { TipMarks } from '../../platform/tipMarks';
import type { MentorAnswerCard } from '../../shared/protocol';
import type { ContextService } from '../context/contextService';
import { LIBRARY_COMMANDS, LIBRARY_VIEW_TYPE } from './libraryIds';
import type { LibraryFeature } from './libraryFeature';

export interface LibraryDeps {
  content: ContentSource;
  marks: TipMarks;
  context: ContextService;
  log: vscode.LogOutputChannel;
}

export interface RegisteredLibrary {
  disposables: vscode.Disposable[];
  /** Shows the mentor's answers in the view (used by askMentor). */
  showAnswers(question: string, answers: MentorAnswerCard[]): Promise<void>;
}

/**
 * The sidebar library and its commands. Registering is all activation does: the view and the
 * commands are made (in dist/library.js) when the view first opens or a command first runs.
 */
export function registerLibrary(context: vscode.ExtensionContext, deps: LibraryDeps): RegisteredLibrary {
  let feature: LibraryFeature | undefined;
  const library = () => (feature ??= libraryModule().createLibraryFeature(context.extensionUri, deps));
  return {
    showAnswers: (question, answers) => library().provider.showAnswers(question, answers),
    disposables: [
      { dispose: () => feature?.dispose() },
      window.registerWebviewViewProvider(LIBRARY_VIEW_TYPE, {
        resolveWebviewView: (view) => library().provider.resolveWebviewView(view),
      }),
      ...LIBRARY_COMMANDS.map((name) => commands.registerCommand(`leadershipPrompts.${name}`, (arg?: unknown) => library().commands[name](arg))),
    ],
  };
}
