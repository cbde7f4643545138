import * as CalendarModule from '../features/calendar/calendarModule';
import * as LibraryViewModule from '../features/library/viewModule';
import * as LeadershipTimeModule from '../features/leadershipTime/timeModule';
import * as PeopleModule from '../features/people/peopleModule';
import * as NotesModule from '../features/templates/notesModule';
import * as LibraryModule from '../services/library/libraryModule';
import * as PackCompiler from '../services/library/packCompiler';

// deferredModules.ts for the web bundle (scripts/build.mjs puts a `.web.ts` file in place of its
// namesake): a web worker cannot `require` a file, so the modules are part of the bundle.

export const libraryEngine = (): typeof LibraryModule => LibraryModule;
export const libraryViewModule = (): typeof LibraryViewModule => LibraryViewModule;
export const packCompiler = (): typeof PackCompiler => PackCompiler;
export const notesModule = (): typeof NotesModule => NotesModule;
export const leadershipTimeModule = (): typeof LeadershipTimeModule => LeadershipTimeModule;
export const peopleModule = (): typeof PeopleModule => PeopleModule;
export const calendarModule = (): typeof CalendarModule => CalendarModule;
