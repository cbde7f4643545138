import * as vscode from 'vscode';
import { citation, replyToQuestion, type MentorModel, type MentorSink } from '../../core/mentorChat';
import type { MentorAnswer } from '../../core/mentorRetrieval';
import { tipCard } from '../../core/tipCards';
import type { ContentSource } from '../../services/library/contentSource';
import type { SettingsStore } from '../../platform/settingsStore';
import { TIP_SCHEME } from '../../shared/ids';
import type { MentorAnswerCard } from '../../shared/protocol';

export interface MentorDeps {
  content: ContentSource;
  settings: SettingsStore;
  log: vscode.LogOutputChannel;
}

/** The parts of a chat request the mentor reads (a real ChatRequest, or a test's stand-in). */
export interface MentorRequest {
  prompt: string;
  command?: string;
  model?: vscode.LanguageModelChat;
}

export interface MentorResult extends vscode.ChatResult {
  metadata: { answeredWith: 'model' | 'library' | 'command'; tipIds: string[] };
}

/** A tip as a read-only document (mentor/register.ts serves the scheme), so chat references open something real. */
function tipUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: TIP_SCHEME, path: `/${id}.md` });
}

/** The model to phrase answers with, only when the user has allowed it in settings. */
async function chooseModel(request: MentorRequest, allowed: boolean): Promise<vscode.LanguageModelChat | undefined> {
  if (!allowed) return undefined;
  if (request.model) return request.model;
  try {
    return (await vscode.lm.selectChatModels())[0];
  } catch {
    return undefined;
  }
}

function modelPort(model: vscode.LanguageModelChat, token: vscode.CancellationToken): MentorModel {
  return {
    async *reply(system, user) {
      // System guidance goes as the first user message: the stable API has no system role.
      const response = await model.sendRequest([vscode.LanguageModelChatMessage.User(system), vscode.LanguageModelChatMessage.User(user)], {}, token);
      yield* response.text;
    },
  };
}

/** Handles one @mentor request; exported so the internal test command can drive it with a fake stream. */
export async function handleMentorRequest(deps: MentorDeps, request: MentorRequest, stream: vscode.ChatResponseStream, token: vscode.CancellationToken): Promise<MentorResult> {
  if (request.command === 'oneonone' || request.command === 'retro') return writeAgenda(request, stream);
  const question = request.prompt.trim();
  if (!question) {
    stream.markdown(vscode.l10n.t('Ask me about leading an engineering team — delegation, 1:1s, feedback, retros, decisions, career paths… For example: *How do I stop being the bottleneck?*'));
    return { metadata: { answeredWith: 'library', tipIds: [] } };
  }
  const library = await deps.content.searchable();
  const answers: MentorAnswer[] = deps.content.engine().retrieveAnswers(library, question, 3);
  const model = await chooseModel(request, deps.settings.get('mentor.useLanguageModel'));
  const sink: MentorSink = {
    markdown: (text) => {
      const md = new vscode.MarkdownString(text);
      md.isTrusted = { enabledCommands: ['leadershipPrompts.showTip'] };
      stream.markdown(md);
    },
    reference: (id) => stream.reference(tipUri(id), new vscode.ThemeIcon('lightbulb')),
  };
  const answeredWith = await replyToQuestion(question, answers, sink, model && modelPort(model, token), vscode.l10n, (e) => {
    deps.log.warn(`@mentor: the language model could not answer (${e instanceof Error ? e.message : String(e)}); answered from the library.`);
  });
  // Answered from the library (no model allowed or offered, or it failed): the same answer in the sidebar, a click away.
  if (answeredWith === 'library' && answers.length) {
    stream.button({ command: 'leadershipPrompts.askMentor', title: vscode.l10n.t('Show in the library'), arguments: [{ question }] });
  }
  return { metadata: { answeredWith, tipIds: answers.map((a) => a.tip.id) } };
}

async function writeAgenda(request: MentorRequest, stream: vscode.ChatResponseStream): Promise<MentorResult> {
  const words = request.prompt.trim();
  const uri = request.command === 'oneonone'
    ? await vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipPrompts.newOneOnOne', words ? { person: words } : {})
    : await vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipPrompts.newRetro', words ? { team: words } : {});
  if (!uri) {
    stream.markdown(vscode.l10n.t('No agenda was written.'));
  } else {
    const ready = request.command !== 'oneonone'
      ? vscode.l10n.t('Your retro agenda is ready:')
      : words ? vscode.l10n.t('Your 1:1 agenda with {0} is ready:', words) : vscode.l10n.t('Your 1:1 agenda is ready:');
    stream.markdown(`${ready} `);
    stream.anchor(uri);
  }
  return { metadata: { answeredWith: 'command', tipIds: [] } };
}

/** Follow-up suggestions after an answer: more on the first tip, and an agenda when it fits. */
export function mentorFollowups(deps: MentorDeps, result: MentorResult): vscode.ChatFollowup[] {
  const ids = result.metadata?.tipIds ?? [];
  const first = ids.length ? deps.content.current().get(ids[0]) : undefined;
  const followups: vscode.ChatFollowup[] = [];
  if (first) followups.push({ prompt: vscode.l10n.t('How do I put "{0}" into practice this week?', first.title), label: vscode.l10n.t('More on: {0}', first.title) });
  if (first?.category === 'one-on-ones' || first?.contexts.includes('one-on-one')) followups.push({ prompt: '', command: 'oneonone', label: vscode.l10n.t('Write a 1:1 agenda') });
  if (first?.category === 'retrospectives' || first?.contexts.includes('retro')) followups.push({ prompt: '', command: 'retro', label: vscode.l10n.t('Plan a retro') });
  return followups;
}

/** `leadershipPrompts.askMentor`: answers from the library, shown in the sidebar; resolves to the ranked tip ids. */
export async function askMentor(deps: MentorDeps & { showAnswers: (question: string, answers: MentorAnswerCard[]) => Promise<void> }, arg: unknown): Promise<string[] | undefined> {
  const given = typeof arg === 'object' && arg !== null ? (arg as { question?: unknown }).question : undefined;
  if (given !== undefined && typeof given !== 'string') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Leadership Prompts: askMentor takes the question as text, for example {0}.', '{ "question": "How do I delegate?" }'));
    return undefined;
  }
  const question = typeof given === 'string' && given.trim()
    ? given.trim()
    : await vscode.window.showInputBox({
      title: vscode.l10n.t('Ask the Mentor'),
      prompt: vscode.l10n.t('Answers come from the Leadership Prompts library, with their sources.'),
      placeHolder: vscode.l10n.t('e.g. How do I stop being the bottleneck for decisions?'),
      validateInput: (v) => (v.length > 500 ? vscode.l10n.t('Keep the question under 500 characters.') : undefined),
    });
  if (!question?.trim()) return [];
  const answers = deps.content.engine().retrieveAnswers(await deps.content.searchable(), question.slice(0, 500), 3);
  await deps.showAnswers(question.trim(), answers.map((a) => ({ tip: tipCard(a.tip), excerpt: a.excerpt, ...(a.tip.source ? { source: a.tip.source } : {}) })));
  deps.log.info(`Mentor: "${question.trim()}" → ${answers.map((a) => `${a.tip.id} (${citation(a.tip.source)})`).join('; ') || 'no answer'}`);
  return answers.map((a) => a.tip.id);
}
