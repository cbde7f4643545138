import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkAcrossFilesSteps, similarPairSteps } from '../../src/core/contentChecks';
import { runAtOnce } from '../../src/core/hostSlices';
import type { Located } from '../../src/core/contentChecks';
import type { TipWithText } from '../../src/core/contentCompiler';
import { markdownToText } from '../../src/core/plainText';

const similarPairs = (sets: ReadonlySet<string>[], threshold: number) => runAtOnce(similarPairSteps(sets, threshold));

/** The plain way: every pair compared. */
function everyPair(sets: ReadonlySet<string>[], threshold: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i];
      const b = sets[j];
      let shared = 0;
      for (const x of a) if (b.has(x)) shared++;
      const similarity = a.size === 0 || b.size === 0 ? 0 : shared / (a.size + b.size - shared);
      if (similarity >= threshold) out.push([i, j, similarity]);
    }
  }
  return out;
}

describe('near-duplicate tips', () => {
  it('finds exactly the pairs that comparing every pair finds, in the same order (property)', () => {
    // Few distinct words, so that sets overlap often and many pairs sit near the threshold.
    const word = fc.integer({ min: 0, max: 14 }).map((n) => `w${n}`);
    const set = fc.array(word, { maxLength: 12 }).map((ws) => new Set(ws));
    const threshold = fc.oneof(fc.constantFrom(0.45, 0.5, 1 / 3, 0.2, 1, 0), fc.double({ min: 0.01, max: 1, noNaN: true }));
    fc.assert(fc.property(fc.array(set, { maxLength: 25 }), threshold, (sets, t) => {
      assert.deepEqual(similarPairs(sets, t), everyPair(sets, t));
    }), { numRuns: 1000 });
  });

  it('keeps a pair at exactly the threshold, where floating point would cut a prefix short', () => {
    // a ⊂ b, |a| = 55, |b| = 100: exactly 0.55 alike. And 0.55 × 100 is 55.00000000000001 in
    // floating point, whose ceiling would leave b's prefix without a word that a has.
    const b = new Set(Array.from({ length: 100 }, (_, i) => `w${String(i).padStart(3, '0')}`));
    const a = new Set([...b].slice(0, 55));
    assert.equal(0.55 * 100 > 55, true, 'the rounding this test is about');
    assert.deepEqual(similarPairs([a, b], 0.55), [[0, 1, 0.55]]);
    assert.deepEqual(similarPairs([b, a], 0.55), [[0, 1, 0.55]]);
  });

  it('names the later tip of a pair, as the check across files did', () => {
    const tip = (id: string, markdown: string): Located<TipWithText> => ({ id, title: id, category: 'c', mode: 'lead', tags: [], roles: [], contexts: [], markdown, text: markdownToText(markdown), origin: 'test', file: `${id}.md` });
    const body = 'Ask each person what they would change about how the team plans its week, then change one thing.';
    const problems = runAtOnce(checkAcrossFilesSteps([tip('a', body), tip('b', 'Unrelated words about something else entirely here.'), tip('c', `${body} Really.`)]));
    assert.equal(problems.length, 1);
    assert.equal(problems[0].file, 'c.md');
    assert.match(problems[0].message, /tip "c" says nearly the same as "a"/);
  });
});
