import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activeApi, viewState, waitFor } from './harness';

describe('Foundation', () => {
  it('activates and returns the version 1 API', async () => {
    const api = await activeApi();
    assert.equal(api.version, 1);
    for (const member of ['listTips', 'contextualTips', 'listTemplates', 'ask', 'leadershipTime'] as const) {
      assert.equal(typeof api[member], 'function', `api.${member}`);
    }
  });

  it('registers every command it contributes, all in the Leadership category', async () => {
    await activeApi();
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string; category: string }[] } };
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(pkg.contributes.commands.length >= 14);
    for (const c of pkg.contributes.commands) {
      assert.ok(registered.has(c.command), `${c.command} is registered`);
      assert.equal(c.category, 'Leadership', `${c.command} is in the Leadership category`);
    }
  });

  it('lists the built-in tips, each with a source', async () => {
    const api = await activeApi();
    const tips = api.listTips();
    assert.ok(tips.length >= 12, `${tips.length} tips`);
    assert.ok(new Set(tips.map((t) => t.category)).size >= 4);
    // The fixture workspace's team pack (.leadership/) is loaded too: its tips need no source.
    for (const t of tips.filter((x) => !['team-demo-day', 'one-line-ritual'].includes(x.id))) {
      assert.ok(t.source?.title && t.source.author, `${t.id} has a source`);
    }
  });

  it('never throws from the API, whatever it is given', async () => {
    const api = await activeApi() as unknown as Record<string, (...a: unknown[]) => unknown>;
    for (const bad of [undefined, null, 42, 'x', {}, { query: 7 }, { mode: 'nope' }, [1, 2]]) {
      assert.doesNotThrow(() => api.listTips(bad));
      assert.doesNotThrow(() => api.contextualTips(bad));
      assert.doesNotThrow(() => api.listTemplates(bad));
      assert.doesNotThrow(() => api.ask(bad, bad));
      assert.doesNotThrow(() => api.leadershipTime());
    }
    const time = api.leadershipTime() as { weekMinutes: number; targetMinutes: number; inBlock: boolean };
    assert.equal(typeof time.weekMinutes, 'number');
    assert.equal(typeof time.inBlock, 'boolean');
  });

  it('opens the library view, which resolves and lists tips', async () => {
    await activeApi();
    await vscode.commands.executeCommand('leadershipPrompts.openLibrary');
    const state = await waitFor(async () => {
      const s = await viewState();
      return s.ready && s.listed > 0 ? s : undefined;
    });
    assert.ok(state.resolved);
    assert.ok(state.listed >= 12, `the view listed ${state.listed} tips`);
  });

  it('loads a workspace pack: the good tip joins, the broken one is reported in Problems', async () => {
    const api = await activeApi();
    const tip = await waitFor(async () => api.listTips().find((t) => t.id === 'team-demo-day'));
    assert.equal(tip.category, 'team-rituals');
    const broken = await waitFor(async () => {
      const found = vscode.languages.getDiagnostics().find(([uri]) => uri.path.endsWith('/.leadership/tips/broken-tip.md'));
      return found && found[1].length > 0 ? found[1] : undefined;
    });
    assert.ok(broken.some((d) => /kebab-case/.test(d.message)), broken.map((d) => d.message).join('\n'));
    assert.ok(broken.some((d) => /unknown category/.test(d.message)));
    assert.equal(api.listTips().some((t) => t.title === 'A tip that breaks the rules'), false);
  });
});
