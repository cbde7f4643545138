import type * as vscode from 'vscode';
import { createPublicApi } from './features/api/publicApi';
import { registerContext } from './features/context/registerContext';
import { topSuggestion } from './features/context/topSuggestion';
import { LeadershipTime } from './features/leadershipTime/leadershipTimeService';
import { registerLeadershipTime } from './features/leadershipTime/registerLeadershipTime';
import { TimeSettings } from './features/leadershipTime/timeSettings';
import { registerLibrary } from './features/library/registerLibrary';
import { registerMentor } from './features/mentor/registerMentor';
import { registerTemplates } from './features/templates/registerTemplates';
import { ContentSource } from './platform/contentSource';
import { LeadershipTimeStore } from './platform/leadershipTimeStore';
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
  const timeStore = new LeadershipTimeStore(context.globalState, log);
  const time = new LeadershipTime(timeStore, new TimeSettings(settings, log), log);
  const leadershipTime = () => time.reading();
  const moment = registerContext({ settings, log, leadershipTime });
  context.subscriptions.push(log, content, marks, timeStore, time.settings, time, ...moment.disposables);

  const library = registerLibrary(context, { content, marks, context: moment.context, log });
  context.subscriptions.push(...library.disposables);
  context.subscriptions.push(...registerMentor({ content, settings, log, showAnswers: (q, answers) => library.showAnswers(q, answers) }));
  context.subscriptions.push(...registerLeadershipTime(context, { time, context: moment.context, log, suggestion: () => topSuggestion(content, moment.context) }));
  context.subscriptions.push(...registerTemplates(context, { content, settings, log, weekReport: (week) => time.weekReport(week) }));

  return createPublicApi({ content, context: moment.context, leadershipTime, log });
}

export function deactivate(): void {}
