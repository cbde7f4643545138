import MiniSearch, { type Options } from 'minisearch';
import { WordList } from './searchTerms';

/** MiniSearch's term index: term → field id → short document id → occurrences. */
type TermData = Map<number, Map<number, number>>;

/**
 * Builds a MiniSearch index in one pass, for large libraries (a 10,000-tip pack).
 *
 * `addAll` inserts every word occurrence into MiniSearch's radix tree, one lookup each: about
 * 2 million for 10,000 tips, seconds of work. Here each distinct word is processed once, the
 * occurrences are counted per field in flat arrays, and each distinct term goes into the tree
 * once; words are looked up by their place in the text (WordTable), so a word seen before is
 * never cut out again. MiniSearch makes the instance (`loadJS`, the loader behind `loadJSON`,
 * given everything but the terms), and the terms go into its index map, the one internal this
 * relies on: the structure `add` itself fills. test/unit/tipSearch.test.ts proves the result equal to what
 * `addAll` builds (through `toJSON()`), so a MiniSearch release that changes it fails there;
 * package.json pins the version. Searching is MiniSearch's, unchanged.
 *
 * `eachWord` lists a field's words in order, as places in a text (a word is its slice with ASCII
 * letters lower-cased), into the list it is given: the words `options.tokenize` would return
 * for the field (which may hold HTML that `eachWord` reads as its text). `terms` maps a word to its index terms like MiniSearch's `processTerm`; it is
 * called once per distinct word. Documents store no fields.
 */
export function bulkMiniSearch<Doc extends { id: string }>(
  docs: readonly Doc[],
  options: Options<Doc>,
  eachWord: (text: string, field: keyof Doc & string, into: WordList) => WordList,
  terms: (word: string) => readonly string[],
): MiniSearch<Doc> {
  const fields = options.fields as (keyof Doc & string)[];
  const termNames: string[] = [];
  const termIds = new Map<string, number>();
  // postings[field id][term id] = [short id, occurrences, short id, occurrences, …]; made into
  // MiniSearch's maps at the end (filling thousands of maps as fields are read is twice as slow).
  const postings: number[][][] = fields.map(() => []);
  // Occurrences of each term in the field being read, and which terms it has touched.
  const counts: number[] = [];
  const touched: number[] = [];
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      termIds.set(term, (id = termNames.length));
      termNames.push(term);
      counts.push(0);
      for (const byTerm of postings) byTerm.push([]);
    }
    return id;
  };
  const words = new WordTable();
  const list = new WordList();
  // Per distinct word (by its number in `words`): its term ids, and the field (by serial number) it was last seen in.
  const wordTerms: number[][] = [];
  const seenIn: number[] = [];
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  const averageFieldLength: number[] = [];
  const seen = new Set<string>();
  let serial = 0;

  docs.forEach((doc, shortId) => {
    if (seen.has(doc.id)) throw new Error(`MiniSearch: duplicate ID ${doc.id}`);
    seen.add(doc.id);
    documentIds[shortId] = doc.id;
    const lengths: number[] = (fieldLength[shortId] = []);
    fields.forEach((field, fieldId) => {
      const value = doc[field];
      if (value == null) return;
      serial++;
      let distinct = 0;
      const { text, bounds, count } = eachWord(String(value), field, list);
      for (let k = 0; k < count; k++) {
        const word = words.idOf(text, bounds[2 * k], bounds[2 * k + 1]);
        if (word === wordTerms.length) {
          wordTerms.push(terms(words.text(word)).map(idOf));
          seenIn.push(0);
        }
        if (seenIn[word] !== serial) {
          seenIn[word] = serial;
          distinct++;
        }
        const ids = wordTerms[word];
        for (let i = 0; i < ids.length; i++) if (counts[ids[i]]++ === 0) touched.push(ids[i]);
      }
      // As MiniSearch does: a field's length is its number of distinct words; the average is a running mean.
      lengths[fieldId] = distinct;
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * shortId + distinct) / (shortId + 1);
      const byTerm = postings[fieldId];
      for (const id of touched) {
        byTerm[id].push(shortId, counts[id]);
        counts[id] = 0;
      }
      touched.length = 0;
    });
  });

  const search = MiniSearch.loadJS<Doc>({
    documentCount: docs.length, nextId: docs.length, documentIds, fieldIds: Object.fromEntries(fields.map((f, i) => [f, i])),
    fieldLength, averageFieldLength, storedFields: {}, dirtCount: 0, index: [], serializationVersion: 2,
  }, options);
  const index = (search as unknown as { _index: { set(term: string, data: TermData): unknown } })._index;
  termNames.forEach((term, id) => {
    const data: TermData = new Map();
    postings.forEach((byTerm, fieldId) => {
      const list = byTerm[id];
      if (!list.length) return;
      const docCounts = new Map<number, number>();
      for (let i = 0; i < list.length; i += 2) docCounts.set(list[i], list[i + 1]);
      data.set(fieldId, docCounts);
    });
    index.set(term, data);
  });
  return search;
}

/** Characters a word of plain text is made of (a–z, 0–9, the joiners ' ’ - and the colon of 1:1), upper case folded. */
const SYMBOLS = 40;
function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 48 && c <= 57) return c - 22;
  if (c === 39) return 36;
  if (c === 8217) return 37;
  if (c === 45) return 38;
  if (c === 58) return 39;
  return -1;
}

/**
 * Numbers the distinct words of the texts it is shown, looked up by their bounds in a text so
 * that a word seen before is never cut out again: a trie walked one character at a time (no
 * hashing, no comparing), with a map for the rare word of other characters. ASCII letters
 * count as lower case.
 */
class WordTable {
  /** next[state × SYMBOLS + symbol]: the state after that character, 0 for none yet (state 0 is the root). */
  private next = new Int32Array(1024 * SYMBOLS);
  /** The word ending at each state, -1 for none. */
  private wordAt = new Int32Array(1024).fill(-1);
  private states = 1;
  private readonly others = new Map<string, number>();
  private readonly words: string[] = [];

  /** The word's number: the next free one (the count so far) when it is new. */
  idOf(s: string, start: number, end: number): number {
    let state = 0;
    for (let i = start; i < end; i++) {
      const symbol = symbolOf(s.charCodeAt(i));
      if (symbol < 0) return this.other(s.slice(start, end).toLowerCase());
      const at = state * SYMBOLS + symbol;
      state = this.next[at] || this.grow(at);
    }
    const id = this.wordAt[state];
    if (id >= 0) return id;
    this.wordAt[state] = this.words.length;
    this.words.push(s.slice(start, end).toLowerCase());
    return this.words.length - 1;
  }

  text(id: number): string {
    return this.words[id];
  }

  /** A new state for the transition at `at`, making room when the arrays are full. */
  private grow(at: number): number {
    if (this.states === this.wordAt.length) {
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
      const wordAt = new Int32Array(this.wordAt.length * 2).fill(-1);
      wordAt.set(this.wordAt);
      this.wordAt = wordAt;
    }
    this.next[at] = this.states;
    return this.states++;
  }

  private other(word: string): number {
    let id = this.others.get(word);
    if (id === undefined) {
      this.others.set(word, (id = this.words.length));
      this.words.push(word);
    }
    return id;
  }
}
