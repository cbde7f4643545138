import type { Category, ContentIndex, Mode, QuestionCategory, RetroActivity, Role, Template, Tip, TipSummary } from '../shared/contentTypes';
import { byLibraryOrder, categoryPlaces } from './tipOrder';
import { TipSearch, type SearchHit } from './tipSearch';

export interface TipFilter {
  category?: string;
  /** 'lead' shows lead and both; 'manage' shows manage and both. */
  mode?: Mode;
  role?: Role;
  query?: string;
}

/**
 * The whole library in memory: built-in content merged with team packs. Pure: it is handed
 * the compiled content and knows nothing of where it came from. Its search index is made by
 * `prepareSearch()` in the background, or at once by a search asked before that.
 */
export class TipLibrary {
  readonly tips: readonly Tip[];
  readonly categories: readonly Category[];
  readonly templates: readonly Template[];
  readonly questions: readonly QuestionCategory[];
  readonly retroActivities: readonly RetroActivity[];
  private readonly byId: Map<string, Tip>;
  private searchIndex: TipSearch | undefined;
  private preparing: Promise<void> | undefined;

  constructor(parts: readonly ContentIndex[]) {
    const firstById = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((i) => [key(i), i] as const)).values()];
    // Earlier parts win on a clash (built-in first), so a pack cannot replace a built-in tip.
    const reversed = [...parts].reverse();
    this.categories = firstById(reversed.flatMap((p) => p.categories), (c) => c.id);
    this.tips = firstById(reversed.flatMap((p) => p.tips), (t) => t.id);
    // Templates keep the order of their parts, built-in first, so pickers and api.listTemplates list the built-in ones before a pack's.
    const templateKeys = new Set<string>();
    this.templates = parts.flatMap((p) => p.templates).filter((t) => !templateKeys.has(`${t.kind}/${t.id}`) && !!templateKeys.add(`${t.kind}/${t.id}`));
    this.retroActivities = firstById(reversed.flatMap((p) => p.retroActivities), (a) => a.id);
    this.questions = parts.flatMap((p) => p.questions);
    const listed = parts.flatMap((p) => p.categories);
    const place = categoryPlaces(listed);
    this.categories = [...this.categories].sort((a, b) => place(a.id) - place(b.id));
    this.tips = [...this.tips].sort(byLibraryOrder(listed));
    this.byId = new Map(this.tips.map((t) => [t.id, t]));
  }

  get(id: string): Tip | undefined {
    return this.byId.get(id);
  }

  category(id: string): Category | undefined {
    return this.categories.find((c) => c.id === id);
  }

  /** Categories that hold at least one tip passing `filter`, with how many. */
  categoryCounts(filter: Omit<TipFilter, 'category' | 'query'> = {}): { category: Category; count: number }[] {
    const tips = this.list(filter);
    return this.categories
      .map((category) => ({ category, count: tips.filter((t) => t.category === category.id).length }))
      .filter((c) => c.count > 0);
  }

  list(filter: TipFilter = {}): Tip[] {
    const matches = (t: Tip) =>
      (!filter.category || t.category === filter.category) &&
      (!filter.mode || filter.mode === 'both' || t.mode === filter.mode || t.mode === 'both') &&
      (!filter.role || t.roles.length === 0 || t.roles.includes(filter.role));
    if (filter.query?.trim()) return this.search(filter.query).map((h) => h.tip).filter(matches);
    return this.tips.filter(matches);
  }

  search(query: string, limit?: number): SearchHit[] {
    return this.engine().search(query, limit);
  }

  /** Any-word search, for questions (see mentorRetrieval.ts). */
  searchAny(query: string, limit?: number): SearchHit[] {
    return this.engine().searchAny(query, limit);
  }

  /** Builds the search index without blocking for long (see TipSearch.load); a search then finds it ready. */
  prepareSearch(): Promise<void> {
    return (this.preparing ??= this.searchIndex ? Promise.resolve() : TipSearch.load(this.tips, this.categoryTitles()).then((search) => {
      this.searchIndex ??= search;
    }));
  }

  private engine(): TipSearch {
    return (this.searchIndex ??= TipSearch.of(this.tips, this.categoryTitles()));
  }

  private categoryTitles(): Map<string, string> {
    return new Map(this.categories.map((c) => [c.id, c.title]));
  }

  templatesOf(kind?: string): Template[] {
    return this.templates.filter((t) => !kind || t.kind === kind);
  }
}

export function summarize(tip: Tip): TipSummary {
  return { id: tip.id, title: tip.title, category: tip.category, mode: tip.mode, tags: [...tip.tags], ...(tip.source ? { source: { ...tip.source } } : {}) };
}
