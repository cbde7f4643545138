import MiniSearch, { type Options } from 'minisearch';
import type { WordTable } from './wordTable';

/** MiniSearch's term index: term → field id → short document id → occurrences. */
type TermData = Map<number, Map<number, number>>;

/**
 * Builds a MiniSearch index in one pass, for large libraries (a 10,000-tip pack).
 *
 * `addAll` inserts every word occurrence into MiniSearch's radix tree, one lookup each: about
 * 2 million for 10,000 tips, seconds of work. Here the words are numbered as they are read
 * (WordTable), each distinct word is made into its terms once, the occurrences are counted per
 * field in typed arrays, and each distinct term goes into the tree once. MiniSearch makes the
 * instance (`loadJS`, the loader behind `loadJSON`, given everything but the terms), and the
 * terms go into its index map, the one internal this relies on: the structure `add` itself
 * fills. test/unit/tipSearch.test.ts proves the result equal to what `addAll` builds (through
 * `toJSON()`), so a MiniSearch release that changes it fails there; package.json pins the
 * version. Searching is MiniSearch's, unchanged.
 *
 * `words` reads each field: as HTML, read as its text, for the fields in `htmlFields`; the words
 * it finds are the ones `options.tokenize` returns for the field (for HTML, for its text).
 * `terms` maps a word to its index terms like MiniSearch's `processTerm`; it is called once per
 * distinct word. Documents store no fields.
 */
export function bulkMiniSearch<Doc extends { id: string }>(
  docs: readonly Doc[],
  options: Options<Doc>,
  words: WordTable,
  terms: (word: string) => readonly string[],
  htmlFields: readonly (keyof Doc & string)[] = [],
): MiniSearch<Doc> {
  const fields = options.fields as (keyof Doc & string)[];
  const isHtml = fields.map((field) => htmlFields.includes(field));
  const termNames: string[] = [];
  const termIds = new Map<string, number>();
  // Each word's terms, made when the word is first met: termList[termStart[word] … termEnd[word]).
  const termStart = new Growing(-1);
  const termEnd = new Growing(-1);
  const termList = new Growing();
  // The field (by serial number) each word was last seen in, to count a field's distinct words.
  const seenIn = new Growing();
  // Occurrences of each term in the field being read, and which terms it has touched.
  const counts = new Growing();
  const touched = new Growing();
  // Per field: [term, short id, occurrences, …] in document order, grouped by term at the end.
  const postings = fields.map(() => new Growing());
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  const averageFieldLength: number[] = [];
  const seen = new Set<string>();
  let serial = 0;

  const meet = (word: number) => {
    termStart.set(word, termList.length);
    for (const term of terms(words.word(word))) {
      let id = termIds.get(term);
      if (id === undefined) {
        termIds.set(term, (id = termNames.length));
        termNames.push(term);
        counts.set(id, 0);
      }
      termList.push(id);
    }
    termEnd.set(word, termList.length);
  };

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
      const count = words.read(String(value), isHtml[fieldId]);
      const ids = words.ids;
      // Room for every word met so far; the arrays read in the loop are held in locals (the loop
      // runs for every word of a library), read again after `meet` may have grown them.
      termStart.reserve(words.size);
      termEnd.reserve(words.size);
      seenIn.reserve(words.size);
      touched.reserve(termNames.length);
      const starts = termStart.data;
      const ends = termEnd.data;
      const seenData = seenIn.data;
      let list = termList.data;
      let c = counts.data;
      let touchedData = touched.data;
      let nTouched = 0;
      for (let k = 0; k < count; k++) {
        const word = ids[k];
        if (starts[word] < 0) {
          meet(word);
          touched.reserve(termNames.length);
          list = termList.data;
          c = counts.data;
          touchedData = touched.data;
        }
        if (seenData[word] !== serial) {
          seenData[word] = serial;
          distinct++;
        }
        for (let t = starts[word], end = ends[word]; t < end; t++) {
          const term = list[t];
          if (c[term]++ === 0) touchedData[nTouched++] = term;
        }
      }
      // As MiniSearch does: a field's length is its number of distinct words; the average is a running mean.
      lengths[fieldId] = distinct;
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * shortId + distinct) / (shortId + 1);
      const out = postings[fieldId];
      out.reserve(out.length + 3 * nTouched);
      const triples = out.data;
      let at = out.length;
      for (let j = 0; j < nTouched; j++) {
        const term = touchedData[j];
        triples[at++] = term;
        triples[at++] = shortId;
        triples[at++] = c[term];
        c[term] = 0;
      }
      out.length = at;
    });
  });

  const search = MiniSearch.loadJS<Doc>({
    documentCount: docs.length, nextId: docs.length, documentIds, fieldIds: Object.fromEntries(fields.map((f, i) => [f, i])),
    fieldLength, averageFieldLength, storedFields: {}, dirtCount: 0, index: [], serializationVersion: 2,
  }, options);
  const index = (search as unknown as { _index: { set(term: string, data: TermData): unknown } })._index;
  // Each term's map of documents is filled in one go (filling thousands of maps at once, as the
  // fields are read, is twice as slow).
  const byTerm = postings.map((p) => groupByTerm(p, termNames.length));
  termNames.forEach((term, id) => {
    const data: TermData = new Map();
    byTerm.forEach(({ start, docs: pairs }, fieldId) => {
      const from = 2 * start[id];
      const to = 2 * start[id + 1];
      if (from === to) return;
      const docCounts = new Map<number, number>();
      for (let i = from; i < to; i += 2) docCounts.set(pairs[i], pairs[i + 1]);
      data.set(fieldId, docCounts);
    });
    index.set(term, data);
  });
  return search;
}

/**
 * [term, short id, occurrences, …] as [short id, occurrences, …] grouped by term (a counting
 * sort, so each term's documents stay in order): term t's pairs are pairs start[t] to start[t + 1].
 */
function groupByTerm(triples: Growing, termCount: number): { start: Int32Array; docs: Int32Array } {
  const { data, length } = triples;
  const start = new Int32Array(termCount + 1);
  for (let i = 0; i < length; i += 3) start[data[i] + 1]++;
  for (let t = 0; t < termCount; t++) start[t + 1] += start[t];
  const next = start.slice(0, termCount);
  const docs = new Int32Array((2 * length) / 3);
  for (let i = 0; i < length; i += 3) {
    const at = 2 * next[data[i]]++;
    docs[at] = data[i + 1];
    docs[at + 1] = data[i + 2];
  }
  return { start, docs };
}

/** A list of 32-bit integers that grows as needed: typed arrays keep a million numbers out of the garbage collector's way. */
class Growing {
  data: Int32Array;
  length = 0;

  /** `fill`: what a place holds before it is set. */
  constructor(private readonly fill = 0) {
    this.data = new Int32Array(1024).fill(fill);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(this.length + 1);
    this.data[this.length++] = value;
  }

  set(at: number, value: number): void {
    this.reserve(at + 1);
    this.data[at] = value;
    if (at >= this.length) this.length = at + 1;
  }

  /** Room for `size` values. */
  reserve(size: number): void {
    if (size <= this.data.length) return;
    const data = new Int32Array(Math.max(size, 2 * this.data.length));
    data.set(this.data);
    if (this.fill !== 0) data.fill(this.fill, this.data.length);
    this.data = data;
  }
}
