import type { PersonSummary } from '../shared/api';
import type { Localizer } from '../shared/localizer';
import { addLocalDays, startOfLocalDay } from './localDays';
import { calendarDaysBetween, dayKey, localDate, parseLocalDate } from './calendar';
import { dayLabel, shortDateOf } from './dateWords';
import { noteActions, type ActionItem } from './openActions';
import { DEFAULT_CADENCE_DAYS, MAX_CADENCE_DAYS, MIN_CADENCE_DAYS } from './cadence';
import type { ProfileProblem, ProfileReading } from './personProfile';
import { nameFromSlug, slugify } from './slug';

/** The file in a person's folder that holds their profile. */
export const PROFILE_FILE = 'profile.md';
/** A note longer than this is not scanned for actions (the People view stays fast); it still counts as a 1:1. */
export const MAX_NOTE_CHARS = 2_000_000;
export { DEFAULT_CADENCE_DAYS } from './cadence';

/** A 1:1 note file of a person's folder. */
export interface DatedNote {
  fileName: string;
  /** YYYY-MM-DD */
  date: string;
  /** 1 for `<date>.md`, n for `<date>-n.md`. */
  number: number;
}

/** A folder entry that was left out, and why (for the output channel). */
export interface Skipped {
  name: string;
  reason: string;
}

const NOTE_NAME = /^(\d{4}-\d{2}-\d{2})(?:-(\d{1,4}))?\.md$/;

/** The dated 1:1 notes among a folder's file names, newest first; any other file is not one. */
export function datedNotes(fileNames: readonly string[]): DatedNote[] {
  const notes: DatedNote[] = [];
  for (const fileName of fileNames) {
    const m = NOTE_NAME.exec(fileName);
    if (m && parseLocalDate(m[1])) notes.push({ fileName, date: m[1], number: m[2] ? Number(m[2]) : 1 });
  }
  return notes.sort((a, b) => (a.date === b.date ? b.number - a.number : a.date < b.date ? 1 : -1));
}

/** The files of a person's folder that are neither a dated note nor the profile, each with why it is not read. Hidden files are passed over. */
export function skippedFiles(fileNames: readonly string[], l10n: Localizer): Skipped[] {
  const dated = new Set(datedNotes(fileNames).map((n) => n.fileName));
  return fileNames
    .filter((f) => !dated.has(f) && f !== PROFILE_FILE && !f.startsWith('.'))
    .map((name) => ({
      name,
      reason: NOTE_NAME.test(name)
        ? l10n.t('"{0}" is named like a 1:1 note but its date does not exist; it is not counted.', name)
        : l10n.t('"{0}" is not a 1:1 note (those are named YYYY-MM-DD.md); it is not counted.', name),
    }));
}

/** The folders of `one-on-ones/` that are people: those named as a slug (what the extension writes). */
export function peopleFolders(folderNames: readonly string[], l10n: Localizer): { slugs: string[]; skipped: Skipped[] } {
  const slugs: string[] = [];
  const skipped: Skipped[] = [];
  for (const name of folderNames) {
    if (name && slugify(name) === name) slugs.push(name);
    else if (!name.startsWith('.')) skipped.push({ name, reason: l10n.t('The folder "{0}" is not a person folder (lower-case letters, digits and "-" only); it is not shown.', name) });
  }
  return { slugs, skipped };
}

/** A cadence as used: the profile's when valid, else the setting's when valid, else 14 days. */
export function effectiveCadence(profileCadence: number | undefined, settingCadence: number): number {
  const valid = (n: number | undefined): n is number => Number.isInteger(n) && n! >= MIN_CADENCE_DAYS && n! <= MAX_CADENCE_DAYS;
  return valid(profileCadence) ? profileCadence : valid(settingCadence) ? settingCadence : DEFAULT_CADENCE_DAYS;
}

/** What the People view knows of one person folder; the caller reads the files. */
export interface PersonFacts {
  slug: string;
  /** The file names in `one-on-ones/<slug>/`. */
  fileNames: readonly string[];
  /** The text of the newest dated note (`datedNotes(fileNames)[0]`), when there is one and it could be read. */
  newestNoteText?: string;
  /** `parseProfile` of `profile.md`, when the folder has one. */
  profile?: ProfileReading;
  /** The `oneOnOnes.cadenceDays` setting. */
  defaultCadenceDays: number;
  today: Date;
  /** YYYY-MM-DD of the next 1:1 with them in the calendar (from today on), if any. */
  nextOneOnOne?: string;
}

/** A row of the People view: the API's summary and what the tree shows beside it. */
export interface PersonRow extends PersonSummary {
  archived: boolean;
  email?: string;
  role?: string;
  /** Whole calendar days since the newest note (negative for a note dated ahead). */
  daysSinceLast?: number;
  /** Days past the cadence (negative: days left); undefined when there is no note. */
  daysPastCadence?: number;
  /** Dated notes, newest first. */
  notes: DatedNote[];
  /** The open actions of the newest note, with their lines. */
  openActionItems: ActionItem[];
  /** Why the row is (not) overdue, as a sentence for the tooltip and screen readers. */
  overdueReason: string;
  problems: ProfileProblem[];
  /** Files of the folder that were not read, with why. */
  skipped: Skipped[];
}

export function personRow(facts: PersonFacts, l10n: Localizer): PersonRow {
  const { slug, today } = facts;
  const profile = facts.profile?.profile;
  const name = profile?.name ?? nameFromSlug(slug);
  const cadenceDays = effectiveCadence(profile?.cadenceDays, facts.defaultCadenceDays);
  const notes = datedNotes(facts.fileNames);
  const last = notes[0]?.date;
  const skipped = skippedFiles(facts.fileNames, l10n);

  let openActionItems: ActionItem[] = [];
  const text = facts.newestNoteText;
  if (text !== undefined && text.length > MAX_NOTE_CHARS) {
    skipped.push({ name: notes[0]?.fileName ?? '', reason: l10n.t('"{0}" is too large to read for open actions ({1} MB).', notes[0]?.fileName ?? '', Math.round(text.length / 1e6)) });
  } else if (text?.includes('\u0000')) {
    skipped.push({ name: notes[0]?.fileName ?? '', reason: l10n.t('"{0}" is not text; its open actions are not counted.', notes[0]?.fileName ?? '') });
  } else if (text !== undefined) {
    openActionItems = noteActions(text).open;
  }

  const todayText = localDate(startOfLocalDay(today));
  const tomorrow = localDate(addLocalDays(today, 1));
  const next = facts.nextOneOnOne && facts.nextOneOnOne >= todayText ? facts.nextOneOnOne : undefined;
  const soon = !!next && next <= tomorrow;
  const daysSinceLast = last ? calendarDaysBetween(last, today) : undefined;
  const daysPastCadence = daysSinceLast === undefined ? undefined : daysSinceLast - cadenceDays;
  const late = daysPastCadence === undefined || daysPastCadence > 0;
  const overdue = late && !soon;

  return {
    slug,
    name,
    cadenceDays,
    openActions: openActionItems.length,
    overdue,
    ...(last ? { lastOneOnOne: last } : {}),
    ...(next ? { nextOneOnOne: next } : {}),
    archived: profile?.archived ?? false,
    ...(profile?.email ? { email: profile.email } : {}),
    ...(profile?.role ? { role: profile.role } : {}),
    ...(daysSinceLast !== undefined ? { daysSinceLast, daysPastCadence } : {}),
    notes,
    openActionItems,
    overdueReason: overdueReason(name, cadenceDays, daysSinceLast, late, soon ? next : undefined, today, l10n),
    problems: facts.profile?.problems ?? [],
    skipped,
  };
}

function overdueReason(name: string, cadence: number, since: number | undefined, late: boolean, soon: string | undefined, today: Date, l10n: Localizer): string {
  const every = cadenceWords(cadence, l10n);
  const when = soon ? (soon === localDate(startOfLocalDay(today)) ? l10n.t('today') : l10n.t('tomorrow')) : '';
  if (since === undefined) {
    return soon
      ? l10n.t('No 1:1 notes with {0} yet; one is in the calendar for {1}.', name, when)
      : l10n.t('Overdue: no 1:1 notes with {0} yet.', name);
  }
  const ago = daysAgo(since, l10n);
  if (!late) return l10n.t('On track: the last 1:1 with {0} was {1}; you meet {2}.', name, ago, every);
  return soon
    ? l10n.t('Due: the last 1:1 with {0} was {1}, longer than {2}, and the next is in the calendar for {3}.', name, ago, every, when)
    : l10n.t('Overdue: the last 1:1 with {0} was {1}; you meant to meet {2}.', name, ago, every);
}

/** `every 14 days` */
export function cadenceWords(days: number, l10n: Localizer): string {
  return days === 1 ? l10n.t('every day') : days % 7 === 0 && days > 7 ? l10n.t('every {0} weeks', days / 7) : days === 7 ? l10n.t('every week') : l10n.t('every {0} days', days);
}

/** `12 days ago`, `yesterday`, `today`, or `in 3 days` for a note dated ahead. */
export function daysAgo(days: number, l10n: Localizer): string {
  if (days === 0) return l10n.t('today');
  if (days === 1) return l10n.t('yesterday');
  if (days === -1) return l10n.t('tomorrow');
  return days > 0 ? l10n.t('{0} days ago', days) : l10n.t('in {0} days', -days);
}

/** The summary `people()` returns: the contract's fields and nothing else. */
export function personSummary(row: PersonRow): PersonSummary {
  return {
    slug: row.slug,
    name: row.name,
    cadenceDays: row.cadenceDays,
    openActions: row.openActions,
    overdue: row.overdue,
    ...(row.lastOneOnOne ? { lastOneOnOne: row.lastOneOnOne } : {}),
    ...(row.nextOneOnOne ? { nextOneOnOne: row.nextOneOnOne } : {}),
  };
}

/** `people()`: archived people left out, most overdue first. */
export function peopleSummaries(rows: readonly PersonRow[]): PersonSummary[] {
  return sortPeople(rows.filter((r) => !r.archived), 'overdue').map(personSummary);
}

export type PeopleOrder = 'overdue' | 'name';

/**
 * `overdue`: overdue people first, then the rest; within each, people with no note first, then
 * by days past their cadence, most first; ties by name. `name`: by name, with `compare`
 * (a locale-aware collator's compare) or localeCompare.
 */
export function sortPeople<T extends PersonRow>(rows: readonly T[], order: PeopleOrder, compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b)): T[] {
  const byName = (a: T, b: T) => compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  if (order === 'name') return [...rows].sort(byName);
  const urgency = (r: T) => (r.daysPastCadence === undefined ? Number.POSITIVE_INFINITY : r.daysPastCadence);
  return [...rows].sort((a, b) => Number(b.overdue) - Number(a.overdue) || (urgency(a) === urgency(b) ? 0 : urgency(b) > urgency(a) ? 1 : -1) || byName(a, b));
}

/** The rows a view shows: archived ones only when asked. */
export function visibleRows<T extends PersonRow>(rows: readonly T[], showArchived: boolean): T[] {
  return showArchived ? [...rows] : rows.filter((r) => !r.archived);
}

/**
 * The row's description, `12 days ago · 2 open · next Thu`. The next 1:1 is `today`,
 * `tomorrow`, a short weekday within the coming week, else a short date, worded by dateWords.ts
 * through the same Localizer (the status bar's and weekly summary's day names), so German
 * shows `vor 12 Tagen · 2 offen · nächster Do` with no day names in this file.
 */
export function rowDescription(row: PersonRow, today: Date, l10n: Localizer): string {
  const parts: string[] = [];
  parts.push(row.daysSinceLast === undefined ? l10n.t('no 1:1 yet') : daysAgo(row.daysSinceLast, l10n));
  if (row.openActions) parts.push(l10n.t('{0} open', row.openActions));
  if (row.archived) parts.push(l10n.t('archived'));
  const next = row.nextOneOnOne ? parseLocalDate(row.nextOneOnOne) : undefined;
  if (next) {
    const inDays = calendarDaysBetween(today, next);
    if (inDays === 0) parts.push(l10n.t('1:1 today'));
    else if (inDays === 1) parts.push(l10n.t('1:1 tomorrow'));
    else parts.push(l10n.t('next {0}', inDays < 7 ? dayLabel(dayKey(next), l10n) : shortDateOf(next, l10n)));
  }
  return parts.join(' · ');
}
