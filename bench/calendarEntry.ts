// Entry bundled by bench/calendar.mjs: the calendar core as the extension will load it, and
// the synthetic export it is measured on.
export { expandCalendar } from '../src/core/icsEvents';
export { CalendarWindow } from '../src/core/calendarWindow';
export { DEFAULT_BUDGET_MS } from '../src/core/hostSlices';
export { english } from '../src/shared/localizer';
export { calendarExport } from '../test/fixtures/calendarExport';
