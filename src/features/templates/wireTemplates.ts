import type * as vscode from 'vscode';
import type { WeekReportProvider } from '../../core/weekReport';
import type { ContentSource } from '../../platform/contentSource';
import { libraryModule } from '../../platform/lazyModules';
import type { SettingsStore } from '../../platform/settingsStore';
import { NOTE_COMMAND_IDS, commandName, handlersFor, type CommandHandlers } from '../../shared/ids';
import type { NoteCommands } from './noteCommands';
import { planIdCodeLenses } from './planIdLens';
import { knownPeople } from './oneOnOnePeople';
import { NoteMemory } from '../../platform/noteMemory';
import { NotesFolder } from '../../platform/notesFolder';
import { markWalkthroughStep } from '../../platform/walkthroughProgress';

export interface TemplatesDeps {
  content: ContentSource;
  settings: SettingsStore;
  log: vscode.LogOutputChannel;
  /** A week's leadership time and block notes for the self-check ({{leadershipTime}}, {{blockNotes}}); see core/weekReport.ts. */
  weekReport?: WeekReportProvider;
}

/**
 * The note commands: 1:1 agendas, retros, the weekly self-check and any template, for
 * src/extension.ts to register. The implementation is in dist/library.js and is loaded on
 * the first run. Each command resolves to the Uri of the note it wrote.
 */
export function wireTemplates(context: vscode.ExtensionContext, deps: TemplatesDeps): { commands: CommandHandlers<(typeof NOTE_COMMAND_IDS)[number]> } {
  let commands: NoteCommands | undefined;
  const load = () => (commands ??= libraryModule().createNoteCommands({ ...deps, state: context.globalState }));
  // The `Plan ID:` line of a retro plan rebuilds it (a CodeLens: it reads only open Markdown documents).
  context.subscriptions.push(planIdCodeLenses());
  // The walkthrough's 1:1 step is done when there is a 1:1 already (remembered, or in the notes folder).
  const notesFolder = new NotesFolder(deps.settings, deps.log);
  const memory = new NoteMemory(context.globalState, deps.log, () => notesFolder.configured()?.toString() ?? '');
  const metAnyone = () => void knownPeople(memory, notesFolder).then((people) => markWalkthroughStep('hasOneOnOne', people.length > 0), () => undefined);
  metAnyone();
  context.subscriptions.push(deps.settings.onDidChange(['notesFolder'], metAnyone));
  return { commands: handlersFor(NOTE_COMMAND_IDS, (id) => (arg?: unknown) => load().run(commandName(id), arg)) };
}
