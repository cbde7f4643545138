// The shapes of the content, shared by the build-time compiler, the extension and the webview.
// Kept free of 'vscode' and the DOM so every layer can use them.

export const ROLES = ['new-manager', 'engineering-manager', 'tech-lead', 'staff-engineer', 'manager-of-managers'] as const;
export type Role = (typeof ROLES)[number];

export const MODES = ['lead', 'manage', 'both'] as const;
export type Mode = (typeof MODES)[number];

/** When a tip is especially timely: the kind of document open, or a situation of the week. */
export const CONTEXTS = [
  'one-on-one', 'retro', 'self-check', 'decision-record', 'pull-request', 'codeowners', 'planning', 'team-health', 'code',
  'lead-day', 'manage-day', 'start-of-week', 'end-of-week', 'commit-heavy', 'overdue-one-on-one', 'behind-on-time',
] as const;
export type TipContext = (typeof CONTEXTS)[number];

export interface Source {
  title: string;
  author: string;
  year?: number;
  url?: string;
}

export interface TipSummary {
  id: string;
  title: string;
  category: string;
  mode: Mode;
  tags: string[];
  source?: Source;
}

/** A tip as the library holds it: validated; its body is rendered when the tip is shown (libraryViewProvider.ts). */
export interface Tip extends TipSummary {
  roles: Role[];
  contexts: TipContext[];
  /** The body as written (Markdown): rendered by markdown-it with raw HTML off when shown, read as text by search and excerpts. */
  markdown: string;
  /** Where it came from: 'built-in', or the pack folder it was read from. */
  origin: string;
  /** A pack's tip: its file, relative to the pack folder (`tips/incident-reviews.md`). */
  file?: string;
}

export interface Category {
  id: string;
  title: string;
  icon: string;
  description: string;
}

export interface TemplateVariable {
  name: string;
  prompt: string;
  default?: string;
}

export interface Template {
  id: string;
  title: string;
  kind: string;
  description: string;
  variables: TemplateVariable[];
  questionCategories: string[];
  questionCount: number;
  body: string;
  origin: string;
}

export interface QuestionCategory {
  category: string;
  title: string;
  /** The questions' texts; a question's id is made from its category and text (core/questionIds.ts), so none is stored. */
  questions: string[];
}

export const RETRO_PHASES = ['set-the-stage', 'gather-data', 'generate-insights', 'decide-what-to-do', 'close'] as const;
export type RetroPhase = (typeof RETRO_PHASES)[number];

export interface RetroActivity {
  id: string;
  title: string;
  phase: RetroPhase;
  minutes: number;
  summary: string;
  steps: string[];
}

/** The generated index the build writes to dist/content.json and the bundle ships. */
export interface ContentIndex {
  version: 1;
  categories: Category[];
  tips: Tip[];
  templates: Template[];
  questions: QuestionCategory[];
  retroActivities: RetroActivity[];
}

/** A problem found in a content file: where, and why. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}
