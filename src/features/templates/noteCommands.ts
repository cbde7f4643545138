import * as vscode from 'vscode';
import type { WeekReportProvider } from '../../core/weekReport';
import type { ContentSource } from '../../services/library/contentSource';
import type { NoteMemory } from '../../platform/noteMemory';
import type { NotesFolder } from '../../platform/notesFolder';
import type { SettingsStore } from '../../platform/settingsStore';
import type { CommandName, NOTE_COMMAND_IDS } from '../../shared/ids';
import { NoteRequestError, parseNoteArgs } from './noteArguments';
import { NoteMaker, type ProfileWriter } from './noteMaker';

export type NoteCommand = CommandName<(typeof NOTE_COMMAND_IDS)[number]>;

export interface NoteCommandDeps {
  content: ContentSource;
  settings: SettingsStore;
  notesFolder: NotesFolder;
  log: vscode.LogOutputChannel;
  /** What the templates remember: the people met per notes folder, the folders allowed in a repository, the last team. */
  memory: NoteMemory;
  weekReport?: WeekReportProvider;
  profiles: ProfileWriter;
}

export interface NoteCommands {
  run(command: NoteCommand, arg: unknown): Promise<vscode.Uri | undefined>;
}

/**
 * The note commands' implementation.
 * Every failure ends in a message saying what went wrong and how to fix it, and the command
 * resolves to undefined rather than rejecting.
 */
export function createNoteCommands(deps: NoteCommandDeps): NoteCommands {
  const { notesFolder, memory } = deps;
  const maker = new NoteMaker({
    content: deps.content,
    settings: deps.settings,
    memory,
    notesFolder,
    log: deps.log,
    profiles: deps.profiles,
    ...(deps.weekReport ? { weekReport: deps.weekReport } : {}),
  });
  const byName = {
    newOneOnOne: (a) => maker.oneOnOne(a),
    newRetro: (a) => maker.retro(a),
    newSelfCheck: (a) => maker.selfCheck(a),
    newFromTemplate: (a) => maker.fromTemplate(a),
  } satisfies Record<NoteCommand, (a: ReturnType<typeof parseNoteArgs>) => Promise<vscode.Uri | undefined>>;
  return {
    async run(command, arg) {
      try {
        return await byName[command](parseNoteArgs(arg, command));
      } catch (e) {
        if (!(e instanceof NoteRequestError)) deps.log.error(`${command}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Leadership Prompts: {0}', e instanceof Error ? e.message : String(e)));
        return undefined;
      }
    },
  };
}
