import { join } from 'node:path';
import type * as CalendarModule from '../features/calendar/calendarModule';
import type * as LibraryModule from '../services/library/libraryModule';
import type * as PackCompiler from '../services/library/packCompiler';
import type * as PeopleModule from '../features/people/peopleModule';
import type * as NotesModule from '../features/templates/notesModule';
import type * as LibraryViewModule from '../features/library/viewModule';
import type * as LeadershipTimeModule from '../features/leadershipTime/timeModule';

// The boundaries of the Node bundle: code that is big and often unused is a bundle of its own
// next to dist/extension.js, required on first need (a computed path keeps esbuild from inlining
// it). The web bundle has no `require`: there deferredModules.web.ts imports the same modules.

let packs: typeof PackCompiler | undefined;
let library: typeof LibraryModule | undefined;
let people: typeof PeopleModule | undefined;
let calendar: typeof CalendarModule | undefined;
let notes: typeof NotesModule | undefined;
let libraryView: typeof LibraryViewModule | undefined;
let leadershipTime: typeof LeadershipTimeModule | undefined;

/** dist/packs.js: markdown-it, js-yaml and the checks of a team pack, loaded with the first pack. */
export function packCompiler(): typeof PackCompiler {
  return (packs ??= require(join(__dirname, 'packs.js')) as typeof PackCompiler);
}

/** dist/people.js: People's service, tree, review preparation and profile.md's YAML, loaded when People is first needed. */
export function peopleModule(): typeof PeopleModule {
  return (people ??= require(join(__dirname, 'people.js')) as typeof PeopleModule);
}

/** dist/calendar.js: ical.js, the calendar's reader, window and prompts, loaded with the first calendar configured. */
export function calendarModule(): typeof CalendarModule {
  return (calendar ??= require(join(__dirname, 'calendar.js')) as typeof CalendarModule);
}

/** dist/notes.js: the note commands (1:1s, retros, self-checks, templates), loaded when one first runs. */
export function notesModule(): typeof NotesModule {
  return (notes ??= require(join(__dirname, 'notes.js')) as typeof NotesModule);
}

/** dist/library.js: the library's engine (TipLibrary and its MiniSearch search, the mentor's retrieval, the pack reader), loaded with the content. */
export function libraryEngine(): typeof LibraryModule {
  return (library ??= require(join(__dirname, 'library.js')) as typeof LibraryModule);
}

/** dist/leadershipTime.js: the leadership-time commands and prompts, the nudges and the weekly summary, loaded when one is first needed. */
export function leadershipTimeModule(): typeof LeadershipTimeModule {
  return (leadershipTime ??= require(join(__dirname, 'leadershipTime.js')) as typeof LeadershipTimeModule);
}

/** dist/libraryView.js: the sidebar library's webview provider and the library's commands, loaded when the view first shows or a command first runs. */
export function libraryViewModule(): typeof LibraryViewModule {
  return (libraryView ??= require(join(__dirname, 'libraryView.js')) as typeof LibraryViewModule);
}
