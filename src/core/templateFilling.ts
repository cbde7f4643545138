import type { Template } from '../shared/contentTypes';
import type { Localizer } from '../shared/localizer';

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/** Placeholders the extension computes itself: never asked for, never taken from `variables`. */
export const COMPUTED_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'date', 'week', 'carryOver', 'questions', 'previous', 'plan', 'blockNotes', 'leadershipTime', 'cursor',
]);

/** The prompt for a placeholder no template declares: the ones the extension knows by name, else a plain one naming it. */
function promptFor(name: string, templateTitle: string, l10n: Localizer): string {
  // Placeholders the extension knows but that come from the user (an argument or a prompt).
  if (name === 'person') return l10n.t('Who is this with?');
  if (name === 'team') return l10n.t('Which team is this for?');
  return l10n.t('Value for {0} in "{1}"', `{{${name}}}`, templateTitle);
}

export interface VariableToAsk {
  name: string;
  prompt: string;
  default: string;
}

/** The distinct placeholder names of a template body, in order of first use. */
export function placeholdersIn(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * What is still to be asked for: the template's placeholders that are neither computed nor
 * in `known`. Declared variables keep their prompt and default, in the order declared; any
 * other placeholder gets a plain prompt naming it.
 */
export function variablesToAsk(template: Pick<Template, 'body' | 'title' | 'variables'>, known: ReadonlySet<string>, l10n: Localizer): VariableToAsk[] {
  const open = placeholdersIn(template.body).filter((n) => !COMPUTED_PLACEHOLDERS.has(n) && !known.has(n));
  const declared = template.variables.filter((v) => open.includes(v.name)).map((v) => ({ name: v.name, prompt: v.prompt, default: v.default ?? '' }));
  const undeclared = open.filter((n) => !declared.some((d) => d.name === n)).map((name) => ({
    name,
    prompt: promptFor(name, template.title, l10n),
    default: '',
  }));
  return [...declared, ...undeclared];
}

export interface FilledTemplate {
  text: string;
  /** Where `{{cursor}}` was (its first use), 0-based; undefined when the template has none. */
  cursor?: { line: number; character: number };
}

/**
 * Replaces every placeholder in one pass (a value that itself holds `{{…}}` is left as it
 * is); a name without a value becomes empty. `{{cursor}}` becomes nothing and its place is
 * returned.
 */
export function fillTemplate(body: string, values: Readonly<Record<string, string>>): FilledTemplate {
  let text = '';
  let last = 0;
  let cursorAt: number | undefined;
  const source = body.replace(/\r\n/g, '\n');
  for (const m of source.matchAll(PLACEHOLDER)) {
    text += source.slice(last, m.index);
    if (m[1] === 'cursor') cursorAt ??= text.length;
    else text += (Object.prototype.hasOwnProperty.call(values, m[1]) ? values[m[1]] : '').replace(/\r\n/g, '\n');
    last = m.index! + m[0].length;
  }
  text += source.slice(last);
  if (cursorAt === undefined) return { text };
  const before = text.slice(0, cursorAt);
  const line = before.split('\n').length - 1;
  return { text, cursor: { line, character: cursorAt - (before.lastIndexOf('\n') + 1) } };
}
