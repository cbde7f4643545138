import type { QuestionCategory, RetroActivity, Template } from '../shared/contentTypes';
import type { Localizer } from '../shared/localizer';
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
  /** Words the note's computed lines (carry-over, "none yet" lines, the plan's frame). */
  l10n: Localizer;
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
  const { template, date, previous, l10n } = input;
  const day = parseLocalDate(date);
  if (!day) throw new Error(l10n.t('"{0}" is not a date; use YYYY-MM-DD.', date));
  const used = new Set(placeholdersIn(template.body));
  const series = seriesOf(input);
  const computed: Record<string, string> = { date, week: isoWeek(day).label };

  if (used.has('previous')) {
    computed.previous = typeof previous === 'object'
      ? `[${previous.name.replace(/\.md$/, '')}](${encodeURI(previous.name)})`
      : previous === 'unsaved' ? l10n.t('_none: notes are not saved to a folder yet_') : series.noneYet;
  }
  if (used.has('carryOver')) computed.carryOver = carryOverText(previous, series, l10n);

  let asked: string[] | undefined;
  if (used.has('questions')) {
    const seed = hashSeed(`${input.personSlug ?? ''}|${date}|${template.kind}/${template.id}`);
    const pick = pickQuestions(input.questionBank, template.questionCategories, template.questionCount, input.asked, seed);
    computed.questions = pick.questions.length ? pick.questions.map((q) => `- ${q.text}`).join('\n') : l10n.t('_The question bank has no questions for this template._');
    asked = pick.asked;
  }

  let planId: string | undefined;
  if (used.has('plan')) {
    if (!input.planId) throw new Error(l10n.t('This template holds a retro plan ({{plan}}) but no plan ID was given.'));
    const plan = buildRetroPlan(input.planId, input.retroActivities, l10n);
    computed.plan = renderRetroPlan(plan, l10n);
    planId = plan.id;
  }

  if (used.has('leadershipTime') || used.has('blockNotes')) {
    const week = input.week ?? { facts: { summary: '', notes: [] }, thisWeek: false, target: { percent: 0, weeklyHours: 0 } };
    const range = isoWeekRange(day);
    computed.leadershipTime = leadershipTimeText(week.facts, range, week.thisWeek, week.target, l10n);
    computed.blockNotes = blockNotesText(week.facts, range, week.thisWeek, l10n);
  }

  const filled = fillTemplate(template.body, { ...input.values, ...computed });
  // A note ends with one line break, like any text file.
  return { ...filled, text: filled.text.replace(/\s*$/, '\n'), ...(asked ? { asked } : {}), ...(planId ? { planId } : {}) };
}

/** What the computed lines say about the series of notes this one belongs to, whole sentences per kind of note. */
interface SeriesWords {
  /** {{previous}} when there is no earlier note. */
  noneYet: string;
  /** {{carryOver}} when there is no earlier note. */
  firstNote: string;
  /** {{carryOver}} when the earlier note left nothing open. */
  nothingOpen: string;
}

function seriesOf(input: NoteInput): SeriesWords {
  const { l10n } = input;
  const person = input.values.person?.trim();
  switch (input.shelf) {
    case 'one-on-one':
      return person
        ? {
          noneYet: l10n.t('_none, this is the first 1:1 with {0}_', person),
          firstNote: l10n.t('_Nothing carried over: this is the first 1:1 with {0} in your notes._', person),
          nothingOpen: l10n.t('_Nothing carried over: the last 1:1 with {0} left no open actions._', person),
        }
        : {
          noneYet: l10n.t('_none, this is the first 1:1_'),
          firstNote: l10n.t('_Nothing carried over: this is the first 1:1 in your notes._'),
          nothingOpen: l10n.t('_Nothing carried over: the last 1:1 left no open actions._'),
        };
    case 'retro':
      return {
        noneYet: l10n.t('_none, this is the first retro_'),
        firstNote: l10n.t('_Nothing carried over: this is the first retro in your notes._'),
        nothingOpen: l10n.t('_Nothing carried over: the last retro left no open actions._'),
      };
    case 'self-check':
      return {
        noneYet: l10n.t('_none, this is the first self-check_'),
        firstNote: l10n.t('_Nothing carried over: this is the first self-check in your notes._'),
        nothingOpen: l10n.t('_Nothing carried over: the last self-check left no open actions._'),
      };
    case 'note':
      return {
        noneYet: l10n.t('_none, this is the first "{0}" note_', input.template.title),
        firstNote: l10n.t('_Nothing carried over: this is the first "{0}" note in your notes._', input.template.title),
        nothingOpen: l10n.t('_Nothing carried over: the last note left no open actions._'),
      };
  }
}

function carryOverText(previous: PreviousNote, series: SeriesWords, l10n: Localizer): string {
  if (previous === 'unsaved') return l10n.t('_Nothing carried over: notes are not saved to a folder yet, so there is no earlier one to read._');
  if (previous === 'none') return series.firstNote;
  const lines = taskLines(openTasks(previous.text));
  return lines.length ? lines.join('\n') : series.nothingOpen;
}
