// The search index made by src/core/searchIndex.ts against what MiniSearch's own addAll makes:
// these tests fail when a MiniSearch upgrade changes how it keeps its index.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { runAtOnce } from '../../src/core/hostSlices';
import { indexDocuments } from '../../src/core/searchIndex';
import { searchOptions, TipSearch } from '../../src/core/tipSearch';
import type { Tip } from '../../src/shared/contentTypes';
import { syntheticTips } from '../fixtures/syntheticTips';
import { builtInContent, builtInVocabulary } from './builtInContent';
import { tip } from './fixtures';

const content = builtInContent();
const titles = new Map(content.categories.map((c) => [c.id, c.title]));

/** Tips that reach the corners of indexing: repeats, a word and its stem, Unicode, hyphens, 1:1, empty fields, stop words only. */
const oddTips: Tip[] = [
  tip({ id: 'odd-repeats', title: 'Delegate delegate DELEGATES delegating', tags: ['delegation', 'delegation'], markdown: 'Delegate, delegate, delegate: delegation is delegating.' }),
  tip({ id: 'odd-unicode', title: 'Café culture: naïve œuvre', tags: ['straße'], category: 'no-such-category', markdown: 'Ｆｕｌｌ-width and ﬁve ligatures; 𝐀𝐁 bold, résumé, Zoë’s team’s retro.' }),
  tip({ id: 'odd-hyphens', title: 'One-on-one check-ins and follow-ups', tags: ['1:1', '1:1s'], markdown: 'Run your 1:1 weekly; well-being, self-review and co-ownership.' }),
  tip({ id: 'odd-empty', title: '', tags: [], markdown: '' }),
  tip({ id: 'odd-stop-words', title: 'How do I do it', tags: ['the'], markdown: 'It is what it is, and so on.' }),
  tip({ id: 'odd-spellings', title: 'Prioritise behaviour in the centre', markdown: 'Prioritize behavior; organised, organized, travelled, traveled, judgement, judgment, dialogue.' }),
];
/** Built-in tips, a synthetic pack and the odd tips, as a library with a pack holds them. */
const tips = [...content.tips.slice(0, 30), ...syntheticTips(300, builtInVocabulary(), 7), ...oddTips];

/** MiniSearch's own way: `addAll`. */
function reference(docs: readonly Tip[] = tips): MiniSearch<Tip> {
  const index = new MiniSearch<Tip>(searchOptions(titles));
  index.addAll(docs);
  return index;
}

const ours = (docs: readonly Tip[] = tips) => runAtOnce(indexDocuments(docs, searchOptions(titles)));

const QUERIES = ['delegation', 'delegate', 'how to give feedback', '1:1', 'one-on-one', 'café', 'resume', 'prioritize', 'behaviour', 'retro actions', 'feedb', 'burnout team', 'ﬁve', 'well-being'];
const raw = (index: MiniSearch<Tip>, q: string) => index.search(q).map((r) => [r.id, r.score, r.terms, r.queryTerms, r.match]);

describe('search index (searchIndex.ts) against MiniSearch\'s own addAll', () => {
  it('is the index addAll makes: the same toJSON(), term order included', () => {
    const expected = reference().toJSON();
    const actual = ours().toJSON();
    const { index: expectedIndex, ...expectedRest } = expected;
    const { index: actualIndex, ...actualRest } = actual;
    assert.deepStrictEqual(actualRest, expectedRest);
    assert.deepStrictEqual(new Map(actualIndex), new Map(expectedIndex));
    assert.deepStrictEqual(actualIndex.map(([term]) => term), expectedIndex.map(([term]) => term));
    assert.equal(actual.documentCount, tips.length);
  });

  it('answers every query exactly as addAll\'s index does (ids, scores, terms, matches)', () => {
    const expected = reference();
    const actual = ours();
    for (const q of QUERIES) assert.deepStrictEqual(raw(actual, q), raw(expected, q), q);
  });

  it('stays a MiniSearch index: documents added, removed and searched through its own API afterwards match addAll\'s', () => {
    const more = syntheticTips(20, builtInVocabulary(), 11);
    const expected = reference();
    const actual = ours();
    for (const index of [expected, actual]) {
      index.addAll(more);
      index.discard(tips[3].id);
      index.remove(more[0]);
    }
    assert.deepStrictEqual(actual.toJSON(), expected.toJSON());
    for (const q of QUERIES) assert.deepStrictEqual(raw(actual, q), raw(expected, q), q);
  });

  it('an empty library is an empty index', () => {
    assert.deepStrictEqual(ours([]).toJSON(), reference([]).toJSON());
  });

  it('refuses a duplicate id, as MiniSearch does', () => {
    assert.throws(() => ours([tips[0], tips[0]]), /duplicate ID/);
  });

  it('package.json pins minisearch (bundled, so a devDependency) to one version: an upgrade is taken on purpose, with these tests run', () => {
    const root = join(__dirname, '..', '..', '..');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync(join(root, 'node_modules', 'minisearch', 'package.json'), 'utf8')) as { version: string };
    assert.match(manifest.devDependencies.minisearch, /^\d+\.\d+\.\d+$/);
    assert.equal(installed.version, manifest.devDependencies.minisearch);
  });
});

describe('TipSearch.load: the index made in slices', () => {
  const hits = (search: TipSearch, q: string) => search.search(q).map((h) => [h.tip.id, h.score, [...h.terms].sort()]);

  it('answers exactly as the index made at once (TipSearch.of), typos corrected alike', async () => {
    const loaded = await TipSearch.load(tips, titles);
    const atOnce = TipSearch.of(tips, titles);
    for (const q of [...QUERIES, 'delgate', 'prioritse']) assert.deepStrictEqual(hits(loaded, q), hits(atOnce, q), q);
  });

  it('gives the event loop a turn whenever a slice\'s budget is spent', async () => {
    let clock = 0;
    let turns = 0;
    const loaded = await TipSearch.load(tips, titles, {
      budgetMs: 10,
      elapsed: () => clock++,
      yieldToHost: async () => { turns++; },
    });
    // A turn first, then one per ten steps (a step is a tip, a term or 30,000 postings).
    assert.ok(turns > tips.length / 10, `${turns} turns`);
    for (const q of QUERIES) assert.deepStrictEqual(hits(loaded, q), hits(TipSearch.of(tips, titles), q), q);
  });

  it('in real time, a large pack takes more than one slice', async () => {
    let turns = 0;
    const big = syntheticTips(2000, builtInVocabulary(), 3);
    await TipSearch.load(big, titles, { budgetMs: 2, yieldToHost: () => new Promise((resolve) => { turns++; setTimeout(resolve, 0); }) });
    assert.ok(turns > 2, `${turns} turns`);
  });
});
