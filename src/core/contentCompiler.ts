import { load as loadYaml, YAMLException } from 'js-yaml';
import {
  CONTEXTS, MODES, RETRO_PHASES, ROLES,
  type Category, type ContentProblem, type Mode, type QuestionCategory, type RetroActivity, type RetroPhase,
  type Role, type Template, type TemplateVariable, type Tip, type TipContext,
} from '../shared/contentTypes';
import { createFrontMatterReader, type FrontMatterFile } from './frontMatterFile';
import { countWords, markdownToText } from './plainText';

export const TIP_WORDS = { min: 60, max: 180 } as const;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * A compiled tip with its plain text (`markdownToText`), which the checks across files read too
 * (contentChecks.ts), so that it is made once per tip. Not part of the content: a pack or the
 * built-in library leaves it out (contentPack.ts).
 */
export type TipWithText = Tip & { text: string };

/** What a file must satisfy: `library`, the built-in library's editorial rules too; `pack`, only what CONTRACT.md asks of a team's file. */
export type ContentRules = 'library' | 'pack';

/** `hints`: what a team's file would need to meet the built-in library's editorial rules (never a reason to skip it). */
export type Compiled<T> = { ok: true; value: T; hints?: ContentProblem[] } | { ok: false; problems: ContentProblem[] };

/**
 * Turns content files into validated records. The build uses it for the built-in
 * library (`library` rules: any problem fails the build), the extension for team packs at run
 * time (`pack` rules: a file that breaks CONTRACT.md's few rules is skipped and reported; the
 * library's editorial rules (length, source, "Try this") only give hints).
 */
export class ContentCompiler {
  private readonly readFile = createFrontMatterReader();

  compileTip(text: string, file: string, origin: string, categories: ReadonlySet<string>, rules: ContentRules = 'library'): Compiled<TipWithText> {
    const parsed = this.readFile(text, file);
    if (!isFile(parsed)) return { ok: false, problems: [parsed] };
    const f = new Fields(parsed, file, rules);
    const id = f.kebab('id');
    const title = f.string('title', 80);
    const category = f.string('category');
    if (category && !categories.has(category)) f.problem('category', `unknown category "${category}"; known: ${[...categories].join(', ')}`);
    const mode = f.oneOf('mode', MODES);
    const roles = f.listOf('roles', ROLES);
    const contexts = f.listOf('contexts', CONTEXTS);
    const tags = f.strings('tags').map((t) => t.toLowerCase());
    const source = f.source(rules === 'library');
    if (file.endsWith('.md') && id && !file.replace(/\\/g, '/').endsWith(`/${id}.md`) && file !== `${id}.md`) {
      f.problem('id', `the file name must be the id: expected ${id}.md`);
    }
    const body = parsed.body;
    // Counted in the text a reader sees (the HTML itself is made when the tip is shown): for every
    // built-in tip the same count as in its rendered HTML (test/unit/markdownRenderer.test.ts).
    const plain = markdownToText(body);
    const words = countWords(plain);
    const bodyEnd = parsed.bodyLine + body.split('\n').length - 1;
    if (words === 0) f.problemAt(parsed.bodyLine, 'the tip has no text');
    else if (words < TIP_WORDS.min || words > TIP_WORDS.max) {
      f.editorialAt(parsed.bodyLine, `the tip has ${words} words; it must have ${TIP_WORDS.min}–${TIP_WORDS.max}`);
    }
    const headings = [...body.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1]);
    if (words === 0) {
      // Nothing to check a section of.
    } else if (headings.length === 0 || headings[headings.length - 1].toLowerCase() !== 'try this') {
      f.editorialAt(bodyEnd, 'the tip must end with a "## Try this" section');
    } else if (!/##\s+Try this\s*\n+\s*\S/i.test(body)) {
      f.editorialAt(bodyEnd, 'the "## Try this" section is empty');
    }
    for (const [, url] of body.matchAll(/\]\(((?:[^()\s]|\([^()\s]*\))*)[^)]*\)/g)) {
      if (!/^(https:\/\/[^\s/]+\.[^\s]+|#[\w-]+)$/.test(url)) f.problemAt(parsed.bodyLine, `link "${url}" is not a well-formed https:// address`);
    }
    if (f.problems.length) return { ok: false, problems: f.problems };
    return {
      ok: true,
      value: { id: id!, title: title!, category: category!, mode: mode as Mode, tags, roles: roles as Role[], contexts: contexts as TipContext[], source, markdown: body, origin, text: plain },
      ...(f.hints.length ? { hints: f.hints } : {}),
    };
  }

  compileTemplate(text: string, file: string, origin: string): Compiled<Template> {
    const parsed = this.readFile(text, file);
    if (!isFile(parsed)) return { ok: false, problems: [parsed] };
    const f = new Fields(parsed, file);
    const id = f.kebab('id');
    const title = f.string('title', 80);
    const kind = f.kebab('kind');
    const description = f.string('description', 200);
    const questionCategories = f.strings('questionCategories');
    const questionCount = f.integer('questionCount', 0, 20) ?? 3;
    const variables = f.variables();
    if (!parsed.body) f.problemAt(parsed.bodyLine, 'the template has no body');
    if (f.problems.length) return { ok: false, problems: f.problems };
    return {
      ok: true,
      value: { id: id!, title: title!, kind: kind!, description: description!, variables, questionCategories, questionCount, body: parsed.body, origin },
    };
  }

  compileCategories(text: string, file: string): Compiled<Category[]> {
    return compileYamlList(text, file, (item, at, problems) => {
      const ok = isKebab(item.id) && isText(item.title) && isText(item.description) && (item.icon === undefined || isKebab(item.icon));
      if (!ok) problems.push({ file, line: at, message: 'a category needs a kebab-case id, a title, a description and optionally a codicon name as icon' });
      return ok ? { id: item.id as string, title: item.title as string, description: item.description as string, icon: (item.icon as string | undefined) ?? 'lightbulb' } : undefined;
    });
  }

  compileQuestions(text: string, file: string): Compiled<QuestionCategory[]> {
    return compileYamlList(text, file, (item, at, problems) => {
      const questions = Array.isArray(item.questions) ? item.questions : [];
      const bad = questions.findIndex((q) => !isText(q) || !String(q).trim().endsWith('?'));
      if (!isKebab(item.category) || !isText(item.title) || questions.length === 0 || bad >= 0) {
        problems.push({ file, line: at, message: bad >= 0 ? `question ${bad + 1} of "${String(item.category)}" must be a sentence ending in "?"` : 'a question category needs a kebab-case category, a title and a list of questions' });
        return undefined;
      }
      return { category: item.category as string, title: item.title as string, questions: questions.map((q) => String(q).trim()) };
    });
  }

  compileRetroActivities(text: string, file: string): Compiled<RetroActivity[]> {
    return compileYamlList(text, file, (item, at, problems) => {
      const steps = Array.isArray(item.steps) ? item.steps : [];
      const ok = isKebab(item.id) && isText(item.title) && (RETRO_PHASES as readonly unknown[]).includes(item.phase)
        && Number.isInteger(item.minutes) && (item.minutes as number) > 0 && (item.minutes as number) <= 90
        && isText(item.summary) && steps.length > 0 && steps.every(isText);
      if (!ok) problems.push({ file, line: at, message: `activity "${String(item.id)}" needs id, title, phase (${RETRO_PHASES.join(' | ')}), minutes (1–90), summary and steps` });
      return ok ? { id: item.id as string, title: item.title as string, phase: item.phase as RetroPhase, minutes: item.minutes as number, summary: item.summary as string, steps: steps as string[] } : undefined;
    });
  }
}

function isFile(x: FrontMatterFile | ContentProblem): x is FrontMatterFile {
  return 'data' in x;
}
function isText(x: unknown): x is string {
  return typeof x === 'string' && x.trim().length > 0;
}
function isKebab(x: unknown): x is string {
  return typeof x === 'string' && KEBAB.test(x);
}

/** A YAML file holding a list of records; each record is checked by `check`, with the line it starts on. */
function compileYamlList<T>(text: string, file: string, check: (item: Record<string, unknown>, line: number, problems: ContentProblem[]) => T | undefined): Compiled<T[]> {
  let data: unknown;
  try {
    data = loadYaml(text);
  } catch (error) {
    const line = error instanceof YAMLException && error.mark ? error.mark.line + 1 : 1;
    return { ok: false, problems: [{ file, line, message: `not valid YAML: ${error instanceof YAMLException ? error.reason : String(error)}` }] };
  }
  if (!Array.isArray(data)) return { ok: false, problems: [{ file, line: 1, message: 'expected a YAML list ("- …" items)' }] };
  const starts = text.split('\n').flatMap((l, i) => (l.startsWith('- ') ? [i + 1] : []));
  const problems: ContentProblem[] = [];
  const values: T[] = [];
  data.forEach((item, i) => {
    const line = starts[i] ?? 1;
    if (typeof item !== 'object' || item === null) {
      problems.push({ file, line, message: 'each item must be a set of "key: value" fields' });
      return;
    }
    const value = check(item as Record<string, unknown>, line, problems);
    if (value !== undefined) values.push(value);
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: values };
}

/** Reads typed fields out of front matter, recording a problem (with its line) for each bad one. */
class Fields {
  readonly problems: ContentProblem[] = [];
  readonly hints: ContentProblem[] = [];
  constructor(private readonly parsed: FrontMatterFile, private readonly file: string, private readonly rules: ContentRules = 'library') {}

  problem(key: string, message: string): void {
    this.problems.push({ file: this.file, line: this.parsed.lineOf(key), message: `${key}: ${message}` });
  }
  problemAt(line: number, message: string): void {
    this.problems.push({ file: this.file, line, message });
  }
  /** A rule of the built-in library only: a problem there, a hint for a team's file. */
  editorial(key: string, message: string): void {
    (this.rules === 'library' ? this.problems : this.hints).push({ file: this.file, line: this.parsed.lineOf(key), message: `${key}: ${message}` });
  }
  editorialAt(line: number, message: string): void {
    (this.rules === 'library' ? this.problems : this.hints).push({ file: this.file, line, message });
  }
  string(key: string, max = 500): string | undefined {
    const v = this.parsed.data[key];
    if (!isText(v)) { this.problem(key, v === undefined ? 'is required' : 'must be a non-empty text'); return undefined; }
    if (v.length > max) this.problem(key, `is longer than ${max} characters`);
    return v.trim();
  }
  kebab(key: string): string | undefined {
    const v = this.string(key);
    if (v !== undefined && !KEBAB.test(v)) this.problem(key, `"${v}" must be kebab-case (a-z, 0-9 and -)`);
    return v;
  }
  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const v = this.parsed.data[key];
    if (!allowed.includes(v as T)) { this.problem(key, `must be one of ${allowed.join(', ')}`); return undefined; }
    return v as T;
  }
  strings(key: string): string[] {
    const v = this.parsed.data[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every(isText)) { this.problem(key, 'must be a list of texts, like [a, b]'); return []; }
    return v.map((s) => s.trim());
  }
  /** An optional list of known words: an unknown word is a problem for the library, a hint (and left out) for a team's file. */
  listOf<T extends string>(key: string, allowed: readonly T[]): T[] {
    const v = this.strings(key);
    const unknown = v.filter((x) => !allowed.includes(x as T));
    if (unknown.length) this.editorial(key, `unknown value ${unknown.map((u) => `"${u}"`).join(', ')}; allowed: ${allowed.join(', ')}`);
    return v.filter((x) => allowed.includes(x as T)) as T[];
  }
  integer(key: string, min: number, max: number): number | undefined {
    const v = this.parsed.data[key];
    if (v === undefined) return undefined;
    if (!Number.isInteger(v) || (v as number) < min || (v as number) > max) { this.problem(key, `must be a whole number from ${min} to ${max}`); return undefined; }
    return v as number;
  }
  /** The tip's source: required in the library; optional for a team's tip, where a malformed one is a hint and left out. */
  source(required: boolean): Tip['source'] {
    const v = this.parsed.data.source;
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) { this.editorial('source', 'is required: { title, author, year?, url? }'); return undefined; }
    const s = v as Record<string, unknown>;
    if (!isText(s.title) || !isText(s.author)) { this.editorial('source', 'needs a title and an author'); return undefined; }
    const badYear = s.year !== undefined && (!Number.isInteger(s.year) || (s.year as number) < 1800 || (s.year as number) > 2100);
    const badUrl = s.url !== undefined && (typeof s.url !== 'string' || !/^https:\/\/[^\s/]+\.[^\s]+$/.test(s.url));
    if (badYear) this.editorial('source', 'year must be a four-digit year');
    if (badUrl) this.editorial('source', 'url must be a well-formed https:// address');
    if ((badYear || badUrl) && !required) return undefined;
    return { title: s.title.trim(), author: s.author.trim(), ...(s.year !== undefined ? { year: s.year as number } : {}), ...(typeof s.url === 'string' ? { url: s.url } : {}) };
  }
  variables(): TemplateVariable[] {
    const v = this.parsed.data.variables;
    if (v === undefined) return [];
    const ok = Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null && isText((x as TemplateVariable).name) && PLACEHOLDER_NAME.test((x as TemplateVariable).name) && isText((x as TemplateVariable).prompt));
    if (!ok) { this.problem('variables', 'must be a list of { name, prompt, default? } with names made of letters, digits and _'); return []; }
    return (v as TemplateVariable[]).map((x) => ({ name: x.name, prompt: x.prompt, ...(typeof x.default === 'string' ? { default: x.default } : {}) }));
  }
}
