// An inverted index over a few weighted text fields, scored with BM25+. Built in one pass that
// analyses each distinct word once and records postings in one growing typed array, grouped by
// term at the end, so a 10,000-tip pack indexes in a fraction of a second (npm run bench).

/** One query word: the index terms it matches exactly, and those it matches as a prefix. */
export interface QueryWord {
  exact: readonly string[];
  /** Index terms starting with one of these also match, weighted down by how much longer they are. */
  prefixes: readonly string[];
}

export interface IndexMatch {
  doc: number;
  score: number;
  /** The index terms that matched, for highlighting. */
  terms: string[];
}

const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;
const PREFIX_WEIGHT = 0.375;

/** An Int32Array that grows as values are appended. */
class IntLog {
  data = new Int32Array(4096);
  length = 0;
  push(a: number, b: number, c: number, d: number): void {
    if (this.length + 4 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
    this.data[this.length++] = c;
    this.data[this.length++] = d;
  }
}

export class SearchIndex {
  // Terms are numbered. The postings of term t are the (document, field, count) triples
  // postings[3 * start[t] … 3 * start[t + 1]), and documents[t] counts the documents holding it.
  private readonly ids = new Map<string, number>();
  private readonly start: Int32Array;
  private readonly postings: Int32Array;
  private readonly documents: Int32Array;
  private readonly lengths: Uint32Array[];
  private readonly averageLengths: number[];
  /** Each distinct word of the documents and its term ids. */
  private readonly analysed = new Map<string, number[]>();
  private sortedTerms: string[] | undefined;
  private wordsByLength: Map<number, string[]> | undefined;
  private wordsByTerm: Map<string, string[]> | undefined;

  /**
   * `docs[d][f]` is the text of field f of document d; `boosts[f]` weighs that field.
   * `tokenize` splits a text into words, `termsOf` turns one word into its index terms. In the
   * fields marked in `wholeWords` (short ones: a title, tags) each word is also indexed as it is
   * written, so a query using that very word ranks the document above one using another form.
   */
  constructor(
    docs: readonly (readonly string[])[],
    private readonly boosts: readonly number[],
    tokenize: (text: string) => string[],
    termsOf: (word: string) => string[],
    wholeWords: readonly boolean[] = [],
  ) {
    this.lengths = boosts.map(() => new Uint32Array(docs.length));
    const totals = boosts.map(() => 0);
    const log = new IntLog();
    let counts = new Int32Array(1024);
    const touched: number[] = [];
    const withWord = new Map<string, number[]>();
    for (let d = 0; d < docs.length; d++) {
      for (let f = 0; f < boosts.length; f++) {
        const words = tokenize(docs[d][f] ?? '');
        this.lengths[f][d] = words.length;
        totals[f] += words.length;
        for (const word of words) {
          let terms = this.analysed.get(word);
          if (!terms) {
            terms = termsOf(word).map((t) => this.idOf(t));
            this.analysed.set(word, terms);
          }
          if (wholeWords[f] && terms.length > 0) {
            let more = withWord.get(word);
            if (!more) withWord.set(word, (more = [...new Set([...terms, this.idOf(word)])]));
            terms = more;
          }
          if (this.ids.size > counts.length) {
            const grown = new Int32Array(this.ids.size * 2);
            grown.set(counts);
            counts = grown;
          }
          for (const id of terms) if (counts[id]++ === 0) touched.push(id);
        }
        for (const id of touched) {
          log.push(id, d, f, counts[id]);
          counts[id] = 0;
        }
        touched.length = 0;
      }
    }
    this.averageLengths = totals.map((t) => Math.max(1, t / Math.max(1, docs.length)));

    // Group the log by term (a counting sort), and count each term's documents.
    const terms = this.ids.size;
    const entries = log.length / 4;
    this.start = new Int32Array(terms + 1);
    this.documents = new Int32Array(terms);
    const lastDoc = new Int32Array(terms).fill(-1);
    for (let i = 0; i < log.length; i += 4) {
      const id = log.data[i];
      this.start[id + 1]++;
      if (lastDoc[id] !== log.data[i + 1]) {
        lastDoc[id] = log.data[i + 1];
        this.documents[id]++;
      }
    }
    for (let t = 0; t < terms; t++) this.start[t + 1] += this.start[t];
    const next = this.start.slice(0, terms);
    this.postings = new Int32Array(entries * 3);
    for (let i = 0; i < log.length; i += 4) {
      const at = 3 * next[log.data[i]]++;
      this.postings[at] = log.data[i + 1];
      this.postings[at + 1] = log.data[i + 2];
      this.postings[at + 2] = log.data[i + 3];
    }
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.ids.size));
    return id;
  }

  get documentCount(): number {
    return this.lengths[0]?.length ?? 0;
  }

  has(term: string): boolean {
    return this.ids.has(term);
  }

  /** The words of the documents that produced these index terms (a stem or a folded spelling is not always one). */
  wordsOf(terms: readonly string[]): string[] {
    if (!this.wordsByTerm) {
      const byId = new Map<number, string[]>();
      for (const [word, ids] of this.analysed) {
        for (const id of ids) {
          const list = byId.get(id);
          if (!list) byId.set(id, [word]);
          else if (list.length < 20) list.push(word);
        }
      }
      this.wordsByTerm = new Map([...this.ids].map(([term, id]) => [term, byId.get(id) ?? []]));
    }
    return [...new Set(terms.flatMap((t) => this.wordsByTerm!.get(t) ?? []))];
  }

  /** Words of the documents whose length is within `spread` of `length` (for spelling correction). */
  wordsNearLength(length: number, spread: number): string[] {
    if (!this.wordsByLength) {
      this.wordsByLength = new Map();
      for (const [word, ids] of this.analysed) {
        if (ids.length === 0) continue;
        const list = this.wordsByLength.get(word.length) ?? [];
        list.push(word);
        this.wordsByLength.set(word.length, list);
      }
    }
    const out: string[] = [];
    for (let l = length - spread; l <= length + spread; l++) out.push(...(this.wordsByLength.get(l) ?? []));
    return out;
  }

  /**
   * Documents matching `all` the words (or, with all = false, any), best first. A word
   * matches a document when any of its exact terms or prefix expansions occurs in any field.
   */
  search(words: readonly QueryWord[], all: boolean): IndexMatch[] {
    const perWord = words.map((w) => this.scoreWord(w));
    const merged = new Map<number, { score: number; terms: Set<string>; words: number }>();
    for (const scores of perWord) {
      for (const [doc, s] of scores) {
        const m = merged.get(doc);
        if (m) {
          m.score += s.score + s.best;
          m.words++;
          for (const t of s.terms) m.terms.add(t);
        } else merged.set(doc, { score: s.score + s.best, terms: new Set(s.terms), words: 1 });
      }
    }
    const out: IndexMatch[] = [];
    for (const [doc, m] of merged) {
      if (all && m.words < perWord.length) continue;
      // With `any`, a document matching more of the words comes first.
      out.push({ doc, score: m.score * (all ? 1 : m.words / perWord.length), terms: [...m.terms] });
    }
    return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  /**
   * Each document's score for one query word: the sum over its exact terms, plus the best of
   * its prefix completions (a sum would favour documents that use many forms of a word).
   */
  private scoreWord(word: QueryWord): Map<number, { score: number; best: number; terms: string[] }> {
    const exact = new Set(word.exact.filter((t) => this.ids.has(t)));
    const completions = new Map<string, number>();
    for (const prefix of word.prefixes) {
      for (const term of this.withPrefix(prefix)) {
        if (exact.has(term)) continue;
        const weight = (PREFIX_WEIGHT * prefix.length) / (prefix.length + 0.3 * (term.length - prefix.length));
        completions.set(term, Math.max(completions.get(term) ?? 0, weight));
      }
    }
    const scores = new Map<number, { score: number; best: number; terms: string[] }>();
    const add = (term: string, weight: number, isExact: boolean) => {
      const id = this.ids.get(term)!;
      const n = this.documentCount;
      const idf = Math.log(1 + (n - this.documents[id] + 0.5) / (this.documents[id] + 0.5));
      for (let i = 3 * this.start[id]; i < 3 * this.start[id + 1]; i += 3) {
        const doc = this.postings[i];
        const f = this.postings[i + 1];
        const tf = this.postings[i + 2];
        const norm = tf + K1 * (1 - B + (B * this.lengths[f][doc]) / this.averageLengths[f]);
        const score = weight * this.boosts[f] * idf * (DELTA + (tf * (K1 + 1)) / norm);
        let s = scores.get(doc);
        if (!s) scores.set(doc, (s = { score: 0, best: 0, terms: [] }));
        if (isExact) s.score += score;
        else s.best = Math.max(s.best, score);
        if (!s.terms.includes(term)) s.terms.push(term);
      }
    };
    for (const term of exact) add(term, 1, true);
    for (const [term, weight] of completions) add(term, weight, false);
    return scores;
  }

  /** Index terms that start with `prefix` and are longer than it (binary search in the sorted terms). */
  private withPrefix(prefix: string): string[] {
    const sorted = (this.sortedTerms ??= [...this.ids.keys()].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++) if (sorted[i] !== prefix) out.push(sorted[i]);
    return out;
  }
}
