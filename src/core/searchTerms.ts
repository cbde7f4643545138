import { stemmer } from 'stemmer';

// Words that carry no meaning for finding a tip ("how do I …"), left out of both index and query.
const STOP_WORDS = new Set(
  ('a about after again all am an and any are as at be because been before being but by can could did do does doing ' +
    'for from had has have having he her here hers him his how i if in into is it its just me more most my no nor not of ' +
    'on once only or other our out over own same she should so some such than that the their them then there these they ' +
    'this those through to too under until up very was we were what when where which while who whom why will with would ' +
    'you your yours get got want need really should much many way thing things').split(' '),
);

/** Splits text into words, keeping "1:1" and hyphenated words whole. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/1:1s?|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Each word is indexed (and looked up) as itself and as its Porter stem, so word forms
 * (delegate, delegation, delegating) meet on the stem while typos (delgate) still reach the
 * whole word through fuzzy matching. Hyphenated words also yield their parts.
 */
export function termsOf(word: string): string[] {
  const w = word.replace(/’/g, "'").replace(/'s$/, '');
  if (w.length < 2 || STOP_WORDS.has(w)) return [];
  const parts = w.includes('-') ? [w, ...w.split('-').filter((p) => p.length > 1 && !STOP_WORDS.has(p))] : [w];
  const out = new Set<string>();
  for (const p of parts) {
    out.add(p);
    out.add(stemmer(p));
  }
  return [...out];
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}
