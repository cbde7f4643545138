import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { markdownToText } from '../../src/core/plainText';
import type { ContentIndex } from '../../src/shared/contentTypes';
import { vocabularyOf } from '../fixtures/syntheticTips';
import { tipPackFiles } from '../fixtures/tipPackFiles';
import { EXTENSION_ID, activeApi, inWorkspace, read, waitFor, workspaceFolder, write } from './harness';

// A team pack from leadershipPrompts.contentFolders, given as ${workspaceFolder}/…, which both
// extension hosts take. A pack outside the workspace, with a file that cannot be read:
// teamPackFiles.node.test.ts.

describe('Team packs (contentFolders)', function () {
  this.timeout(180000);
  const name = `team-pack-${Date.now()}`;
  const root = vscode.Uri.joinPath(workspaceFolder(), name);

  after(async () => {
    await vscode.workspace.getConfiguration('leadershipPrompts').update('contentFolders', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.delete(root, { recursive: true, useTrash: false });
  });

  it('loads every good tip of a 1,000-tip pack, 200 of them broken, and reports every broken file with its reason', async () => {
    const api = await activeApi();
    // Words and categories from the built-in library as shipped.
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const shipped = JSON.parse(await read(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'content.json'))) as ContentIndex;
    const vocabulary = vocabularyOf(shipped.tips.map((t) => ({ title: t.title, tags: t.tags, category: t.category, text: markdownToText(t.markdown) })));
    const pack = tipPackFiles(1000, 200, vocabulary, shipped.categories.map((c) => c.id));
    for (const f of pack.files) await write(vscode.Uri.joinPath(root, f.path), f.text);

    const before = api.listTips().length;
    await vscode.workspace.getConfiguration('leadershipPrompts').update('contentFolders', [inWorkspace(name)], vscode.ConfigurationTarget.Global);
    const ids = await waitFor(async () => {
      const now = new Set(api.listTips().map((t) => t.id));
      return pack.good.every((id) => now.has(id)) ? now : undefined;
    }, 120000);
    assert.equal(ids.size, before + pack.good.length, 'every good tip joined, nothing else');

    const diagnostics = await waitFor(async () => {
      const found = vscode.languages.getDiagnostics().filter(([uri]) => uri.path.startsWith(`${root.path}/`));
      return found.length >= pack.broken.length ? new Map(found.map(([uri, d]) => [uri.path.slice(root.path.length + 1), d])) : undefined;
    }, 60000);
    for (const b of pack.broken) {
      const messages = (diagnostics.get(b.path) ?? []).map((d) => d.message);
      assert.ok(messages.some((m) => b.reason.test(m)), `${b.kind}: ${b.path} reported with ${b.reason}; got ${messages.join(' | ') || 'nothing'}`);
    }
    const blamedGood = [...diagnostics.keys()].filter((p) => !pack.broken.some((b) => b.path === p));
    assert.deepEqual(blamedGood, [], 'no good file is reported');

    // Search reaches the pack and the built-in library alike.
    const sample = api.listTips({ query: 'delegation' });
    assert.ok(sample.length > 0);
  });

  it('reports no change when the packs are read again and there is none, as before', async () => {
    const api = await activeApi();
    const config = vscode.workspace.getConfiguration('leadershipPrompts');
    const setFolders = (folders: string[] | undefined) => config.update('contentFolders', folders, vscode.ConfigurationTarget.Global);
    const workspacePack = vscode.Uri.joinPath(workspaceFolder(), '.leadership');
    const parked = vscode.Uri.joinPath(workspaceFolder(), '.leadership-parked');
    const teamTipLoaded = () => api.listTips().some((t) => t.id === 'team-demo-day');
    let changes = 0;
    let lastChange = Date.now();
    const sub = api.onDidChange(() => {
      changes++;
      lastChange = Date.now();
    });
    await vscode.workspace.fs.rename(workspacePack, parked);
    try {
      // No pack at all: the workspace's is parked, and contentFolders names a folder that does not exist.
      await setFolders([inWorkspace('no-pack-here')]);
      await api.whenReady();
      await waitFor(async () => !teamTipLoaded() || undefined);
      await waitFor(async () => Date.now() - lastChange > 1500 || undefined); // the file watcher's reload done too
      changes = 0;
      // Each update reads the packs again (api.whenReady waits for it), and finds none, as before.
      await setFolders([]);
      await api.whenReady();
      await setFolders([inWorkspace('still-no-pack')]);
      await api.whenReady();
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(changes, 0, 'no change reported: the library is the same');
    } finally {
      sub.dispose();
      await vscode.workspace.fs.rename(parked, workspacePack);
      await setFolders(undefined);
      await waitFor(async () => teamTipLoaded() || undefined);
    }
  });
});
