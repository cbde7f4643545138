import type * as vscode from 'vscode';
import { createPublicApi } from './features/api/publicApi';
import { calendarTooltipLines, registerCalendar } from './features/calendar/register';
import { LeadershipTime } from './services/leadershipTime/leadershipTimeService';
import { registerLeadershipTime } from './features/leadershipTime/register';
import { TimeSettings } from './services/leadershipTime/timeSettings';
import { LibraryView } from './features/library/libraryView';
import { registerLibrary } from './features/library/register';
import { registerMentor } from './features/mentor/register';
import { registerPeople } from './features/people/register';
import { registerTemplates } from './features/templates/register';
import { calendarModule, libraryEngine, libraryViewModule, packCompiler, peopleModule, readDeferredModules } from './platform/deferredModules';
import { DisposableStore } from './platform/disposableStore';
import { LeadershipTimeStore } from './platform/leadershipTimeStore';
import { NotesFolder } from './platform/notesFolder';
import { reportLeftOut, useHost, type Host } from './platform/host';
import { createLog } from './platform/log';
import { SettingsStore } from './platform/settingsStore';
import { TipMarks } from './platform/tipMarks';
import { CalendarService, personRefs } from './services/calendar/calendarService';
import { addContextSignals } from './services/context/contextSignalSources';
import { ContextService } from './services/context/contextService';
import { topSuggestion } from './services/context/topSuggestion';
import { ContentSource, builtInReader } from './services/library/contentSource';
import { People } from './services/people/people';
import type { LeadershipPromptsApi } from './shared/api';

/**
 * The wiring: the adapters and services features share, then each feature's registrations,
 * then the API. Nothing is read, parsed or built here: the library is read on first use
 * (dist/content.json), and the status bar and the reminder scheduler start in the next turn.
 * `host` is what differs between extension hosts (platform/host.ts): a web worker's unless
 * Node's entry (src/nodeHost.ts) hands its own. In a web worker the deferred bundles are read first.
 */
export function activate(context: vscode.ExtensionContext, host?: Host): LeadershipPromptsApi | Promise<LeadershipPromptsApi> {
  if (host) useHost(host);
  const reading = readDeferredModules(context.extensionUri);
  return reading ? reading.then(() => wire(context)) : wire(context);
}

function wire(context: vscode.ExtensionContext): LeadershipPromptsApi {
  const store = new DisposableStore();
  context.subscriptions.push(store);
  const log = store.add(createLog());
  reportLeftOut(log);

  const settings = new SettingsStore();
  const content = store.add(new ContentSource(settings, log, builtInReader(context.extensionUri), { engine: libraryEngine, packCompiler }));
  const marks = store.add(new TipMarks(context.globalState, log));
  const timeSettings = store.add(new TimeSettings(settings, log));
  const time = store.add(new LeadershipTime(store.add(new LeadershipTimeStore(context.globalState, log)), timeSettings, log));
  const leadershipContext = store.add(new ContextService(settings));
  const notesFolder = new NotesFolder(settings, log);
  const people: People = store.add(new People({ settings, notesFolder, log, nextOneOnOnes: () => calendar.current().nextOneOnOnePerPerson(new Date()) }, peopleModule));
  const calendar: CalendarService = store.add(new CalendarService({ settings, log, storage: context.globalStorageUri, memento: context.globalState, people: () => personRefs(people.rows()) }, calendarModule));
  store.add(calendar.onDidChange(() => void people.refresh()));
  store.addAll(...addContextSignals({ context: leadershipContext, people, settings, log, leadershipTime: () => time.reading() }));
  const libraryView = store.add(new LibraryView({ extensionUri: context.extensionUri, content, marks, context: leadershipContext, log }, libraryViewModule));

  store.addAll(
    ...registerLibrary(context, { content, marks, log, view: libraryView }),
    ...registerMentor(context, { content, settings, log, showAnswers: (question, answers) => libraryView.showAnswers(question, answers) }),
    ...registerTemplates(context, { content, settings, notesFolder, log, profiles: people, weekReport: (week) => time.weekReport(week) }),
    ...registerPeople(context, { people, log, questionBank: async () => (await content.withPacks()).questions }),
    ...registerLeadershipTime(context, { time, context: leadershipContext, notesFolder, log, suggestion: () => topSuggestion(content, leadershipContext), calendar: { lines: () => calendarTooltipLines(calendar, people), onDidChange: calendar.onDidChange } }),
    ...registerCalendar(context, { calendar, people, time, settings, context: leadershipContext, log }),
  );

  return createPublicApi({ content, people, calendar, context: leadershipContext, leadershipTime: () => time.reading(), log });
}

export function deactivate(): void {}
