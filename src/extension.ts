import type * as vscode from 'vscode';
import { ExtensionMode, ThemeIcon, chat, commands, window, workspace } from 'vscode';
import type { Features } from './lazy/features';
import { featuresModule } from './platform/lazyModules';
import type { LeadershipPromptsApi } from './shared/api';
import { COMMAND_IDS, LIBRARY_VIEW_TYPE, MENTOR_PARTICIPANT_ID, TEST_COMMAND_IDS, TIP_SCHEME } from './shared/ids';

/**
 * Registration only: every command, the library view, the `@mentor` participant and tip
 * documents, each forwarding to dist/features.js. That bundle (the adapters, the status bar,
 * the scheduler, the context signals) is required in the turn after activation returns, or
 * sooner by the first thing that needs it. Nothing is read, parsed or built here.
 */
export function activate(context: vscode.ExtensionContext): LeadershipPromptsApi {
  let started: Features | undefined;
  const features = () => (started ??= featuresModule().start(context));

  const testing = context.extensionMode === ExtensionMode.Test;
  context.subscriptions.push(
    ...COMMAND_IDS.filter((id) => testing || !TEST_COMMAND_IDS.includes(id)).map((id) => commands.registerCommand(id, (...args: unknown[]) => features().commands[id](...args))),
    window.registerWebviewViewProvider(LIBRARY_VIEW_TYPE, { resolveWebviewView: (view) => features().resolveLibraryView(view) }),
    workspace.registerTextDocumentContentProvider(TIP_SCHEME, { provideTextDocumentContent: (uri) => features().tipDocument(uri) }),
  );
  // Chat may be missing (older or stripped-down hosts): the rest of the extension works without it.
  if (chat?.createChatParticipant) {
    const participant = chat.createChatParticipant(MENTOR_PARTICIPANT_ID, (request, _chatContext, stream, token) => features().mentor.handle(request, stream, token));
    participant.iconPath = new ThemeIcon('mortar-board');
    participant.followupProvider = { provideFollowups: (result) => features().mentor.followups(result as Parameters<Features['mentor']['followups']>[0]) };
    context.subscriptions.push(participant);
  }

  const startUp = setTimeout(() => {
    try {
      features();
    } catch (e) {
      console.error('Leadership Prompts could not start:', e);
    }
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(startUp) });

  const api = () => features().api;
  return Object.freeze({
    version: 1 as const,
    listTips: (filter) => api().listTips(filter),
    contextualTips: (limit) => api().contextualTips(limit),
    listTemplates: (kind) => api().listTemplates(kind),
    ask: (question, limit) => api().ask(question, limit),
    leadershipTime: () => api().leadershipTime(),
    whenReady: () => api().whenReady(),
    onDidChange: (listener, thisArgs, disposables) => api().onDidChange(listener, thisArgs, disposables),
  } satisfies LeadershipPromptsApi);
}

export function deactivate(): void {}
