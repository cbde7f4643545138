import * as vscode from 'vscode';
import { citation } from '../../core/mentorChat';
import { tipCard } from '../../core/tipCards';
import type { ContentSource } from '../../platform/contentSource';
import { libraryModule } from '../../platform/lazyModules';
import type { SettingsStore } from '../../platform/settingsStore';
import type { MentorAnswerCard } from '../../shared/protocol';
import { handleMentorRequest, registerMentorParticipant, type MentorRequest } from './chatParticipant';
import { registerTipDocuments } from './tipDocuments';

interface Deps {
  content: ContentSource;
  settings: SettingsStore;
  log: vscode.LogOutputChannel;
  showAnswers: (question: string, answers: MentorAnswerCard[]) => Promise<void>;
}

/** The mentor: `askMentor` (answers in the sidebar), the `@mentor` chat participant, tip documents. */
export function registerMentor(deps: Deps): vscode.Disposable[] {
  return [
    registerTipDocuments(deps.content),
    registerMentorParticipant(deps),
    vscode.commands.registerCommand('leadershipPrompts.askMentor', async (arg?: unknown) => {
      const given = typeof arg === 'object' && arg !== null ? (arg as { question?: unknown }).question : undefined;
      const question = typeof given === 'string' && given.trim()
        ? given.trim()
        : await vscode.window.showInputBox({
          title: 'Ask the Mentor',
          prompt: 'Answers come from the Leadership Prompts library, with their sources.',
          placeHolder: 'e.g. How do I stop being the bottleneck for decisions?',
          validateInput: (v) => (v.length > 500 ? 'Keep the question under 500 characters.' : undefined),
        });
      if (!question?.trim()) return [];
      const answers = libraryModule().ask(deps.content.current(), question.slice(0, 500), 3);
      await deps.showAnswers(question.trim(), answers.map((a) => ({ tip: tipCard(a.tip), excerpt: a.excerpt, ...(a.tip.source ? { source: a.tip.source } : {}) })));
      deps.log.info(`Mentor: "${question.trim()}" → ${answers.map((a) => `${a.tip.id} (${citation(a.tip.source)})`).join('; ') || 'no answer'}`);
      return answers.map((a) => a.tip.id);
    }),
    // Internal (not in the palette): drives the chat handler with a caller's stream, for tests.
    vscode.commands.registerCommand('leadershipPrompts._mentorChat', (request: MentorRequest, stream: vscode.ChatResponseStream) =>
      handleMentorRequest(deps, request, stream, new vscode.CancellationTokenSource().token)),
  ];
}
