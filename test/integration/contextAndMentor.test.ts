import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, notesFolder, viewState, waitFor, workspaceFolder, write } from './harness';


async function openFile(relative: string, text: string): Promise<void> {
  const uri = vscode.Uri.joinPath(workspaceFolder(), relative);
  await write(uri, text);
  await vscode.window.showTextDocument(uri);
}

function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('Context', () => {
  it('contextualTips follows the document that is open', async () => {
    const api = await activeApi();
    await openFile('retros/2026-11-10-sailboat.md', '# Retro\n\n## Open actions\n- [ ] fix the flaky test\n');
    const retro = await waitFor(async () => {
      const tips = api.contextualTips(3);
      return tips[0]?.reasons.includes('you are editing a retro') ? tips : undefined;
    });
    assert.ok(retro[0].tip.id);
    await openFile('docs/adr/0002-use-queues.md', '# 2. Use queues\n\n## Status\nProposed\n');
    const adr = await waitFor(async () => {
      const tips = api.contextualTips(3);
      return tips[0]?.reasons.includes('you are editing a decision record') ? tips : undefined;
    });
    assert.notDeepEqual(adr.map((t) => t.tip.id), retro.map((t) => t.tip.id));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reads the weekly rhythm day by day: a day set wrongly leaves the others as set', async () => {
    const api = await activeApi();
    const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
    const defaults = { mon: 'manage', tue: 'manage', wed: 'manage', thu: 'lead', fri: 'lead', sat: 'off', sun: 'off' };
    const today = days[new Date().getDay()];
    // Today set to what its default is not, tomorrow to nothing valid.
    const set = defaults[today] === 'lead' ? 'manage' : 'lead';
    const config = vscode.workspace.getConfiguration('leadershipPrompts');
    await config.update('weeklyRhythm', { [today]: set, [days[(new Date().getDay() + 1) % 7]]: 'nonsense' }, vscode.ConfigurationTarget.Global);
    try {
      const reason = await waitFor(async () => api.contextualTips(10).flatMap((t) => t.reasons).find((r) => r.endsWith(`is a ${set} day`)));
      assert.ok(reason);
    } finally {
      await config.update('weeklyRhythm', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('an overdue 1:1 surfaces with a reason and a prompt that writes the agenda', async () => {
    const api = await activeApi();
    const file = vscode.Uri.joinPath(notesFolder(), 'one-on-ones', 'sam-lee', `${isoDaysAgo(30)}.md`);
    await write(file, '# 1:1 with Sam Lee\n\n- [ ] share the roadmap\n');
    const picks = await waitFor(async () => {
      const tips = api.contextualTips(5);
      return tips.some((t) => t.reasons.includes('no 1:1 with Sam Lee for 4 weeks')) ? tips : undefined;
    });
    assert.ok(picks.length > 0);
    await vscode.commands.executeCommand('leadershipPrompts.openLibrary');
    const state = await waitFor(async () => {
      const s = await viewState();
      return s.prompts.includes('No 1:1 with Sam Lee for 4 weeks') ? s : undefined;
    });
    assert.ok(state);
  });
});

describe('Status-bar tooltip', () => {
  it('carries the first For-you-now tip with its reason once the library is loaded', async () => {
    const api = await activeApi();
    await vscode.commands.executeCommand('leadershipPrompts.openLibrary');
    const top = api.contextualTips(1)[0];
    const tooltip = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<{ statusBarTooltip?: string }>('leadershipPrompts._leadershipTimeState');
      return s.statusBarTooltip?.includes('For you now:') ? s.statusBarTooltip : undefined;
    });
    assert.ok(tooltip.includes(top.tip.title), tooltip);
    assert.match(tooltip, /command:leadershipPrompts\.showTip\?/);
  });
});

describe('Mentor', () => {
  it('api.ask returns sourced tips with the passage that answers', async () => {
    const api = await activeApi();
    const answers = api.ask('How do I stop being the bottleneck for decisions?');
    assert.equal(answers.length, 3);
    for (const a of answers) {
      assert.ok(a.excerpt.length > 40, a.excerpt);
      assert.ok(a.tip.source?.author);
      assert.ok(a.score > 0);
    }
    assert.ok(answers.some((a) => a.tip.category === 'delegation' || a.tip.category === 'decisions'));
    assert.deepEqual(api.ask(''), []);
  });

  it('askMentor answers in the sidebar and returns the ranked tip ids', async () => {
    const api = await activeApi();
    const question = 'How do I run a good retrospective?';
    const ids = await vscode.commands.executeCommand<string[]>('leadershipPrompts.askMentor', { question });
    assert.deepEqual(ids, api.ask(question).map((a) => a.tip.id));
    const state = await waitFor(async () => {
      const s = await viewState();
      return s.question === question ? s : undefined;
    });
    assert.equal(state.question, question);
  });

  it('the @mentor handler streams references and answers from the library without a model', async () => {
    const calls = { markdown: [] as string[], references: [] as string[], anchors: [] as string[] };
    const stream = {
      markdown: (v: string | vscode.MarkdownString) => calls.markdown.push(typeof v === 'string' ? v : v.value),
      reference: (v: vscode.Uri) => calls.references.push(v.toString()),
      anchor: (v: vscode.Uri) => calls.anchors.push(v.toString()),
      progress: () => undefined,
      button: () => undefined,
      filetree: () => undefined,
      push: () => undefined,
    };
    const config = vscode.workspace.getConfiguration('leadershipPrompts');
    for (const allowed of [false, true]) {
      // Allowed or not, no language model is installed here: the answer must still come, from the library.
      await config.update('mentor.useLanguageModel', allowed, vscode.ConfigurationTarget.Global);
      calls.markdown.length = 0;
      calls.references.length = 0;
      const result = await vscode.commands.executeCommand<{ metadata: { answeredWith: string; tipIds: string[] } }>('leadershipPrompts._mentorChat', { prompt: 'How do I delegate without micromanaging?' }, stream);
      assert.equal(result.metadata.answeredWith, 'library');
      assert.equal(result.metadata.tipIds.length, 3);
      assert.deepEqual(calls.references, result.metadata.tipIds.map((id) => `leadership-tip:/${id}.md`));
      const text = calls.markdown.join('');
      const api = await activeApi();
      const first = api.listTips().find((t) => t.id === result.metadata.tipIds[0])!;
      assert.ok(text.includes(first.title) && text.includes(first.source!.author), text);
    }
    await config.update('mentor.useLanguageModel', undefined, vscode.ConfigurationTarget.Global);

    calls.markdown.length = 0;
    const empty = await vscode.commands.executeCommand<{ metadata: { tipIds: string[] } }>('leadershipPrompts._mentorChat', { prompt: '  ' }, stream);
    assert.deepEqual(empty.metadata.tipIds, []);
    assert.match(calls.markdown.join(''), /Ask me about leading/);
  });

  it('a referenced tip opens as a read-only Markdown document', async () => {
    const api = await activeApi();
    const tip = api.listTips()[0];
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(`leadership-tip:/${tip.id}.md`));
    assert.ok(doc.getText().startsWith(`## ${tip.title}`));
    assert.match(doc.getText(), /Source: /);
  });
});
