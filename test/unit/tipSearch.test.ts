import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { createMarkdownRenderer } from '../../src/core/markdownRenderer';
import { bulkMiniSearch } from '../../src/core/miniSearchBulk';
import { htmlToText } from '../../src/core/plainText';
import { termsOf, tokenize } from '../../src/core/searchTerms';
import { WordTable } from '../../src/core/wordTable';
import { TipLibrary } from '../../src/core/tipLibrary';
import { excerptAround } from '../../src/core/tipSearch';
import { builtInContent } from './builtInContent';
import { contentOf, tip } from './fixtures';

const library = new TipLibrary([contentOf([
  tip({ id: 'delegate-outcomes', title: 'Delegate outcomes, not tasks', category: 'delegation', mode: 'lead', tags: ['ownership'], html: '<p>Hand over the result you need and let people choose the route.</p>' }),
  tip({ id: 'delegation-levels', title: 'Agree the level of autonomy', category: 'delegation', mode: 'manage', html: '<p>Delegating well starts with naming how much is decided without you.</p>' }),
  tip({ id: 'sbi-feedback', title: 'Situation, behaviour, impact', category: 'feedback-coaching', mode: 'manage', roles: ['new-manager'], tags: ['feedback'], html: '<p>Describe what happened and its effect, then ask.</p>' }),
  tip({ id: 'retro-actions', title: 'Two retro actions with owners', category: 'retrospectives', mode: 'both', tags: ['retrospective'], html: '<p>Leave every retrospective with at most two actions, each with an owner.</p>' }),
  tip({ id: 'weekly-one-on-ones', title: 'Weekly 1:1s in the same slot', category: 'one-on-ones', mode: 'manage', tags: ['1:1'], html: '<p>Keep the meeting every week.</p>' }),
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

describe('index building (bulkMiniSearch, WordTable)', () => {
  type Doc = { id: string; title: string; tags: string; category: string; text: string };
  const fields = ['title', 'tags', 'category', 'text'];
  const options = { fields, tokenize, processTerm: (t: string) => termsOf(t) };
  // MiniSearch's own form of an index, with its terms in one order (the tree's order depends on insertion).
  const normalised = (search: MiniSearch<Doc>) => {
    const json = search.toJSON();
    return { ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
  };
  const both = (docs: Doc[]) => {
    const reference = new MiniSearch<Doc>(options);
    reference.addAll(docs.map((d) => ({ ...d, text: htmlToText(d.text) })));
    const bulk = bulkMiniSearch<Doc>(docs, options, new WordTable(), termsOf, ['text']);
    return { reference, bulk };
  };

  it('builds the same MiniSearch index as addAll for the built-in library', () => {
    const docs = builtInContent().tips.map((t) => ({ id: t.id, title: t.title, tags: t.tags.join(' '), category: t.category, text: t.html }));
    const { reference, bulk } = both(docs);
    assert.deepEqual(normalised(bulk), normalised(reference));
    for (const q of ['delegation', 'how to give feedback', '1:1 questions', 'retrosp']) assert.deepEqual(bulk.search(q), reference.search(q), q);
  });

  it('builds the same index as addAll for any documents, upper case, Unicode and HTML included', () => {
    const renderer = createMarkdownRenderer();
    const words = fc.constantFrom('𝐀𝐁', 'Delegate', 'delegation', '1:1', '1:1s', "don't", 'well-known', 'Team’s', 'café', 'Größe', 'naïve', 'x', '42', '—', '&', '<b>', 'R&D', '"quoted"', 'über-cool');
    const text = fc.array(fc.oneof(words, fc.string({ maxLength: 8 })), { maxLength: 12 }).map((w) => w.join(' '));
    const doc = fc.record({ title: text, tags: text, category: text, body: text });
    fc.assert(fc.property(fc.array(doc, { maxLength: 8 }), (raw) => {
      const docs = raw.map((d, i) => ({ id: `tip-${i}`, title: d.title, tags: d.tags, category: d.category, text: renderer.render(d.body) }));
      const { reference, bulk } = both(docs);
      assert.deepEqual(normalised(bulk), normalised(reference));
    }), { numRuns: 300 });
  });

  it('reads the words tokenize finds, in plain text and in rendered HTML, each distinct word numbered once', () => {
    const renderer = createMarkdownRenderer();
    const table = new WordTable();
    const read = (text: string, html: boolean) => {
      const count = table.read(text, html);
      return Array.from(table.ids.subarray(0, count), (id) => table.word(id));
    };
    const sample = fc.constantFrom('𝐀 and 𝐁', '1:1s and 1:12, 21:1, 1:1S', "it’s a re-org—don't", 'A<b>B</b> &amp; c&d', 're-öffnen Café cafe', 'team’s teams’ ‘quoted’ … “x”', 'K\u212a \x01a\x7fb');
    const texts = fc.array(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 60 }), sample), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(texts, (list) => {
      // One table reads them all, as it reads a whole library: earlier texts must not change later ones.
      for (const text of list) {
        assert.deepEqual(read(text, false), tokenize(text));
        const html = renderer.render(text);
        assert.deepEqual(read(html, true), tokenize(htmlToText(html)));
      }
      const all = Array.from({ length: table.size }, (_, id) => table.word(id));
      assert.equal(new Set(all).size, all.length, 'a word numbered twice');
    }), { numRuns: 500 });
  });

  it('numbers only words that were read: a text that needs tokenize leaves no part-words behind', () => {
    const table = new WordTable();
    table.read('re-öffnen the caf', false);
    table.read('plain caf', false);
    const all = Array.from({ length: table.size }, (_, id) => table.word(id));
    assert.deepEqual(all.sort(), ['caf', 'plain', 're-offnen', 'the']);
  });

  it('refuses a document id twice, as addAll does', () => {
    const doc = { id: 'same', title: 'a', tags: '', category: '', text: '' };
    assert.throws(() => bulkMiniSearch<Doc>([doc, doc], options, new WordTable(), termsOf), /duplicate ID same/);
  });
});
