import type { Source } from '../shared/contentTypes';
import type { Localizer } from '../shared/localizer';
import type { MentorAnswer } from './mentorRetrieval';

/** Where the mentor writes its reply (a chat response stream, or a fake in tests). */
export interface MentorSink {
  markdown(text: string): void;
  reference(tipId: string): void;
}

/** A language model, reduced to what the mentor needs: a prompt in, text chunks out. */
export interface MentorModel {
  reply(system: string, user: string): AsyncIterable<string>;
}

export function citation(source: Source | undefined): string {
  if (!source) return '';
  return `${source.title}, ${source.author}${source.year ? ` (${source.year})` : ''}`;
}

/**
 * The instructions and context for a model: speak as an experienced engineering leader, use
 * only the retrieved tips, and cite them by number. Nothing else from the user's editor is sent.
 */
export function groundedPrompt(question: string, answers: readonly MentorAnswer[]): { system: string; user: string } {
  const system = [
    'You are an experienced engineering leader mentoring someone new to leading engineers.',
    'Answer only from the numbered library tips below; if they do not answer the question, say so plainly.',
    'Be concrete and brief (under 180 words), speak directly to the person, and end with one thing to try this week.',
    'Cite the tips you use as [1], [2] … Never invent quotes, studies, numbers or sources.',
  ].join(' ');
  const tips = answers.map((a, i) => `[${i + 1}] ${a.tip.title} — ${citation(a.tip.source)}\n${a.tip.markdown}`).join('\n\n');
  return { system, user: `Library tips:\n\n${tips}\n\nQuestion: ${question}` };
}

/** The reply without a model: the retrieved tips themselves, each with its passage and source. */
export function answersAsMarkdown(question: string, answers: readonly MentorAnswer[], l10n: Localizer): string {
  if (answers.length === 0) {
    return l10n.t('I could not find anything in the library about “{0}”. Try other words, or browse the library (Leadership: Open Library).', question);
  }
  const open = l10n.t('open the tip');
  const parts = answers.map((a, i) => `**${i + 1}. ${a.tip.title}**\n\n${a.excerpt}\n\n*${citation(a.tip.source)}* — [${open}](command:leadershipPrompts.showTip?${encodeURIComponent(JSON.stringify({ id: a.tip.id }))})`);
  return `${l10n.t('From the library:')}\n\n${parts.join('\n\n')}`;
}

/**
 * Writes the mentor's reply: references to the tips used first, then either the model's
 * grounded answer or, when there is no model (or it fails), the tips themselves.
 */
export async function replyToQuestion(question: string, answers: readonly MentorAnswer[], sink: MentorSink, model: MentorModel | undefined, l10n: Localizer, onModelError?: (e: unknown) => void): Promise<'model' | 'library'> {
  for (const a of answers) sink.reference(a.tip.id);
  if (model && answers.length > 0) {
    const { system, user } = groundedPrompt(question, answers);
    let wrote = false;
    try {
      for await (const chunk of model.reply(system, user)) {
        sink.markdown(chunk);
        wrote = true;
      }
      if (wrote) return 'model';
    } catch (e) {
      onModelError?.(e);
      if (wrote) {
        sink.markdown(`\n\n*(${l10n.t('The language model stopped; here are the tips it drew on.')})*\n\n`);
      }
    }
  }
  sink.markdown(answersAsMarkdown(question, answers, l10n));
  return 'library';
}
