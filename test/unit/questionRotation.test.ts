import * as assert from 'node:assert/strict';
import { questionId } from '../../src/core/questionIds';
import { ASKED_MEMORY, pickQuestions } from '../../src/core/questionRotation';
import type { QuestionCategory } from '../../src/shared/contentTypes';

const bank: QuestionCategory[] = ['work', 'growth', 'team'].map((category) => ({
  category,
  title: category,
  questions: Array.from({ length: 4 }, (_, i) => `${category} question ${i}?`),
}));

describe('question rotation', () => {
  it('remembers a question by the id made from its category and text, the id earlier versions stored', () => {
    const pick = pickQuestions(bank, ['work'], 2, [], 1);
    assert.deepEqual(pick.asked, pick.questions.map((q) => questionId(q.category, q.text)));
    // As dist/content.json carried it before question ids were no longer stored: a person's history keeps matching.
    assert.equal(questionId('getting-to-know-you', 'What part of your work gives you the most energy, and what drains it fastest?'), 'getting-to-know-you/1hsnqzo');
  });

  it('draws from the template categories, spread across them', () => {
    const pick = pickQuestions(bank, ['work', 'growth'], 4, [], 1);
    assert.equal(pick.questions.length, 4);
    assert.ok(pick.questions.every((q) => q.category === 'work' || q.category === 'growth'));
    assert.equal(pick.questions.filter((q) => q.category === 'work').length, 2);
    assert.deepEqual(pick.asked, pick.questions.map((q) => q.id));
  });

  it('does not ask a person again until every question was asked, then the oldest come back', () => {
    let asked: string[] = [];
    const seen: string[] = [];
    for (let round = 0; round < 4; round++) {
      const pick = pickQuestions(bank, ['work', 'growth'], 2, asked, round);
      seen.push(...pick.questions.map((q) => q.id));
      asked = pick.asked;
    }
    assert.equal(new Set(seen).size, 8, 'eight different questions in four 1:1s');
    const fifth = pickQuestions(bank, ['work', 'growth'], 2, asked, 99);
    assert.deepEqual(fifth.questions.map((q) => q.id), seen.slice(0, 2), 'the two asked longest ago come back first');
    assert.deepEqual(fifth.asked.slice(-2), seen.slice(0, 2));
    assert.equal(fifth.asked.length, 8);
  });

  it('is reproducible for the same seed and varies with it', () => {
    const a = pickQuestions(bank, [], 3, [], 7).questions.map((q) => q.id);
    assert.deepEqual(pickQuestions(bank, [], 3, [], 7).questions.map((q) => q.id), a);
    const variety = new Set(Array.from({ length: 20 }, (_, s) => pickQuestions(bank, [], 3, [], s).questions.map((q) => q.id).join()));
    assert.ok(variety.size > 5);
  });

  it('uses the whole bank when the template names no category that exists, and copes with a small bank', () => {
    assert.equal(pickQuestions(bank, ['nope'], 3, [], 1).questions.length, 3);
    assert.equal(pickQuestions(bank, ['team'], 10, [], 1).questions.length, 4);
    assert.deepEqual(pickQuestions([], ['team'], 3, [], 1).questions, []);
    assert.equal(pickQuestions(bank, ['team'], 0, ['x'], 1).questions.length, 0);
  });

  it('remembers a bounded history', () => {
    const long = Array.from({ length: ASKED_MEMORY + 50 }, (_, i) => `old/${i}`);
    const pick = pickQuestions(bank, ['team'], 2, long, 1);
    assert.equal(pick.asked.length, ASKED_MEMORY);
    assert.deepEqual(pick.asked.slice(-2), pick.questions.map((q) => q.id));
  });
});
