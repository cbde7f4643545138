import * as vscode from 'vscode';
import type { ContentSource } from '../../platform/contentSource';
import type { TipMarks } from '../../platform/tipMarks';
import type { ContextService } from '../context/contextService';
import { registerLibraryCommands, tipActions } from './libraryCommands';
import { LibraryViewProvider } from './libraryViewProvider';

export interface LibraryDeps {
  content: ContentSource;
  marks: TipMarks;
  context: ContextService;
  log: vscode.LogOutputChannel;
}

/** The sidebar library and its commands. Registering is cheap: nothing is loaded until the view opens or a command runs. */
export function registerLibrary(context: vscode.ExtensionContext, deps: LibraryDeps): vscode.Disposable[] {
  const provider = new LibraryViewProvider(context.extensionUri, deps.content, deps.marks, deps.context, tipActions(deps.content), deps.log);
  return [
    provider,
    vscode.window.registerWebviewViewProvider(LibraryViewProvider.viewType, provider),
    ...registerLibraryCommands({ log: deps.log, content: deps.content, marks: deps.marks, view: () => provider }),
    // Internal (not contributed, so not in the palette): lets tests and bug reports see whether
    // the view is up, and lets tests send it messages through the same path as the view.
    vscode.commands.registerCommand('leadershipPrompts._viewState', () => provider.viewState()),
    vscode.commands.registerCommand('leadershipPrompts._deliverViewMessage', (message: unknown) => provider.deliver(message)),
  ];
}
