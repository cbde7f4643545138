import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeApi, waitFor } from './harness';

// A team pack outside the workspace (a full path in contentFolders), with a symbolic link to
// nothing, which only Node can make: the Node extension host only.

describe('Team packs (contentFolders) outside the workspace', function () {
  this.timeout(60000);
  const root = vscode.Uri.file(path.join(os.tmpdir(), `lp-team-pack-${process.pid}-${Date.now()}`));

  after(async () => {
    await vscode.workspace.getConfiguration('leadershipPrompts').update('contentFolders', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.delete(root, { recursive: true, useTrash: false });
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
