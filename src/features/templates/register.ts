import type * as vscode from 'vscode';
import type { WeekReportProvider } from '../../core/weekReport';
import { registerCommands } from '../../platform/commands';
import type { SettingsStore } from '../../platform/settingsStore';
import type { ContentSource } from '../../services/library/contentSource';
import { NOTE_COMMAND_IDS, commandName, handlersFor } from '../../shared/ids';
import { createNoteCommands } from './noteCommands';

export interface TemplatesDeps {
  content: ContentSource;
  settings: SettingsStore;
  log: vscode.LogOutputChannel;
  /** A week's leadership time and block notes for the self-check ({{leadershipTime}}, {{blockNotes}}); see core/weekReport.ts. */
  weekReport?: WeekReportProvider;
}

/**
 * The note commands: 1:1 agendas, retros, the weekly self-check and any template. Each
 * resolves to the Uri of the note it wrote.
 */
export function registerTemplates(context: vscode.ExtensionContext, deps: TemplatesDeps): vscode.Disposable[] {
  const notes = createNoteCommands({ ...deps, state: context.globalState });
  return registerCommands(context, handlersFor(NOTE_COMMAND_IDS, (id) => (arg?: unknown) => notes.run(commandName(id), arg)));
}
