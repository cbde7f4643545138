import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { markdownToText } from '../../src/core/plainText';
import type { ContentIndex } from '../../src/shared/contentTypes';
import { vocabularyOf } from '../fixtures/syntheticTips';
import { tipPackFiles } from '../fixtures/tipPackFiles';
import { EXTENSION_ID, activeApi, waitFor } from './harness';

describe('Team packs (contentFolders)', function () {
  this.timeout(180000);
  const root = vscode.Uri.file(path.join(os.tmpdir(), `lp-team-pack-${process.pid}-${Date.now()}`));

  after(async () => {
    await vscode.workspace.getConfiguration('leadershipPrompts').update('contentFolders', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.delete(root, { recursive: true, useTrash: false });
  });

  it('loads every good tip of a 1,000-tip pack, 200 of them broken, and reports every broken file with its reason', async () => {
    const api = await activeApi();
    // Words and categories from the built-in library as shipped.
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const shipped = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'content.json')))) as ContentIndex;
    const vocabulary = vocabularyOf(shipped.tips.map((t) => ({ title: t.title, tags: t.tags, category: t.category, text: markdownToText(t.markdown) })));
    const pack = tipPackFiles(1000, 200, vocabulary, shipped.categories.map((c) => c.id));
    for (const f of pack.files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, f.path), new TextEncoder().encode(f.text));

    const before = api.listTips().length;
    await vscode.workspace.getConfiguration('leadershipPrompts').update('contentFolders', [root.fsPath], vscode.ConfigurationTarget.Global);
    const ids = await waitFor(async () => {
      const now = new Set(api.listTips().map((t) => t.id));
      return pack.good.every((id) => now.has(id)) ? now : undefined;
    }, 120000);
    assert.equal(ids.size, before + pack.good.length, 'every good tip joined, nothing else');

    const diagnostics = await waitFor(async () => {
      const found = vscode.languages.getDiagnostics().filter(([uri]) => uri.fsPath.startsWith(root.fsPath));
      return found.length >= pack.broken.length ? new Map(found.map(([uri, d]) => [path.relative(root.fsPath, uri.fsPath).split(path.sep).join('/'), d])) : undefined;
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

  it('leaves out a file it cannot read (a link to nothing) and one too large, names both in Problems, and loads the rest of the pack', async () => {
    const api = await activeApi();
    const pack = vscode.Uri.joinPath(root, 'with-a-dangling-link');
    const tip = (id: string) => `---\nid: ${id}\ntitle: ${id}\ncategory: delegation\nmode: lead\n---\nA tip of the pack, read beside a file that cannot be read.\n`;
    for (const id of ['readable-one', 'readable-two']) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(pack, 'tips', `${id}.md`), new TextEncoder().encode(tip(id)));
    // Listed as a file of the folder, and failing when read.
    fs.symlinkSync(path.join(pack.fsPath, 'tips', 'gone-for-good.md'), path.join(pack.fsPath, 'tips', 'a-dangling-link.md'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(pack, 'tips', 'too-large.md'), new TextEncoder().encode(tip('too-large') + 'word '.repeat(60_000)));
    await vscode.workspace.getConfiguration('leadershipPrompts').update('contentFolders', [pack.fsPath], vscode.ConfigurationTarget.Global);
    await waitFor(async () => {
      const ids = new Set(api.listTips().map((t) => t.id));
      return ids.has('readable-one') && ids.has('readable-two') ? true : undefined;
    }, 60000);
    const problems = await waitFor(async () => {
      const found = new Map(vscode.languages.getDiagnostics().filter(([uri]) => uri.fsPath.startsWith(pack.fsPath)).map(([uri, d]) => [path.basename(uri.fsPath), d.map((x) => x.message).join(' | ')]));
      return found.size >= 2 ? found : undefined;
    }, 30000);
    assert.match(problems.get('a-dangling-link.md') ?? '', /could not be read/);
    assert.match(problems.get('too-large.md') ?? '', /larger than 256 KB/);
    assert.equal(problems.size, 2, [...problems.keys()].join(', '));
    assert.ok(!api.listTips().some((t) => t.id === 'too-large'));
  });
});
