import type MiniSearch from 'minisearch';
import type { Tip } from '../shared/contentTypes';
import { nextTurn, runAtOnce, runSliced, type HostSlicing } from './hostSlices';
import { markdownAddressesOut } from './plainText';
import { indexDocuments, type IndexOptions } from './searchIndex';
import { termsOf, tokenize } from './searchTerms';

export interface SearchHit {
  tip: Tip;
  score: number;
  /** The indexed words the query matched, for highlighting. */
  terms: string[];
}

/** The fields a tip is indexed by; the body is its Markdown, whose marks the tokenizer passes over. */
const FIELDS = ['title', 'tags', 'category', 'text'];

/**
 * How long `TipSearch.load` works between two turns it gives the host: 15 ms, not the 20 of
 * hostSlices.ts, since a garbage collection inside a slice has stretched one to about 50 ms
 * (npm run bench, load 3).
 */
const SEARCH_BUDGET_MS = 15;

/** The text of a tip's field, as indexed. */
function fieldText(tip: Tip, field: string, categoryTitles: ReadonlyMap<string, string>): string | undefined {
  if (field === 'id') return tip.id;
  if (field === 'title') return tip.title;
  if (field === 'tags') return tip.tags.join(' ');
  if (field === 'category') return categoryTitles.get(tip.category) ?? tip.category;
  return field === 'text' ? markdownAddressesOut(tip.markdown) : undefined;
}

/**
 * MiniSearch's options for tips: the fields, how they are read and split into terms, and how a
 * query is matched. `processTerm` turns a word into its terms (TipSearch passes one that also
 * records the index's words).
 */
export function searchOptions(categoryTitles: ReadonlyMap<string, string>, processTerm: (word: string) => string[] = termsOf): IndexOptions<Tip> {
  return {
    fields: FIELDS,
    // The tips themselves are the documents: each field is made when its tip is indexed.
    extractField: (tip, field) => fieldText(tip, field, categoryTitles),
    tokenize,
    processTerm: (word) => processTerm(word),
    searchOptions: {
      processTerm: (word) => termsOf(word),
      boost: { title: 3, tags: 2, category: 1.5, text: 1 },
      prefix: (term, i, all) => i === all.length - 1 && term.length >= 3,
      combineWith: 'OR',
    },
  };
}

/**
 * Full-text search over tips (title, tags, category, body) with MiniSearch: word forms meet
 * on their stem, small typos are corrected to the nearest word of the library, the last word
 * matches as a prefix while typing, and a title or tag match outranks a body match. The index is
 * made at run time, from the tips themselves, by searchIndex.ts (what MiniSearch's `addAll`
 * makes, faster and in slices); searching is MiniSearch's own.
 */
export class TipSearch {
  private readonly byId: ReadonlyMap<string, Tip>;

  private constructor(tips: readonly Tip[], private readonly index: MiniSearch<Tip>, private readonly words: Words) {
    this.byId = new Map(tips.map((t) => [t.id, t]));
  }

  /** An index of `tips`, made at once (for a search asked before the background build finished, and for tests). */
  static of(tips: readonly Tip[], categoryTitles: ReadonlyMap<string, string> = new Map()): TipSearch {
    const words = new Words();
    return new TipSearch(tips, runAtOnce(indexDocuments(tips, searchOptions(categoryTitles, words.termsOf))), words);
  }

  /**
   * The same without blocking for long: it starts in a turn of its own, and gives the host a
   * turn (nextTurn) whenever a slice of about 15 ms is spent.
   */
  static async load(tips: readonly Tip[], categoryTitles: ReadonlyMap<string, string>, slicing: Partial<HostSlicing> = {}): Promise<TipSearch> {
    const words = new Words();
    const index = await runSliced(() => indexDocuments(tips, searchOptions(categoryTitles, words.termsOf)), { yieldToHost: nextTurn, budgetMs: SEARCH_BUDGET_MS, ...slicing });
    return new TipSearch(tips, index, words);
  }

  /**
   * A word the library does not contain is replaced by the closest word it does (two edits at
   * most), so a typo then reaches every form of the intended word through its stem:
   * "delgate" becomes "delegate", whose stem also finds "delegating" and "delegation".
   */
  private corrected(word: string): string {
    if (word.length < 5 || this.words.byLength.get(word.length)?.has(word)) return word;
    let best = word;
    let bestDistance = 3;
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      for (const candidate of this.words.byLength.get(length) ?? []) {
        const d = editDistance(word, candidate, bestDistance);
        if (d < bestDistance || (d === bestDistance && candidate < best)) { best = candidate; bestDistance = d; }
      }
    }
    return bestDistance <= 2 ? best : word;
  }

  /** Tips matching any word of the query, best first: for questions rather than typed filters. */
  searchAny(query: string, limit = 50): SearchHit[] {
    return this.run(query, limit, false);
  }

  search(query: string, limit = 50): SearchHit[] {
    return this.run(query, limit, true);
  }

  private run(query: string, limit: number, preferEvery: boolean): SearchHit[] {
    if (!query.trim()) return [];
    // Each query word matches as itself, its stem or a near spelling (OR within the word); tips
    // matching every word come first, and when none does, tips matching any word.
    const perWord = [...new Set(tokenize(query))].filter((w) => termsOf(w).length > 0).map((w) => ({ queries: [this.corrected(w)], combineWith: 'OR' as const }));
    const every = preferEvery ? this.index.search({ queries: perWord, combineWith: 'AND' }) : [];
    const results = every.length > 0 ? every : this.index.search({ queries: perWord, combineWith: 'OR' });
    return results.slice(0, limit).flatMap((r) => {
      const tip = this.byId.get(String(r.id));
      return tip ? [{ tip, score: r.score, terms: r.terms }] : [];
    });
  }
}

/**
 * The words of an index as it is made: each word's first term (itself, cleaned) by length, where
 * typo correction looks, instead of MiniSearch's fuzzy search. `termsOf` is the index's
 * `processTerm`; searchIndex.ts asks it once per distinct word.
 */
class Words {
  readonly byLength = new Map<number, Set<string>>();

  readonly termsOf = (word: string): string[] => {
    const terms = termsOf(word);
    if (terms.length) {
      let words = this.byLength.get(terms[0].length);
      if (!words) this.byLength.set(terms[0].length, (words = new Set()));
      words.add(terms[0]);
    }
    return terms;
  };
}

/** Edit distance between two short words (Levenshtein); Infinity once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (row[j] < best) best = row[j];
    }
    if (best > limit) return Infinity;
    prev = row;
  }
  return prev[b.length];
}

