import * as vscode from 'vscode';
import { parseLocalDate } from '../../core/calendar';
import { slugify } from '../../core/slug';
import type { VariableToAsk } from '../../core/templateFilling';
import type { Template } from '../../shared/contentTypes';
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
  const a = parseLocalDate(last);
  const b = parseLocalDate(today);
  if (!a || !b) return vscode.l10n.t('last 1:1 {0}', last);
  const days = Math.round((b.getTime() - a.getTime()) / 86_400_000);
  if (days < 0) return vscode.l10n.t('next 1:1 {0}', last);
  if (days === 0) return vscode.l10n.t('last 1:1 today');
  return days === 1 ? vscode.l10n.t('last 1:1 yesterday ({0})', last) : vscode.l10n.t('last 1:1 {0} days ago ({1})', days, last);
}

/**
 * A template, with its description; the recommended one first. Templates of several kinds are
 * grouped under a heading per kind; team-pack templates say where they come from.
 */
export async function pickTemplate(templates: readonly Template[], title: string, recommended?: { id: string; reason: string }): Promise<Template | undefined> {
  type Item = vscode.QuickPickItem & { template?: Template };
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
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Pick a template'), matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true });
  return picked?.template;
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
