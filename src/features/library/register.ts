import type * as vscode from 'vscode';
import { window } from 'vscode';
import { registerCommands } from '../../platform/commands';
import type { TipMarks } from '../../platform/tipMarks';
import type { ContentSource } from '../../services/library/contentSource';
import { LIBRARY_COMMAND_IDS, LIBRARY_VIEW_TYPE, commandName, handlersFor } from '../../shared/ids';
import { libraryCommands } from './libraryCommands';
import type { LibraryViewProvider } from './libraryViewProvider';

export interface LibraryDeps {
  content: ContentSource;
  marks: TipMarks;
  log: vscode.LogOutputChannel;
  /** The sidebar, made by src/extension.ts (the mentor shows its answers there too). */
  view: LibraryViewProvider;
}

/** The sidebar library (view `leadershipPrompts.library`) and its commands. */
export function registerLibrary(context: vscode.ExtensionContext, deps: LibraryDeps): vscode.Disposable[] {
  const commands = libraryCommands({ log: deps.log, content: deps.content, marks: deps.marks, view: () => deps.view });
  return [
    window.registerWebviewViewProvider(LIBRARY_VIEW_TYPE, deps.view),
    ...registerCommands(context, handlersFor(LIBRARY_COMMAND_IDS, (id) => (arg?: unknown) => commands[commandName(id)](arg))),
  ];
}
