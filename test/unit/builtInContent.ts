// The built-in library, compiled from content/ the way the build does, for tests that need
// real tips (vocabulary for synthetic packs, the categories a pack may use).
import { join } from 'node:path';
import { readTree } from '../../scripts/contentBuild';
import { compileContentFolder } from '../../src/core/contentPack';
import { markdownToText } from '../../src/core/plainText';
import type { ContentIndex } from '../../src/shared/contentTypes';
import { vocabularyOf, type Vocabulary } from '../fixtures/syntheticTips';

const CONTENT = join(__dirname, '..', '..', '..', 'content');
let cached: ContentIndex | undefined;

export function builtInContent(): ContentIndex {
  if (cached) return cached;
  const { content, problems } = compileContentFolder(readTree(CONTENT), 'built-in');
  if (problems.length) throw new Error(`content/ has problems: ${problems.map((p) => p.message).join('; ')}`);
  return (cached = content);
}

export function builtInVocabulary(): Vocabulary {
  return vocabularyOf(builtInContent().tips.map((t) => ({ title: t.title, tags: t.tags, category: t.category, text: markdownToText(t.markdown) })));
}
