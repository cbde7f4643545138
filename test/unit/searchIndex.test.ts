import * as assert from 'node:assert/strict';
import { SearchIndex } from '../../src/core/searchIndex';
import { termsOf, tokenize } from '../../src/core/searchTerms';
import { TipLibrary } from '../../src/core/tipLibrary';
import { contentOf, tip } from './fixtures';

describe('search index', () => {
  const docs = [['Delegate outcomes', 'ownership', 'Delegation', 'Hand over the result you need.'], ['Weekly review', '', 'Planning', 'Prioritise the roadmap with the team.'], ['Centre of gravity', 'focus', 'Focus', 'Organise your week around one theme.']];
  const index = new SearchIndex(docs, [3, 2, 1.5, 1], tokenize, termsOf);
  const find = (q: string, all = true) => index.search(tokenize(q).map((w) => ({ exact: termsOf(w), prefixes: termsOf(w) })), all).map((m) => m.doc);

  it('meets word forms on their stem', () => {
    assert.deepEqual(find('delegating'), [0]);
    assert.deepEqual(find('delegation'), [0]);
  });

  it('meets British and American spellings', () => {
    assert.deepEqual(find('prioritize'), [1]);
    assert.deepEqual(find('organize'), [2]);
    assert.deepEqual(find('center'), [2]);
  });

  it('needs every word with `all`, any word without', () => {
    assert.deepEqual(find('delegate roadmap'), []);
    assert.deepEqual(find('delegate roadmap', false).sort(), [0, 1]);
  });

  it('gives back the words of the text behind a matched stem, for highlighting', () => {
    const [m] = index.search([{ exact: termsOf('prioritize'), prefixes: [] }], true);
    assert.ok(index.wordsOf(m.terms).includes('prioritise'), index.wordsOf(m.terms).join());
  });
});

describe('tip search, spelling and highlighting', () => {
  const library = new TipLibrary([contentOf([
    tip({ id: 'organise-the-week', title: 'Organise the week around themes', html: '<p>Prioritise one theme per day and protect it.</p>' }),
    tip({ id: 'praise-in-public', title: 'Praise in public', category: 'feedback-coaching', html: '<p>Recognition works best when it is specific.</p>' }),
  ])]);

  it('finds the British spelling from the American one and reports the words to mark', () => {
    const [hit] = library.search('organize');
    assert.equal(hit.tip.id, 'organise-the-week');
    assert.ok(hit.terms.includes('organise'), hit.terms.join());
  });

  it('corrects a typo to a word of the library', () => {
    assert.equal(library.search('prioritse')[0]?.tip.id, 'organise-the-week');
    assert.equal(library.search('recogniton')[0]?.tip.id, 'praise-in-public');
  });
});
