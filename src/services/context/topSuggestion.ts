import { l10n } from 'vscode';
import { rankTips } from '../../core/contextRanking';
import type { ContentSource } from '../library/contentSource';
import type { ContextService } from './contextService';

export interface TopSuggestion {
  id: string;
  title: string;
  reason: string;
}

/**
 * The first tip of "For you now", for the status-bar tooltip. Only when the library is
 * already loaded (the sidebar or a command loaded it): a tooltip never loads it.
 */
export function topSuggestion(content: ContentSource, context: ContextService): TopSuggestion | undefined {
  const library = content.ifLoaded();
  if (!library) return undefined;
  const [top] = rankTips(library.tips, context.current(), 1, l10n);
  return top ? { id: top.tip.id, title: top.tip.title, reason: top.reasons[0] ?? '' } : undefined;
}
