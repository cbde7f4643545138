// The entry of dist/calendar.js: ical.js and the expansion, required on first need (a calendar
// configured), never on the activation path (platform/deferredModules.ts).
export { expandCalendar } from '../../core/icsEvents';
