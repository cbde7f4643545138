import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { activeApi, exists, newNote, withNotesFolder, workspaceFolder, write } from './harness';

// A note command beside git, which only the Node extension host can ask (the web worker leaves
// git activity out): notes inside a working tree that ignores them are written without asking.


describe('Templates beside git', () => {
  before(async () => {
    await activeApi();
  });

  it('writes without asking into a git working tree that ignores the notes', async function () {
    const ws = workspaceFolder();
    const repo = vscode.Uri.joinPath(ws, 'ignored-repo');
    try {
      await vscode.workspace.fs.createDirectory(repo);
      execFileSync('git', ['init', '-q'], { cwd: repo.fsPath });
    } catch {
      this.skip(); // no git on this machine: nothing to ask about
    }
    await write(vscode.Uri.joinPath(repo, '.gitignore'), 'private-notes/\n');
    const uri = await withNotesFolder(vscode.Uri.joinPath(repo, 'private-notes').fsPath, () => newNote('newSelfCheck', { date: '2026-03-02', open: false }));
    assert.equal(uri?.path, vscode.Uri.joinPath(repo, 'private-notes', 'self-checks', '2026-W10.md').path);
    assert.ok(await exists(uri!));
  });
});
