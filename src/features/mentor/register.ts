import type * as vscode from 'vscode';
import { CancellationTokenSource, ThemeIcon, chat, l10n, workspace } from 'vscode';
import { tipAsMarkdown } from '../../core/tipCards';
import { registerCommands } from '../../platform/commands';
import { mentorModule } from '../../platform/deferredModules';
import { MENTOR_PARTICIPANT_ID, TIP_SCHEME } from '../../shared/ids';
import type { MentorAnswerCard } from '../../shared/protocol';
import type { MentorDeps, MentorRequest, MentorResult } from './chatParticipant';

interface Deps extends MentorDeps {
  showAnswers: (question: string, answers: MentorAnswerCard[]) => Promise<void>;
}

/**
 * The mentor: `askMentor` (answers in the sidebar), the `@mentor` chat participant, and
 * read-only `leadership-tip:` documents, so chat references and links open a real document.
 * The answers are dist/mentor.js, loaded when the mentor is first asked.
 */
export function registerMentor(context: vscode.ExtensionContext, deps: Deps): vscode.Disposable[] {
  const disposables = [
    ...registerCommands(context, {
      'leadershipPrompts.askMentor': (arg?: unknown) => mentorModule().askMentor(deps, arg),
      // Internal (test mode only): drives the chat handler with a caller's stream.
      'leadershipPrompts._mentorChat': (request: MentorRequest, stream: vscode.ChatResponseStream) =>
        mentorModule().handleMentorRequest(deps, request, stream, new CancellationTokenSource().token),
    }),
    workspace.registerTextDocumentContentProvider(TIP_SCHEME, {
      async provideTextDocumentContent(uri) {
        const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
        const tip = (await deps.content.ready()).get(id);
        return tip
          ? tipAsMarkdown(tip, l10n)
          : `# ${l10n.t('Tip not found')}\n\n${l10n.t('There is no tip with the id {0} in the library.', `\`${id}\``)}`;
      },
    }),
  ];
  // Chat may be missing (older or stripped-down hosts): the rest of the extension works without it.
  if (chat?.createChatParticipant) {
    const participant = chat.createChatParticipant(MENTOR_PARTICIPANT_ID, (request, _chatContext, stream, token) => mentorModule().handleMentorRequest(deps, request, stream, token));
    participant.iconPath = new ThemeIcon('mortar-board');
    participant.followupProvider = { provideFollowups: (result) => mentorModule().mentorFollowups(deps, result as MentorResult) };
    disposables.push(participant);
  }
  return disposables;
}
