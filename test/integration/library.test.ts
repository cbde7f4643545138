import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, run, viewState, waitFor } from './harness';

describe('Library commands', () => {
  it('listTips filters by category, lens and query', async () => {
    const api = await activeApi();
    const all = api.listTips();
    const delegation = api.listTips({ category: 'delegation' });
    assert.ok(delegation.length >= 5 && delegation.every((t) => t.category === 'delegation'));
    const lead = api.listTips({ mode: 'lead' });
    assert.ok(lead.length > 0 && lead.length < all.length);
    assert.ok(lead.every((t) => t.mode === 'lead' || t.mode === 'both'));
    assert.ok(api.listTips({ mode: 'manage' }).every((t) => t.mode === 'manage' || t.mode === 'both'));
    for (const q of ['delegate', 'delegation', 'delegating', 'delgate']) {
      const found = api.listTips({ query: q });
      const delegationHits = found.filter((t) => t.category === 'delegation').length;
      assert.ok(delegationHits >= 5, `"${q}" finds ${delegationHits} delegation tips`);
    }
    const narrowed = api.listTips({ query: 'delegation', category: 'one-on-ones' });
    assert.ok(narrowed.every((t) => t.category === 'one-on-ones'));
    assert.deepEqual(api.listTips({ query: 'zzqxv' }), []);
  });

  it('searchTips opens a Quick Pick on the query and shows the chosen tip', async () => {
    const api = await activeApi();
    const expected = api.listTips({ query: 'retrospective actions' })[0];
    const running = vscode.commands.executeCommand<string | undefined>('leadershipPrompts.searchTips', { query: 'retrospective actions' });
    await new Promise((r) => setTimeout(r, 800));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const chosen = await running;
    assert.equal(chosen, expected.id);
  });

  it('searchTips resolves to nothing when dismissed', async () => {
    const running = vscode.commands.executeCommand<string | undefined>('leadershipPrompts.searchTips', { query: 'feedback' });
    await new Promise((r) => setTimeout(r, 800));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await running, undefined);
  });

  it('showTip shows a known tip and refuses an unknown id without throwing', async () => {
    const api = await activeApi();
    const id = api.listTips()[3].id;
    await vscode.commands.executeCommand('leadershipPrompts.showTip', { id });
    const state = await waitFor(async () => {
      const s = await viewState();
      return s.shownTip === id ? s : undefined;
    });
    assert.equal(state.shownTip, id);
    await vscode.commands.executeCommand('leadershipPrompts.showTip', { id: 'no-such-tip' });
    await vscode.commands.executeCommand('leadershipPrompts.showTip');
    await vscode.commands.executeCommand('leadershipPrompts.showTip', 'not an object');
    const after = await viewState();
    assert.equal(after.shownTip, id, 'an unknown id leaves the view as it was');
  });

  it("sends the library to the view's page as soon as it is read, before the page asks, and again to a page that asks again", async () => {
    const api = await activeApi();
    await api.whenReady();
    // A view made now, the library already read: the view is taken away (Hide 'Library', which
    // disposes it; switching the side bar only reloads its page), then opened again.
    await vscode.commands.executeCommand('leadershipPrompts.library.focus');
    await waitFor(async () => (await viewState()).ready || undefined);
    await vscode.commands.executeCommand('leadershipPrompts.library.removeView');
    await waitFor(async () => !(await viewState()).resolved || undefined);
    await vscode.commands.executeCommand('leadershipPrompts.library.focus');
    const shown = await waitFor(async () => {
      const s = await viewState();
      return s.ready ? s : undefined;
    });
    assert.equal(shown.initBeforeReady, true, 'the library went before the page said it was ready');
    assert.equal(shown.inits, 1, "the page's 'ready' was not answered with the library a second time");
    assert.equal(shown.listed, api.listTips().length);
    // A page that loads again says it is ready again, and gets the library again.
    assert.deepEqual(await vscode.commands.executeCommand('leadershipPrompts._deliverViewMessage', { type: 'ready' }), { accepted: true });
    assert.equal((await viewState()).inits, 2);
  });

  it('sends the library again to the page made when the view shows again, when the first page was hidden before it was ready', async () => {
    const api = await activeApi();
    await api.whenReady();
    // A view made now gets the library at once (it is read), and its page says 'ready' a little
    // later. Switched away from in between (the Explorer shown), the page goes; the one made
    // when the view shows again may never see what the first was sent.
    let hiddenEarly = false;
    for (let attempt = 0; attempt < 5 && !hiddenEarly; attempt++) {
      await run('library.removeView');
      await waitFor(async () => !(await viewState()).resolved || undefined);
      await run('library.focus');
      await waitFor(async () => {
        const s = await viewState();
        return s.initBeforeReady || s.ready || undefined;
      });
      await vscode.commands.executeCommand('workbench.view.explorer');
      hiddenEarly = !(await viewState()).ready;
    }
    assert.ok(hiddenEarly, 'the view was hidden before its page said it was ready');
    await run('library.focus');
    const shown = await waitFor(async () => {
      const s = await viewState();
      return s.ready ? s : undefined;
    });
    assert.equal(shown.inits, 2, "the new page's 'ready' was answered with the library");
    assert.equal(shown.listed, api.listTips().length);
  });

  it('tipOfTheDay returns a real tip, the same one all day', async () => {
    const api = await activeApi();
    const first = await vscode.commands.executeCommand<string>('leadershipPrompts.tipOfTheDay');
    const again = await vscode.commands.executeCommand<string>('leadershipPrompts.tipOfTheDay');
    assert.ok(api.listTips().some((t) => t.id === first));
    assert.equal(again, first);
  });

  it('contextualTips gives tips with reasons', async () => {
    const api = await activeApi();
    const picks = api.contextualTips(3);
    assert.equal(picks.length, 3);
    for (const p of picks) assert.ok(p.reasons.length > 0 && p.reasons.every((r) => typeof r === 'string' && r.length > 3));
    assert.equal(api.contextualTips(0).length, 0);
  });
});
