/**
 * A question's id is derived from its category and text (FNV-1a), so the rotation of asked
 * questions survives reordering the bank; editing a question makes it a new question.
 */
export function questionId(category: string, text: string): string {
  let hash = 0x811c9dc5;
  const s = `${category}\n${text.trim().toLowerCase()}`;
  for (let i = 0; i < s.length; i++) {
    hash ^= s.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${category}/${hash.toString(36)}`;
}
