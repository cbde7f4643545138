import type * as vscode from 'vscode';
import { CancellationTokenSource, l10n } from 'vscode';
import { libraryModule } from '../../platform/lazyModules';
import type { CommandHandlers, MENTOR_COMMAND_IDS } from '../../shared/ids';
import type { MentorAnswerCard } from '../../shared/protocol';
import type { MentorDeps, MentorRequest, MentorResult } from './chatParticipant';

interface Deps extends MentorDeps {
  showAnswers: (question: string, answers: MentorAnswerCard[]) => Promise<void>;
}

export interface WiredMentor {
  commands: CommandHandlers<(typeof MENTOR_COMMAND_IDS)[number]>;
  /** The `@mentor` chat participant's handler and follow-ups. */
  chat: {
    handle(request: vscode.ChatRequest, stream: vscode.ChatResponseStream, token: vscode.CancellationToken): Promise<MentorResult>;
    followups(result: MentorResult): vscode.ChatFollowup[];
  };
  /** The text of a read-only `leadership-tip:` document, so chat references and links open a real document. */
  tipDocument(uri: vscode.Uri): string;
}

/**
 * The mentor: `askMentor` (answers in the sidebar), the `@mentor` chat participant and tip
 * documents, for src/extension.ts to register. The work is in dist/library.js, loaded on first use.
 */
export function wireMentor(deps: Deps): WiredMentor {
  return {
    commands: {
      'leadershipPrompts.askMentor': (arg?: unknown) => libraryModule().askMentor(deps, arg),
      // Internal (not in the palette): drives the chat handler with a caller's stream, for tests.
      'leadershipPrompts._mentorChat': (request: MentorRequest, stream: vscode.ChatResponseStream) =>
        libraryModule().handleMentorRequest(deps, request, stream, new CancellationTokenSource().token),
    },
    chat: {
      handle: (request, stream, token) => libraryModule().handleMentorRequest(deps, request, stream, token),
      followups: (result) => libraryModule().mentorFollowups(deps, result),
    },
    tipDocument(uri) {
      const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      const tip = deps.content.current().get(id);
      return tip
        ? libraryModule().tipAsMarkdown(tip, l10n)
        : `# ${l10n.t('Tip not found')}\n\n${l10n.t('There is no tip with the id {0} in the library.', `\`${id}\``)}`;
    },
  };
}
