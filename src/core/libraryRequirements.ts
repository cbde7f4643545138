import { RETRO_PHASES, type ContentIndex } from '../shared/contentTypes';

/**
 * What the built-in library must hold (team packs are free of these). The build refuses to
 * ship a library below them, so a lost folder or a broken merge cannot go unnoticed. The tip,
 * category and question counts are those of the content issue on the hard moments (issue 18).
 */
export const LIBRARY_MINIMUM = {
  tips: 260,
  categories: 22,
  tipsPerCategory: 6,
  questions: 220,
  questionCategories: 7,
  oneOnOneTemplates: 8,
  retroFormats: 10,
  retroActivities: 40,
  activitiesPerPhase: 6,
} as const;

export type LibraryMinimum = { [K in keyof typeof LIBRARY_MINIMUM]: number };

export function libraryShortfalls(content: ContentIndex, minimum: LibraryMinimum = LIBRARY_MINIMUM): string[] {
  const out: string[] = [];
  const atLeast = (have: number, need: number, what: string) => {
    if (have < need) out.push(`the library has ${have} ${what}; it needs at least ${need}`);
  };
  atLeast(content.tips.length, minimum.tips, 'tips');
  atLeast(content.categories.length, minimum.categories, 'categories');
  for (const c of content.categories) {
    const n = content.tips.filter((t) => t.category === c.id).length;
    if (n < minimum.tipsPerCategory) out.push(`category "${c.id}" has ${n} tips; every category needs at least ${minimum.tipsPerCategory}`);
  }
  atLeast(content.questions.reduce((n, c) => n + c.questions.length, 0), minimum.questions, '1:1 questions');
  atLeast(content.questions.length, minimum.questionCategories, 'question categories');
  atLeast(content.templates.filter((t) => t.kind === 'one-on-one').length, minimum.oneOnOneTemplates, '1:1 templates');
  atLeast(content.templates.filter((t) => t.kind === 'retro' && t.id !== 'plan').length, minimum.retroFormats, 'retro formats');
  atLeast(content.retroActivities.length, minimum.retroActivities, 'retro activities');
  for (const phase of RETRO_PHASES) {
    const n = content.retroActivities.filter((a) => a.phase === phase).length;
    if (n < minimum.activitiesPerPhase) out.push(`retro phase "${phase}" has ${n} activities; each phase needs at least ${minimum.activitiesPerPhase}`);
  }
  for (const kind of ['self-check', 'team-health', 'planning']) atLeast(content.templates.filter((t) => t.kind === kind).length, 1, `${kind} templates`);
  return out;
}
