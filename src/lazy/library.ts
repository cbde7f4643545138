// Entry of dist/library.js, loaded on first use (never at activation): the built-in content,
// the search engine, the ranking and the note templates. Everything heavy lives behind here.
import builtIn from 'leadership-content';
import type { ContentIndex } from '../shared/contentTypes';
import { TipLibrary } from '../core/tipLibrary';
import { retrieveAnswers, type MentorAnswer } from '../core/mentorRetrieval';

export function openLibrary(packs: readonly ContentIndex[] = []): TipLibrary {
  return new TipLibrary([builtIn, ...packs]);
}

export function builtInContent(): ContentIndex {
  return builtIn;
}

/** The mentor's answers to a question, from the library (see core/mentorRetrieval.ts). */
export function ask(library: TipLibrary, question: string, limit?: number): MentorAnswer[] {
  return retrieveAnswers(library, question, limit);
}

// The note commands (1:1 agendas, retros, self-checks): template filling, carry-over,
// question rotation and retro plans, with the pickers and file writing around them.
export { createNoteCommands } from '../features/templates/noteCommands';
