// Entry of dist/library.js, loaded on first use (never at activation): the built-in content,
// the search engine and the ranking, the library view and its commands, the mentor, the note
// templates, and the work behind the API. Everything heavy lives behind here.
import builtIn from 'leadership-content';
import type * as vscode from 'vscode';
import { rankTips as rank, type LeadershipContext, type RankedTip } from '../core/contextRanking';
import { documentKindOf as kindOf, type DocumentKind } from '../core/documentKind';
import { htmlToText } from '../core/plainText';
import { summarize as summary } from '../core/tipLibrary';
import { excerptAround } from '../core/tipSearch';
import { createLibraryFeature as create, type LibraryFeature } from '../features/library/libraryFeature';
import type { LibraryDeps } from '../features/library/wireLibrary';
import { PackLoader } from '../platform/packLoader';
import type { SettingsStore } from '../platform/settingsStore';
import type { ContentIndex, Tip, TipSummary } from '../shared/contentTypes';
import type { Localizer } from '../shared/localizer';
import { TipLibrary } from '../core/tipLibrary';
import { retrieveAnswers, type MentorAnswer } from '../core/mentorRetrieval';

export function openLibrary(packs: readonly ContentIndex[] = []): TipLibrary {
  return new TipLibrary([builtIn, ...packs]);
}

export function builtInContent(): ContentIndex {
  return builtIn;
}

export function createLibraryFeature(extensionUri: vscode.Uri, deps: LibraryDeps): LibraryFeature {
  return create(extensionUri, deps);
}

export function rankTips(tips: readonly Tip[], context: LeadershipContext, limit: number, l10n: Localizer): RankedTip[] {
  return rank(tips, context, limit, l10n);
}

export function summarize(tip: Tip): TipSummary {
  return summary(tip);
}

/** A passage of the tip's text around the first place it mentions one of `terms`. */
export function tipExcerpt(tip: Tip, terms: readonly string[], length: number): string {
  return excerptAround(htmlToText(tip.html), terms, length);
}

export function documentKindOf(path: string, languageId: string, scheme?: string): DocumentKind | undefined {
  return kindOf(path, languageId, scheme);
}

export function createPackLoader(settings: SettingsStore, log: vscode.LogOutputChannel, onWorkspacePackChange: () => void): PackLoader {
  return new PackLoader(settings, log, onWorkspacePackChange);
}

/** The mentor's answers to a question, from the library (see core/mentorRetrieval.ts). */
export function ask(library: TipLibrary, question: string, limit?: number): MentorAnswer[] {
  return retrieveAnswers(library, question, limit);
}

// The note commands (1:1 agendas, retros, self-checks): template filling, carry-over,
// question rotation and retro plans, with the pickers and file writing around them.
export { createNoteCommands } from '../features/templates/noteCommands';

// The mentor: `askMentor`, the @mentor chat handler and its follow-ups.
export { askMentor, handleMentorRequest, mentorFollowups } from '../features/mentor/chatParticipant';
export { tipAsMarkdown } from '../core/tipCards';
