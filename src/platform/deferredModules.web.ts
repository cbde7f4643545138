import * as CalendarModule from '../features/calendar/calendarModule';
import * as LibraryModule from '../services/library/libraryModule';
import * as PackCompiler from '../services/library/packCompiler';
import * as PeopleModule from '../features/people/peopleModule';
import * as NotesModule from '../features/templates/notesModule';
import * as LibraryViewModule from '../features/library/viewModule';
import * as LeadershipTimeModule from '../features/leadershipTime/timeModule';

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

export function notesModule(): typeof NotesModule {
  return NotesModule;
}

export function libraryEngine(): typeof LibraryModule {
  return LibraryModule;
}

export function leadershipTimeModule(): typeof LeadershipTimeModule {
  return LeadershipTimeModule;
}

export function libraryViewModule(): typeof LibraryViewModule {
  return LibraryViewModule;
}
