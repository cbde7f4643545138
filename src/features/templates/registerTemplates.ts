import * as vscode from 'vscode';
import type { WeekReportProvider } from '../../core/weekReport';
import type { ContentSource } from '../../platform/contentSource';
import { libraryModule } from '../../platform/lazyModules';
import type { SettingsStore } from '../../platform/settingsStore';
import type { NoteCommand, NoteCommands } from './noteCommands';

export interface TemplatesDeps {
  content: ContentSource;
  settings: SettingsStore;
  log: vscode.LogOutputChannel;
  /** A week's leadership time and block notes for the self-check ({{leadershipTime}}, {{blockNotes}}); see core/weekReport.ts. */
  weekReport?: WeekReportProvider;
}

const NAMES: readonly NoteCommand[] = ['newOneOnOne', 'newRetro', 'newSelfCheck', 'newFromTemplate'];

/**
 * The note commands: 1:1 agendas, retros, the weekly self-check and any template. Only the
 * registrations live in the activation bundle; the implementation is in dist/library.js and
 * is loaded on the first run. Each command resolves to the Uri of the note it wrote.
 */
export function registerTemplates(context: vscode.ExtensionContext, deps: TemplatesDeps): vscode.Disposable[] {
  let commands: NoteCommands | undefined;
  const load = () => (commands ??= libraryModule().createNoteCommands({ ...deps, state: context.globalState }));
  return NAMES.map((name) => vscode.commands.registerCommand(`leadershipPrompts.${name}`, (arg?: unknown) => load().run(name, arg)));
}
