import type { QuestionCategory } from '../shared/contentTypes';
import { questionId } from './questionIds';
import { seededRandom, shuffled } from './seededRandom';

/** How many asked questions are remembered per person; older ones count as never asked. */
export const ASKED_MEMORY = 500;

export interface Question {
  id: string;
  text: string;
  category: string;
}

export interface QuestionPick {
  questions: Question[];
  /** The person's history with these questions added: ids oldest first, each once. */
  asked: string[];
}

/**
 * Picks `count` questions for a person from the template's categories of the bank (the whole
 * bank when none of them exists), never-asked ones first, spread across the categories; when
 * every candidate has been asked, the ones asked longest ago come back first. `asked` is the
 * person's history, oldest first. `seed` varies the choice (per person and date) while keeping
 * it reproducible.
 */
export function pickQuestions(bank: readonly QuestionCategory[], categories: readonly string[], count: number, asked: readonly string[], seed: number): QuestionPick {
  const wanted = bank.filter((c) => categories.includes(c.category));
  const pool = (wanted.length ? wanted : bank).flatMap((c) => c.questions.map((text) => ({ id: questionId(c.category, text), text, category: c.category })));
  const unique = [...new Map(pool.map((q) => [q.id, q])).values()];
  const lastAsked = new Map(asked.map((id, i) => [id, i]));
  const random = seededRandom(seed);

  const fresh = unique.filter((q) => !lastAsked.has(q.id));
  const byCategory = new Map<string, Question[]>();
  for (const q of fresh) byCategory.set(q.category, [...(byCategory.get(q.category) ?? []), q]);
  const queues = shuffled([...byCategory.values()], random).map((qs) => shuffled(qs, random));
  const chosen: Question[] = [];
  while (chosen.length < count && queues.some((q) => q.length)) {
    for (const queue of queues) if (chosen.length < count && queue.length) chosen.push(queue.shift()!);
  }
  const longestAgo = unique.filter((q) => lastAsked.has(q.id)).sort((a, b) => lastAsked.get(a.id)! - lastAsked.get(b.id)!);
  chosen.push(...longestAgo.slice(0, Math.max(0, count - chosen.length)));

  const chosenIds = new Set(chosen.map((q) => q.id));
  const history = [...asked.filter((id) => !chosenIds.has(id)), ...chosen.map((q) => q.id)].slice(-ASKED_MEMORY);
  return { questions: chosen, asked: history };
}
