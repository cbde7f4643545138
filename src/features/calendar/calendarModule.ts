// The entry of dist/calendar.js, required on first need (a calendar configured, or a calendar
// command run), never on the activation path (platform/deferredModules.ts): ical.js and the
// reader, the window and matching, and the calendar's prompts and commands.
export { CalendarReader } from '../../services/calendar/calendarReader';
export { linkCalendarAddress } from './linkAddress';
export { MeetingCounter } from './meetingCounter';
export { MeetingReminders } from './meetingReminders';
export { prepareMeeting } from './prepareMeeting';
