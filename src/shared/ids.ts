// The names the features register: every command, the library view, the chat participant and
// the tip-document scheme. Ids starting with `_` are internal: the status-bar menu, and the
// test-only ones (TEST_COMMAND_IDS), registered only in ExtensionMode.Test; the rest are
// contributed in package.json.

export const LIBRARY_VIEW_TYPE = 'leadershipPrompts.library';
export const PEOPLE_VIEW_ID = 'leadershipPrompts.people';
export const MENTOR_PARTICIPANT_ID = 'leadershipPrompts.mentor';
export const TIP_SCHEME = 'leadership-tip';

export const LIBRARY_COMMAND_IDS = [
  'leadershipPrompts.openLibrary',
  'leadershipPrompts.showFavourites',
  'leadershipPrompts.showTip',
  'leadershipPrompts.tipOfTheDay',
  'leadershipPrompts.searchTips',
  'leadershipPrompts._viewState',
  'leadershipPrompts._deliverViewMessage',
] as const;

export const MENTOR_COMMAND_IDS = ['leadershipPrompts.askMentor', 'leadershipPrompts._mentorChat'] as const;

export const TIME_COMMAND_IDS = [
  'leadershipPrompts.startLeadershipBlock',
  'leadershipPrompts.stopLeadershipBlock',
  'leadershipPrompts.logLeadershipTime',
  'leadershipPrompts.snoozeReminders',
  'leadershipPrompts.showWeeklySummary',
  'leadershipPrompts._leadershipTimeMenu',
  'leadershipPrompts._leadershipTimeState',
] as const;

export const NOTE_COMMAND_IDS = [
  'leadershipPrompts.newOneOnOne',
  'leadershipPrompts.newRetro',
  'leadershipPrompts.newSelfCheck',
  'leadershipPrompts.newFromTemplate',
] as const;

/** Registered only when VS Code runs the extension's tests: a user and other extensions never see them. */
export const TEST_COMMAND_IDS: readonly CommandId[] = [
  'leadershipPrompts._viewState',
  'leadershipPrompts._deliverViewMessage',
  'leadershipPrompts._mentorChat',
  'leadershipPrompts._leadershipTimeState',
  'leadershipPrompts._calendarState',
];

export const PEOPLE_COMMAND_IDS = [
  'leadershipPrompts.openPeople',
  'leadershipPrompts.preparePersonReview',
  'leadershipPrompts.people.newOneOnOne',
  'leadershipPrompts.people.openLastOneOnOne',
  'leadershipPrompts.people.openProfile',
  'leadershipPrompts.people.prepareReview',
  'leadershipPrompts.people.archive',
  'leadershipPrompts.people.unarchive',
  'leadershipPrompts.people.sortByName',
  'leadershipPrompts.people.sortByOverdue',
  'leadershipPrompts.people.showArchived',
  'leadershipPrompts.people.hideArchived',
] as const;

/** The calendar's commands; the People view's "Link a Calendar Address…" row action is one of them, as it needs the calendar. */
export const CALENDAR_COMMAND_IDS = [
  'leadershipPrompts.prepareNextMeeting',
  'leadershipPrompts.refreshCalendar',
  'leadershipPrompts.people.linkCalendarAddress',
  'leadershipPrompts._countMeeting',
  'leadershipPrompts._calendarState',
] as const;

export const COMMAND_IDS = [...LIBRARY_COMMAND_IDS, ...MENTOR_COMMAND_IDS, ...TIME_COMMAND_IDS, ...NOTE_COMMAND_IDS, ...PEOPLE_COMMAND_IDS, ...CALENDAR_COMMAND_IDS] as const;
export type CommandId = (typeof COMMAND_IDS)[number];
/** A command's implementation. VS Code passes whatever the caller gave; each handler checks its own arguments. */
export type CommandHandler = { run(...args: unknown[]): unknown }['run'];
/** A feature's commands: one handler per id (platform/commands.ts registers them). */
export type CommandHandlers<Id extends CommandId> = Record<Id, CommandHandler>;

/** One handler per id, each made by `make`. */
export function handlersFor<Id extends CommandId>(ids: readonly Id[], make: (id: Id) => CommandHandler): CommandHandlers<Id> {
  return Object.fromEntries(ids.map((id) => [id, make(id)])) as CommandHandlers<Id>;
}

/** `leadershipPrompts.openLibrary` → `openLibrary`: the name a feature knows its command by. */
export type CommandName<Id extends CommandId> = Id extends `leadershipPrompts.${infer Name}` ? Name : never;
export const commandName = <Id extends CommandId>(id: Id): CommandName<Id> => id.slice('leadershipPrompts.'.length) as CommandName<Id>;
