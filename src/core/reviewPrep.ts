import type { QuestionCategory } from '../shared/contentTypes';
import type { Localizer } from '../shared/localizer';
import { calendarDaysBetween, parseLocalDate } from './calendar';
import { markdownLines } from './markdownLines';
import { keyedActions, type ActionItem } from './openActions';
import { datedNotes, MAX_NOTE_CHARS, type Skipped } from './people';
import { validatePeriod } from './reviewPeriods';

export const REVIEW_TAGS = ['win', 'feedback', 'growth', 'concern'] as const;
export type ReviewTag = (typeof REVIEW_TAGS)[number];

/** A 1:1 note of the person, as read from `one-on-ones/<slug>/`. */
export interface ReviewNoteInput {
  fileName: string;
  text: string;
  /** YYYY-MM-DD; taken from the file name when absent. */
  date?: string;
}

export interface ReviewInput {
  slug: string;
  name: string;
  /** YYYY-MM-DD, both included. */
  from: string;
  to: string;
  cadenceDays: number;
  notes: readonly ReviewNoteInput[];
  questionBank: readonly QuestionCategory[];
  l10n: Localizer;
}

/** A note the review cites: its date and the link from `reviews/<slug>/` to it. */
export interface NoteRef {
  fileName: string;
  date: string;
  /** `../../one-on-ones/<slug>/<fileName>` */
  link: string;
}

export interface ReviewGap {
  /** YYYY-MM-DD at each end: a note's date, or the period's start or end. */
  start: string;
  end: string;
  kind: 'before-first' | 'between' | 'after-last' | 'whole-period';
  days: number;
  /** Days longer than the cadence. */
  overBy: number;
}

/** A list item of a cited note: its text (the task box left off) and its line. */
export interface NoteLine extends NoteRef {
  text: string;
  line: number;
}

/** An action item, where the review cites it. */
export type ReviewAction = NoteLine;

/** An item tagged #win, #feedback, #growth or #concern, where the review cites it. */
export type TaggedItem = NoteLine;

export interface AskedQuestion {
  text: string;
  category: string;
  /** The notes it was asked in, oldest first. */
  notes: NoteRef[];
}

export interface Review {
  slug: string;
  name: string;
  from: string;
  to: string;
  cadenceDays: number;
  /** The 1:1 notes dated in the period, oldest first. */
  held: NoteRef[];
  /** Every gap longer than the cadence, longest first. */
  gaps: ReviewGap[];
  /** The longest gap of the period, also when it was within the cadence. */
  longestGap?: ReviewGap;
  /** Each action once, with its state in the newest note of the period that has it. */
  done: ReviewAction[];
  open: ReviewAction[];
  tagged: Record<ReviewTag, TaggedItem[]>;
  asked: AskedQuestion[];
  /** Bank categories none of whose questions were asked. */
  untouched: { category: string; title: string }[];
  categoryTitles: Record<string, string>;
  /** Notes in the period that could not be read, with why. */
  skipped: Skipped[];
}

// A tag is whole: `#win` but not `#winter`, `#win-win` or `x#win`; any case.
const TAG = /(?<![\p{L}\p{N}_#&/])#(win|feedback|growth|concern)(?![\p{L}\p{N}_/-])/giu;

/** The review tags in a line of Markdown, inline code left out; each tag once. */
export function tagsIn(text: string): ReviewTag[] {
  if (!text.includes('#')) return [];
  const plain = text.replace(/(`+)[^`]*?\1/g, ' ');
  const found = new Set<ReviewTag>();
  TAG.lastIndex = 0;
  for (let m = TAG.exec(plain); m; m = TAG.exec(plain)) found.add(m[1].toLowerCase() as ReviewTag);
  return REVIEW_TAGS.filter((t) => found.has(t));
}

/**
 * A question as compared with the bank: up to its question mark (an answer may follow on the
 * line), lower case, without quotes or emphasis marks, spaces evened out.
 */
export function questionKey(text: string): string {
  const t = text.normalize('NFKC').toLowerCase().replace(/[*_`"'\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB]/g, '');
  const q = t.indexOf('?');
  return (q >= 0 ? t.slice(0, q + 1) : t).replace(/\s+/g, ' ').trim();
}

/**
 * Gathers a review from a person's 1:1 notes: only notes dated from `from` to `to` (both
 * included) count; tags, actions and questions inside code fences do not. Throws with the
 * reason when the period is not one (check with validatePeriod first).
 */
export function gatherReview(input: ReviewInput): Review {
  const { slug, from, to, cadenceDays, l10n } = input;
  const invalid = validatePeriod(from, to, l10n);
  if (invalid) throw new Error(invalid);
  const skipped: Skipped[] = [];
  const inPeriod: (NoteRef & { text: string; number: number })[] = [];
  for (const note of input.notes) {
    const named = datedNotes([note.fileName])[0];
    const date = note.date ?? named?.date;
    if (!date || !parseLocalDate(date)) {
      skipped.push({ name: note.fileName, reason: l10n.t('"{0}" has no date in its name (YYYY-MM-DD.md); it is left out.', note.fileName) });
      continue;
    }
    if (date < from || date > to) continue;
    if (note.text.length > MAX_NOTE_CHARS) {
      skipped.push({ name: note.fileName, reason: l10n.t('"{0}" is too large to read ({1} MB); it is left out.', note.fileName, Math.round(note.text.length / 1e6)) });
      continue;
    }
    if (note.text.includes('\u0000')) {
      skipped.push({ name: note.fileName, reason: l10n.t('"{0}" is not text; it is left out.', note.fileName) });
      continue;
    }
    inPeriod.push({ fileName: note.fileName, date, link: `../../one-on-ones/${slug}/${encodeURIComponent(note.fileName)}`, text: note.text, number: named?.number ?? 1 });
  }
  inPeriod.sort((a, b) => (a.date === b.date ? a.number - b.number : a.date < b.date ? -1 : 1));
  const ref = (n: NoteRef): NoteRef => ({ fileName: n.fileName, date: n.date, link: n.link });

  const tagged: Record<ReviewTag, TaggedItem[]> = { win: [], feedback: [], growth: [], concern: [] };
  const actions = new Map<string, ReviewAction & { done: boolean }>();
  const bank = questionIndex(input.questionBank);
  const asked = new Map<string, AskedQuestion>();
  for (const note of inPeriod) {
    const at = (text: string, line: number): NoteLine => ({ fileName: note.fileName, date: note.date, link: note.link, text, line });
    // One pass over the note's lines for tags and questions; its actions from the same lines.
    const lines = markdownLines(note.text);
    let questions = 0;
    for (const line of lines) {
      if (line.code) continue;
      // A heading starts at the line's first column; such a line is never a list item.
      if (line.text.startsWith('#')) {
        // Outside a Questions section only a Questions heading matters.
        if (!questions && !/questions/i.test(line.text)) continue;
        const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line.text);
        if (heading) {
          // The composer writes the questions asked as list items of a `## Questions` section.
          if (/^questions\b/i.test(heading[2])) questions = heading[1].length;
          else if (questions && heading[1].length <= questions) questions = 0;
        }
        continue;
      }
      const item = line.item;
      if (!item) continue;
      const shown = item.task ? item.task.text : item.content;
      for (const tag of tagsIn(item.content)) tagged[tag].push(at(shown, line.index));
      if (!questions) continue;
      const key = questionKey(shown);
      const q = bank.get(key);
      if (!q) continue;
      const entry = asked.get(key) ?? { text: q.text, category: q.category, notes: [] };
      if (!entry.notes.some((n) => n.fileName === note.fileName)) entry.notes.push(ref(note));
      asked.set(key, entry);
    }
    // Each action once: the newest note that has it says whether it is done.
    const { open, done } = keyedActions(lines);
    const put = (a: ActionItem, key: string) => {
      actions.delete(key);
      actions.set(key, { ...at(a.text, a.line), done: a.done });
    };
    done.forEach(put);
    open.forEach(put);
  }
  const strip = ({ done: _done, ...a }: ReviewAction & { done: boolean }): ReviewAction => a;
  const all = [...actions.values()];
  const touched = new Set([...asked.values()].map((q) => q.category));
  const { gaps, longestGap } = gapsOf(inPeriod.map((n) => n.date), from, to, cadenceDays);
  return {
    slug, name: input.name, from, to, cadenceDays,
    held: inPeriod.map(ref),
    gaps,
    ...(longestGap ? { longestGap } : {}),
    done: all.filter((a) => a.done).map(strip),
    open: all.filter((a) => !a.done).map(strip),
    tagged,
    asked: [...asked.values()],
    untouched: input.questionBank.filter((c) => c.questions.length && !touched.has(c.category)).map((c) => ({ category: c.category, title: c.title })),
    categoryTitles: Object.fromEntries(input.questionBank.map((c) => [c.category, c.title])),
    skipped,
  };
}

function questionIndex(bank: readonly QuestionCategory[]): Map<string, { text: string; category: string }> {
  const index = new Map<string, { text: string; category: string }>();
  for (const c of bank) for (const text of c.questions) if (!index.has(questionKey(text))) index.set(questionKey(text), { text, category: c.category });
  return index;
}

/**
 * The gaps of the period: from its start to the first 1:1, between consecutive 1:1s (days
 * with notes counted once), and from the last 1:1 to its end. The first and last are only
 * what the period shows (a 1:1 just before it does not count), so they are named as such.
 */
function gapsOf(dates: readonly string[], from: string, to: string, cadence: number): { gaps: ReviewGap[]; longestGap?: ReviewGap } {
  const days = [...new Set(dates)];
  const all: ReviewGap[] = [];
  const add = (start: string, end: string, kind: ReviewGap['kind']) => {
    const n = calendarDaysBetween(start, end);
    if (n > 0) all.push({ start, end, kind, days: n, overBy: Math.max(0, n - cadence) });
  };
  if (!days.length) add(from, to, 'whole-period');
  else {
    add(from, days[0], 'before-first');
    for (let i = 1; i < days.length; i++) add(days[i - 1], days[i], 'between');
    add(days[days.length - 1], to, 'after-last');
  }
  const byLength = [...all].sort((a, b) => b.days - a.days || (a.start < b.start ? -1 : 1));
  return { gaps: byLength.filter((g) => g.overBy > 0), ...(byLength[0] ? { longestGap: byLength[0] } : {}) };
}
