import { l10n } from 'vscode';
import { parseLocalDate } from '../../core/calendar';
import { isRecord } from '../../shared/records';

/** A problem with what the caller asked for; its message is shown to the user as it is. */
export class NoteRequestError extends Error {}

/** The one plain-object argument of the note commands (CONTRACT.md), checked. */
export interface NoteArgs {
  /** No options given (Command Palette, a menu, `{}`): ask for what is missing. With options: ask nothing, use the defaults. */
  interactive: boolean;
  person?: string;
  team?: string;
  template?: string;
  date?: string;
  planId?: string;
  minutes?: number;
  variables: Record<string, string>;
  open: boolean;
}

const OPTIONS = ['person', 'team', 'template', 'date', 'planId', 'minutes', 'variables', 'open'] as const;
const MAX_NAME = 100;
const MAX_VALUE = 2000;

/** Turns a command's argument into NoteArgs, or throws a NoteRequestError saying what is wrong and how to fix it. */
export function parseNoteArgs(arg: unknown, command: string): NoteArgs {
  if (arg === undefined || arg === null) return { interactive: true, variables: {}, open: true };
  if (typeof arg !== 'object' || Array.isArray(arg)) {
    throw new NoteRequestError(l10n.t('{0} takes one object of options, for example {1}; got {2}.', command, '{ "date": "2026-03-02" }', describe(arg)));
  }
  const a = arg as Record<string, unknown>;
  // `{}` (a command link or a chat follow-up with nothing to say) asks, like no argument at all.
  if (!OPTIONS.some((k) => a[k] !== undefined)) return { interactive: true, variables: {}, open: true };
  const out: NoteArgs = { interactive: false, variables: variablesOf(a.variables, command), open: true };
  const person = name(a.person, 'person', command);
  const team = name(a.team, 'team', command);
  const template = name(a.template, 'template', command);
  if (person !== undefined) out.person = person;
  if (team !== undefined) out.team = team;
  if (template !== undefined) out.template = template;
  if (a.date !== undefined) {
    if (typeof a.date !== 'string' || !parseLocalDate(a.date.trim())) {
      throw new NoteRequestError(l10n.t('{0}: date {1} is not a real date. Use YYYY-MM-DD, for example "2026-03-02".', command, describe(a.date)));
    }
    out.date = a.date.trim();
  }
  if (a.planId !== undefined) {
    if (typeof a.planId !== 'string' || !a.planId.trim()) throw new NoteRequestError(l10n.t('{0}: planId must be the text after "Plan ID:" in a retro plan, for example "60m-k3f9a2".', command));
    out.planId = a.planId.trim();
  }
  if (a.minutes !== undefined) {
    const minutes = typeof a.minutes === 'string' && /^\d+$/.test(a.minutes.trim()) ? Number(a.minutes) : a.minutes;
    if (typeof minutes !== 'number') throw new NoteRequestError(l10n.t('{0}: minutes must be a number, for example 60; got {1}.', command, describe(a.minutes)));
    out.minutes = minutes;
  }
  if (a.open !== undefined) {
    if (typeof a.open !== 'boolean') throw new NoteRequestError(l10n.t('{0}: open must be true or false; got {1}.', command, describe(a.open)));
    out.open = a.open;
  }
  return out;
}

/** A person, team or template name: text, on one line, not too long. */
function name(value: unknown, field: string, command: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new NoteRequestError(l10n.t('{0}: {1} must be text; got {2}.', command, field, describe(value)));
  const clean = oneLine(value);
  if (!clean) throw new NoteRequestError(l10n.t('{0}: {1} is empty. Give a {1} name or leave the option out.', command, field));
  if (clean.length > MAX_NAME) throw new NoteRequestError(l10n.t('{0}: {1} is longer than {2} characters.', command, field, MAX_NAME));
  return clean;
}

function variablesOf(value: unknown, command: string): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    throw new NoteRequestError(l10n.t('{0}: variables must be an object of names and values, for example {1}; got {2}.', command, '{ "topic": "code reviews" }', describe(value)));
  }
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new NoteRequestError(l10n.t('{0}: the variable "{1}" must be text; got {2}.', command, key, describe(v)));
    }
    const text = String(v);
    if (text.length > MAX_VALUE) throw new NoteRequestError(l10n.t('{0}: the variable "{1}" is longer than {2} characters.', command, key, MAX_VALUE));
    out[key] = key === 'person' || key === 'team' ? oneLine(text) : text;
  }
  return out;
}

/** Control characters and line breaks become single spaces: a name lands in a heading. */
export function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? l10n.t('a list') : l10n.t('an object');
}
