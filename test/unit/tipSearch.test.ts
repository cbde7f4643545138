import * as assert from 'node:assert/strict';
import { TipLibrary } from '../../src/core/tipLibrary';
import { excerptAround } from '../../src/core/searchTerms';
import { TipSearch } from '../../src/core/tipSearch';
import { builtInContent } from './builtInContent';
import { contentOf, tip } from './fixtures';

const library = new TipLibrary([contentOf([
  tip({ id: 'delegate-outcomes', title: 'Delegate outcomes, not tasks', category: 'delegation', mode: 'lead', tags: ['ownership'], markdown: 'Hand over the result you need and let people choose the route.' }),
  tip({ id: 'delegation-levels', title: 'Agree the level of autonomy', category: 'delegation', mode: 'manage', markdown: 'Delegating well starts with naming how much is decided without you.' }),
  tip({ id: 'sbi-feedback', title: 'Situation, behaviour, impact', category: 'feedback-coaching', mode: 'manage', roles: ['new-manager'], tags: ['feedback'], markdown: 'Describe what happened and its effect, then ask.' }),
  tip({ id: 'retro-actions', title: 'Two retro actions with owners', category: 'retrospectives', mode: 'both', tags: ['retrospective'], markdown: 'Leave every retrospective with at most two actions, each with an owner.' }),
  tip({ id: 'weekly-one-on-ones', title: 'Weekly 1:1s in the same slot', category: 'one-on-ones', mode: 'manage', tags: ['1:1'], markdown: 'Keep the meeting every week.' }),
])]);

const ids = (q: string) => library.search(q).map((h) => h.tip.id);

describe('tip search', () => {
  for (const q of ['delegate', 'delegation', 'delegating', 'delgate', 'Delegation']) {
    it(`finds both delegation tips for "${q}"`, () => {
      const found = ids(q);
      assert.ok(found.includes('delegate-outcomes') && found.includes('delegation-levels'), `${q}: ${found.join(', ')}`);
      assert.ok(!found.includes('retro-actions'), `${q} does not find unrelated tips`);
    });
  }

  it('ranks a title match above a body match', () => {
    assert.equal(ids('outcomes')[0], 'delegate-outcomes');
  });

  it('matches the last word as a prefix while typing', () => {
    assert.ok(ids('retrosp').includes('retro-actions'));
  });

  it('prefers tips that match every word', () => {
    assert.deepEqual(ids('delegate ownership'), ['delegate-outcomes']);
  });

  it('finds 1:1 tips and ignores words that carry no meaning', () => {
    assert.ok(ids('how do I run my 1:1').includes('weekly-one-on-ones'));
    assert.deepEqual(ids('how do I'), []);
    assert.deepEqual(ids('   '), []);
  });

  it('returns the matched terms for highlighting', () => {
    const [hit] = library.search('delegation');
    assert.ok(hit.terms.length > 0);
  });
});

describe('tip library', () => {
  it('filters by category, lens (mode), role and query', () => {
    assert.deepEqual(library.list({ category: 'delegation' }).map((t) => t.id).sort(), ['delegate-outcomes', 'delegation-levels']);
    const lead = library.list({ mode: 'lead' }).map((t) => t.id);
    assert.ok(lead.includes('delegate-outcomes') && lead.includes('retro-actions') && !lead.includes('sbi-feedback'));
    assert.ok(!library.list({ role: 'staff-engineer' }).some((t) => t.id === 'sbi-feedback'));
    assert.ok(library.list({ role: 'new-manager' }).some((t) => t.id === 'sbi-feedback'));
    assert.deepEqual(library.list({ query: 'delegate', mode: 'manage' }).map((t) => t.id), ['delegation-levels']);
  });

  it('counts tips per category, leaving out empty ones', () => {
    const counts = library.categoryCounts({ mode: 'lead' }).map((c) => [c.category.id, c.count]);
    assert.deepEqual(counts, [['delegation', 1], ['retrospectives', 1]]);
  });

  it('never lets a pack replace a built-in tip', () => {
    const packed = new TipLibrary([contentOf([tip({ id: 'x', title: 'Built in' })]), contentOf([tip({ id: 'x', title: 'From a pack', origin: '/pack' })])]);
    assert.equal(packed.get('x')?.title, 'Built in');
    assert.equal(packed.tips.length, 1);
  });

  it('lists built-in templates before a pack\'s, and never lets a pack replace one', () => {
    const template = (id: string, kind: string, origin: string) => ({ id, kind, origin, title: `${id} (${origin})`, description: 'd', variables: [], questionCategories: [], questionCount: 3, body: 'b' });
    const builtIn = { ...contentOf([]), templates: [template('regular', 'one-on-one', 'built-in'), template('sailboat', 'retro', 'built-in')] };
    const pack = { ...contentOf([]), templates: [template('walk', 'one-on-one', '/pack'), template('regular', 'one-on-one', '/pack'), template('regular', 'retro', '/pack')] };
    const packed = new TipLibrary([builtIn, pack]);
    assert.deepEqual(packed.templates.map((t) => `${t.kind}/${t.id} ${t.origin}`), ['one-on-one/regular built-in', 'retro/sailboat built-in', 'one-on-one/walk /pack', 'retro/regular /pack']);
    assert.deepEqual(packed.templatesOf('one-on-one').map((t) => t.id), ['regular', 'walk']);
  });
});

describe('excerpt', () => {
  it('picks the sentence that mentions the terms', () => {
    const text = 'First sentence about planning. Second sentence about delegation and trust. Third one.';
    assert.match(excerptAround(text, ['deleg'], 60), /^Second sentence about delegation/);
  });
});

describe('the search index, made in the background', () => {
  const content = builtInContent();
  const titles = new Map(content.categories.map((c) => [c.id, c.title]));
  const queries = ['delegation', 'delgate', 'how to give feedback', '1:1 questions', 'retrosp', 'prioritize', 'burnout in the team'];
  const hits = (search: { search(q: string): { tip: { id: string }; score: number; terms: string[] }[] }, q: string) => search.search(q).map((h) => [h.tip.id, h.score.toFixed(9), [...h.terms].sort()]);

  it('made in slices (TipSearch.load), searches exactly like the index made at once', async () => {
    const packTips = Array.from({ length: 250 }, (_, i) => tip({ id: `pack-${i}`, title: `Pack tip ${i} on delegation and feedback`, category: 'delegation', mode: 'both', tags: ['pack'], markdown: `Team ritual number ${i}: prioritise the retrospective.` }));
    const tips = [...content.tips, ...packTips];
    const background = await TipSearch.load(tips, titles);
    const atOnce = TipSearch.of(tips, titles);
    for (const q of [...queries, 'ritual', 'pack tip 42']) assert.deepEqual(hits(background, q), hits(atOnce, q), q);
  });

  it('a library finds the same tips before and after prepareSearch', async () => {
    const pack = contentOf([tip({ id: 'team-ritual', title: 'Our team ritual', category: 'delegation', mode: 'both', markdown: 'Every Friday we demo.' })]);
    const early = new TipLibrary([{ ...content }, pack]);
    const late = new TipLibrary([{ ...content }, pack]);
    await late.prepareSearch();
    for (const q of [...queries, 'ritual demo']) assert.deepEqual(early.search(q).map((h) => h.tip.id), late.search(q).map((h) => h.tip.id), q);
    assert.equal(late.search('ritual')[0]?.tip.id, 'team-ritual');
  });
});
