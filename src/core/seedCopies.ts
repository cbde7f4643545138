// Finds runs of words that a content file shares with the seed texts the library grew from, so
// that every sentence the extension ships stays our own. Pure: the build script reads the files.

/** A run this long (in words) shared with a seed text fails the content check. */
export const SEED_COPY_WORDS = 8;

export interface TextFile {
  path: string;
  text: string;
}

export interface SeedCopy {
  /** The content file. */
  file: string;
  /** 1-based line of the content file where the shared run starts. */
  line: number;
  /** The shared words, normalised (lower case, one space between words). */
  words: string;
  /** The seed text the run was found in. */
  seed: string;
}

interface Word {
  word: string;
  line: number;
}

// Seed 001 was saved as UTF-8 read as Mac Roman ("it‚Äôs"); these are the sequences it holds.
const MOJIBAKE: [RegExp, string][] = [
  [/‚Äô|‚Äò/g, "'"],
  [/‚Äú|‚Äù/g, '"'],
  [/‚Äî|‚Äì/g, ' - '],
  [/‚Ä¶/g, '...'],
];

/**
 * The words of a text: lower case, letter and digit runs, an apostrophe kept when it joins two
 * runs ("don't", "team's"), typographic apostrophes counted as plain ones.
 */
export function wordsOf(text: string): Word[] {
  let clean = text;
  for (const [pattern, replacement] of MOJIBAKE) clean = clean.replace(pattern, replacement);
  clean = clean.replace(/[’‘]/g, "'").toLowerCase();
  const out: Word[] = [];
  clean.split('\n').forEach((lineText, i) => {
    for (const m of lineText.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)) out.push({ word: m[0], line: i + 1 });
  });
  return out;
}

function runs(words: Word[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).map((w) => w.word).join(' '));
  return out;
}

/** Positions of `words` that lie inside an occurrence of one of the phrases. */
function covered(words: Word[], phrases: string[][]): boolean[] {
  const out = words.map(() => false);
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, k) => words[i + k].word === w)) for (let k = 0; k < phrase.length; k++) out[i + k] = true;
    }
  }
  return out;
}

/**
 * Every run of `n` or more consecutive words that a content file shares with a seed text.
 * Overlapping shared windows are joined into one run per place. `allowed` holds phrases that
 * may be shared (the titles of cited works): their words in a content file break a run, so a
 * citation never counts as a copy, while a copied sentence next to one still does.
 */
export function findSeedCopies(files: TextFile[], seeds: TextFile[], allowed: string[] = [], n = SEED_COPY_WORDS): SeedCopy[] {
  const seedOf = new Map<string, string>();
  for (const seed of seeds) for (const run of runs(wordsOf(seed.text), n)) if (!seedOf.has(run)) seedOf.set(run, seed.path);
  const phrases = allowed.map((a) => wordsOf(a).map((w) => w.word));
  const copies: SeedCopy[] = [];
  for (const file of files) {
    const words = wordsOf(file.text);
    const cited = covered(words, phrases);
    let start = -1;
    let end = -1;
    let seed = '';
    const flush = () => {
      if (start < 0) return;
      copies.push({ file: file.path, line: words[start].line, words: words.slice(start, end).map((w) => w.word).join(' '), seed });
      start = -1;
    };
    for (let i = 0; i + n <= words.length; i++) {
      if (cited.slice(i, i + n).some(Boolean)) continue;
      const from = seedOf.get(words.slice(i, i + n).map((w) => w.word).join(' '));
      if (from === undefined) continue;
      if (start >= 0 && i <= end) { end = i + n; continue; }
      flush();
      start = i;
      end = i + n;
      seed = from;
    }
    flush();
  }
  return copies;
}
