import * as vscode from 'vscode';
import { calendarDaysBetween, dayKey, localDate, parseLocalDate } from '../../core/calendar';
import { addLocalDays } from '../../core/localDays';
import { dayName, shortDateOf } from '../../core/dateWords';
import { nextWorkingDays, parseMeetingDate } from '../../core/meetingDate';
import { slugify } from '../../core/slug';
import type { VariableToAsk } from '../../core/templateFilling';
import type { Template } from '../../shared/contentTypes';
import type { DayKey, RhythmDay } from '../../shared/settings';
import { oneLine } from './noteArguments';

export interface KnownPerson {
  slug: string;
  name: string;
  /** Date of the latest 1:1, YYYY-MM-DD. */
  last?: string;
}

/** The heading of a kind's group of templates; a pack's own kind as it is written. */
function kindTitle(kind: string): string {
  switch (kind) {
    case 'one-on-one': return vscode.l10n.t('1:1s');
    case 'retro': return vscode.l10n.t('Retros');
    case 'self-check': return vscode.l10n.t('Self-checks');
    case 'team-health': return vscode.l10n.t('Team health');
    case 'planning': return vscode.l10n.t('Planning');
    default: return kind;
  }
}

/**
 * Who the 1:1 is with: the people you have had 1:1s with, longest since the last one on
 * top, or a new name typed in. Resolves to the name, or undefined when dismissed.
 */
export function pickPerson(people: readonly KnownPerson[], today: string): Promise<string | undefined> {
  type Item = vscode.QuickPickItem & { name?: string };
  const sorted = [...people].sort((a, b) => (a.last ?? '9999').localeCompare(b.last ?? '9999') || a.name.localeCompare(b.name));
  const known: Item[] = sorted.map((p) => ({ label: p.name, name: p.name, description: p.last ? sinceLabel(p.last, today) : vscode.l10n.t('no saved 1:1 yet') }));
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = vscode.l10n.t('New 1:1 Agenda');
  qp.placeholder = people.length ? vscode.l10n.t('Pick a person (longest since the last 1:1 first) or type a new name') : vscode.l10n.t('Type the name of the person you are meeting');
  qp.ignoreFocusOut = true;
  const update = () => {
    const typed = oneLine(qp.value);
    const slug = slugify(typed);
    const matchesKnown = people.some((p) => p.slug === slug);
    const fresh: Item[] = typed && !matchesKnown
      ? [{ label: `$(person-add) ${typed}`, name: typed, description: slug ? vscode.l10n.t('new person: a first 1:1 is proposed') : vscode.l10n.t('needs Latin letters or digits for its file name'), alwaysShow: true }]
      : [];
    // A typed name that matches nobody goes first, so Enter takes it.
    const anyKnownShown = typed ? known.some((k) => k.label.toLowerCase().includes(typed.toLowerCase())) : true;
    qp.items = anyKnownShown ? [...known, ...fresh] : [...fresh, ...known];
  };
  update();
  return new Promise((resolve) => {
    let chosen: string | undefined;
    qp.onDidChangeValue(update);
    qp.onDidAccept(() => {
      chosen = qp.selectedItems[0]?.name ?? qp.activeItems[0]?.name ?? (oneLine(qp.value) || undefined);
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(chosen);
    });
    qp.show();
  });
}

function sinceLabel(last: string, today: string): string {
  if (!parseLocalDate(last) || !parseLocalDate(today)) return vscode.l10n.t('last 1:1 {0}', last);
  const days = calendarDaysBetween(last, today);
  if (days < 0) return vscode.l10n.t('next 1:1 {0}', last);
  if (days === 0) return vscode.l10n.t('last 1:1 today');
  return days === 1 ? vscode.l10n.t('last 1:1 yesterday ({0})', last) : vscode.l10n.t('last 1:1 {0} days ago ({1})', days, last);
}

/**
 * A template, with its description; the recommended one first. Templates of several kinds are
 * grouped under a heading per kind; team-pack templates say where they come from.
 */
export async function pickTemplate(templates: readonly Template[], title: string, recommended?: { id: string; reason: string }): Promise<Template | undefined> {
  const picked = await pickTemplateOr(templates, title, recommended);
  return picked === 'extra' ? undefined : picked;
}

/** pickTemplate, with one more choice at the end (`extra`, under its own heading): resolves to 'extra' when that is taken. */
export async function pickTemplateOr(templates: readonly Template[], title: string, recommended?: { id: string; reason: string }, extra?: vscode.QuickPickItem & { heading: string }): Promise<Template | 'extra' | undefined> {
  type Item = vscode.QuickPickItem & { template?: Template; extra?: true };
  const ordered = [...templates].sort((a, b) => Number(b.id === recommended?.id) - Number(a.id === recommended?.id));
  const kinds = [...new Set(ordered.map((t) => t.kind))];
  const items: Item[] = kinds.flatMap((kind) => [
    ...(kinds.length > 1 ? [{ label: kindTitle(kind), kind: vscode.QuickPickItemKind.Separator }] : []),
    ...ordered.filter((t) => t.kind === kind).map((t) => ({
      label: t.title,
      description: [t.id === recommended?.id ? recommended.reason : '', t.origin === 'built-in' ? '' : vscode.l10n.t('team pack: {0}', t.origin.split(/[\\/]/).filter(Boolean).slice(-2).join('/'))].filter(Boolean).join(' · '),
      detail: t.description,
      template: t,
    })),
  ]);
  if (extra) {
    const { heading, ...item } = extra;
    items.push({ label: heading, kind: vscode.QuickPickItemKind.Separator }, { ...item, extra: true });
  }
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Pick a template'), matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true });
  return picked?.extra ? 'extra' : picked?.template;
}

/** The length of a five-phase retro. */
export async function pickRetroLength(): Promise<number | undefined> {
  const lengths = [
    [45, vscode.l10n.t('a short retro for a small team')],
    [60, vscode.l10n.t('the usual')],
    [90, vscode.l10n.t('after a long or eventful iteration')],
    [120, vscode.l10n.t('a quarter or a project')],
  ] as const;
  const picked = await vscode.window.showQuickPick(
    lengths.map(([minutes, detail]) => ({ label: vscode.l10n.t('{0} minutes', minutes), description: detail, minutes })),
    { title: vscode.l10n.t('New Retro: how long is the retro?'), placeHolder: vscode.l10n.t('The time boxes of the five phases add up to this'), ignoreFocusOut: true },
  );
  return picked?.minutes;
}

/** One Input Box per variable, in order. Undefined when one is dismissed (Escape cancels the note). */
export async function askVariables(variables: readonly VariableToAsk[], title: string): Promise<Record<string, string> | undefined> {
  const values: Record<string, string> = {};
  for (const [i, v] of variables.entries()) {
    const value = await vscode.window.showInputBox({
      title: variables.length > 1 ? `${title} (${i + 1}/${variables.length})` : title,
      prompt: v.prompt,
      value: v.default,
      placeHolder: vscode.l10n.t('Leave empty to fill it in later'),
      ignoreFocusOut: true,
    });
    if (value === undefined) return undefined;
    values[v.name] = v.name === 'person' || v.name === 'team' ? oneLine(value) : value;
  }
  return values;
}

/**
 * The day of a 1:1: today, the next working days of the rhythm, or another day typed as
 * `YYYY-MM-DD`, `mon`, `next tue` or `+3` (in the Quick Pick, or in an Input Box that refuses
 * a day that does not exist). Resolves to YYYY-MM-DD, or undefined when dismissed.
 */
export function pickMeetingDate(title: string, today: Date, rhythm: Readonly<Record<DayKey, RhythmDay>>): Promise<string | undefined> {
  type Item = vscode.QuickPickItem & { date?: string; other?: true };
  const label = (iso: string) => shortDateOf(parseLocalDate(iso)!, vscode.l10n);
  const todayIso = localDate(today);
  const tomorrowIso = localDate(addLocalDays(today, 1));
  const fixed: Item[] = [
    { label: `$(calendar) ${vscode.l10n.t('Today')}`, description: label(todayIso), date: todayIso },
    ...nextWorkingDays(today, rhythm, 5).map((iso) => ({
      label: iso === tomorrowIso ? vscode.l10n.t('Tomorrow, {0}', dayName(dayKey(parseLocalDate(iso)!), vscode.l10n)) : dayName(dayKey(parseLocalDate(iso)!), vscode.l10n),
      description: `${label(iso)} · ${iso}`,
      date: iso,
    })),
    { label: `$(edit) ${vscode.l10n.t('Another day…')}`, detail: vscode.l10n.t('YYYY-MM-DD, a weekday (mon, next tue) or +3 (in three days)'), other: true },
  ];
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = title;
  qp.placeholder = vscode.l10n.t('Which day is the 1:1? Pick one or type a date (YYYY-MM-DD, mon, next tue, +3)');
  qp.ignoreFocusOut = true;
  qp.matchOnDescription = true;
  const update = () => {
    const typed = qp.value.trim();
    const parsed = typed ? parseMeetingDate(typed, today, vscode.l10n) : undefined;
    const exact: Item[] = parsed?.ok ? [{ label: `$(calendar) ${label(parsed.date)}`, description: parsed.date, date: parsed.date, alwaysShow: true }] : [];
    qp.items = [...exact, ...fixed.map((i) => (i.other ? { ...i, alwaysShow: true } : i))];
  };
  update();
  return new Promise((resolve) => {
    let chosen: Item | undefined;
    qp.onDidChangeValue(update);
    qp.onDidAccept(() => {
      // A day typed in full is what Enter takes, whichever row the filter left in front.
      const typed = qp.value.trim() ? parseMeetingDate(qp.value, today, vscode.l10n) : undefined;
      chosen = typed?.ok ? { label: typed.date, date: typed.date } : qp.selectedItems[0] ?? qp.activeItems[0];
      qp.hide();
    });
    qp.onDidHide(async () => {
      qp.dispose();
      if (chosen?.other) resolve(await askMeetingDate(title, today));
      else resolve(chosen?.date);
    });
    qp.show();
  });
}

/** The Input Box for another day: a day that does not exist is refused in the box, a valid one is named as it is typed. */
async function askMeetingDate(title: string, today: Date): Promise<string | undefined> {
  const typed = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('The day of the 1:1: YYYY-MM-DD, a weekday (mon, next tue), today, tomorrow or +3'),
    placeHolder: localDate(today),
    ignoreFocusOut: true,
    validateInput: (v) => {
      const r = parseMeetingDate(v, today, vscode.l10n);
      if (!r.ok) return { message: r.message, severity: vscode.InputBoxValidationSeverity.Error };
      return { message: vscode.l10n.t('{0} ({1})', shortDateOf(parseLocalDate(r.date)!, vscode.l10n), r.date), severity: vscode.InputBoxValidationSeverity.Info };
    },
  });
  if (typed === undefined) return undefined;
  const r = parseMeetingDate(typed, today, vscode.l10n);
  return r.ok ? r.date : undefined;
}

/** A retro plan's ID, as written on its `Plan ID:` line; one that is not a plan ID is refused in the box. */
export async function askPlanId(check: (id: string) => string | undefined): Promise<string | undefined> {
  const id = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Retro: rebuild a plan'),
    prompt: vscode.l10n.t('The Plan ID from the "Plan ID:" line of a retro plan, e.g. 60m-k3f9a2'),
    placeHolder: '60m-k3f9a2',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? check(v) : vscode.l10n.t('Type the Plan ID, e.g. 60m-k3f9a2.')),
  });
  return id?.trim() || undefined;
}
