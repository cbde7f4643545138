import { stemmer } from 'stemmer';

// Words that carry no meaning for finding a tip ("how do I …"), left out of both index and query.
const STOP_WORDS = new Set(
  ('a about after again all am an and any are as at be because been before being but by can could did do does doing ' +
    'for from had has have having he her here hers him his how i if in into is it its just me more most my no nor not of ' +
    'on once only or other our out over own same she should so some such than that the their them then there these they ' +
    'this those through to too under until up very was we were what when where which while who whom why will with would ' +
    'you your yours get got want need really should much many way thing things').split(' '),
);

// Text that needs no Unicode normalisation: ASCII plus the typographic quotes and dashes the
// Markdown renderer produces. Most tips are, and skip the costlier path.
const PLAIN = /^[\t\n\r\x20-\x7e\u2018\u2019\u201c\u201d\u2013\u2014\u2026]*$/;

/** Splits text into words, keeping "1:1" and hyphenated words whole. */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  if (PLAIN.test(lower)) return lower.match(/1:1s?|[a-z0-9]+(?:['’-][a-z0-9]+)*/g) ?? [];
  // Lower-cased again after NFKD, which can turn a character into capitals (𝐀 → A).
  return lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/1:1s?|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

// British and American spellings meet on one form (organise/organize, behaviour/behavior,
// centre/center, dialogue/dialog, travelled/traveled, judgement/judgment). Applied alike to
// the index and the query, so a folded form never has to be a real word.
const SPELLINGS: [RegExp, string][] = [
  [/(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/(?<=[a-z]{2})ys(e|es|ed|ing)$/, 'yz$1'],
  [/(?<=[a-z]{3})our(s|ed|ing|ite|ites|able|ful|less)?$/, 'or$1'],
  [/(?<=[a-z]{3})tre(s)?$/, 'ter$1'],
  [/(?<=[a-z]{3})ogue(s)?$/, 'og$1'],
  [/(?<=[a-z]{3})ell(ed|ing|er|ers)$/, 'el$1'],
  [/(?<=dg)ement(s)?$/, 'ment$1'],
];

function folded(word: string): string {
  let w = word;
  for (const [from, to] of SPELLINGS) w = w.replace(from, to);
  return w;
}

/**
 * Each word is indexed (and looked up) as itself and as its Porter stem, after folding British
 * and American spellings: word forms (delegate, delegation, delegating) and spellings
 * (prioritise, prioritize) meet on the stem, while a typo (delgate) still reaches the whole
 * word through the search's spelling correction. Hyphenated words also yield their parts.
 */
export function termsOf(word: string): string[] {
  const w = word.replace(/’/g, "'").replace(/'s$/, '');
  if (w.length < 2 || STOP_WORDS.has(w)) return [];
  const parts = w.includes('-') ? [w, ...w.split('-').filter((p) => p.length > 1 && !STOP_WORDS.has(p))] : [w];
  const out = new Set<string>();
  for (const p of parts) {
    out.add(p);
    out.add(stemmer(folded(p)));
  }
  return [...out];
}

/** A short passage of `text` around the first place it mentions one of `terms`. */
export function excerptAround(text: string, terms: readonly string[], length = 160): string {
  const sentences = text.match(/[^.!?]+[.!?]*/g) ?? [text];
  const lowered = terms.map((t) => t.toLowerCase());
  let best = 0;
  let bestScore = -1;
  sentences.forEach((s, i) => {
    const words = tokenize(s);
    const score = words.filter((w) => lowered.some((t) => w.startsWith(t))).length;
    if (score > bestScore) { best = i; bestScore = score; }
  });
  let out = sentences[best].trim();
  for (let i = best + 1; out.length < length * 0.6 && i < sentences.length; i++) out += ' ' + sentences[i].trim();
  return out.length > length ? out.slice(0, length - 1).replace(/\s+\S*$/, '') + '…' : out;
}
