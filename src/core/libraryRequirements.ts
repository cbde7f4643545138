import type { ContentIndex } from '../shared/contentTypes';

/**
 * What the built-in library must hold (team packs are free of these). The build refuses to
 * ship a library below them, so a lost folder or a broken merge cannot go unnoticed.
 */
export const LIBRARY_MINIMUM = {
  tips: 12,
  categories: 4,
  tipsPerCategory: 1,
} as const;

export function libraryShortfalls(content: ContentIndex, minimum: typeof LIBRARY_MINIMUM = LIBRARY_MINIMUM): string[] {
  const out: string[] = [];
  if (content.tips.length < minimum.tips) out.push(`the library has ${content.tips.length} tips; it needs at least ${minimum.tips}`);
  if (content.categories.length < minimum.categories) out.push(`the library has ${content.categories.length} categories; it needs at least ${minimum.categories}`);
  for (const c of content.categories) {
    const n = content.tips.filter((t) => t.category === c.id).length;
    if (n < minimum.tipsPerCategory) out.push(`category "${c.id}" has ${n} tips; every category needs at least ${minimum.tipsPerCategory}`);
  }
  return out;
}
