import type { ContentProblem, QuestionCategory, RetroActivity, Template } from '../shared/contentTypes';
import type { TipWithText } from './contentCompiler';

/** Where each record came from, so a cross-file problem can name the file. */
export type Located<T> = T & { file: string };

const NEAR_DUPLICATE = 0.45;

/**
 * Checks that look across files: unique ids and titles, near-duplicate tips, repeated questions.
 * With `editorialHints` (a team pack), near-duplicates go there instead: an editorial rule, not a
 * reason to skip. A generator that yields while it reads the tips and compares them, so that a
 * team pack's checks can run a slice at a time (hostSlices.ts).
 */
export function* checkAcrossFilesSteps(
  tips: Located<TipWithText>[],
  templates: Located<Template>[] = [],
  questions: Located<QuestionCategory>[] = [],
  activities: Located<RetroActivity>[] = [],
  editorialHints?: ContentProblem[],
): Generator<void, ContentProblem[], void> {
  const problems: ContentProblem[] = [];
  unique(tips, (t) => t.id, 'tip id', problems);
  unique(tips, (t) => t.title.toLowerCase(), 'tip title', problems);
  unique(templates, (t) => `${t.kind}/${t.id}`, 'template id', problems);
  unique(activities, (a) => a.id, 'retro activity id', problems);
  unique(questions.flatMap((c) => c.questions.map((text) => ({ file: c.file, text: text.toLowerCase() }))), (q) => q.text, 'question', problems);
  (editorialHints ?? problems).push(...yield* nearDuplicateSteps(tips));
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
function* nearDuplicateSteps(tips: Located<TipWithText>[]): Generator<void, ContentProblem[], void> {
  const shingles: Set<string>[] = [];
  for (const tip of tips) {
    shingles.push(shingleSet(tip.text));
    yield;
  }
  const pairs = yield* similarPairSteps(shingles, NEAR_DUPLICATE);
  return pairs.map(([i, j, similarity]) => ({
    file: tips[j].file, line: 1, message: `tip "${tips[j].id}" says nearly the same as "${tips[i].id}" (${Math.round(similarity * 100)} % of word triples shared)`,
  }));
}

/**
 * Every pair i < j of `sets` whose Jaccard similarity is at least `threshold`, with it, ordered
 * by i, then j: what comparing every pair gives, without comparing every pair (a team pack of
 * 800 tips took 1.1 s that way, and twice the tips take four times as long). Prefix filtering
 * (Bayardo, Ma and Srikant, "Scaling up all pairs similarity search", 2007): with each set's
 * words in one order, rarest first, two sets at least `threshold` alike share a word among the
 * first |x| − ⌈threshold·|x|⌉ + 1 of each, so only pairs that do are compared. A generator
 * that yields after each set.
 */
export function* similarPairSteps(sets: readonly ReadonlySet<string>[], threshold: number): Generator<void, [number, number, number][], void> {
  // Each word as a number (in the order first met), then ranked rarest first (ties in that
  // order: any one order of the words will do), so that each set is a sorted array of ranks.
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  const asIds: number[][] = [];
  for (const set of sets) {
    const list: number[] = [];
    for (const word of set) {
      let id = ids.get(word);
      if (id === undefined) {
        ids.set(word, (id = frequency.length));
        frequency.push(0);
      }
      frequency[id]++;
      list.push(id);
    }
    asIds.push(list);
    yield;
  }
  // A counting sort by frequency.
  const before = new Int32Array(sets.length + 2);
  for (const f of frequency) before[f + 1]++;
  for (let f = 1; f < before.length; f++) before[f] += before[f - 1];
  const rank = new Int32Array(frequency.length);
  for (let id = 0; id < frequency.length; id++) rank[id] = before[frequency[id]]++;
  const ranked: Int32Array[] = [];
  for (const list of asIds) {
    const ranks = new Int32Array(list.length);
    for (let k = 0; k < list.length; k++) ranks[k] = rank[list[k]];
    ranked.push(ranks.sort());
    yield;
  }

  const pairs: [number, number, number][] = [];
  // Per rank, the sets before this one with it in their prefix; per set, the last set it was a candidate for.
  const earlier: number[][] = Array.from({ length: frequency.length }, () => []);
  const seenFor = new Int32Array(sets.length).fill(-1);
  for (let j = 0; j < ranked.length; j++) {
    const b = ranked[j];
    const candidates: number[] = [];
    if (!(threshold > 0)) {
      // Every pair is at least 0 alike, shared words or not: every earlier set is a candidate.
      for (let i = 0; i < j; i++) candidates.push(i);
    } else {
      // The epsilon keeps 0.55 × 100 (55.00000000000001 in floating point) from shortening the prefix.
      const prefix = b.length - Math.ceil(threshold * b.length - 1e-9) + 1;
      for (let k = 0; k < Math.min(prefix, b.length); k++) {
        const sharing = earlier[b[k]];
        for (const i of sharing) {
          if (seenFor[i] !== j) {
            seenFor[i] = j;
            candidates.push(i);
          }
        }
        sharing.push(j);
      }
    }
    for (const i of candidates) {
      const similarity = jaccard(ranked[i], b);
      if (similarity >= threshold) pairs.push([i, j, similarity]);
    }
    yield;
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function shingleSet(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) set.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return set;
}

/** |a ∩ b| / |a ∪ b| of two sorted arrays of distinct numbers; 0 when either is empty. */
function jaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    if (a[x] === b[y]) {
      shared++;
      x++;
      y++;
    } else if (a[x] < b[y]) x++;
    else y++;
  }
  return shared / (a.length + b.length - shared);
}
