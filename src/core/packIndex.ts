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

/** One term: its postings in `base`, and the documents added, per field id as [short id, term frequency, …]. */
interface Term {
  term: string;
  base: Postings | undefined;
  added: number[][];
}

/**
 * `base` (MiniSearch's serialized index: what `toJSON()` returns and `loadJS` takes) with `docs`
 * added, in the same form: the object `loadJS(base)`, then `addAll(docs)`, then `toJSON()` would
 * give, made without MiniSearch's radix tree. MiniSearch 7's `add` looks each word occurrence up
 * in its tree and updates two Maps (about a microsecond each: a 10,000-tip pack has a million);
 * here a word's terms are found once per pack, a term's postings are appended to a plain array,
 * and each term's postings are written as JSON text and parsed at once (cheaper than growing
 * an object key by key). `base` is not changed.
 *
 * The same form as MiniSearch's `add` and `toJSON` (minisearch 7.2): short ids continue from
 * `base.nextId`; a field's length is its number of distinct words (before processing), and the
 * average is kept as the same running average, operation for operation; the terms come in the
 * order `addAll` first meets them, after `base`'s own, so `loadJS` builds the same tree; no
 * stored fields (TipSearch gives MiniSearch none). test/unit/packIndex.test.ts fails if this
 * drifts from MiniSearch's own `addAll`.
 *
 * A generator: it yields after each document and each term, so a caller can give the event
 * loop a turn whenever a slice of time is spent (TipSearch.load), or run it through at once.
 */
export function* withDocuments<T>(base: AsPlainObject, docs: readonly T[], options: IndexingOptions<T>): Generator<void, AsPlainObject, void> {
  const { fields, idOf, fieldText, tokenize, processTerm } = options;
  if (base.serializationVersion !== 2) throw new Error(`An index in MiniSearch's serialization version ${base.serializationVersion}, not 2`);
  const fieldIds = fields.map((f) => base.fieldIds[f]);
  if (fieldIds.some((id) => id === undefined)) throw new Error(`The index has fields ${Object.keys(base.fieldIds).join(', ')}, not ${fields.join(', ')}`);
  const documentIds: AsPlainObject['documentIds'] = { ...base.documentIds };
  const fieldLength: AsPlainObject['fieldLength'] = { ...base.fieldLength };
  const averageFieldLength = [...base.averageFieldLength];
  const known = new Set<string>(Object.values(base.documentIds));
  // Every term in the order MiniSearch first meets it: `base`'s terms first.
  const fieldCount = Math.max(-1, ...Object.values(base.fieldIds)) + 1;
  const newTerm = (term: string, postings: Postings | undefined): Term => ({ term, base: postings, added: Array.from({ length: fieldCount }, () => []) });
  const terms = new Map<string, Term>(base.index.map(([term, postings]) => [term, newTerm(term, postings)]));
  // Each distinct word's terms, found once, and the field it was last counted in.
  const wordsSeen = new Map<string, { terms: Term[]; field: number }>();
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
        let seen = wordsSeen.get(word);
        if (!seen) {
          const wordTerms = processTerm(word).map((term) => {
            let t = terms.get(term);
            if (!t) terms.set(term, (t = newTerm(term, undefined)));
            return t;
          });
          wordsSeen.set(word, (seen = { terms: wordTerms, field: 0 }));
        }
        if (seen.field !== field) {
          seen.field = field;
          distinct++;
        }
        for (const t of seen.terms) {
          const list = t.added[fieldId];
          // The term's count in this field goes up, or the field is its first here.
          if (list[list.length - 2] === shortId) list[list.length - 1]++;
          else list.push(shortId, 1);
        }
      }
      // MiniSearch's field length: the number of distinct words, and their running average.
      (fieldLength[shortId] ??= [])[fieldId] = distinct;
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] || 0) * count + distinct) / (count + 1);
    }
    yield;
  }

  const index: AsPlainObject['index'] = [];
  for (const t of terms.values()) {
    index.push([t.term, t.base && t.added.every((list) => list.length === 0) ? t.base : postingsOf(t)]);
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

/** A term's postings, `base`'s and the added ones, as `{ fieldId: { shortId: frequency } }`. */
function postingsOf(t: Term): Postings {
  const parts: string[] = [];
  for (let fieldId = 0; fieldId < t.added.length; fieldId++) {
    if (!t.base?.[fieldId] && t.added[fieldId].length === 0) continue;
    let json = '';
    for (const [shortId, n] of Object.entries(t.base?.[fieldId] ?? {})) json += `,"${shortId}":${n}`;
    const list = t.added[fieldId];
    for (let i = 0; i < list.length; i += 2) json += ',"' + list[i] + '":' + list[i + 1];
    parts.push(`"${fieldId}":{${json.slice(1)}}`);
  }
  return JSON.parse(`{${parts.join(',')}}`) as Postings;
}
