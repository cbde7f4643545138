import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { StoredSearchIndex, Tip } from '../shared/contentTypes';
import { withDocuments, type IndexingOptions } from './packIndex';
import { htmlToText } from './plainText';
import { nextTurn, runAtOnce, runSliced, type HostSlicing } from './hostSlices';
import { termsOf, tokenize } from './searchTerms';

export interface SearchHit {
  tip: Tip;
  score: number;
  /** The indexed words the query matched, for highlighting. */
  terms: string[];
}

/** The fields a tip is indexed by; the body is its rendered HTML read as text. */
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
  return field === 'text' ? htmlToText(tip.html) : undefined;
}

/**
 * MiniSearch's options for tips: the fields, how they are read and split into terms, and how a
 * query is matched. `processTerm` turns a word into its terms (TipSearch passes a cached one).
 */
export function searchOptions(categoryTitles: ReadonlyMap<string, string>, processTerm: (word: string) => string[] = termsOf): Options<Tip> {
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
 * matches as a prefix while typing, and a title or tag match outranks a body match. Only
 * MiniSearch's public API: `addAll`, `toJSON`, `loadJS` and `loadJSAsync`. A pack's tips are
 * written into the stored index in MiniSearch's own serialized form (packIndex.ts), then loaded:
 * faster than MiniSearch's `addAllAsync` (npm run bench measures both).
 */
export class TipSearch {
  private index: MiniSearch<Tip>;
  private readonly byId = new Map<string, Tip>();
  /** Every word the index holds, by length: typo correction looks here, not through fuzzy search. */
  private readonly vocabulary = new Map<number, Set<string>>();
  /** Each distinct word's terms, made once: a large pack repeats its words a thousand times. */
  private readonly termCache = new Map<string, string[]>();

  private constructor(private readonly categoryTitles: ReadonlyMap<string, string>, stored?: StoredSearchIndex) {
    this.index = new MiniSearch<Tip>(this.options());
    for (const word of stored?.vocabulary ?? []) this.remember(word);
  }

  private options(): Options<Tip> {
    return searchOptions(this.categoryTitles, (word) => this.indexTerms(word));
  }

  /** An index of `tips`, built at once with MiniSearch's `addAll` (for the build, tests and small libraries). */
  static of(tips: readonly Tip[], categoryTitles: ReadonlyMap<string, string> = new Map()): TipSearch {
    const search = new TipSearch(categoryTitles);
    search.add(tips);
    search.index.addAll(tips);
    return search;
  }

  /**
   * `stored` (the built-in index) with `more` tips added, without blocking for long: it starts
   * in a turn of its own, the tips are written into the stored index's serialized form in
   * slices of about 15 ms with a turn between them, and the result is read with
   * `loadJSAsync`, which gives a turn (a 0 ms timer: 1 ms in Node) every 1,000 terms and every
   * 1,000 documents of a term's field: about 240 turns for a 10,000-tip pack.
   */
  static async load(stored: StoredSearchIndex | undefined, known: readonly Tip[], more: readonly Tip[], categoryTitles: ReadonlyMap<string, string>, slicing: Partial<HostSlicing> = {}): Promise<TipSearch> {
    let search!: TipSearch;
    const index = await runSliced(() => {
      search = TipSearch.withKnown(stored, known, more, categoryTitles);
      return search.withTips(stored, more);
    }, { yieldToHost: nextTurn, budgetMs: SEARCH_BUDGET_MS, ...slicing });
    search.index = await MiniSearch.loadJSAsync<Tip>(index, search.options());
    return search;
  }

  /** The same at once, for a search asked before the background build finished. */
  static loadNow(stored: StoredSearchIndex | undefined, known: readonly Tip[], more: readonly Tip[], categoryTitles: ReadonlyMap<string, string>): TipSearch {
    const search = TipSearch.withKnown(stored, known, more, categoryTitles);
    search.index = MiniSearch.loadJS<Tip>(runAtOnce(search.withTips(stored, more)), search.options());
    return search;
  }

  /** A search that answers with `known` and `more` and knows the stored index's words; its index is made next. */
  private static withKnown(stored: StoredSearchIndex | undefined, known: readonly Tip[], more: readonly Tip[], categoryTitles: ReadonlyMap<string, string>): TipSearch {
    const search = new TipSearch(categoryTitles, stored);
    search.add(known);
    search.add(more);
    return search;
  }

  /** The stored index (or an empty one) with `tips` added, in MiniSearch's serialized form; yields after each tip. */
  private withTips(stored: StoredSearchIndex | undefined, tips: readonly Tip[]): Generator<void, AsPlainObject, void> {
    const base = stored ? (stored.miniSearch as AsPlainObject) : this.index.toJSON();
    const indexing: IndexingOptions<Tip> = {
      fields: FIELDS,
      idOf: (tip) => tip.id,
      fieldText: (tip, field) => fieldText(tip, field, this.categoryTitles),
      tokenize,
      processTerm: (word) => this.indexTerms(word),
    };
    return withDocuments(base, tips, indexing);
  }

  /** This index in the form `load` takes (scripts/contentBuild.ts stores the built-in one). */
  stored(): StoredSearchIndex {
    return { miniSearch: this.index.toJSON(), vocabulary: [...this.vocabulary.values()].flatMap((words) => [...words]).sort() };
  }

  /** Tips a search may answer with, by id. */
  private add(tips: readonly Tip[]): void {
    for (const tip of tips) this.byId.set(tip.id, tip);
  }

  private indexTerms(word: string): string[] {
    let terms = this.termCache.get(word);
    if (!terms) {
      this.termCache.set(word, (terms = termsOf(word)));
      if (terms.length) this.remember(terms[0]);
    }
    return terms;
  }

  private remember(word: string): void {
    let words = this.vocabulary.get(word.length);
    if (!words) this.vocabulary.set(word.length, (words = new Set()));
    words.add(word);
  }

  /**
   * A word the library does not contain is replaced by the closest word it does (two edits at
   * most), so a typo then reaches every form of the intended word through its stem:
   * "delgate" becomes "delegate", whose stem also finds "delegating" and "delegation".
   */
  private corrected(word: string): string {
    if (word.length < 5 || this.vocabulary.get(word.length)?.has(word)) return word;
    let best = word;
    let bestDistance = 3;
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      for (const candidate of this.vocabulary.get(length) ?? []) {
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

