import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, notesFolder, read, run, waitFor, workspaceFolder, write } from './harness';

// Issue 13: nothing lost (notes made at the same moment), nothing wrongly refused (a team's
// one-sentence tip), an API that says when it is ready, and refusals that write nothing.


/** Every file below the notes folder with its text, to prove a refusal wrote nothing. */
async function snapshot(dir = notesFolder(), out = new Map<string, string>()): Promise<Map<string, string>> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return out;
  }
  for (const [name, type] of entries) {
    const uri = vscode.Uri.joinPath(dir, name);
    if (type & vscode.FileType.Directory) await snapshot(uri, out);
    else out.set(uri.path, await read(uri));
  }
  return out;
}

/** The messages the extension shows while `body` runs (the test shares the extension's `vscode.window`). */
async function messagesDuring(body: () => Promise<unknown>): Promise<{ result: unknown; messages: string[] }> {
  const messages: string[] = [];
  const w = vscode.window as unknown as Record<string, unknown>;
  const saved = ['showErrorMessage', 'showWarningMessage', 'showInformationMessage'].map((k) => [k, w[k]] as const);
  for (const [k] of saved) w[k] = (message: string) => { messages.push(message); return Promise.resolve(undefined); };
  try {
    const result = await body();
    await new Promise((r) => setTimeout(r, 50));
    return { result, messages };
  } finally {
    for (const [k, v] of saved) w[k] = v;
  }
}

describe('Reliability (issue 13)', function () {
  this.timeout(120000);
  before(async () => {
    await activeApi();
  });

  describe('notes made at the same moment', () => {
    const cases: [string, Record<string, unknown>, RegExp, RegExp][] = [
      ['newOneOnOne', { person: 'Race Person', date: '2026-11-30' }, /^one-on-ones\/race-person\/2026-11-30(-[2-5])?\.md$/, /^# .*1:1: Race Person — 2026-11-30$[\s\S]*## Action items/m],
      ['newRetro', { template: 'start-stop-continue', date: '2026-11-30', team: 'Racers' }, /^retros\/2026-11-30-start-stop-continue(-[2-5])?\.md$/, /Racers[\s\S]*2026-11-30/],
      // A week long past: leadershipTime.test.ts writes this week's self-check, and 2026-11-30 is in this week on some days.
      ['newSelfCheck', { date: '2025-03-03' }, /^self-checks\/2025-W10(-[2-5])?\.md$/, /2025-W10/],
      ['newFromTemplate', { template: 'team-health-review', date: '2026-11-30', variables: { team: 'Racers' } }, /^notes\/2026-11-30-team-health-review(-[2-5])?\.md$/, /Racers/],
    ];
    for (const [command, args, where, content] of cases) {
      it(`${command}: five at once give five complete files, none overwritten`, async () => {
        const uris = (await Promise.all(Array.from({ length: 5 }, () => run(command, { ...args, open: false })))) as (vscode.Uri | undefined)[];
        const paths = uris.map((u) => {
          assert.ok(u instanceof vscode.Uri, `${command} returned a Uri`);
          return u.path.slice(notesFolder().path.length + 1);
        });
        assert.equal(new Set(paths).size, 5, `five different files: ${paths.join(', ')}`);
        for (const p of paths) assert.match(p, where);
        const base = paths.map((p) => p.replace(/-[2-5]\.md$/, '.md'));
        assert.equal(new Set(base).size, 1, 'one series: <name>.md, -2 … -5');
        for (const uri of uris) {
          const text = await read(uri!);
          assert.match(text, content, `${uri!.path} is complete`);
        }
      });
    }
  });

  it("loads a team's one-sentence tip (.leadership/tips) once whenReady resolves, and onDidChange fires when a pack changes", async () => {
    const api = await activeApi();
    await api.whenReady();
    const tip = api.listTips().find((t) => t.id === 'one-line-ritual');
    assert.ok(tip, 'the one-sentence team tip is in listTips()');
    assert.equal(tip.category, 'team-rituals');

    const folder = workspaceFolder();
    const file = vscode.Uri.joinPath(folder, '.leadership', 'tips', 'added-later.md');
    const changed = new Promise<void>((resolve) => {
      const sub = api.onDidChange(() => { sub.dispose(); resolve(); });
    });
    await write(file, '---\nid: added-later\ntitle: Added later\ncategory: team-rituals\nmode: lead\n---\nA tip written while VS Code runs.\n');
    try {
      await Promise.race([changed, new Promise((_, reject) => setTimeout(() => reject(new Error('onDidChange did not fire')), 15000))]);
      // The event may be for people too (the API has one event for every source): wait for the tip itself.
      await waitFor(async () => api.listTips().some((t) => t.id === 'added-later'));
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });

  it('contributes no internal command, and every contributed command is in the Leadership category', async () => {
    const all = await vscode.commands.getCommands(true);
    const ours = all.filter((c) => c.startsWith('leadershipPrompts.'));
    // In this (test) mode the test-only commands exist; the manifest never lists them.
    const manifest = vscode.extensions.getExtension('leadership-prompts.leadership-prompts')!.packageJSON as { contributes: { commands: { command: string; category: string }[] } };
    assert.ok(manifest.contributes.commands.every((c) => !c.command.includes('._') && c.category === 'Leadership'));
    assert.ok(ours.includes('leadershipPrompts._viewState'), 'test-only commands exist in ExtensionMode.Test (test/unit/shippedCommands.test.ts proves them absent otherwise)');
  });

  describe('every command refuses bad input: one message, nothing written, nothing returned', () => {
    const refusals: [string, unknown, RegExp][] = [
      ['newOneOnOne', { person: 'Sam', date: '2026-02-30' }, /2026-02-30/],
      ['newOneOnOne', { person: '!!!', date: '2026-03-02' }, /letter|name/i],
      ['newOneOnOne', { person: 42 }, /person/],
      ['newOneOnOne', 'Sam', /object|argument/i],
      ['newRetro', { planId: 'not-a-plan' }, /plan/i],
      ['newRetro', { template: 'no-such-retro' }, /no-such-retro/],
      ['newRetro', { date: '2026-13-01' }, /2026-13-01/],
      ['newSelfCheck', { date: 'yesterday' }, /yesterday/],
      ['newFromTemplate', { template: 'no-such-template' }, /no-such-template/],
      ['newFromTemplate', { template: 42 }, /template/],
      ['newOneOnOne', { person: 'Sam', open: 'yes' }, /open/],
      ['startLeadershipBlock', { minutes: -5 }, /minutes|-5/i],
      ['startLeadershipBlock', { minutes: 'lots' }, /minutes|lots/i],
      ['logLeadershipTime', { minutes: 0 }, /minutes|0/i],
      ['logLeadershipTime', { minutes: 30, date: '2026-02-30' }, /2026-02-30|date/i],
      ['logLeadershipTime', { minutes: 100000 }, /minutes|100000|long/i],
      ['snoozeReminders', { minutes: -1 }, /minutes|-1/i],
      ['showTip', { id: 'no-such-tip' }, /no-such-tip/],
      ['searchTips', { query: 42 }, /query|text/i],
      ['askMentor', { question: 42 }, /question|text/i],
      ['preparePersonReview', { person: 'Nobody Known', open: false }, /Nobody Known/],
      ['preparePersonReview', { person: 'Race Person', from: '2026-06-01', to: '2026-01-01', open: false }, /2026-06-01|before|after/i],
      ['preparePersonReview', { person: 'Race Person', from: '2026-02-30', to: '2026-03-31', open: false }, /2026-02-30/],
      ['preparePersonReview', { person: 7 }, /person/],
    ];
    for (const [command, arg, reason] of refusals) {
      it(`${command}(${JSON.stringify(arg)})`, async () => {
        const before = await snapshot();
        const { result, messages } = await messagesDuring(async () => run(command, arg));
        assert.equal(result, undefined, 'returns nothing');
        assert.deepEqual([...(await snapshot()).entries()], [...before.entries()], 'writes nothing');
        assert.equal(messages.length, 1, `one message: ${JSON.stringify(messages)}`);
        assert.match(messages[0], reason);
      });
    }
  });
});
