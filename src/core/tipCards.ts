import type { Tip } from '../shared/contentTypes';
import type { Localizer } from '../shared/localizer';
import type { TipCard, TipDetail } from '../shared/protocol';
import { leadText } from './plainText';
import type { TipLibrary } from './tipLibrary';
import { excerptAround } from './searchTerms';

/** The short form of a tip the sidebar lists: its first sentences, or the passage that matched. */
export function tipCard(tip: Tip, terms: readonly string[] = []): TipCard {
  const text = leadText(tip.markdown);
  return { id: tip.id, title: tip.title, category: tip.category, mode: tip.mode, excerpt: excerptAround(text, terms, 140) };
}

/** Tips that share the most tags with this one, then its category. */
export function relatedTips(library: TipLibrary, tip: Tip, limit = 3): Tip[] {
  return library.tips
    .filter((t) => t.id !== tip.id)
    .map((t) => ({ t, score: t.tags.filter((g) => tip.tags.includes(g)).length * 2 + (t.category === tip.category ? 1 : 0) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.t.title.localeCompare(b.t.title))
    .slice(0, limit)
    .map((x) => x.t);
}

/** A tip as the view shows it opened: `html` is its body rendered (markdownRenderer.ts). */
export function tipDetail(library: TipLibrary, tip: Tip, html: string): TipDetail {
  return {
    ...tipCard(tip),
    categoryTitle: library.category(tip.category)?.title ?? tip.category,
    tags: tip.tags,
    html,
    ...(tip.source ? { source: tip.source } : {}),
    origin: tip.origin === 'built-in' ? 'built-in' : packLabel(tip.origin, tip.file),
    related: relatedTips(library, tip).map((t) => tipCard(t)),
  };
}

/**
 * Where a team tip comes from, short: the pack's name (its folder; a workspace's `.leadership`
 * with the workspace folder's name) and the file relative to it, never the whole absolute path.
 */
export function packLabel(origin: string, file?: string): string {
  const parts = origin.split(/[\\/]/).filter(Boolean);
  const name = parts.length > 1 && parts[parts.length - 1] === '.leadership' ? parts.slice(-2).join('/') : parts[parts.length - 1] ?? origin;
  return file ? `${name} · ${file}` : name;
}

/** A tip as a Markdown document: title, body and source line. */
export function tipAsMarkdown(tip: Tip, l10n: Localizer): string {
  const s = tip.source;
  const source = s ? `\n\n*${l10n.t('Source: {0}', `${s.url ? `[${s.title}](${s.url})` : s.title}, ${s.author}${s.year ? ` (${s.year})` : ''}.`)}*` : '';
  return `## ${tip.title}\n\n${tip.markdown.replace(/^## /gm, '### ')}${source}\n`;
}
