import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersAsMarkdown, groundedPrompt, replyToQuestion, type MentorModel } from '../../src/core/mentorChat';
import { mentorQuery, retrieveAnswers } from '../../src/core/mentorRetrieval';
import { leadText } from '../../src/core/plainText';
import { TipLibrary } from '../../src/core/tipLibrary';
import type { ContentIndex } from '../../src/shared/contentTypes';
import { english } from '../../src/shared/localizer';

const root = join(__dirname, '..', '..', '..');
const built = join(root, 'dist', 'content.json');

function builtLibrary(): TipLibrary {
  assert.ok(existsSync(built), 'dist/content.json exists (npm test builds before the unit tests; or run node scripts/build.mjs)');
  return new TipLibrary([JSON.parse(readFileSync(built, 'utf8')) as ContentIndex]);
}

describe('mentor retrieval', () => {
  it('adds the words that matter to a question', () => {
    assert.match(mentorQuery('I am the bottleneck for every decision'), /delegate/);
    assert.match(mentorQuery('How often should we meet one to one?'), /1:1/);
    assert.doesNotMatch(mentorQuery('my team'), /team/);
  });

  it('answers at least 80 % of the leadership questions with an expected tip in the top 3', () => {
    const library = builtLibrary();
    const questions = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'mentorQuestions.json'), 'utf8')) as { q: string; expect: string[] }[];
    assert.ok(questions.length >= 30);
    for (const q of questions) for (const id of q.expect) assert.ok(library.get(id), `expected tip ${id} exists`);
    const hits = questions.filter((q) => retrieveAnswers(library, q.q, 3).some((a) => q.expect.includes(a.tip.id))).length;
    assert.ok(hits / questions.length >= 0.8, `hit-rate@3 ${hits}/${questions.length}`);
  });

  it('gives each answer an excerpt from its tip, and nothing for an empty question', () => {
    const library = builtLibrary();
    const [first] = retrieveAnswers(library, 'How do I give feedback?', 3);
    assert.ok(first.excerpt.length > 40);
    assert.ok(leadText(first.tip.markdown).includes(first.excerpt.replace(/…$/, '').slice(0, 30)));
    assert.deepEqual(retrieveAnswers(library, '   ', 3), []);
    assert.deepEqual(retrieveAnswers(library, 'how do I', 3), []);
  });
});

describe('mentor chat', () => {
  const library = builtLibrary();
  const answers = retrieveAnswers(library, 'How do I delegate without micromanaging?', 3);

  const sink = () => {
    const out = { text: '', refs: [] as string[] };
    return { out, sink: { markdown: (t: string) => { out.text += t; }, reference: (id: string) => out.refs.push(id) } };
  };

  it('grounds the model only in the retrieved tips', () => {
    const { system, user } = groundedPrompt('How do I delegate?', answers);
    assert.match(system, /only from the numbered library tips/);
    for (const a of answers) assert.ok(user.includes(a.tip.title));
    assert.ok(!user.includes(library.tips.find((t) => !answers.some((a) => a.tip.id === t.id))!.title));
  });

  it('streams references then the model answer', async () => {
    const model: MentorModel = { async *reply() { yield 'Hand over '; yield 'outcomes [1].'; } };
    const { out, sink: s } = sink();
    assert.equal(await replyToQuestion('q', answers, s, model, english), 'model');
    assert.deepEqual(out.refs, answers.map((a) => a.tip.id));
    assert.equal(out.text, 'Hand over outcomes [1].');
  });

  it('answers with the tips themselves when there is no model, or the model fails', async () => {
    const none = sink();
    assert.equal(await replyToQuestion('q', answers, none.sink, undefined, english), 'library');
    assert.ok(none.out.text.includes(answers[0].tip.title) && none.out.text.includes(answers[0].tip.source!.author));
    const failing: MentorModel = { reply: () => ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('no permission')) }) }) };
    const errors: unknown[] = [];
    const failed = sink();
    assert.equal(await replyToQuestion('q', answers, failed.sink, failing, english, (e) => errors.push(e)), 'library');
    assert.equal(errors.length, 1);
    assert.equal(failed.out.text, answersAsMarkdown('q', answers, english));
  });

  it('says so plainly when nothing in the library fits', () => {
    assert.match(answersAsMarkdown('xyzzy', [], english), /could not find anything/);
  });
});
