// Kept apart from markdownRenderer.ts so that using these does not pull markdown-it into a bundle.

/**
 * A tip's Markdown as search reads it: a link or image keeps its text and loses its address, and
 * an autolink its angle brackets. The rest of Markdown's marks (`**`, `#`, `-`, backticks) are
 * not letters, so the tokenizer passes over them. It runs over every tip of a pack (npm run bench).
 */
export function markdownAddressesOut(markdown: string): string {
  let text = markdown;
  if (text.includes('](')) text = text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (text.includes('<')) text = text.replace(/<((?:https?|mailto):[^>\s]*)>/gi, '$1');
  return text;
}

/**
 * Plain text of a tip's Markdown, as a reader sees it rendered: addresses out (above), and the
 * marks of headings, lists, quotes, emphasis and code; whitespace runs become one space.
 */
export function markdownToText(markdown: string): string {
  return markdownAddressesOut(markdown)
    .replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/gm, '')
    .replace(/\*+|`+|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Straight quotes made typographic, as markdown-it's typographer shows a tip opened: an
 * apostrophe after a letter, a digit or a sentence's mark is ’; otherwise a quote opens (“ ‘)
 * at the start or after a space, a bracket or a dash, and closes (” ’) anywhere else.
 */
export function typographicQuotes(text: string): string {
  return text
    .replace(/(?<=[\p{L}\p{N}.,!?])'/gu, '’')
    .replace(/(^|[\s([{\u2013\u2014-])"/gu, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{\u2013\u2014-])'/gu, '$1‘')
    .replace(/'/g, '’');
}

/** The text of a tip before its first `##` heading (the idea, without "Try this"), as shown in an excerpt. */
export function leadText(markdown: string): string {
  return typographicQuotes(markdownToText(markdown.split(/^[ \t]{0,3}##[ \t]/m)[0]));
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
