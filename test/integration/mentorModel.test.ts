// @mentor with a real language model of this VS Code: one provided by a test extension
// (test/fixtures/lmProvider, through vscode.lm.registerLanguageModelChatProvider), loaded beside
// Leadership Prompts by the integration runner. The answer is grounded in the retrieved tips and
// carries them as references; when the model fails, or there is none, the tips answer, with a
// button that shows the same answer in the library (Ask the Mentor).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, viewState, waitFor } from './harness';

interface TestModel { mode: 'absent' | 'answer' | 'throw'; requests: string[][]; setMode(mode: TestModel['mode']): void }
const testModel = () => (globalThis as unknown as { lpTestModel?: TestModel }).lpTestModel;

type Result = { metadata: { answeredWith: string; tipIds: string[] } };

function recordingStream() {
  const calls = { markdown: [] as string[], references: [] as string[], buttons: [] as vscode.Command[] };
  const stream = {
    markdown: (v: string | vscode.MarkdownString) => calls.markdown.push(typeof v === 'string' ? v : v.value),
    reference: (v: vscode.Uri) => calls.references.push(v.toString()),
    anchor: () => undefined,
    progress: () => undefined,
    button: (c: vscode.Command) => calls.buttons.push(c),
    filetree: () => undefined,
    push: () => undefined,
  };
  return { calls, stream };
}

async function modelOf(mode: TestModel['mode']): Promise<vscode.LanguageModelChat | undefined> {
  testModel()!.setMode(mode);
  return waitFor(async () => {
    const models = await vscode.lm.selectChatModels({ vendor: 'lp-test' });
    return mode === 'absent' ? (models.length === 0 ? ({} as vscode.LanguageModelChat) : undefined) : models[0];
  });
}

describe('Mentor with a language model', () => {
  const config = () => vscode.workspace.getConfiguration('leadershipPrompts');
  const question = 'How do I delegate without micromanaging?';

  before(async () => {
    await activeApi();
    await waitFor(async () => testModel());
  });
  after(async () => {
    testModel()?.setMode('absent');
    await config().update('mentor.useLanguageModel', undefined, vscode.ConfigurationTarget.Global);
  });

  it('answers with the model, grounded in the retrieved tips, each a reference', async () => {
    await config().update('mentor.useLanguageModel', true, vscode.ConfigurationTarget.Global);
    const model = await modelOf('answer');
    const before = testModel()!.requests.length;
    const { calls, stream } = recordingStream();
    const result = await vscode.commands.executeCommand<Result>('leadershipPrompts._mentorChat', { prompt: question, model }, stream);
    assert.equal(result.metadata.answeredWith, 'model');
    assert.equal(result.metadata.tipIds.length, 3);
    assert.deepEqual(calls.references, result.metadata.tipIds.map((id) => `leadership-tip:/${id}.md`));
    // What the model was sent: the question and the three tips, each with its text and source; nothing else.
    const sent = testModel()!.requests.slice(before);
    assert.equal(sent.length, 1);
    const prompt = sent[0].join('\n');
    const tips = (await activeApi()).listTips();
    for (const id of result.metadata.tipIds) {
      const tip = tips.find((t) => t.id === id)!;
      assert.ok(prompt.includes(tip.title) && prompt.includes(tip.source!.author), `the prompt carries ${id}`);
    }
    assert.match(prompt, /Answer only from the numbered library tips/);
    assert.match(prompt, new RegExp(`Question: ${question}`));
    const text = calls.markdown.join('');
    assert.match(text, /^TEST MODEL ANSWER: drawing on \[1\] .+; \[2\] .+; \[3\] .+\.$/);
    assert.ok(text.includes(tips.find((t) => t.id === result.metadata.tipIds[0])!.title), 'the answer is the model\'s, from the tips');
  });

  it('picks the model VS Code offers when the request names none', async () => {
    await config().update('mentor.useLanguageModel', true, vscode.ConfigurationTarget.Global);
    await modelOf('answer');
    const { calls, stream } = recordingStream();
    const result = await vscode.commands.executeCommand<Result>('leadershipPrompts._mentorChat', { prompt: question }, stream);
    assert.equal(result.metadata.answeredWith, 'model');
    assert.match(calls.markdown.join(''), /^TEST MODEL ANSWER/);
  });

  it('when the model fails, answers with the tips and offers them in the library', async () => {
    await config().update('mentor.useLanguageModel', true, vscode.ConfigurationTarget.Global);
    const model = await modelOf('throw');
    const { calls, stream } = recordingStream();
    const result = await vscode.commands.executeCommand<Result>('leadershipPrompts._mentorChat', { prompt: question, model }, stream);
    assert.equal(result.metadata.answeredWith, 'library');
    assert.equal(calls.references.length, 3);
    const text = calls.markdown.join('');
    assert.doesNotMatch(text, /TEST MODEL/);
    const tips = (await activeApi()).listTips();
    for (const id of result.metadata.tipIds) assert.ok(text.includes(tips.find((t) => t.id === id)!.title), `the reply names ${id}`);
    assert.deepEqual(calls.buttons.map((b) => [b.command, b.arguments]), [['leadershipPrompts.askMentor', [{ question }]]]);
  });

  it('with the model allowed but none offered, the tips answer; with it not allowed, the model is never asked', async () => {
    await config().update('mentor.useLanguageModel', true, vscode.ConfigurationTarget.Global);
    await modelOf('absent');
    const first = recordingStream();
    let result = await vscode.commands.executeCommand<Result>('leadershipPrompts._mentorChat', { prompt: question }, first.stream);
    assert.equal(result.metadata.answeredWith, 'library');
    assert.equal(first.calls.buttons[0]?.command, 'leadershipPrompts.askMentor');

    await config().update('mentor.useLanguageModel', false, vscode.ConfigurationTarget.Global);
    const model = await modelOf('answer');
    const before = testModel()!.requests.length;
    result = await vscode.commands.executeCommand<Result>('leadershipPrompts._mentorChat', { prompt: question, model }, recordingStream().stream);
    assert.equal(result.metadata.answeredWith, 'library');
    assert.equal(testModel()!.requests.length, before, 'nothing was sent to the model');
  });

  it('the button shows the same answer in the library (Ask the Mentor)', async () => {
    const ids = await vscode.commands.executeCommand<string[]>('leadershipPrompts.askMentor', { question });
    assert.equal(ids.length, 3);
    const state = await waitFor(async () => {
      const s = await viewState();
      return s.question === question ? s : undefined;
    });
    assert.equal(state.question, question);
  });
});
