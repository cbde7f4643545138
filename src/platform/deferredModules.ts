import { join } from 'node:path';
import type * as CalendarModule from '../features/calendar/calendarModule';
import type * as LibraryViewModule from '../features/library/viewModule';
import type * as LeadershipTimeModule from '../features/leadershipTime/timeModule';
import type * as PeopleModule from '../features/people/peopleModule';
import type * as NotesModule from '../features/templates/notesModule';
import type * as LibraryModule from '../services/library/libraryModule';
import type * as PackCompiler from '../services/library/packCompiler';

// The boundaries of the Node bundle: what a feature does on first use is a bundle of its own
// next to dist/extension.js (scripts/build.mjs), required on first need (a computed path keeps
// esbuild from inlining it). Only src/extension.ts and the features' register.ts import these
// loaders (eslint); they hand them down. The web bundle has no `require`: there
// deferredModules.web.ts imports the same modules.

const loaded = new Map<string, unknown>();

function load<T>(file: string): T {
  if (!loaded.has(file)) loaded.set(file, require(join(__dirname, file)));
  return loaded.get(file) as T;
}

/** dist/library.js: the library's engine (TipLibrary and its MiniSearch search, the mentor's retrieval, the pack reader), loaded with the content. */
export const libraryEngine = (): typeof LibraryModule => load('library.js');

/** dist/libraryView.js: the sidebar library's webview provider and the library's commands, loaded when the view first shows or a command first runs. */
export const libraryViewModule = (): typeof LibraryViewModule => load('libraryView.js');

/** dist/packs.js: markdown-it, js-yaml and the checks of a team pack, loaded with the first pack. */
export const packCompiler = (): typeof PackCompiler => load('packs.js');

/** dist/notes.js: the note commands (1:1s, retros, self-checks, templates), loaded when one first runs. */
export const notesModule = (): typeof NotesModule => load('notes.js');

/** dist/leadershipTime.js: the leadership-time commands and prompts, the nudges and the weekly summary, loaded when one is first needed. */
export const leadershipTimeModule = (): typeof LeadershipTimeModule => load('leadershipTime.js');

/** dist/people.js: People's service, tree, review preparation and profile.md's YAML, loaded when People is first needed. */
export const peopleModule = (): typeof PeopleModule => load('people.js');

/** dist/calendar.js: ical.js, the calendar's reader, window and prompts, loaded with the first calendar configured. */
export const calendarModule = (): typeof CalendarModule => load('calendar.js');
