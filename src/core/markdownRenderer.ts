import MarkdownIt, { type MarkdownIt as Renderer } from 'markdown-it';

// Only these schemes survive in a rendered link; everything else (javascript:, data:, vbscript:,
// file:, command:, plain http: …) is dropped and the link text stays as plain text. The same
// rule as the tip checks (https only) and the webview, which opens nothing else.
const SAFE_LINK = /^(https:|mailto:|#)/i;

/**
 * The one markdown-it configuration for tips and templates: raw HTML off, images off (they
 * would load from the network), links limited to safe schemes. Used when a tip is opened
 * (libraryViewProvider.ts), never on the activation path: in an extension host markdown-it is
 * dist/markdown.js, loaded on first need (the pack compiler also reads front matter with it).
 */
export function createMarkdownRenderer(): Renderer {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
  md.disable('image');
  md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  return md;
}
