import * as assert from 'node:assert/strict';
import { findSeedCopies, SEED_COPY_WORDS, wordsOf } from '../../src/core/seedCopies';

const seed = { path: 'seed.txt', text: 'Leaders build the context in which teams thrive, and managers keep the structure running.' };

describe('seed copies', () => {
  it('catches a run of eight words copied from a seed, with its line and words', () => {
    const file = { path: 'tips/a.md', text: 'A first line.\nWe say leaders build the context in which teams thrive here.' };
    const copies = findSeedCopies([file], [seed]);
    assert.equal(SEED_COPY_WORDS, 8);
    assert.deepEqual(copies, [{ file: 'tips/a.md', line: 2, words: 'leaders build the context in which teams thrive', seed: 'seed.txt' }]);
  });

  it('ignores a run of seven shared words', () => {
    const file = { path: 'tips/b.md', text: 'Leaders build the context in which teams grow.' };
    assert.deepEqual(findSeedCopies([file], [seed]), []);
  });

  it('joins overlapping windows into one run and ignores case, punctuation and Markdown', () => {
    const file = { path: 'tips/c.md', text: '**LEADERS** build the context — in which teams *thrive*, and managers keep it.' };
    const copies = findSeedCopies([file], [seed]);
    assert.equal(copies.length, 1);
    assert.equal(copies[0].words, 'leaders build the context in which teams thrive and managers keep');
  });

  it('lets the title of a cited work be shared, but not a copied sentence beside it', () => {
    const titled = { path: 's.txt', text: 'title: "What Leaders Really Do About Teams And Their Long Term Work"' };
    const citation = { path: 'tips/d.md', text: 'source:\n  title: What Leaders Really Do About Teams And Their Long Term Work\n' };
    assert.deepEqual(findSeedCopies([citation], [titled], ['What Leaders Really Do About Teams And Their Long Term Work']), []);
    assert.equal(findSeedCopies([citation], [titled]).length, 1);
  });

  it('keeps apostrophes inside words and reads the seeds\' mojibake apostrophes as plain ones', () => {
    assert.deepEqual(wordsOf('It‚Äôs the team’s call, isn\'t it?').map((w) => w.word), ["it's", "the", "team's", 'call', "isn't", 'it']);
  });
});
