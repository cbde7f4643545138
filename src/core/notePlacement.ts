import { isoWeek, parseLocalDate } from './calendar';

/** Where a note of each kind of template goes inside the notes folder (CONTRACT.md, "Where notes go"). */
export type NoteShelf = 'one-on-one' | 'retro' | 'self-check' | 'note';

export function shelfOf(templateKind: string): NoteShelf {
  return templateKind === 'one-on-one' || templateKind === 'retro' || templateKind === 'self-check' ? templateKind : 'note';
}

export interface NotePlacement {
  /** Folder path segments below the notes folder, each already a safe slug. */
  folder: string[];
  /** File name without `.md` and without a `-2` suffix. */
  base: string;
  /** Decides which files in `folder` are earlier notes of the same series, and how they sort. */
  series: NoteSeries;
}

/** Recognises the notes of one series among a folder's file names, and gives each a sort key. */
export interface NoteSeries {
  /** The sort key of a file of this series (its date or ISO week, then its number), or undefined for any other file. */
  keyOf(name: string): string | undefined;
}

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const WEEK = String.raw`\d{4}-W\d{2}`;

/**
 * The place of a new note. `personSlug` and `templateSlug` must already be slugs (see
 * slug.ts), so no segment can climb out of the notes folder.
 */
export function placeNote(shelf: NoteShelf, date: string, templateSlug: string, personSlug?: string): NotePlacement {
  if (!parseLocalDate(date)) throw new Error(`"${date}" is not a date; use YYYY-MM-DD.`);
  switch (shelf) {
    case 'one-on-one':
      if (!personSlug) throw new Error('A 1:1 needs a person.');
      return { folder: ['one-on-ones', personSlug], base: date, series: series(`(${DATE})`) };
    case 'retro':
      // Every retro format is one series: open actions carry over from whichever retro came last.
      // Two formats on one day have no number to order them by, so their times decide.
      return { folder: ['retros'], base: `${date}-${templateSlug}`, series: series(`(${DATE})-[a-z0-9-]+?`, false) };
    case 'self-check':
      return { folder: ['self-checks'], base: isoWeek(parseLocalDate(date)!).label, series: series(`(${WEEK})`) };
    case 'note':
      return { folder: ['notes'], base: `${date}-${templateSlug}`, series: series(`(${DATE})-${templateSlug}`) };
  }
}

/** Sort key `<date or week>#<number, 4 digits>`: compares as text in time order. */
function series(stem: string, numbered = true): NoteSeries {
  const re = new RegExp(`^${stem}(?:-(\\d{1,4}))?\\.md$`);
  return {
    keyOf(name) {
      const m = re.exec(name);
      return m ? `${m[1]}#${(numbered ? m[2] ?? '1' : '1').padStart(4, '0')}` : undefined;
    },
  };
}

/** The first free file name: `<base>.md`, then `<base>-2.md`, `<base>-3.md` … Never one in `taken`. */
export function freeName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(`${base}.md`)) return `${base}.md`;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}.md`)) return `${base}-${n}.md`;
}

export interface FolderEntry {
  name: string;
  /** Modification time in ms, to order two notes of one day (a sailboat and a plan retro). */
  mtime?: number;
}

/**
 * The most recent earlier note of the series: the latest whose date (or week) is not after
 * the new note's. Notes on the same day as the new one already exist, so they count as
 * earlier. Only `.md` files of the series take part: anything else in the folder is ignored.
 */
export function previousNote(entries: readonly FolderEntry[], placement: NotePlacement, newName: string): FolderEntry | undefined {
  const limit = placement.series.keyOf(newName);
  const dayOf = (key: string) => key.slice(0, key.indexOf('#'));
  let best: { entry: FolderEntry; key: string } | undefined;
  for (const entry of entries) {
    const key = placement.series.keyOf(entry.name);
    if (!key || entry.name === newName || (limit && dayOf(key) > dayOf(limit))) continue;
    const later = !best || key > best.key
      || (key === best.key && ((entry.mtime ?? 0) > (best.entry.mtime ?? 0) || ((entry.mtime ?? 0) === (best.entry.mtime ?? 0) && entry.name > best.entry.name)));
    if (later) best = { entry, key };
  }
  return best?.entry;
}

/** The date (YYYY-MM-DD) a 1:1 file name holds, if it is one. */
export function oneOnOneDate(name: string): string | undefined {
  return new RegExp(`^(${DATE})(?:-\\d{1,4})?\\.md$`).exec(name)?.[1];
}

/**
 * The latest note of a week's self-check (`2026-W49.md`, or the highest `2026-W49-N.md`), if
 * the week has one: what the weekly summary opens instead of writing a second one.
 */
export function weekSelfCheck(names: readonly string[], weekLabel: string): string | undefined {
  const re = new RegExp(`^${weekLabel}(?:-(\\d{1,4}))?\\.md$`);
  let best: { name: string; n: number } | undefined;
  for (const name of names) {
    const m = re.exec(name);
    if (!m) continue;
    const n = Number(m[1] ?? 1);
    if (!best || n > best.n) best = { name, n };
  }
  return best?.name;
}
