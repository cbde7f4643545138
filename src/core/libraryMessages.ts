import type { Localizer } from '../shared/localizer';
import type { ContextPrompt, InitMessage, QueryMessage, ResultsMessage } from '../shared/protocol';
import { rankTips, type LeadershipContext } from './contextRanking';
import { tipCard } from './tipCards';
import type { TipLibrary } from './tipLibrary';

export interface Marks {
  favourites: string[];
  tried: string[];
}

/** What the sidebar needs to paint its home screen: categories, For you now (prompts and tips), marks. */
export function initMessage(library: TipLibrary, context: LeadershipContext, marks: Marks, prompts: readonly ContextPrompt[], l10n: Localizer): InitMessage {
  return {
    type: 'init',
    prompts: prompts.map(({ id, text, actionLabel }) => ({ id, text, actionLabel })),
    categories: library.categoryCounts().map(({ category, count }) => ({ id: category.id, title: category.title, icon: category.icon, count })),
    forYou: rankTips(library.tips, context, 3, l10n).map((r) => ({ tip: tipCard(r.tip), reasons: r.reasons })),
    favourites: marks.favourites,
    tried: marks.tried,
    role: context.role,
    total: library.tips.length,
  };
}

/** The answer to a query from the sidebar: search results, or a filtered list when the query is empty. */
export function resultsMessage(library: TipLibrary, m: QueryMessage, favourites: ReadonlySet<string>): ResultsMessage {
  const filter = { category: m.category || undefined, mode: m.mode, role: m.role || undefined };
  if (m.query.trim()) {
    const allowed = new Set(library.list(filter));
    const hits = library.search(m.query, 100).filter((h) => allowed.has(h.tip) && (!m.favourites || favourites.has(h.tip.id)));
    const terms = [...new Set(hits.flatMap((h) => h.terms))];
    return { type: 'results', seq: m.seq, tips: hits.map((h) => tipCard(h.tip, h.terms)), terms };
  }
  const tips = library.list(filter).filter((t) => !m.favourites || favourites.has(t.id));
  return { type: 'results', seq: m.seq, tips: tips.map((t) => tipCard(t)), terms: [] };
}
