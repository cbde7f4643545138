import * as vscode from 'vscode';
import { replyToQuestion, type MentorModel, type MentorSink } from '../../core/mentorChat';
import type { MentorAnswer } from '../../core/mentorRetrieval';
import type { ContentSource } from '../../platform/contentSource';
import { libraryModule } from '../../platform/lazyModules';
import type { SettingsStore } from '../../platform/settingsStore';
import { tipUri } from './tipDocuments';

export const PARTICIPANT_ID = 'leadershipPrompts.mentor';

interface Deps {
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
export async function handleMentorRequest(deps: Deps, request: MentorRequest, stream: vscode.ChatResponseStream, token: vscode.CancellationToken): Promise<MentorResult> {
  if (request.command === 'oneonone' || request.command === 'retro') return writeAgenda(request, stream);
  const question = request.prompt.trim();
  if (!question) {
    stream.markdown('Ask me about leading an engineering team — delegation, 1:1s, feedback, retros, decisions, career paths… For example: *How do I stop being the bottleneck?*');
    return { metadata: { answeredWith: 'library', tipIds: [] } };
  }
  const library = deps.content.current();
  const answers: MentorAnswer[] = libraryModule().ask(library, question, 3);
  const model = await chooseModel(request, deps.settings.get('mentor.useLanguageModel') === true);
  const sink: MentorSink = {
    markdown: (text) => {
      const md = new vscode.MarkdownString(text);
      md.isTrusted = { enabledCommands: ['leadershipPrompts.showTip'] };
      stream.markdown(md);
    },
    reference: (id) => stream.reference(tipUri(id), new vscode.ThemeIcon('lightbulb')),
  };
  const answeredWith = await replyToQuestion(question, answers, sink, model && modelPort(model, token), (e) => {
    deps.log.warn(`@mentor: the language model could not answer (${e instanceof Error ? e.message : String(e)}); answered from the library.`);
  });
  return { metadata: { answeredWith, tipIds: answers.map((a) => a.tip.id) } };
}

async function writeAgenda(request: MentorRequest, stream: vscode.ChatResponseStream): Promise<MentorResult> {
  const words = request.prompt.trim();
  const uri = request.command === 'oneonone'
    ? await vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipPrompts.newOneOnOne', words ? { person: words } : {})
    : await vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipPrompts.newRetro', words ? { team: words } : {});
  if (!uri) {
    stream.markdown('No agenda was written.');
  } else {
    stream.markdown(request.command === 'oneonone' ? `Your 1:1 agenda${words ? ` with ${words}` : ''} is ready: ` : 'Your retro agenda is ready: ');
    stream.anchor(uri);
  }
  return { metadata: { answeredWith: 'command', tipIds: [] } };
}

export function registerMentorParticipant(deps: Deps): vscode.Disposable {
  // Chat may be missing (older or stripped-down hosts): the rest of the extension works without it.
  if (!vscode.chat?.createChatParticipant) return new vscode.Disposable(() => undefined);
  const participant = vscode.chat.createChatParticipant(PARTICIPANT_ID, (request, _context, stream, token) => handleMentorRequest(deps, request, stream, token));
  participant.iconPath = new vscode.ThemeIcon('mortar-board');
  participant.followupProvider = {
    provideFollowups(result: MentorResult) {
      const ids = result.metadata?.tipIds ?? [];
      const library = deps.content.current();
      const first = ids.length ? library.get(ids[0]) : undefined;
      const followups: vscode.ChatFollowup[] = [];
      if (first) followups.push({ prompt: `How do I put "${first.title}" into practice this week?`, label: `More on: ${first.title}` });
      if (first?.category === 'one-on-ones' || first?.contexts.includes('one-on-one')) followups.push({ prompt: '', command: 'oneonone', label: 'Write a 1:1 agenda' });
      if (first?.category === 'retrospectives' || first?.contexts.includes('retro')) followups.push({ prompt: '', command: 'retro', label: 'Plan a retro' });
      return followups;
    },
  };
  return participant;
}
