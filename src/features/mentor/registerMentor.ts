import type * as vscode from 'vscode';
import { CancellationTokenSource, Disposable, ThemeIcon, chat, commands } from 'vscode';
import { libraryModule } from '../../platform/lazyModules';
import type { MentorAnswerCard } from '../../shared/protocol';
import type { MentorDeps, MentorRequest, MentorResult } from './chatParticipant';
import { registerTipDocuments } from './tipDocuments';

const PARTICIPANT_ID = 'leadershipPrompts.mentor';

interface Deps extends MentorDeps {
  showAnswers: (question: string, answers: MentorAnswerCard[]) => Promise<void>;
}

/**
 * The mentor: `askMentor` (answers in the sidebar), the `@mentor` chat participant and tip
 * documents. Only registrations live here; the work is in dist/library.js, loaded on first use.
 */
export function registerMentor(deps: Deps): vscode.Disposable[] {
  return [
    registerTipDocuments(deps.content),
    registerParticipant(deps),
    commands.registerCommand('leadershipPrompts.askMentor', (arg?: unknown) => libraryModule().askMentor(deps, arg)),
    // Internal (not in the palette): drives the chat handler with a caller's stream, for tests.
    commands.registerCommand('leadershipPrompts._mentorChat', (request: MentorRequest, stream: vscode.ChatResponseStream) =>
      libraryModule().handleMentorRequest(deps, request, stream, new CancellationTokenSource().token)),
  ];
}

function registerParticipant(deps: Deps): vscode.Disposable {
  // Chat may be missing (older or stripped-down hosts): the rest of the extension works without it.
  if (!chat?.createChatParticipant) return new Disposable(() => undefined);
  const participant = chat.createChatParticipant(PARTICIPANT_ID, (request, _context, stream, token) => libraryModule().handleMentorRequest(deps, request, stream, token));
  participant.iconPath = new ThemeIcon('mortar-board');
  participant.followupProvider = { provideFollowups: (result: MentorResult) => libraryModule().mentorFollowups(deps, result) };
  return participant;
}
