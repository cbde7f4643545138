import * as assert from 'node:assert/strict';
import { compileContentFolder } from '../../src/core/contentPack';
import { TipLibrary } from '../../src/core/tipLibrary';
import { BREAKAGE_KINDS, tipPackFiles } from '../fixtures/tipPackFiles';
import { builtInContent, builtInVocabulary } from './builtInContent';

describe('a team pack of 1,000 tips, 200 of them broken', function () {
  this.timeout(60000);
  const builtIn = builtInContent();
  const pack = tipPackFiles(1000, 200, builtInVocabulary(), builtIn.categories.map((c) => c.id));
  const root = '/home/lead/team-pack';
  const compiled = compileContentFolder(pack.files, root, builtIn.categories, root, 'pack');

  it('is generated as asked: 800 good files, 200 broken in every known way', () => {
    assert.equal(pack.files.length, 1000);
    assert.equal(pack.good.length, 800);
    assert.equal(pack.broken.length, 200);
    assert.deepEqual([...new Set(pack.broken.map((b) => b.kind))].sort(), [...BREAKAGE_KINDS].sort());
    assert.equal(new Set(pack.files.map((f) => f.path)).size, 1000, 'no two files share a path');
  });

  it('loads every good tip', () => {
    const loaded = compiled.content.tips.map((t) => t.id).sort();
    assert.deepEqual(loaded, [...pack.good].sort());
    assert.ok(compiled.content.tips.every((t) => t.origin === root && /^## Try this$/m.test(t.markdown)));
  });

  it('reports every broken file with its path and reason, and no good one', () => {
    const byFile = new Map<string, string[]>();
    for (const p of compiled.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.message]);
    for (const b of pack.broken) {
      const messages = byFile.get(`${root}/${b.path}`) ?? [];
      assert.ok(messages.some((m) => b.reason.test(m)), `${b.kind}: ${b.path} reported with ${b.reason} (got: ${messages.join(' | ') || 'nothing'})`);
    }
    const goodPaths = new Set(pack.files.filter((f) => !pack.broken.some((b) => b.path === f.path)).map((f) => `${root}/${f.path}`));
    const wronglyBlamed = compiled.problems.filter((p) => goodPaths.has(p.file));
    assert.deepEqual(wronglyBlamed, []);
    assert.ok(compiled.problems.every((p) => Number.isInteger(p.line) && p.line >= 1), 'every problem names a line');
  });

  it('joins the built-in library without displacing a built-in tip', () => {
    const library = new TipLibrary([builtIn, compiled.content]);
    assert.equal(library.tips.length, builtIn.tips.length + 800);
    for (const t of builtIn.tips) assert.equal(library.get(t.id)?.origin, 'built-in');
    // A title of stop words only ("A it a") finds nothing by design; take one with a real word.
    const tip = compiled.content.tips.find((t) => /\p{L}{6,}/u.test(t.title))!;
    const hits = library.search(tip.title, 5);
    assert.ok(hits.some((h) => h.tip.id === tip.id), `a pack tip is found by its title "${tip.title}"`);
  });
});
