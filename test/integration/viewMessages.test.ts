import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as vscode from 'vscode';
import { anyMessage, isWellFormed, mutatedMessage, wellFormedMessage } from '../fixtures/webviewMessages';
import { activeApi, viewState, waitFor } from './harness';

const deliver = (m: unknown) => vscode.commands.executeCommand<{ accepted: boolean; error?: string }>('leadershipPrompts._deliverViewMessage', m);
const openTabs = () => vscode.window.tabGroups.all.reduce((n, g) => n + g.tabs.length, 0);
// Messages that, well-formed, open or change something by design; a fuzzer must not send them.
const ACTING = ['openLink', 'tipAction', 'toggleFavourite', 'toggleTried'];

describe('Library view messages', function () {
  this.timeout(180000);

  before(async () => {
    await activeApi();
    await vscode.commands.executeCommand('leadershipPrompts.openLibrary');
    await waitFor(async () => ((await viewState()).ready ? true : undefined));
  });

  it('serves its HTML with a strict policy and only its own resource folders', async () => {
    const s = await viewState();
    assert.ok(s.csp, 'the view has a Content-Security-Policy');
    assert.match(s.csp!, /default-src 'none'/);
    assert.match(s.csp!, /script-src 'nonce-[A-Za-z0-9+/=]{22,}'(;|$)/);
    assert.doesNotMatch(s.csp!, /unsafe-inline|unsafe-eval/);
    assert.equal(s.enableScripts, true);
    assert.deepEqual(s.localResourceRoots!.map((u) => u.replace(/^.*\/(media|dist\/webview)$/, '$1')), ['media', 'dist/webview']);
  });

  it('survives 10,000 random and malformed messages: nothing thrown, nothing changed, nothing opened', async () => {
    const api = await activeApi();
    const realId = api.listTips()[0].id;
    const before = await viewState();
    const tabs = openTabs();
    const documents = vscode.workspace.textDocuments.length;
    // Random values, mutations of good messages (some naming a real tip), and harmless good ones.
    const messages = fc.sample(fc.oneof(
      { weight: 5, arbitrary: anyMessage() },
      { weight: 3, arbitrary: mutatedMessage(wellFormedMessage(fc.constant(realId))) },
      { weight: 1, arbitrary: wellFormedMessage().filter((m) => !ACTING.includes(m.type as string)) },
    ), { numRuns: 12000, seed: 20261121 }).filter((m) => !(isWellFormed(m) && ACTING.includes((m as { type: string }).type))).slice(0, 10000);
    assert.equal(messages.length, 10000);

    let accepted = 0;
    for (const m of messages) {
      const r = await deliver(m);
      assert.equal(r.error, undefined, `handling ${String(JSON.stringify(m)).slice(0, 200)} failed: ${r.error}`);
      assert.equal(r.accepted, isWellFormed(m), `guard and rules disagree on ${String(JSON.stringify(m)).slice(0, 200)}`);
      if (r.accepted) accepted++;
    }
    const after = await viewState();
    assert.deepEqual(after.favourites, before.favourites, 'favourites unchanged');
    assert.deepEqual(after.tried, before.tried, 'tried tips unchanged');
    assert.equal(after.shownTip, before.shownTip, 'no tip was opened');
    assert.equal(openTabs(), tabs, 'no editor was opened');
    assert.equal(vscode.workspace.textDocuments.length, documents, 'no document was opened');
    assert.ok(accepted > 500 && accepted < 9500, `${accepted} harmless well-formed messages were handled, the rest refused`);
  });

  it('still does what a well-formed message asks afterwards', async () => {
    const api = await activeApi();
    const id = api.listTips()[1].id;
    assert.deepEqual(await deliver({ type: 'openTip', id }), { accepted: true });
    await waitFor(async () => ((await viewState()).shownTip === id ? true : undefined));
    const before = (await viewState()).favourites;
    assert.deepEqual(await deliver({ type: 'toggleFavourite', id }), { accepted: true });
    assert.deepEqual((await viewState()).favourites, [...before, id]);
    await deliver({ type: 'toggleFavourite', id });
    assert.deepEqual((await viewState()).favourites, before);
  });
});
