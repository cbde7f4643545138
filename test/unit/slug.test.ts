import * as assert from 'node:assert/strict';
import { nameFromSlug, requireSlug, slugify } from '../../src/core/slug';
import { english } from '../../src/shared/localizer';

describe('slug', () => {
  it('lower-cases and joins words with -', () => {
    assert.equal(slugify('Alex Kim'), 'alex-kim');
    assert.equal(slugify('  Mary-Jane   Watson  '), 'mary-jane-watson');
    assert.equal(slugify('R2 D2'), 'r2-d2');
    assert.equal(slugify("Siobhán O'Brien"), 'siobhan-obrien');
  });

  it('removes ../ and slashes so nothing escapes the folder', () => {
    assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
    assert.equal(slugify('..\\..\\Windows\\System32'), 'windows-system32');
    assert.equal(slugify('/absolute/path'), 'absolute-path');
    assert.equal(slugify('a/../b'), 'a-b');
    assert.equal(slugify('..'), '');
    for (const s of ['../x', 'x/..', '..\\x', 'C:\\x', '~/x', 'x\u0000y']) assert.match(slugify(s), /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('transliterates accents and a few letters, drops other scripts', () => {
    assert.equal(slugify('Zoë Müller'), 'zoe-muller');
    assert.equal(slugify('José Nuñez'), 'jose-nunez');
    assert.equal(slugify('Łukasz Żółć'), 'lukasz-zolc');
    assert.equal(slugify('Jørgen Straße'), 'jorgen-strasse');
    assert.equal(slugify('Zhang Wei (张伟)'), 'zhang-wei');
    assert.equal(slugify('Ｆｕｌｌｗｉｄｔｈ'), 'fullwidth');
    assert.equal(slugify('Ana 🚀 Lima'), 'ana-lima');
    assert.equal(slugify('张伟'), '');
  });

  it('keeps slugs short, cutting at a word boundary', () => {
    const s = slugify('word '.repeat(40));
    assert.ok(s.length <= 60, s);
    assert.ok(!s.endsWith('-') && s.endsWith('word'));
  });

  it('gives a clear error when nothing usable is left', () => {
    assert.throws(() => requireSlug('', english), /The person name an empty name has no Latin letters or digits/);
    assert.throws(() => requireSlug('../', english), /"\.\.\/" has no Latin letters or digits/);
    assert.throws(() => requireSlug('张伟', english), /Latin spelling/);
    assert.equal(requireSlug('Ada', english), 'ada');
  });

  it('names a folder from its slug when no name is known', () => {
    assert.equal(nameFromSlug('mary-jane-o'), 'Mary Jane O');
    assert.equal(nameFromSlug('sam'), 'Sam');
    assert.equal(nameFromSlug('a--b-'), 'A B');
  });
});
