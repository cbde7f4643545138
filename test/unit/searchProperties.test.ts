import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TipLibrary } from '../../src/core/tipLibrary';
import { builtInContent } from './builtInContent';

describe('search (properties, over the built-in library)', () => {
  const library = new TipLibrary([builtInContent()]);
  const tips = new Set(library.tips);
  const words = [...new Set(library.tips.flatMap((t) => `${t.title} ${t.tags.join(' ')}`.split(/\s+/)))];
  // Any text at all, and text made of the library's own words with typos and odd characters.
  const query = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('1:1', "don't", 'one-on-one', 'ﬁve', 'café', '—', '’s', '🙂', '\u0000', '<script>')), { maxLength: 8 }).map((w) => w.join(' ')),
    fc.tuple(fc.constantFrom(...words), fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([w, i, c]) => w.slice(0, i % (w.length + 1)) + c + w.slice((i % (w.length + 1)) + 1)),
  );

  it('never throws, and every result is a tip of the library, once, best first, within the limit', () => {
    fc.assert(fc.property(query, fc.integer({ min: 0, max: 60 }), (q, limit) => {
      const hits = library.search(q, limit);
      assert.ok(hits.length <= limit);
      assert.equal(new Set(hits.map((h) => h.tip.id)).size, hits.length);
      for (const [i, h] of hits.entries()) {
        assert.ok(tips.has(h.tip), `${h.tip.id} is a tip of the library`);
        assert.ok(Number.isFinite(h.score) && h.score > 0);
        assert.ok(i === 0 || hits[i - 1].score >= h.score);
        assert.ok(h.terms.every((t) => typeof t === 'string' && t.length > 0));
      }
    }), { numRuns: 3000 });
  });

  it('finds every tip by its own title', () => {
    for (const t of library.tips) assert.ok(library.search(t.title, 10).some((h) => h.tip.id === t.id), t.title);
  });

  it('list() with a query returns only tips that pass the filter', () => {
    fc.assert(fc.property(query, fc.constantFrom(undefined, 'lead', 'manage'), (q, mode) => {
      for (const t of library.list({ query: q, mode })) assert.ok(tips.has(t) && (!mode || t.mode === mode || t.mode === 'both'));
    }), { numRuns: 500 });
  });
});
