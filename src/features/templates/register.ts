import type * as vscode from 'vscode';
import type { WeekReportProvider } from '../../core/weekReport';
import { registerCommands } from '../../platform/commands';
import { notesModule } from '../../platform/deferredModules';
import type { SettingsStore } from '../../platform/settingsStore';
import type { ContentSource } from '../../services/library/contentSource';
import { NoteMemory } from '../../platform/noteMemory';
import type { NotesFolder } from '../../platform/notesFolder';
import { markWalkthroughStep } from '../../platform/walkthroughProgress';
import { NOTE_COMMAND_IDS, commandName, handlersFor } from '../../shared/ids';
import type { NoteCommands } from './noteCommands';
import type { ProfileWriter } from './noteMaker';
import { knownPeople } from './oneOnOnePeople';
import { planIdCodeLenses } from './planIdLens';

export interface TemplatesDeps {
  content: ContentSource;
  settings: SettingsStore;
  /** The notes folder, the one the rest of the extension asks about too. */
  notesFolder: NotesFolder;
  log: vscode.LogOutputChannel;
  /** A week's leadership time and block notes for the self-check ({{leadershipTime}}, {{blockNotes}}); see core/weekReport.ts. */
  weekReport?: WeekReportProvider;
  /** People's service: writes a missing profile.md with a person's first 1:1. */
  profiles: ProfileWriter;
}

/**
 * The note commands: 1:1 agendas, retros, the weekly self-check and any template. Each
 * resolves to the Uri of the note it wrote. What they do is dist/notes.js, loaded when one
 * first runs.
 */
export function registerTemplates(context: vscode.ExtensionContext, deps: TemplatesDeps): vscode.Disposable[] {
  const { notesFolder } = deps;
  // People are remembered per notes folder: a new (or cleared) folder starts with nobody from the old one.
  const memory = new NoteMemory(context.globalState, deps.log, () => notesFolder.configured()?.toString() ?? '');
  let loaded: NoteCommands | undefined;
  const notes = () => (loaded ??= notesModule().createNoteCommands({ ...deps, memory }));
  // The walkthrough's 1:1 step is done when there is a 1:1 already (remembered, or in the notes folder).
  const metAnyone = () => void knownPeople(memory, notesFolder).then((people) => markWalkthroughStep('hasOneOnOne', people.length > 0), () => undefined);
  const startUp = setTimeout(metAnyone, 0);
  return [
    ...registerCommands(context, handlersFor(NOTE_COMMAND_IDS, (id) => (arg?: unknown) => notes().run(commandName(id), arg))),
    // The `Plan ID:` line of a retro plan rebuilds it (a CodeLens: it reads only open Markdown documents).
    planIdCodeLenses(),
    deps.settings.onDidChange(['notesFolder'], metAnyone),
    { dispose: () => clearTimeout(startUp) },
  ];
}
