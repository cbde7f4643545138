import * as vscode from 'vscode';
import type * as CalendarModule from '../features/calendar/calendarModule';
import type * as LibraryViewModule from '../features/library/viewModule';
import type * as LeadershipTimeModule from '../features/leadershipTime/timeModule';
import type * as MentorModule from '../features/mentor/mentorModule';
import type * as PeopleModule from '../features/people/peopleModule';
import type * as NotesModule from '../features/templates/notesModule';
import type * as LibraryModule from '../services/library/libraryModule';
import type * as PackCompiler from '../services/library/packCompiler';
import * as host from './host';

// The deferred bundles: what a feature does on first use is a bundle of its own in dist/
// (scripts/build.mjs), loaded on first need. Both runtimes load the same files: a deferred
// bundle requires only `vscode`, `#host` (platform/host.ts, this bundle's copy, with the host in
// place), `#yaml` (dist/yaml.js, js-yaml, which packs.js and people.js share) and `#markdown`
// (dist/markdown.js, markdown-it, which packs.js and libraryView.js share), and is handed them
// here. How one is read is the host's: a web worker reads all of them while the extension
// activates (platform/host.ts), Node each when first needed (src/nodeHost.ts). Only
// src/extension.ts and the features' register.ts import these loaders (eslint); they hand them down.

/** The deferred bundles, by file name in dist/. */
const DEFERRED_FILES = ['library.js', 'libraryView.js', 'mentor.js', 'packs.js', 'notes.js', 'leadershipTime.js', 'people.js', 'calendar.js', 'yaml.js', 'markdown.js'] as const;
type DeferredFile = (typeof DEFERRED_FILES)[number];

/** What a deferred bundle may require (scripts/build.mjs makes every other import part of it). */
function deferredRequire(id: string): unknown {
  if (id === 'vscode') return vscode;
  if (id === '#host') return host;
  if (id === '#yaml') return load('yaml.js');
  if (id === '#markdown') return load('markdown.js');
  throw new Error(`A deferred bundle required "${id}"; only "vscode", "#host", "#yaml" and "#markdown" are provided.`);
}

/** Reads the deferred bundles ahead where a runtime must (a web worker reads a file only asynchronously); undefined where there is nothing to wait for. */
export function readDeferredModules(extensionUri: vscode.Uri): Promise<void> | undefined {
  return host.readBundles(extensionUri, DEFERRED_FILES);
}

const loaded = new Map<string, unknown>();

function load<T>(file: DeferredFile): T {
  if (!loaded.has(file)) {
    const module = { exports: {} };
    host.compiledBundle(file)(module.exports, deferredRequire, module);
    loaded.set(file, module.exports);
  }
  return loaded.get(file) as T;
}

/** dist/library.js: the library's engine (TipLibrary and its MiniSearch search, the mentor's retrieval, the pack reader), loaded with the content. */
export const libraryEngine = (): typeof LibraryModule => load('library.js');

/** dist/libraryView.js: the sidebar library's webview provider and the library's commands, loaded when the view first shows or a command first runs. */
export const libraryViewModule = (): typeof LibraryViewModule => load('libraryView.js');

/** dist/mentor.js: the mentor's answers, in the sidebar (Ask the Mentor) and in chat (@mentor), loaded when it is first asked. */
export const mentorModule = (): typeof MentorModule => load('mentor.js');

/** dist/packs.js: the checks of a team pack, loaded with the first pack (it loads dist/markdown.js and dist/yaml.js in turn). */
export const packCompiler = (): typeof PackCompiler => load('packs.js');

/** dist/notes.js: the note commands (1:1s, retros, self-checks, templates), loaded when one first runs. */
export const notesModule = (): typeof NotesModule => load('notes.js');

/** dist/leadershipTime.js: the leadership-time commands and prompts, the nudges and the weekly summary, loaded when one is first needed. */
export const leadershipTimeModule = (): typeof LeadershipTimeModule => load('leadershipTime.js');

/** dist/people.js: People's service, tree, review preparation and profile.md's YAML, loaded when People is first needed. */
export const peopleModule = (): typeof PeopleModule => load('people.js');

/** dist/calendar.js: ical.js, the calendar's reader, window and prompts, loaded with the first calendar configured. */
export const calendarModule = (): typeof CalendarModule => load('calendar.js');
