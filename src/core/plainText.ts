// Kept apart from markdownRenderer.ts so that using these does not pull markdown-it into a bundle.

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** Plain text of rendered HTML, for word counts and search (it runs over every tip of a pack: npm run bench). */
export function htmlToText(html: string): string {
  // Tags first, then entities, so an escaped "&lt;b&gt;" stays text. Whitespace runs become one
  // space; a lone space, by far the most common, is left alone, which saves most of the work.
  let text = html.replace(/<[^>]*>/g, ' ');
  if (text.includes('&')) text = text.replace(/&(?:quot|#39|#x27|lt|gt|amp);/g, (m) => ENTITIES[m]);
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML, in element content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Text (a setting's value, a note, a calendar title) shown in Markdown as it is written: every Markdown character escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
}
