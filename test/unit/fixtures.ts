import type { ContentIndex, Tip } from '../../src/shared/contentTypes';

/** A tip with sensible defaults; tests override what they are about. */
export function tip(over: Partial<Tip> & { id: string }): Tip {
  return {
    title: over.id.replace(/-/g, ' '),
    category: 'delegation',
    mode: 'both',
    tags: [],
    roles: [],
    contexts: [],
    markdown: 'Body text about something.',
    origin: 'built-in',
    source: { title: 'A Book', author: 'An Author', year: 2020 },
    ...over,
  };
}

export function contentOf(tips: Tip[], categories = ['delegation', 'feedback-coaching', 'retrospectives', 'one-on-ones']): ContentIndex {
  return {
    version: 1,
    categories: categories.map((id) => ({ id, title: id.replace(/-/g, ' '), icon: 'book', description: id })),
    tips,
    templates: [],
    questions: [],
    retroActivities: [],
  };
}

/** A valid tip file; `patch` replaces lines or fields to break it. */
export function tipFile(fields: Record<string, string> = {}, body?: string): string {
  const f: Record<string, string> = {
    id: 'delegate-outcomes',
    title: 'Delegate outcomes, not tasks',
    category: 'delegation',
    mode: 'lead',
    tags: '[delegation, ownership]',
    source: '\n  title: Turn the Ship Around!\n  author: L. David Marquet\n  year: 2012',
    ...fields,
  };
  const front = Object.entries(f).filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`).join('\n');
  const text = body ?? `${'When you hand over work, describe the result you need and the limits that matter, then let the person choose the route. '.repeat(4)}\n\n## Try this\nPick one task you would normally specify step by step and hand it over as an outcome this week.`;
  return `---\n${front}\n---\n${text}\n`;
}
