import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import type { Tip } from '../shared/contentTypes';
import { bulkMiniSearch } from './miniSearchBulk';
import { termsOf, tokenize } from './searchTerms';
import { WordTable } from './wordTable';

export interface SearchHit {
  tip: Tip;
  score: number;
  /** The indexed words the query matched, for highlighting. */
  terms: string[];
}

interface IndexedTip {
  id: string;
  title: string;
  tags: string;
  category: string;
  /** The body as rendered HTML: indexed as its text. */
  text: string;
}

/**
 * Full-text search over tips (title, tags, category, body) with MiniSearch: word forms meet
 * on their stem, small typos are corrected to the nearest word of the library, the last word
 * matches as a prefix while typing, and a title or tag match outranks a body match.
 */
export class TipSearch {
  private readonly index: MiniSearch<IndexedTip>;
  private readonly byId: Map<string, Tip>;
  /** Every word the index holds, by length: typo correction looks here, not through fuzzy search. */
  private readonly vocabulary = new Map<number, Set<string>>();

  constructor(tips: readonly Tip[], categoryTitles: ReadonlyMap<string, string> = new Map()) {
    this.byId = new Map(tips.map((t) => [t.id, t]));
    const docs = tips.map((t) => ({
      id: t.id, title: t.title, tags: t.tags.join(' '), category: categoryTitles.get(t.category) ?? t.category, text: t.html,
    }));
    const options: Options<IndexedTip> = {
      fields: ['title', 'tags', 'category', 'text'],
      tokenize,
      // Used for queries; the documents' terms come from bulkMiniSearch below.
      processTerm: (term) => termsOf(term),
      searchOptions: {
        boost: { title: 3, tags: 2, category: 1.5, text: 1 },
        prefix: (term, i, all) => i === all.length - 1 && term.length >= 3,
        combineWith: 'OR',
      },
    };
    // The body is indexed from its HTML, read as its text, without making the text first.
    const remembered = (word: string) => {
      const terms = termsOf(word);
      if (terms.length) this.remember(terms[0]);
      return terms;
    };
    this.index = bulkMiniSearch<IndexedTip>(docs, options, new WordTable(), remembered, ['text']);
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

/** A short passage of `text` around the first place it mentions one of `terms`. */
export function excerptAround(text: string, terms: readonly string[], length = 160): string {
  const sentences = text.match(/[^.!?]+[.!?]*/g) ?? [text];
  const lowered = terms.map((t) => t.toLowerCase());
  let best = 0;
  let bestScore = -1;
  sentences.forEach((s, i) => {
    const words = tokenize(s);
    const score = words.filter((w) => lowered.some((t) => w.startsWith(t))).length;
    if (score > bestScore) { best = i; bestScore = score; }
  });
  let out = sentences[best].trim();
  for (let i = best + 1; out.length < length * 0.6 && i < sentences.length; i++) out += ' ' + sentences[i].trim();
  return out.length > length ? out.slice(0, length - 1).replace(/\s+\S*$/, '') + '…' : out;
}
