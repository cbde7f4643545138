// Entry bundled by bench/search.mjs: the synthetic tips and packs of the tests, generated
// from the vocabulary of the built-in library as the build shipped it (dist/content.json).
import { markdownToText } from '../src/core/plainText';
import { byLibraryOrder } from '../src/core/tipOrder';
import type { ContentIndex, Tip } from '../src/shared/contentTypes';
import { syntheticTips, vocabularyOf, type Vocabulary } from '../test/fixtures/syntheticTips';
import { tipPackFiles, type TipPack } from '../test/fixtures/tipPackFiles';

function vocabularyFromContent(content: ContentIndex): Vocabulary {
  return vocabularyOf(content.tips.map((t) => ({ title: t.title, tags: t.tags, category: t.category, text: markdownToText(t.markdown) })));
}

/** `count` tips of a synthetic pack, using the built-in categories, as the content compiler leaves a pack: in the library's order. */
export function generatedTips(builtIn: ContentIndex, count: number): Tip[] {
  return syntheticTips(count, vocabularyFromContent(builtIn), 1).sort(byLibraryOrder(builtIn.categories));
}

/** A pack as files: `count` tips, `broken` of them broken (test/fixtures/tipPackFiles.ts). */
export function generatedPackFiles(builtIn: ContentIndex, count: number, broken: number): TipPack {
  return tipPackFiles(count, broken, vocabularyFromContent(builtIn), builtIn.categories.map((c) => c.id));
}
