import type * as vscode from 'vscode';
import { window } from 'vscode';
import { registerCommands } from '../../platform/commands';
import type { TipMarks } from '../../platform/tipMarks';
import type { ContentSource } from '../../services/library/contentSource';
import { LIBRARY_COMMAND_IDS, LIBRARY_VIEW_TYPE, commandName, handlersFor } from '../../shared/ids';
import type { LibraryCommands } from './libraryCommands';
import type { LibraryView } from './libraryView';

export interface LibraryDeps {
  content: ContentSource;
  marks: TipMarks;
  log: vscode.LogOutputChannel;
  /** The sidebar, made by src/extension.ts (the mentor shows its answers there too). */
  view: LibraryView;
}

/** The sidebar library (view `leadershipPrompts.library`) and its commands; what they do loads with the view (dist/libraryView.js). */
export function registerLibrary(context: vscode.ExtensionContext, deps: LibraryDeps): vscode.Disposable[] {
  let loaded: LibraryCommands | undefined;
  const commands = () => (loaded ??= deps.view.module().libraryCommands({ log: deps.log, content: deps.content, marks: deps.marks, view: () => deps.view.provider() }));
  return [
    window.registerWebviewViewProvider(LIBRARY_VIEW_TYPE, deps.view),
    ...registerCommands(context, handlersFor(LIBRARY_COMMAND_IDS, (id) => (arg?: unknown) => commands()[commandName(id)](arg))),
  ];
}
