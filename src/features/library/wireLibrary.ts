import type * as vscode from 'vscode';
import type { ContentSource } from '../../platform/contentSource';
import { libraryModule } from '../../platform/lazyModules';
import type { TipMarks } from '../../platform/tipMarks';
import { LIBRARY_COMMAND_IDS, commandName, handlersFor, type CommandHandlers } from '../../shared/ids';
import type { MentorAnswerCard } from '../../shared/protocol';
import type { ContextService } from '../context/contextService';
import type { LibraryFeature } from './libraryFeature';

export interface LibraryDeps {
  content: ContentSource;
  marks: TipMarks;
  context: ContextService;
  log: vscode.LogOutputChannel;
}

export interface WiredLibrary {
  commands: CommandHandlers<(typeof LIBRARY_COMMAND_IDS)[number]>;
  resolveView(view: vscode.WebviewView): void | Thenable<void>;
  /** Shows the mentor's answers in the view (used by askMentor). */
  showAnswers(question: string, answers: MentorAnswerCard[]): Promise<void>;
  disposables: vscode.Disposable[];
}

/**
 * The sidebar library and its commands, for src/extension.ts to register. The view and the
 * commands are made (in dist/library.js) when the view first opens or a command first runs.
 */
export function wireLibrary(context: vscode.ExtensionContext, deps: LibraryDeps): WiredLibrary {
  let feature: LibraryFeature | undefined;
  const library = () => (feature ??= libraryModule().createLibraryFeature(context.extensionUri, deps));
  return {
    commands: handlersFor(LIBRARY_COMMAND_IDS, (id) => (arg?: unknown) => library().commands[commandName(id)](arg)),
    resolveView: (view) => library().provider.resolveWebviewView(view),
    showAnswers: (question, answers) => library().provider.showAnswers(question, answers),
    disposables: [{ dispose: () => feature?.dispose() }],
  };
}
