import type * as vscode from 'vscode';
import { createPublicApi } from './features/api/publicApi';
import { ContextService } from './features/context/contextService';
import { registerLibrary } from './features/library/registerLibrary';
import { ContentSource } from './platform/contentSource';
import { createLog } from './platform/log';
import { SettingsStore } from './platform/settingsStore';
import { TipMarks } from './platform/tipMarks';
import type { LeadershipPromptsApi } from './shared/api';

/** Wiring only: build the adapters, register the features, return the API. Nothing is parsed or loaded here. */
export function activate(context: vscode.ExtensionContext): LeadershipPromptsApi {
  const log = createLog();
  const settings = new SettingsStore();
  const content = new ContentSource(settings, log);
  const marks = new TipMarks(context.globalState, log);
  const moment = new ContextService(settings);
  context.subscriptions.push(log, content, marks, moment);

  context.subscriptions.push(...registerLibrary(context, { content, marks, context: moment, log }));

  return createPublicApi({
    content,
    context: moment,
    leadershipTime: () => ({ weekMinutes: 0, targetMinutes: 0, inBlock: false }),
    log,
  });
}

export function deactivate(): void {}
