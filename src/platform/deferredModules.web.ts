import * as CalendarModule from '../features/calendar/calendarModule';
import * as PackCompiler from '../services/library/packCompiler';
import * as PeopleModule from '../features/people/peopleModule';

// deferredModules.ts for the web bundle (scripts/build.mjs puts a `.web.ts` file in place of its
// namesake): a web worker cannot `require` a file, so the modules are part of the bundle.

export function packCompiler(): typeof PackCompiler {
  return PackCompiler;
}

export function peopleModule(): typeof PeopleModule {
  return PeopleModule;
}

export function calendarModule(): typeof CalendarModule {
  return CalendarModule;
}
