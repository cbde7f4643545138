import type { ContentProblem, QuestionCategory, RetroActivity, Template, Tip } from '../shared/contentTypes';
import { markdownToText } from './plainText';

/** Where each record came from, so a cross-file problem can name the file. */
export type Located<T> = T & { file: string };

const NEAR_DUPLICATE = 0.45;

/**
 * Checks that look across files: unique ids and titles, near-duplicate tips, repeated questions.
 * With `editorialHints` (a team pack), near-duplicates go there instead: an editorial rule, not a reason to skip.
 */
export function checkAcrossFiles(
  tips: Located<Tip>[],
  templates: Located<Template>[] = [],
  questions: Located<QuestionCategory>[] = [],
  activities: Located<RetroActivity>[] = [],
  editorialHints?: ContentProblem[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  unique(tips, (t) => t.id, 'tip id', problems);
  unique(tips, (t) => t.title.toLowerCase(), 'tip title', problems);
  unique(templates, (t) => `${t.kind}/${t.id}`, 'template id', problems);
  unique(activities, (a) => a.id, 'retro activity id', problems);
  unique(questions.flatMap((c) => c.questions.map((text) => ({ file: c.file, text: text.toLowerCase() }))), (q) => q.text, 'question', problems);
  (editorialHints ?? problems).push(...nearDuplicates(tips));
  return problems;
}

function unique<T extends { file: string }>(items: T[], key: (t: T) => string, what: string, problems: ContentProblem[]): void {
  const seen = new Map<string, string>();
  for (const item of items) {
    const k = key(item);
    const first = seen.get(k);
    if (first) problems.push({ file: item.file, line: 1, message: `duplicate ${what} "${k}" (also in ${first})` });
    else seen.set(k, item.file);
  }
}

/** Flags pairs of tips whose bodies share most of their word triples: two tips saying the same thing. */
export function nearDuplicates(tips: Located<Tip>[], threshold = NEAR_DUPLICATE): ContentProblem[] {
  const shingles = tips.map((t) => shingleSet(markdownToText(t.markdown)));
  const problems: ContentProblem[] = [];
  for (let i = 0; i < tips.length; i++) {
    for (let j = i + 1; j < tips.length; j++) {
      const similarity = jaccard(shingles[i], shingles[j]);
      if (similarity >= threshold) {
        problems.push({ file: tips[j].file, line: 1, message: `tip "${tips[j].id}" says nearly the same as "${tips[i].id}" (${Math.round(similarity * 100)} % of word triples shared)` });
      }
    }
  }
  return problems;
}

function shingleSet(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) set.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
