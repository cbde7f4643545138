// Entry of dist/features.js: the extension's wiring, required by src/extension.ts in the turn
// after activation (or sooner, by the first command, view, chat request or API call). It builds
// the adapters, starts the status bar, the reminder scheduler and the context signals, and
// hands back what the activation bundle's registrations forward to. The heavy parts stay in
// their own bundles (library.js, packs.js, leadershipTimeTools.js), loaded on first use.
import type * as vscode from 'vscode';
import { createPublicApi } from '../features/api/publicApi';
import { topSuggestion } from '../features/context/topSuggestion';
import { wireContext } from '../features/context/wireContext';
import { LeadershipTime } from '../features/leadershipTime/leadershipTimeService';
import { TimeSettings } from '../features/leadershipTime/timeSettings';
import { wireLeadershipTime } from '../features/leadershipTime/wireLeadershipTime';
import { wireLibrary } from '../features/library/wireLibrary';
import { wireMentor, type WiredMentor } from '../features/mentor/wireMentor';
import { wireTemplates } from '../features/templates/wireTemplates';
import { ContentSource } from '../platform/contentSource';
import { LeadershipTimeStore } from '../platform/leadershipTimeStore';
import { createLog } from '../platform/log';
import { SettingsStore } from '../platform/settingsStore';
import { TipMarks } from '../platform/tipMarks';
import type { LeadershipPromptsApi } from '../shared/api';
import type { CommandHandlers, CommandId } from '../shared/ids';

export interface Features {
  commands: CommandHandlers<CommandId>;
  resolveLibraryView(view: vscode.WebviewView): void | Thenable<void>;
  mentor: WiredMentor['chat'];
  tipDocument: WiredMentor['tipDocument'];
  api: LeadershipPromptsApi;
}

/** Builds and starts everything; what it makes is disposed with the extension's context. */
export function start(context: vscode.ExtensionContext): Features {
  const log = createLog();
  const settings = new SettingsStore();
  const content = new ContentSource(settings, log);
  const marks = new TipMarks(context.globalState, log);
  const timeStore = new LeadershipTimeStore(context.globalState, log);
  const time = new LeadershipTime(timeStore, new TimeSettings(settings, log), log);
  const leadershipTime = () => time.reading();
  const moment = wireContext({ settings, log, leadershipTime });
  context.subscriptions.push(log, content, marks, timeStore, time.settings, time, ...moment.disposables);

  const library = wireLibrary(context, { content, marks, context: moment.context, log });
  const mentor = wireMentor({ content, settings, log, showAnswers: (q, answers) => library.showAnswers(q, answers) });
  const leadership = wireLeadershipTime({ time, context: moment.context, log, suggestion: () => topSuggestion(content, moment.context) });
  const templates = wireTemplates(context, { content, settings, log, weekReport: (week) => time.weekReport(week) });
  context.subscriptions.push(...library.disposables, ...leadership.disposables);

  return {
    commands: { ...library.commands, ...mentor.commands, ...leadership.commands, ...templates.commands },
    resolveLibraryView: library.resolveView,
    mentor: mentor.chat,
    tipDocument: mentor.tipDocument,
    api: createPublicApi({ content, context: moment.context, leadershipTime, log }),
  };
}
