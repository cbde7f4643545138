import { join } from 'node:path';
import type * as CalendarModule from '../features/calendar/calendarModule';
import type * as PackCompiler from '../services/library/packCompiler';
import type * as PeopleModule from '../features/people/peopleModule';

// The boundaries of the Node bundle: code that is big and often unused is a bundle of its own
// next to dist/extension.js, required on first need (a computed path keeps esbuild from inlining
// it). The web bundle has no `require`: there deferredModules.web.ts imports the same modules.

let packs: typeof PackCompiler | undefined;
let people: typeof PeopleModule | undefined;
let calendar: typeof CalendarModule | undefined;

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
