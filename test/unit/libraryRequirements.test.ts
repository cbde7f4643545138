import * as assert from 'node:assert/strict';
import { libraryShortfalls } from '../../src/core/libraryRequirements';
import { builtInContent } from './builtInContent';
import { contentOf, tip } from './fixtures';

describe('library requirements', () => {
  it('the built-in library meets every count the content issue sets', () => {
    assert.deepEqual(libraryShortfalls(builtInContent()), []);
  });

  it('names each shortfall of a thin library', () => {
    const thin = libraryShortfalls(contentOf([tip({ id: 'a' }), tip({ id: 'b', category: 'retrospectives' })]));
    assert.ok(thin.includes('the library has 2 tips; it needs at least 260'));
    assert.ok(thin.includes('category "one-on-ones" has 0 tips; every category needs at least 6'));
    assert.ok(thin.some((s) => /retro phase "close" has 0 activities/.test(s)));
    assert.ok(thin.some((s) => /0 1:1 templates/.test(s)));
  });
});
