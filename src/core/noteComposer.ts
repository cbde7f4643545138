import type { QuestionCategory, RetroActivity, Template } from '../shared/contentTypes';
import { isoWeek, parseLocalDate } from './calendar';
import { openTasks, taskLines } from './carryOver';
import type { NoteShelf } from './notePlacement';
import { pickQuestions } from './questionRotation';
import { buildRetroPlan, renderRetroPlan } from './retroPlan';
import { hashSeed } from './seededRandom';
import { fillTemplate, placeholdersIn, type FilledTemplate } from './templateFilling';
import { blockNotesText, isoWeekRange, leadershipTimeText, type LeadershipTarget, type WeekFacts } from './weekReport';

/** The note before this one: a file of the same series, or why there is none. */
export type PreviousNote = { name: string; text: string } | 'none' | 'unsaved';

export interface NoteInput {
  template: Template;
  shelf: NoteShelf;
  /** YYYY-MM-DD */
  date: string;
  /** Person, team and the template's own variables, from arguments or prompts. */
  values: Readonly<Record<string, string>>;
  previous: PreviousNote;
  /** The person's slug for a 1:1: varies the questions per person. */
  personSlug?: string;
  questionBank: readonly QuestionCategory[];
  /** Questions already asked of this person, oldest first. */
  asked: readonly string[];
  retroActivities: readonly RetroActivity[];
  /** Required when the template uses {{plan}}. */
  planId?: string;
  week?: { facts: WeekFacts; thisWeek: boolean; target: LeadershipTarget };
}

export interface ComposedNote extends FilledTemplate {
  /** The person's question history with this note's questions added, when the note drew any. */
  asked?: string[];
  planId?: string;
}

/**
 * Fills a template into a note: the computed placeholders ({{carryOver}}, {{questions}},
 * {{previous}}, {{plan}}, {{leadershipTime}} …) from the inputs, the rest from `values`.
 * Pure: every file read and every choice made by the user arrives in `input`.
 */
export function composeNote(input: NoteInput): ComposedNote {
  const { template, date, previous } = input;
  const day = parseLocalDate(date);
  if (!day) throw new Error(`"${date}" is not a date; use YYYY-MM-DD.`);
  const used = new Set(placeholdersIn(template.body));
  const noun = nounOf(input);
  const computed: Record<string, string> = { date, week: isoWeek(day).label };

  if (used.has('previous')) {
    computed.previous = typeof previous === 'object'
      ? `[${previous.name.replace(/\.md$/, '')}](${encodeURI(previous.name)})`
      : previous === 'unsaved' ? '_none: notes are not saved to a folder yet_' : `_none, this is the first ${noun}_`;
  }
  if (used.has('carryOver')) computed.carryOver = carryOverText(previous, noun);

  let asked: string[] | undefined;
  if (used.has('questions')) {
    const seed = hashSeed(`${input.personSlug ?? ''}|${date}|${template.kind}/${template.id}`);
    const pick = pickQuestions(input.questionBank, template.questionCategories, template.questionCount, input.asked, seed);
    computed.questions = pick.questions.length ? pick.questions.map((q) => `- ${q.text}`).join('\n') : '_The question bank has no questions for this template._';
    asked = pick.asked;
  }

  let planId: string | undefined;
  if (used.has('plan')) {
    if (!input.planId) throw new Error('This template holds a retro plan ({{plan}}) but no plan ID was given.');
    const plan = buildRetroPlan(input.planId, input.retroActivities);
    computed.plan = renderRetroPlan(plan);
    planId = plan.id;
  }

  if (used.has('leadershipTime') || used.has('blockNotes')) {
    const week = input.week ?? { facts: { summary: '', notes: [] }, thisWeek: false, target: { percent: 0, weeklyHours: 0 } };
    const range = isoWeekRange(day);
    computed.leadershipTime = leadershipTimeText(week.facts, range, week.thisWeek, week.target);
    computed.blockNotes = blockNotesText(week.facts, range, week.thisWeek);
  }

  const filled = fillTemplate(template.body, { ...input.values, ...computed });
  // A note ends with one line break, like any text file.
  return { ...filled, text: filled.text.replace(/\s*$/, '\n'), ...(asked ? { asked } : {}), ...(planId ? { planId } : {}) };
}

function nounOf(input: NoteInput): string {
  const person = input.values.person?.trim();
  switch (input.shelf) {
    case 'one-on-one':
      return person ? `1:1 with ${person}` : '1:1';
    case 'retro':
      return 'retro';
    case 'self-check':
      return 'self-check';
    case 'note':
      return `"${input.template.title}" note`;
  }
}

function carryOverText(previous: PreviousNote, noun: string): string {
  if (previous === 'unsaved') return '_Nothing carried over: notes are not saved to a folder yet, so there is no earlier one to read._';
  if (previous === 'none') return `_Nothing carried over: this is the first ${noun} in your notes._`;
  const lines = taskLines(openTasks(previous.text));
  return lines.length ? lines.join('\n') : `_Nothing carried over: the last ${noun.replace(/^"[^"]*" /, '')} left no open actions._`;
}
