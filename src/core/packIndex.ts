import type { AsPlainObject } from 'minisearch';

/** How a document's fields are read and split into terms: the options MiniSearch is given. */
export interface IndexingOptions<T> {
  fields: readonly string[];
  idOf: (doc: T) => string;
  /** A field's text; undefined leaves the field out (MiniSearch's `extractField`). */
  fieldText: (doc: T, field: string) => string | undefined;
  tokenize: (text: string) => string[];
  /** Always an array of terms (MiniSearch's `processTerm`). */
  processTerm: (word: string) => string[];
}

type Postings = AsPlainObject['index'][number][1];

/** One term: its number in the order MiniSearch meets it, its postings in `base`, and the field it last had a posting in. */
interface Term {
  term: string;
  n: number;
  base: Postings | undefined;
  field: number;
  /** Where that posting is in the store. */
  at: number;
  /** How many postings it has in the store, per field id. */
  counts: number[];
}

/** A growing Int32Array: postings as (term × field, short id, frequency) triples, in the order they are made. */
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
 * `base` (MiniSearch's serialized index: what `toJSON()` returns and `loadJS` takes) with `docs`
 * added, in the same form: the object `loadJS(base)`, then `addAll(docs)`, then `toJSON()` would
 * give, made without MiniSearch's radix tree. MiniSearch 7's `add` looks each word occurrence up
 * in its tree and updates two Maps (about a microsecond each: a 10,000-tip pack has a million);
 * here a word's terms are found once per pack, each posting is three numbers appended to one
 * typed array, the postings are then sorted by term (a counting sort), and each term's are
 * written as JSON text and parsed at once (cheaper than growing an object key by key). `base`
 * is not changed.
 *
 * The same form as MiniSearch's `add` and `toJSON` (minisearch 7.2): short ids continue from
 * `base.nextId`; a field's length is its number of distinct words (before processing), and the
 * average is kept as the same running average, operation for operation; the terms come in the
 * order `addAll` first meets them, after `base`'s own, so `loadJS` builds the same tree; no
 * stored fields (TipSearch gives MiniSearch none). test/unit/packIndex.test.ts fails if this
 * drifts from MiniSearch's own `addAll`.
 *
 * A generator: it yields after each document, each term and every 30,000 postings sorted, so a
 * caller can give the event loop a turn whenever a slice of time is spent (TipSearch.load), or
 * run it through at once.
 */
export function* withDocuments<T>(base: AsPlainObject, docs: readonly T[], options: IndexingOptions<T>): Generator<void, AsPlainObject, void> {
  const { fields, idOf, fieldText, tokenize, processTerm } = options;
  if (base.serializationVersion !== 2) throw new Error(`An index in MiniSearch's serialization version ${base.serializationVersion}, not 2`);
  const fieldIds = fields.map((f) => base.fieldIds[f]);
  if (fieldIds.some((id) => id === undefined)) throw new Error(`The index has fields ${Object.keys(base.fieldIds).join(', ')}, not ${fields.join(', ')}`);
  const fieldCount = Math.max(-1, ...Object.values(base.fieldIds)) + 1;
  const documentIds: AsPlainObject['documentIds'] = { ...base.documentIds };
  const fieldLength: AsPlainObject['fieldLength'] = { ...base.fieldLength };
  const averageFieldLength = [...base.averageFieldLength];
  const known = new Set<string>(Object.values(base.documentIds));
  // Every term in the order MiniSearch first meets it: `base`'s terms first.
  const terms: Term[] = [];
  const byTerm = new Map<string, Term>();
  const addTerm = (term: string, postings: Postings | undefined): Term => {
    const t: Term = { term, n: terms.length, base: postings, field: 0, at: 0, counts: new Array<number>(fieldCount).fill(0) };
    terms.push(t);
    byTerm.set(term, t);
    return t;
  };
  for (const [term, postings] of base.index) addTerm(term, postings);
  // Each distinct word's terms, found once, and the field it was last counted in.
  const words = new Map<string, { terms: Term[]; field: number }>();
  const store = new Store();
  let field = 0;
  let nextId = base.nextId;
  let documentCount = base.documentCount;

  for (const doc of docs) {
    const id = idOf(doc);
    if (id == null) throw new Error('MiniSearch: document does not have ID field "id"');
    if (known.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
    known.add(id);
    const shortId = nextId++;
    const count = documentCount++;
    documentIds[shortId] = id;
    for (let f = 0; f < fields.length; f++) {
      const text = fieldText(doc, fields[f]);
      if (text == null) continue;
      const fieldId = fieldIds[f];
      field++;
      let distinct = 0;
      for (const word of tokenize(text)) {
        let seen = words.get(word);
        if (!seen) {
          seen = { terms: processTerm(word).map((term) => byTerm.get(term) ?? addTerm(term, undefined)), field: 0 };
          words.set(word, seen);
        }
        if (seen.field !== field) {
          seen.field = field;
          distinct++;
        }
        for (const t of seen.terms) {
          // The term's count in this field goes up (two words can share a term), or it gets a posting here.
          if (t.field === field) store.data[t.at + 2]++;
          else {
            t.field = field;
            t.at = store.push(t.n * fieldCount + fieldId, shortId);
            t.counts[fieldId]++;
          }
        }
      }
      // MiniSearch's field length: the number of distinct words, and their running average.
      (fieldLength[shortId] ??= [])[fieldId] = distinct;
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] || 0) * count + distinct) / (count + 1);
    }
    yield;
  }

  // The postings by term and field (a counting sort, in document order within each), a
  // step per 30,000 postings.
  const { data, length } = store;
  const STEP = 3 * 30_000;
  const starts = new Int32Array(terms.length * fieldCount + 1);
  for (const t of terms) for (let fieldId = 0; fieldId < fieldCount; fieldId++) starts[t.n * fieldCount + fieldId + 1] = t.counts[fieldId];
  for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
  const next = starts.slice(0, -1);
  const ids = new Int32Array(length / 3);
  const frequencies = new Int32Array(length / 3);
  for (let from = 0; from < length; from += STEP) {
    for (let i = from; i < Math.min(length, from + STEP); i += 3) {
      const to = next[data[i]]++;
      ids[to] = data[i + 1];
      frequencies[to] = data[i + 2];
    }
    yield;
  }

  // Each added document's key as JSON, made once.
  const keys = Array.from({ length: nextId - base.nextId }, (_, i) => `,"${base.nextId + i}":`);
  const index: AsPlainObject['index'] = [];
  for (const t of terms) {
    const from = t.n * fieldCount;
    if (t.base && starts[from] === starts[from + fieldCount]) index.push([t.term, t.base]);
    else {
      // `{ fieldId: { shortId: frequency } }`, `base`'s postings first.
      const parts: string[] = [];
      for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
        const added = starts[from + fieldId] < starts[from + fieldId + 1];
        if (!t.base?.[fieldId] && !added) continue;
        let json = '';
        for (const [shortId, n] of Object.entries(t.base?.[fieldId] ?? {})) json += `,"${shortId}":${n}`;
        for (let i = starts[from + fieldId]; i < starts[from + fieldId + 1]; i++) json += keys[ids[i] - base.nextId] + frequencies[i];
        parts.push(`"${fieldId}":{${json.slice(1)}}`);
      }
      index.push([t.term, JSON.parse(`{${parts.join(',')}}`) as Postings]);
    }
    yield;
  }
  return {
    documentCount,
    nextId,
    documentIds,
    fieldIds: { ...base.fieldIds },
    fieldLength,
    averageFieldLength,
    storedFields: { ...base.storedFields },
    dirtCount: base.dirtCount,
    index,
    serializationVersion: 2,
  };
}
