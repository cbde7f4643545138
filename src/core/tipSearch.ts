import type { Tip } from '../shared/contentTypes';
import { SearchIndex, type QueryWord } from './searchIndex';
import { termsOf, tokenize } from './searchTerms';

export interface SearchHit {
  tip: Tip;
  score: number;
  /** The indexed words the query matched, for highlighting. */
  terms: string[];
}

// Title and tag matches outrank category and body matches.
const FIELD_BOOSTS = [3, 2, 1.5, 1];
const MAX_CORRECTIONS = 500;

/**
 * Full-text search over tips (title, tags, category, body): word forms meet on their stem,
 * British and American spellings on one form, each word also matches as a prefix (so a word
 * being typed finds its completions), and a word the library does not hold is corrected to the
 * closest one it does (two edits at most).
 */
export class TipSearch {
  private readonly index: SearchIndex;
  private readonly tips: readonly Tip[];
  private readonly corrections = new Map<string, string>();

  constructor(tips: readonly Tip[], categoryTitles: ReadonlyMap<string, string> = new Map()) {
    this.tips = tips;
    this.index = new SearchIndex(
      tips.map((t) => [t.title, t.tags.join(' '), categoryTitles.get(t.category) ?? t.category, indexableText(t.html)]),
      FIELD_BOOSTS, tokenize, termsOf, [true, true, false, false],
    );
  }

  /**
   * A word the library does not contain is replaced by the closest word it does (two edits at
   * most), so a typo then reaches every form of the intended word through its stem:
   * "delgate" becomes "delegate", whose stem also finds "delegating" and "delegation".
   */
  private corrected(word: string): string {
    if (word.length < 5 || termsOf(word).some((t) => this.index.has(t))) return word;
    const known = this.corrections.get(word);
    if (known !== undefined) return known;
    const maxDistance = Math.min(2, Math.round(word.length * 0.34));
    let best = word;
    let bestDistance = maxDistance + 1;
    for (const term of this.index.wordsNearLength(word.length, maxDistance)) {
      const d = editDistance(word, term, bestDistance + 1);
      if (d <= maxDistance && (d < bestDistance || (d === bestDistance && term < best))) { best = term; bestDistance = d; }
    }
    // Typing produces many half words; remember a bounded number of answers.
    if (this.corrections.size >= MAX_CORRECTIONS) this.corrections.clear();
    this.corrections.set(word, best);
    return best;
  }

  search(query: string, limit = 50): SearchHit[] {
    if (!query.trim()) return [];
    // Each query word matches through its stem, or as the start of a longer one (OR within the
    // word); tips matching every word come first, and when none does, tips matching any word.
    const words: QueryWord[] = [...new Set(tokenize(query))].filter((w) => termsOf(w).length > 0).map((w) => {
      const word = this.corrected(w);
      const terms = termsOf(word);
      return { exact: [...terms, word], prefixes: terms.filter((t) => t.length >= 3) };
    });
    if (words.length === 0) return [];
    const every = this.index.search(words, true);
    const results = every.length > 0 ? every : this.index.search(words, false);
    return results.slice(0, limit).map((r) => ({ tip: this.tips[r.doc], score: r.score, terms: [...new Set([...r.terms, ...this.index.wordsOf(r.terms)])] }));
  }
}

/** The words of rendered HTML, for the index only: tags and entities become spaces (what they encode is punctuation). */
function indexableText(html: string): string {
  return html.replace(/<[^>]*>|&[#a-z0-9]+;/gi, ' ');
}

/**
 * Edit distance between two short words (Levenshtein), for choosing a spelling correction.
 * Stops early once every path costs `limit` or more (the answer is then at least `limit`).
 */
function editDistance(a: string, b: string, limit = Infinity): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (row[j] < rowMin) rowMin = row[j];
    }
    if (rowMin >= limit) return limit;
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
