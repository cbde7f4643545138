import { dump, load as loadYaml, YAMLException } from 'js-yaml';
import type { Localizer } from '../shared/localizer';
import { MAX_CADENCE_DAYS, MIN_CADENCE_DAYS } from './cadence';

/** What a person's `profile.md` says (CONTRACT.md, "Where notes go"); absent fields are absent. */
export interface PersonProfile {
  name?: string;
  email?: string;
  cadenceDays?: number;
  role?: string;
  archived: boolean;
  /** The free Markdown below the front matter. */
  body: string;
}

/** A problem for the Problems panel. `line` is 0-based, as a vscode.Range takes it. */
export interface ProfileProblem {
  line: number;
  message: string;
}

export interface ProfileReading {
  profile: PersonProfile;
  problems: ProfileProblem[];
}


interface FrontMatter {
  /** The YAML between the fences. */
  yaml: string;
  /** 0-based line of the opening and the closing `---`. */
  open: number;
  close: number;
  lines: string[];
}

function splitFrontMatter(text: string): FrontMatter | 'none' | 'unclosed' {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trimEnd() !== '---') return 'none';
  const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (close < 0) return 'unclosed';
  return { yaml: lines.slice(1, close).join('\n'), open: 0, close, lines };
}

/** 0-based line of a top-level key in the front matter, or of the opening fence. */
function lineOfKey(fm: FrontMatter, key: string): number {
  const at = fm.lines.slice(1, fm.close).findIndex((l) => new RegExp(`^['"]?${key}['"]?\\s*:`).test(l));
  return at < 0 ? fm.open : at + 1;
}

/**
 * Reads a profile. Never throws: broken YAML, wrong types or no front matter give the defaults
 * (no name, the setting's cadence, not archived) and a problem each, so the person still shows.
 * Keys it does not know are the user's own and are left alone.
 */
export function parseProfile(text: string, l10n: Localizer): ProfileReading {
  const problems: ProfileProblem[] = [];
  if (text.includes('\u0000')) {
    return { profile: { archived: false, body: '' }, problems: [{ line: 0, message: l10n.t('This profile is not text (it holds NUL bytes); it was not read.') }] };
  }
  const fm = splitFrontMatter(text);
  if (fm === 'none' || fm === 'unclosed') {
    problems.push({
      line: 0,
      message: fm === 'none'
        ? l10n.t('This profile has no front matter: start the file with a line "---", then fields such as "name: Sam Lee", then "---".')
        : l10n.t('The front matter of this profile has no closing "---" line.'),
    });
    return { profile: { archived: false, body: fm === 'none' ? text.replace(/^\uFEFF/, '').trim() : '' }, problems };
  }
  const body = fm.lines.slice(fm.close + 1).join('\n').trim();
  let data: unknown;
  try {
    data = loadYaml(fm.yaml);
  } catch (error) {
    const line = error instanceof YAMLException && error.mark ? error.mark.line + 1 : 0;
    const reason = error instanceof YAMLException ? error.reason : String(error);
    return { profile: { archived: false, body }, problems: [{ line, message: l10n.t('The front matter of this profile is not valid YAML ({0}); defaults are used until it is fixed.', reason) }] };
  }
  if (data === undefined || data === null) return { profile: { archived: false, body }, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { profile: { archived: false, body }, problems: [{ line: 1, message: l10n.t('The front matter of this profile must be "key: value" fields.') }] };
  }
  const fields = data as Record<string, unknown>;
  const profile: PersonProfile = { archived: false, body };
  const wrong = (key: string, message: string) => problems.push({ line: lineOfKey(fm, key), message });

  const text_ = (key: 'name' | 'email' | 'role'): string | undefined => {
    const v = fields[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number') return String(v);
    wrong(key, l10n.t('"{0}" should be a line of text; it is ignored.', key));
    return undefined;
  };
  const name = text_('name');
  if (name) profile.name = name;
  const email = text_('email');
  if (email && /^[^\s@]+@[^\s@]+$/.test(email)) profile.email = email;
  else if (email) wrong('email', l10n.t('"{0}" is not an email address; it is ignored.', email));
  const role = text_('role');
  if (role) profile.role = role;

  const cadence = fields.cadenceDays;
  if (Number.isInteger(cadence) && (cadence as number) >= MIN_CADENCE_DAYS && (cadence as number) <= MAX_CADENCE_DAYS) profile.cadenceDays = cadence as number;
  else if (cadence !== undefined && cadence !== null) {
    wrong('cadenceDays', l10n.t('"cadenceDays" should be a whole number of days from {0} to {1}; the setting is used instead.', MIN_CADENCE_DAYS, MAX_CADENCE_DAYS));
  }

  const archived = fields.archived;
  if (typeof archived === 'boolean') profile.archived = archived;
  else if (archived !== undefined && archived !== null) wrong('archived', l10n.t('"archived" should be true or false; the person is shown as not archived.'));
  return { profile, problems };
}

/** The fields a first profile is written with. */
export interface NewProfile {
  name: string;
  email?: string;
  cadenceDays?: number;
  role?: string;
}

/**
 * The first profile of a person, written with their first 1:1: the front matter (quoted by
 * js-yaml where a name needs it) and a few headings to fill in over time.
 */
export function renderProfile(fields: NewProfile, l10n: Localizer): string {
  const data: Record<string, string | number> = { name: fields.name.trim() };
  if (fields.email) data.email = fields.email;
  if (fields.role) data.role = fields.role;
  if (fields.cadenceDays !== undefined) data.cadenceDays = fields.cadenceDays;
  const yaml = dump(data, { lineWidth: -1 });
  return [
    '---',
    yaml.trimEnd(),
    '---',
    `# ${fields.name.trim()}`,
    '',
    l10n.t('> Your notes on this person, kept on this machine. Add "cadenceDays: 7" above to meet more or less often than the setting, "email:" to match calendar invitations, or "archived: true" when they leave your team.'),
    '',
    `## ${l10n.t('What they care about')}`,
    '- ',
    '',
    `## ${l10n.t('Strengths and growth')}`,
    '- ',
    '',
    `## ${l10n.t('How they like to work and get feedback')}`,
    '- ',
    '',
    `## ${l10n.t('Notes')}`,
    '',
  ].join('\n');
}

/** Changes to a profile's front matter: a field given as `undefined` (or `archived: false`) is removed. */
export interface ProfileChanges {
  archived?: boolean | undefined;
  email?: string | undefined;
}

/**
 * Sets or removes front-matter fields of an existing profile, keeping every other byte: the
 * other fields, comments, the body and the line endings. A profile without front matter gets
 * one on top. A profile whose front matter is broken is refused (the error says why) rather
 * than rewritten, and so is any edit that would not read back as asked.
 */
export function setProfileFields(text: string, changes: ProfileChanges, l10n: Localizer): { text: string } | { error: string } {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const fm = splitFrontMatter(text);
  if (fm === 'unclosed') return { error: l10n.t('The profile was not changed: its front matter has no closing "---" line. Fix it by hand first.') };
  if (fm !== 'none' && isBroken(fm.yaml)) return { error: l10n.t('The profile was not changed: its front matter is not valid YAML. Fix it by hand first.') };
  if (changes.email && !/^[^\s@]+@[^\s@]+$/.test(changes.email.trim())) return { error: l10n.t('"{0}" is not an email address; the profile was not changed.', changes.email) };
  const reading = parseProfile(text, l10n);
  const lines = fm === 'none' ? ['---', '---', ...text.slice(bom.length).split(/\r\n|\r|\n/)] : [...fm.lines];
  let close = fm === 'none' ? 1 : fm.close;
  for (const key of ['archived', 'email'] as const) {
    if (!(key in changes)) continue;
    const value = changes[key];
    const remove = value === undefined || value === false || value === '';
    // The key's line and the lines that continue its value (indented, or blank inside a block).
    const at = lines.findIndex((l, i) => i > 0 && i < close && new RegExp(`^['"]?${key}['"]?\\s*:`).test(l));
    let end = at + 1;
    while (at >= 0 && end < close && /^(\s|$)/.test(lines[end])) end++;
    const replacement = remove ? [] : [dump({ [key]: typeof value === 'string' ? value.trim() : value }, { lineWidth: -1 }).trimEnd()];
    if (at >= 0) {
      lines.splice(at, end - at, ...replacement);
      close += replacement.length - (end - at);
    } else if (!remove) {
      lines.splice(close, 0, ...replacement);
      close += replacement.length;
    }
  }
  // Nothing to add to a profile without front matter: leave the file as it is.
  if (fm === 'none' && close === 1) return { text };
  const result = bom + lines.join(eol);
  const after = splitFrontMatter(result);
  const check = parseProfile(result, l10n).profile;
  const want = { ...reading.profile };
  if ('archived' in changes) want.archived = changes.archived === true;
  if ('email' in changes) want.email = changes.email?.trim() || undefined;
  const fieldsOf = (p: PersonProfile) => [p.name, p.email, p.role, p.cadenceDays, p.archived, p.body];
  if (typeof after !== 'object' || isBroken(after.yaml) || JSON.stringify(fieldsOf(check)) !== JSON.stringify(fieldsOf(want))) {
    return { error: l10n.t('The profile was not changed: its front matter is written in a form this edit cannot change safely. Change it by hand.') };
  }
  return { text: result };
}

function isBroken(yaml: string): boolean {
  try {
    const data = loadYaml(yaml);
    return data !== undefined && data !== null && (typeof data !== 'object' || Array.isArray(data));
  } catch {
    return true;
  }
}
