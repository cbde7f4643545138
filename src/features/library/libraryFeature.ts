import type * as vscode from 'vscode';
import { libraryCommands, tipActions, type LibraryCommands } from './libraryCommands';
import { LibraryViewProvider } from './libraryViewProvider';
import type { LibraryDeps } from './wireLibrary';

/** The library view and its commands, made on first use (this file is part of dist/library.js). */
export interface LibraryFeature extends vscode.Disposable {
  provider: LibraryViewProvider;
  commands: LibraryCommands;
}

export function createLibraryFeature(extensionUri: vscode.Uri, deps: LibraryDeps): LibraryFeature {
  const provider = new LibraryViewProvider(extensionUri, deps.content, deps.marks, deps.context, tipActions(deps.content), deps.log);
  const commands = libraryCommands({ log: deps.log, content: deps.content, marks: deps.marks, view: () => provider });
  return { provider, commands, dispose: () => provider.dispose() };
}
