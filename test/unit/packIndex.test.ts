// The pack's index written in MiniSearch's serialized form (src/core/packIndex.ts) against what
// MiniSearch's own addAll makes: these tests fail when a MiniSearch upgrade changes the form.
import * as assert from 'node:assert/strict';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { withDocuments } from '../../src/core/packIndex';
import { termsOf, tokenize } from '../../src/core/searchTerms';
import { searchOptions, TipSearch } from '../../src/core/tipSearch';
import type { StoredSearchIndex, Tip } from '../../src/shared/contentTypes';
import { syntheticTips } from '../fixtures/syntheticTips';
import { builtInContent, builtInVocabulary } from './builtInContent';
import { tip } from './fixtures';

const content = builtInContent();
const titles = new Map(content.categories.map((c) => [c.id, c.title]));
/** A small "built-in" library, its index stored the way the build stores it (MiniSearch's addAll, toJSON, JSON). */
const builtInTips = content.tips.slice(0, 30);
const stored = JSON.parse(JSON.stringify(TipSearch.of(builtInTips, titles).stored())) as StoredSearchIndex;
const storedIndex = stored.miniSearch as AsPlainObject;

/** Tips that reach the corners of indexing: repeats, a word and its stem, Unicode, hyphens, 1:1, empty fields, stop words only. */
const oddTips: Tip[] = [
  tip({ id: 'odd-repeats', title: 'Delegate delegate DELEGATES delegating', tags: ['delegation', 'delegation'], html: '<p>Delegate, delegate, delegate: delegation is delegating.</p>' }),
  tip({ id: 'odd-unicode', title: 'Café culture: naïve œuvre', tags: ['straße'], category: 'no-such-category', html: '<p>Ｆｕｌｌ-width and ﬁve ligatures; 𝐀𝐁 bold, résumé, Zoë’s team’s retro.</p>' }),
  tip({ id: 'odd-hyphens', title: 'One-on-one check-ins and follow-ups', tags: ['1:1', '1:1s'], html: '<p>Run your 1:1 weekly; well-being, self-review and co-ownership.</p>' }),
  tip({ id: 'odd-empty', title: '', tags: [], html: '' }),
  tip({ id: 'odd-stop-words', title: 'How do I do it', tags: ['the'], html: '<p>It is what it is, and so on.</p>' }),
  tip({ id: 'odd-spellings', title: 'Prioritise behaviour in the centre', html: '<p>Prioritize behavior; organised, organized, travelled, traveled, judgement, judgment, dialogue.</p>' }),
];
const pack = [...syntheticTips(300, builtInVocabulary(), 7), ...oddTips];

/**
 * What `loadJS(builtIn)` then `addAll(pack)` gives: MiniSearch's own way. On a copy: the
 * MiniSearch that loadJS makes keeps the given `averageFieldLength` array and adds to it in place.
 */
function reference(): MiniSearch<Tip> {
  const index = MiniSearch.loadJS<Tip>(structuredClone(storedIndex), searchOptions(titles));
  index.addAll(pack);
  return index;
}

function ours(): AsPlainObject {
  const build = withDocuments(storedIndex, pack, {
    fields: ['title', 'tags', 'category', 'text'],
    idOf: (t) => t.id,
    fieldText: (t, field) => searchOptions(titles).extractField?.(t, field) as string | undefined,
    tokenize,
    processTerm: termsOf,
  });
  let step = build.next();
  while (!step.done) step = build.next();
  return step.value;
}

const QUERIES = ['delegation', 'delegate', 'how to give feedback', '1:1', 'one-on-one', 'café', 'resume', 'prioritize', 'behaviour', 'retro actions', 'feedb', 'burnout team', 'ﬁve', 'well-being'];
const raw = (index: MiniSearch<Tip>, q: string) => index.search(q).map((r) => [r.id, r.score, r.terms, r.queryTerms, r.match]);

describe('pack index written in MiniSearch\'s serialized form', () => {
  it('is what MiniSearch\'s own loadJS + addAll makes: loadJS(ours).toJSON() equals it, term order included', () => {
    const expected = reference().toJSON();
    const merged = ours();
    const actual = MiniSearch.loadJS<Tip>(merged, searchOptions(titles)).toJSON();
    const { index: expectedIndex, ...expectedRest } = expected;
    const { index: actualIndex, ...actualRest } = actual;
    assert.deepStrictEqual(actualRest, expectedRest);
    assert.deepStrictEqual(new Map(actualIndex), new Map(expectedIndex));
    assert.deepStrictEqual(actualIndex.map(([term]) => term), expectedIndex.map(([term]) => term));
    // The object handed to loadJS is itself that form, but for the order of its terms.
    assert.deepStrictEqual({ ...merged, index: new Map(merged.index) }, { ...expected, index: new Map(expectedIndex) });
    assert.equal(expected.documentCount, builtInTips.length + pack.length);
  });

  it('answers every query exactly as MiniSearch\'s own index does (ids, scores, terms, matches)', () => {
    const expected = reference();
    const actual = MiniSearch.loadJS<Tip>(ours(), searchOptions(titles));
    for (const q of QUERIES) assert.deepStrictEqual(raw(actual, q), raw(expected, q), q);
  });

  it('does not change the stored index it starts from', () => {
    const before = JSON.stringify(storedIndex);
    ours();
    assert.equal(JSON.stringify(storedIndex), before);
  });

  it('refuses a duplicate id, as MiniSearch does', () => {
    const build = withDocuments(storedIndex, [builtInTips[0]], { fields: ['title'], idOf: (t) => t.id, fieldText: (t) => t.title, tokenize, processTerm: termsOf });
    assert.throws(() => build.next(), /duplicate ID/);
  });
});

describe('TipSearch.load: the stored index with a pack, in slices', () => {
  const hits = (search: TipSearch, q: string) => search.search(q).map((h) => [h.tip.id, h.score, [...h.terms].sort()]);

  it('gives the index, vocabulary and answers of the index built at once with addAll', async () => {
    const loaded = await TipSearch.load(stored, builtInTips, pack, titles);
    const now = TipSearch.loadNow(stored, builtInTips, pack, titles);
    const atOnce = TipSearch.of([...builtInTips, ...pack], titles);
    const expected = reference().toJSON();
    for (const search of [loaded, now]) {
      const { index, ...rest } = search.stored().miniSearch as AsPlainObject;
      const { index: expectedIndex, ...expectedRest } = expected;
      assert.deepStrictEqual(rest, expectedRest);
      assert.deepStrictEqual(index, expectedIndex);
      assert.deepStrictEqual(search.stored().vocabulary, atOnce.stored().vocabulary);
      for (const q of [...QUERIES, 'delgate', 'prioritse']) assert.deepStrictEqual(hits(search, q), hits(atOnce, q), q);
    }
  });

  it('without a stored index, makes the index addAll makes', async () => {
    const loaded = await TipSearch.load(undefined, [], pack, titles);
    assert.deepStrictEqual(loaded.stored(), TipSearch.of(pack, titles).stored());
  });

  it('leaves the stored index as it was (a library made again after a pack changes starts from it)', async () => {
    const before = JSON.stringify(stored);
    await TipSearch.load(stored, builtInTips, pack, titles);
    TipSearch.loadNow(stored, builtInTips, pack, titles);
    assert.equal(JSON.stringify(stored), before);
  });

  it('gives the event loop a turn whenever a slice\'s budget is spent', async () => {
    let clock = 0;
    let turns = 0;
    const loaded = await TipSearch.load(stored, builtInTips, pack, titles, {
      budgetMs: 10,
      elapsed: () => clock++,
      yieldToHost: async () => { turns++; },
    });
    // A turn first, then one per ten steps (a step is a tip or a term).
    assert.ok(turns > pack.length / 10, `${turns} turns`);
    assert.deepStrictEqual(loaded.stored(), TipSearch.loadNow(stored, builtInTips, pack, titles).stored());
  });

  it('in real time, a large pack takes more than one slice', async () => {
    let turns = 0;
    const big = syntheticTips(2000, builtInVocabulary(), 3);
    await TipSearch.load(stored, builtInTips, big, titles, { budgetMs: 2, yieldToHost: () => new Promise((resolve) => { turns++; setTimeout(resolve, 0); }) });
    assert.ok(turns > 2, `${turns} turns`);
  });
});
