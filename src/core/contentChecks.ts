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
  return similarPairs(shingles, threshold).map(([i, j, similarity]) => ({
    file: tips[j].file, line: 1, message: `tip "${tips[j].id}" says nearly the same as "${tips[i].id}" (${Math.round(similarity * 100)} % of word triples shared)`,
  }));
}

/**
 * Every pair i < j of `sets` whose Jaccard similarity is at least `threshold`, with it, ordered
 * by i, then j: what comparing every pair gives, without comparing every pair (a team pack of
 * 800 tips took 1.7 s that way, and twice the tips take four times as long). Prefix filtering
 * (Bayardo, Ma and Srikant, "Scaling up all pairs similarity search", 2007): with each set's
 * words in one order, rarest first, two sets at least `threshold` alike share a word among the
 * first |x| − ⌈threshold·|x|⌉ + 1 of each, so only pairs that do are compared.
 */
export function similarPairs(sets: readonly ReadonlySet<string>[], threshold: number): [number, number, number][] {
  const pairs: [number, number, number][] = [];
  if (!(threshold > 0)) {
    // Every pair is at least 0 alike: nothing to filter.
    for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) pushIfAlike(pairs, sets, i, j, threshold);
    return pairs;
  }
  const frequency = new Map<string, number>();
  for (const set of sets) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  // Word → the sets before this one with it in their prefix.
  const earlier = new Map<string, number[]>();
  for (let j = 0; j < sets.length; j++) {
    const words = [...sets[j]].sort(rarestFirst);
    // The epsilon keeps 0.55 × 100 (55.00000000000001 in floating point) from shortening the prefix.
    const prefix = words.length - Math.ceil(threshold * words.length - 1e-9) + 1;
    const candidates = new Set<number>();
    for (let k = 0; k < Math.min(prefix, words.length); k++) {
      const sharing = earlier.get(words[k]);
      if (sharing) for (const i of sharing) candidates.add(i);
      else earlier.set(words[k], []);
      earlier.get(words[k])!.push(j);
    }
    for (const i of candidates) pushIfAlike(pairs, sets, i, j, threshold);
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function pushIfAlike(pairs: [number, number, number][], sets: readonly ReadonlySet<string>[], i: number, j: number, threshold: number): void {
  const similarity = jaccard(sets[i], sets[j]);
  if (similarity >= threshold) pairs.push([i, j, similarity]);
}

function shingleSet(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) set.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return set;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
