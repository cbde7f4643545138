import * as vscode from 'vscode';
import { localDate, parseLocalDate } from '../../core/calendar';
import { freeName } from '../../core/notePlacement';
import { sortPeople, type PersonRow } from '../../core/people';
import { renderReview, reviewFolder } from '../../core/reviewNote';
import { defaultReviewPeriod, reviewPeriods, validatePeriod } from '../../core/reviewPeriods';
import { gatherReview, type ReviewNoteInput } from '../../core/reviewPrep';
import { createExclusively } from '../../platform/host';
import type { QuestionCategory } from '../../shared/contentTypes';
import { MAX_NOTE_BYTES, type PeopleService } from '../../services/people/peopleService';

export interface ReviewArgs {
  person?: string;
  from?: string;
  to?: string;
  open?: boolean;
}

export class ReviewRefused extends Error {}

/** The argument of preparePersonReview, checked: every refusal names what is wrong. */
export function parseReviewArgs(arg: unknown): ReviewArgs & { interactive: boolean } {
  if (arg === undefined || arg === null) return { interactive: true };
  if (typeof arg !== 'object' || Array.isArray(arg)) throw new ReviewRefused(vscode.l10n.t('preparePersonReview takes one object, for example {0}.', '{ "person": "Sam Lee" }'));
  const a = arg as Record<string, unknown>;
  for (const key of ['person', 'from', 'to'] as const) {
    if (a[key] !== undefined && typeof a[key] !== 'string') throw new ReviewRefused(vscode.l10n.t('preparePersonReview: {0} must be text.', key));
  }
  if (a.open !== undefined && typeof a.open !== 'boolean') throw new ReviewRefused(vscode.l10n.t('preparePersonReview: open must be true or false.'));
  const out: ReviewArgs & { interactive: boolean } = { interactive: a.person === undefined };
  if (typeof a.person === 'string') out.person = a.person;
  if (typeof a.from === 'string') out.from = a.from;
  if (typeof a.to === 'string') out.to = a.to;
  if (typeof a.open === 'boolean') out.open = a.open;
  return out;
}

/**
 * preparePersonReview: picks the person (overdue first) and the period when not given, reads
 * that person's 1:1 notes dated in the period, and writes `reviews/<slug>/<to>.md` (never over
 * an existing file). Everything stays in the notes folder; nothing is sent anywhere.
 */
export async function prepareReview(people: PeopleService, questionBank: () => Promise<readonly QuestionCategory[]>, arg: unknown, now: Date, options: { askPeriod?: boolean } = {}): Promise<vscode.Uri | undefined> {
  const args = parseReviewArgs(arg);
  if (options.askPeriod) args.interactive = true;
  await people.whenReady();
  const root = people.notesRoot();
  if (!root) throw new ReviewRefused(vscode.l10n.t('Set leadershipPrompts.notesFolder first: review preparation reads your 1:1 notes from there.'));

  let person: PersonRow | undefined;
  if (args.person !== undefined) {
    person = people.find(args.person);
    if (!person) throw new ReviewRefused(vscode.l10n.t('There is no person "{0}" in your notes (one-on-ones/<name>/). People: {1}.', args.person, people.rows().map((r) => r.name).join(', ') || vscode.l10n.t('none yet')));
  } else {
    person = await pickPerson(people.rows());
    if (!person) return undefined;
  }

  let from = args.from;
  let to = args.to;
  if (from === undefined && to === undefined && args.interactive) {
    const period = await pickPeriod(now);
    if (!period) return undefined;
    ({ from, to } = period);
  } else {
    const fallback = defaultReviewPeriod(now, vscode.l10n);
    to ??= fallback.to;
    from ??= fallback.from;
  }
  const problem = validatePeriod(from!, to!, vscode.l10n);
  if (problem) throw new ReviewRefused(problem);

  const folder = people.personFolder(person.slug)!;
  // The row's notes are already dated (read by the scan): not parsed again.
  const inPeriod = person.notes.filter((n) => n.date >= from! && n.date <= to!);
  // The notes, the question bank and the review's folder side by side. A note too large or
  // unreadable reaches the review as such and is listed as skipped.
  const bank = questionBank();
  const target = vscode.Uri.joinPath(root, ...reviewFolder(person.slug));
  const folderReady = bank.then(() => reviewFolderNames(target));
  folderReady.catch(() => undefined); // Awaited below: a failure meanwhile is not an unhandled rejection.
  const notes: ReviewNoteInput[] = await Promise.all(inPeriod.map(async (n) => ({
    fileName: n.fileName, date: n.date, text: await readNoteOnce(vscode.Uri.joinPath(folder, n.fileName)),
  })));
  const review = gatherReview({ slug: person.slug, name: person.name, from: from!, to: to!, cadenceDays: person.cadenceDays, notes, questionBank: await bank, l10n: vscode.l10n });
  const text = renderReview(review, vscode.l10n);

  const taken = await folderReady;
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < 1000; i++) {
    const name = freeName(to!, taken);
    const uri = vscode.Uri.joinPath(target, name);
    if (await createExclusively(uri, bytes)) {
      if (args.open ?? true) await vscode.window.showTextDocument(uri, { preview: false });
      return uri;
    }
    taken.add(name);
  }
  throw new Error(vscode.l10n.t('no free file name for {0} in {1}', to!, target.fsPath));
}

/** The review's folder, made when missing, and the names already in it. */
async function reviewFolderNames(target: vscode.Uri): Promise<Set<string>> {
  await vscode.workspace.fs.createDirectory(target);
  return new Set((await vscode.workspace.fs.readDirectory(target)).map(([name]) => name));
}

const utf8 = new TextDecoder('utf-8');

/**
 * A note's text in one read (a review reads many; no stat first). A note over MAX_NOTE_BYTES, or
 * one that cannot be read, reaches the review as a NUL, which it lists as skipped with why.
 */
async function readNoteOnce(uri: vscode.Uri): Promise<string> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.byteLength > MAX_NOTE_BYTES ? '\u0000' : utf8.decode(bytes);
  } catch {
    return '\u0000';
  }
}

async function pickPerson(rows: readonly PersonRow[]): Promise<PersonRow | undefined> {
  type Item = vscode.QuickPickItem & { row: PersonRow };
  const active = sortPeople(rows.filter((r) => !r.archived), 'overdue');
  if (active.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No people yet: write a first 1:1 (Leadership: New 1:1 Agenda) and they appear here.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick<Item>(active.map((row) => ({
    row,
    label: row.name,
    description: row.overdue ? vscode.l10n.t('$(warning) overdue') : undefined,
    detail: row.overdueReason,
  })), { title: vscode.l10n.t('Prepare a Review: whose?'), placeHolder: vscode.l10n.t('Most overdue first'), matchOnDetail: false });
  return picked?.row;
}

async function pickPeriod(now: Date): Promise<{ from: string; to: string } | undefined> {
  type Item = vscode.QuickPickItem & { range?: { from: string; to: string } };
  const items: Item[] = reviewPeriods(now, vscode.l10n).map((p) => ({ label: p.label, description: `${p.from} – ${p.to}`, range: { from: p.from, to: p.to } }));
  items.push({ label: vscode.l10n.t('$(calendar) Custom period…') });
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Prepare a Review: which period?') });
  if (!picked) return undefined;
  if (picked.range) return picked.range;
  const date = (prompt: string, value: string, check: (v: string) => string | undefined) => vscode.window.showInputBox({
    title: vscode.l10n.t('Prepare a Review: custom period'), prompt, value,
    validateInput: (v) => (parseLocalDate(v.trim()) ? check(v.trim()) : vscode.l10n.t('"{0}" is not a date; use YYYY-MM-DD.', v.trim())),
  });
  const fallback = defaultReviewPeriod(now, vscode.l10n);
  const from = (await date(vscode.l10n.t('First day (YYYY-MM-DD)'), fallback.from, () => undefined))?.trim();
  if (!from) return undefined;
  const to = (await date(vscode.l10n.t('Last day (YYYY-MM-DD)'), localDate(now), (v) => validatePeriod(from, v, vscode.l10n)))?.trim();
  return to ? { from, to } : undefined;
}
