import type { Category, ContentIndex, ContentProblem, QuestionCategory, RetroActivity, Template, Tip } from '../shared/contentTypes';
import { checkAcrossFilesSteps, type Located } from './contentChecks';
import { ContentCompiler, type Compiled, type ContentRules, type TipWithText } from './contentCompiler';
import { runAtOnce } from './hostSlices';
import { byLibraryOrder } from './tipOrder';

/** One file of a content folder: its path relative to the folder (with /), and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

export interface CompiledPack {
  content: ContentIndex;
  /** Files (or records) left out, each with its reason. */
  problems: ContentProblem[];
  /** With `pack` rules: where a loaded file falls short of the built-in library's editorial rules. */
  hints: ContentProblem[];
}

/**
 * Compiles a whole content folder (the built-in `content/` at build time with `library` rules,
 * or a team pack at run time with `pack` rules). Every good file is kept; every bad one is left
 * out and reported. `known` lists categories that exist already (the built-in ones) so a pack
 * can use them.
 */
export function compileContentFolder(files: ContentFile[], origin: string, known: Category[] = [], displayRoot = '', rules: ContentRules = 'library'): CompiledPack {
  return runAtOnce(compileContentSteps(files, origin, known, displayRoot, rules));
}

/**
 * The same as a generator that yields after each file and within the checks across files, so
 * that a team pack of many files can be compiled a slice at a time (hostSlices.ts: runSliced).
 */
export function* compileContentSteps(files: ContentFile[], origin: string, known: Category[] = [], displayRoot = '', rules: ContentRules = 'library'): Generator<void, CompiledPack, void> {
  const compiler = new ContentCompiler();
  const problems: ContentProblem[] = [];
  const hints: ContentProblem[] = [];
  const shown = (p: string) => (displayRoot ? `${displayRoot}/${p}` : p);
  const take = <T>(result: Compiled<T>): T | undefined => {
    if (result.ok) {
      hints.push(...(result.hints ?? []));
      return result.value;
    }
    problems.push(...result.problems);
    return undefined;
  };
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  const yamlFile = <T>(name: string, compile: (text: string, file: string) => Compiled<T[]>): Located<T>[] => {
    const text = byPath.get(name);
    return text === undefined ? [] : (take(compile(text, shown(name))) ?? []).map((v) => ({ ...v, file: shown(name) }));
  };

  const categories: Category[] = yamlFile('categories.yaml', (t, f) => compiler.compileCategories(t, f));
  const categoryIds = new Set([...known, ...categories].map((c) => c.id));
  const tips: Located<TipWithText>[] = [];
  const templates: Located<Template>[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!file.path.endsWith('.md')) continue;
    if (file.path.startsWith('tips/')) {
      const tip = take(compiler.compileTip(file.text, shown(file.path), origin, categoryIds, rules));
      // A pack's tip keeps its file, relative to the pack, to say where it comes from (built-in tips need not).
      if (tip) tips.push({ ...tip, ...(origin === 'built-in' ? {} : { packFile: file.path }), file: shown(file.path) });
    } else if (file.path.startsWith('templates/')) {
      const template = take(compiler.compileTemplate(file.text, shown(file.path), origin));
      if (template) templates.push({ ...template, file: shown(file.path) });
    }
    yield;
  }
  const questions: Located<QuestionCategory>[] = yamlFile('questions.yaml', (t, f) => compiler.compileQuestions(t, f));
  const activities: Located<RetroActivity>[] = yamlFile('retro-activities.yaml', (t, f) => compiler.compileRetroActivities(t, f));
  yield;

  const crossProblems = yield* checkAcrossFilesSteps(tips, templates, questions, activities, rules === 'pack' ? hints : undefined);
  problems.push(...crossProblems);
  // A tip or template file named in a cross-file problem (a duplicate id, a near copy) is left out; the first of a pair stays.
  const rejected = new Set(crossProblems.map((p) => p.file));
  // The tips' plain text (`text`, for the checks) is left out too.
  const keep = <T extends { file: string; packFile?: string; text?: string }>(items: T[]) => items.filter((i) => !rejected.has(i.file)).map(({ file: _file, packFile, text: _text, ...rest }) => (packFile ? { ...rest, file: packFile } : rest));
  return {
    content: {
      version: 1,
      categories,
      // In the library's order already: TipLibrary's sort then only merges (tipOrder.ts).
      tips: (keep(tips) as Tip[]).sort(byLibraryOrder([...known, ...categories])),
      templates: keep(templates) as Template[],
      questions: questions.map(({ file: _file, ...rest }) => rest),
      retroActivities: activities.map(({ file: _file, ...rest }) => rest),
    },
    problems,
    hints,
  };
}
