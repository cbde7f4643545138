import MiniSearch, { type Options } from 'minisearch';

/**
 * MiniSearch's options, with the ones this file reads given: each field's text (`extractField`,
 * also asked for the id), how it is split into words (`tokenize`) and each word's terms
 * (`processTerm`: here always an array, and the same whatever the field).
 */
export type IndexOptions<T> = Omit<Options<T>, 'processTerm'> & Required<Pick<Options<T>, 'extractField' | 'tokenize'>> & {
  processTerm: (word: string) => string[];
};

/** MiniSearch's data for one term: field id → short document id → occurrences. */
type TermData = Map<number, Map<number, number>>;

/** The one MiniSearch internal this file writes: its radix tree of terms, the map `add` fills. */
interface TermIndex {
  set(term: string, data: TermData): unknown;
  readonly size: number;
}

/** A growing Int32Array: postings as (term × field, short id, occurrences) triples, in the order they are made. */
class Store {
  data = new Int32Array(3 << 14);
  length = 0;

  push(bucket: number, shortId: number): number {
    if (this.length + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.length;
    this.data[at] = bucket;
    this.data[at + 1] = shortId;
    this.data[at + 2] = 1;
    this.length += 3;
    return at;
  }
}

/**
 * The MiniSearch index of `docs`, the same as `new MiniSearch(options).addAll(docs)`
 * makes, several times faster (npm run bench: a 10,000-tip pack in about a sixth of the time of
 * MiniSearch's `addAllAsync`), and as a generator that yields after each document, every
 * 30,000 postings and each term, so a caller can give the host a turn whenever a slice of time is
 * spent (TipSearch.load) or run it through at once (runAtOnce).
 *
 * Why not `addAll`: it looks every word occurrence up in MiniSearch's radix tree and updates two
 * Maps, about a microsecond each, and a 10,000-tip pack has a million occurrences. Here each
 * distinct word's terms are found once, a posting is three numbers appended to one typed array,
 * the postings are grouped by term (a counting sort) and each term goes into the tree once.
 * (MiniSearch's `addAllAsync` and `loadJSAsync` slice the work too, but wait a timer, 1 ms or
 * more, every few documents or every 1,000 terms: npm run bench shows both beside this.)
 *
 * What MiniSearch makes from public API: the instance, from `loadJS` given everything but the
 * terms (document ids, field lengths and their averages). What is written past it: the terms,
 * into its private `_index` (TermIndex above), the structure `add` itself fills. The same form
 * as minisearch 7.2's `add`: short ids from 0 in document order; a field's length is its number
 * of distinct words (before processing), and its average is kept as the same running average,
 * operation for operation; terms go in in the order `addAll` first meets them. package.json pins
 * minisearch, and test/unit/searchIndex.test.ts fails if the result (its `toJSON()` and its
 * answers) drifts from `addAll`'s: check there before taking a MiniSearch upgrade.
 */
export function* indexDocuments<T>(docs: readonly T[], options: IndexOptions<T>): Generator<void, MiniSearch<T>, void> {
  const { fields, extractField, tokenize, processTerm } = options;
  const idField = options.idField ?? 'id';
  const fieldCount = fields.length;
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  const averageFieldLength: number[] = [];
  const known = new Set<string>();
  // Every term in the order MiniSearch first meets it, by number; per term and field, its number
  // of postings; per term, the field (by serial number) it last had a posting in and where that
  // posting is in the store.
  const terms: string[] = [];
  const termNumbers = new Map<string, number>();
  const counts: number[] = [];
  const termField: number[] = [];
  const termAt: number[] = [];
  const termOf = (term: string): number => {
    let t = termNumbers.get(term);
    if (t === undefined) {
      termNumbers.set(term, (t = terms.length));
      terms.push(term);
      termField.push(0);
      termAt.push(0);
      for (let f = 0; f < fieldCount; f++) counts.push(0);
    }
    return t;
  };
  // Each distinct word by number: its terms, found once, and the field it was last counted in.
  const wordNumbers = new Map<string, number>();
  const wordTerms: number[][] = [];
  const wordField: number[] = [];
  const store = new Store();
  let field = 0;

  for (let shortId = 0; shortId < docs.length; shortId++) {
    const doc = docs[shortId];
    const id = extractField(doc, idField) as string | undefined;
    if (id == null) throw new Error(`MiniSearch: document does not have ID field "${idField}"`);
    if (known.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
    known.add(id);
    documentIds[shortId] = id;
    for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
      const value = extractField(doc, fields[fieldId]) as unknown;
      if (value == null) continue;
      field++;
      let distinct = 0;
      for (const word of tokenize(String(value), fields[fieldId])) {
        let w = wordNumbers.get(word);
        if (w === undefined) {
          wordNumbers.set(word, (w = wordTerms.length));
          wordTerms.push(processTerm(word).map(termOf));
          wordField.push(0);
        }
        if (wordField[w] !== field) {
          wordField[w] = field;
          distinct++;
        }
        const wordsTerms = wordTerms[w];
        for (let k = 0; k < wordsTerms.length; k++) {
          const t = wordsTerms[k];
          // The term's count in this field goes up (two words can share a term), or it gets a posting here.
          if (termField[t] === field) store.data[termAt[t] + 2]++;
          else {
            termField[t] = field;
            termAt[t] = store.push(t * fieldCount + fieldId, shortId);
            counts[t * fieldCount + fieldId]++;
          }
        }
      }
      // MiniSearch's field length: the number of distinct words, and their running average.
      (fieldLength[shortId] ??= [])[fieldId] = distinct;
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] || 0) * shortId + distinct) / (shortId + 1);
    }
    yield;
  }

  // The postings by term and field (a counting sort, in document order within each), a step
  // per 30,000 postings.
  const { data, length } = store;
  const STEP = 3 * 30_000;
  const starts = new Int32Array(counts.length + 1);
  for (let b = 0; b < counts.length; b++) starts[b + 1] = starts[b] + counts[b];
  const next = starts.slice(0, -1);
  const ids = new Int32Array(length / 3);
  const occurrences = new Int32Array(length / 3);
  for (let from = 0; from < length; from += STEP) {
    for (let i = from; i < Math.min(length, from + STEP); i += 3) {
      const to = next[data[i]]++;
      ids[to] = data[i + 1];
      occurrences[to] = data[i + 2];
    }
    yield;
  }

  const search = MiniSearch.loadJS<T>({
    documentCount: docs.length, nextId: docs.length, documentIds, fieldIds: Object.fromEntries(fields.map((f, i) => [f, i])),
    fieldLength, averageFieldLength, storedFields: {}, dirtCount: 0, index: [], serializationVersion: 2,
  }, options);
  const index = termIndexOf(search);
  for (let t = 0; t < terms.length; t++) {
    const termData: TermData = new Map();
    for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
      const from = starts[t * fieldCount + fieldId];
      const to = starts[t * fieldCount + fieldId + 1];
      if (from === to) continue;
      const postings = new Map<number, number>();
      for (let i = from; i < to; i++) postings.set(ids[i], occurrences[i]);
      termData.set(fieldId, postings);
    }
    index.set(terms[t], termData);
    yield;
  }
  return search;
}

/** MiniSearch's term index, checked to be what this file expects (an empty map with `set`). */
function termIndexOf<T>(search: MiniSearch<T>): TermIndex {
  const index = (search as unknown as { _index?: TermIndex })._index;
  if (typeof index?.set !== 'function' || index.size !== 0) throw new Error('This MiniSearch version keeps its terms differently: see src/core/searchIndex.ts');
  return index;
}
