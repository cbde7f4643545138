// The built-in library, compiled from content/ the way the build does, for tests that need
// real tips (vocabulary for synthetic packs, the categories a pack may use).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compileContentFolder, type ContentFile } from '../../src/core/contentPack';
import { htmlToText } from '../../src/core/plainText';
import type { ContentIndex } from '../../src/shared/contentTypes';
import { vocabularyOf, type Vocabulary } from '../fixtures/syntheticTips';

const CONTENT = join(__dirname, '..', '..', '..', 'content');
let cached: ContentIndex | undefined;

export function builtInContent(): ContentIndex {
  if (cached) return cached;
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(md|ya?ml)$/.test(name) && name !== 'README.md') files.push({ path: relative(CONTENT, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(CONTENT);
  const { content, problems } = compileContentFolder(files, 'built-in');
  if (problems.length) throw new Error(`content/ has problems: ${problems.map((p) => p.message).join('; ')}`);
  return (cached = content);
}

export function builtInVocabulary(): Vocabulary {
  return vocabularyOf(builtInContent().tips.map((t) => ({ title: t.title, tags: t.tags, category: t.category, text: htmlToText(t.html) })));
}
