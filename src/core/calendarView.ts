// What the features ask of the calendar, without loading it: the queries of a CalendarWindow,
// and an empty one to answer with while no calendar is configured (the window itself, its
// matching and the parser are in dist/calendar.js, loaded only when one is).
import type { CalendarWindow } from './calendarWindow';

export type CalendarView = Pick<CalendarWindow,
  'size' | 'upcoming' | 'upcomingMeetings' | 'nextOneOnOnePerPerson' | 'hasOneOnOneOn' | 'nextMeetingToPrepare' |
  'endedMeetingsToCount' | 'dueReminders' | 'nextMeetingStart' | 'unmatchedTwoPersonEvents'>;

export const EMPTY_CALENDAR_VIEW: CalendarView = Object.freeze({
  size: 0,
  upcoming: () => [],
  upcomingMeetings: () => [],
  nextOneOnOnePerPerson: () => new Map<string, string>(),
  hasOneOnOneOn: () => false,
  nextMeetingToPrepare: () => undefined,
  endedMeetingsToCount: () => [],
  dueReminders: () => [],
  nextMeetingStart: () => undefined,
  unmatchedTwoPersonEvents: () => [],
});

/** The calendar as the features use it (services/calendar/calendarService.ts). */
export interface CalendarSource {
  configured(): boolean;
  current(): CalendarView;
  whenReady(): Promise<void>;
  /** The people changed: match the events again. */
  rematch(): void;
}
