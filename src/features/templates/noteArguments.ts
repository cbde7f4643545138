import { parseLocalDate } from '../../core/calendar';

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
    throw new NoteRequestError(`${command} takes one object of options, for example { "date": "2026-03-02" }; got ${describe(arg)}.`);
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
      throw new NoteRequestError(`${command}: date ${describe(a.date)} is not a real date. Use YYYY-MM-DD, for example "2026-03-02".`);
    }
    out.date = a.date.trim();
  }
  if (a.planId !== undefined) {
    if (typeof a.planId !== 'string' || !a.planId.trim()) throw new NoteRequestError(`${command}: planId must be the text after "Plan ID:" in a retro plan, for example "60m-k3f9a2".`);
    out.planId = a.planId.trim();
  }
  if (a.minutes !== undefined) {
    const minutes = typeof a.minutes === 'string' && /^\d+$/.test(a.minutes.trim()) ? Number(a.minutes) : a.minutes;
    if (typeof minutes !== 'number') throw new NoteRequestError(`${command}: minutes must be a number, for example 60; got ${describe(a.minutes)}.`);
    out.minutes = minutes;
  }
  if (a.open !== undefined) {
    if (typeof a.open !== 'boolean') throw new NoteRequestError(`${command}: open must be true or false; got ${describe(a.open)}.`);
    out.open = a.open;
  }
  return out;
}

/** A person, team or template name: text, on one line, not too long. */
function name(value: unknown, field: string, command: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new NoteRequestError(`${command}: ${field} must be text; got ${describe(value)}.`);
  const clean = oneLine(value);
  if (!clean) throw new NoteRequestError(`${command}: ${field} is empty. Give a ${field} name or leave the option out.`);
  if (clean.length > MAX_NAME) throw new NoteRequestError(`${command}: ${field} is longer than ${MAX_NAME} characters.`);
  return clean;
}

function variablesOf(value: unknown, command: string): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new NoteRequestError(`${command}: variables must be an object of names and values, for example { "topic": "code reviews" }; got ${describe(value)}.`);
  }
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new NoteRequestError(`${command}: the variable "${key}" must be text; got ${describe(v)}.`);
    }
    const text = String(v);
    if (text.length > MAX_VALUE) throw new NoteRequestError(`${command}: the variable "${key}" is longer than ${MAX_VALUE} characters.`);
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
  return Array.isArray(value) ? 'a list' : 'an object';
}
