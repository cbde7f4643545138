import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, notesFolder, read, run, waitFor, write } from './harness';

// Issue 16 through the commands and the API: people from the notes folder, profiles written
// once and read again, archive, review preparation, and the refusals.

const person = (slug: string) => activeApi().then((api) => api.people().find((p) => p.slug === slug));
const daysAgo = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('People (issue 16)', function () {
  this.timeout(60000);
  before(async () => {
    await (await activeApi()).whenReady();
  });

  it('writes a profile with the first 1:1, never overwrites it, and lists the person with their open actions', async () => {
    const first = await run<vscode.Uri>('newOneOnOne', { person: 'Pat Doe', date: daysAgo(40), open: false });
    const profile = vscode.Uri.joinPath(notesFolder(), 'one-on-ones', 'pat-doe', 'profile.md');
    assert.match(await read(profile), /^---\nname: Pat Doe\n---/);
    const edited = (await read(profile)).replace('---\n#', 'role: Backend engineer\n---\n#');
    await write(profile, edited);
    const second = await run<vscode.Uri>('newOneOnOne', { person: 'Pat Doe', date: daysAgo(30), open: false });
    assert.notEqual(first!.path, second!.path);
    assert.equal(await read(profile), edited, 'the profile is not written again');

    await write(second!, `${await read(second!)}\n- [ ] Send the design doc #growth\n- [x] Book the room\n\`\`\`\n- [ ] not an action, inside a fence\n\`\`\`\n`);
    const row = await waitFor(async () => {
      const p = await person('pat-doe');
      return p && p.openActions === 1 && p.lastOneOnOne === daysAgo(30) ? p : undefined;
    });
    assert.equal(row.name, 'Pat Doe');
    assert.equal(row.cadenceDays, 14);
    assert.equal(row.overdue, true, '30 days against a 14-day cadence');
  });

  it("reads a profile again when edited: its cadenceDays wins over the setting", async () => {
    const profile = vscode.Uri.joinPath(notesFolder(), 'one-on-ones', 'pat-doe', 'profile.md');
    await write(profile, (await read(profile)).replace('name: Pat Doe\n', 'name: Pat Doe\ncadenceDays: 45\n'));
    const row = await waitFor(async () => {
      const p = await person('pat-doe');
      return p?.cadenceDays === 45 ? p : undefined;
    });
    assert.equal(row.overdue, false);
  });

  it('shows a person whose profile has broken YAML, with defaults, and reports it in Problems', async () => {
    const folder = vscode.Uri.joinPath(notesFolder(), 'one-on-ones', 'broken-yaml');
    await write(vscode.Uri.joinPath(folder, `${daysAgo(3)}.md`), '# 1:1\n- [ ] one\n- [ ] two\n');
    const profile = vscode.Uri.joinPath(folder, 'profile.md');
    await write(profile, '---\nname: "Broken\ncadenceDays: [\n---\nNotes\n');
    const row = await waitFor(async () => (await person('broken-yaml'))?.openActions === 2 ? person('broken-yaml') : undefined);
    assert.equal(row!.name, 'Broken Yaml');
    assert.equal(row!.cadenceDays, 14);
    const problems = await waitFor(async () => (vscode.languages.getDiagnostics(profile).length ? vscode.languages.getDiagnostics(profile) : undefined));
    assert.ok(problems[0].message.length > 0);
  });

  it('archives and unarchives from the row, leaving archived people out of people()', async () => {
    const node = { kind: 'person', row: { slug: 'pat-doe', name: 'Pat Doe' } };
    await run('people.archive', node);
    await waitFor(async () => ((await person('pat-doe')) === undefined ? true : undefined));
    assert.match(await read(vscode.Uri.joinPath(notesFolder(), 'one-on-ones', 'pat-doe', 'profile.md')), /archived: true/);
    await run('people.unarchive', node);
    await waitFor(async () => person('pat-doe'));
  });

  it('prepares a review from the notes of the period, never over an earlier one', async () => {
    const older = vscode.Uri.joinPath(notesFolder(), 'one-on-ones', 'pat-doe', `${daysAgo(400)}.md`);
    await write(older, '# Old\n- Shipped the old thing #win\n');
    const arg = { person: 'Pat Doe', from: daysAgo(60), to: daysAgo(0), open: false };
    const uri = await run<vscode.Uri>('preparePersonReview', arg);
    assert.ok(uri, 'returns the Uri');
    assert.equal(uri.path, `${notesFolder().path}/reviews/pat-doe/${daysAgo(0)}.md`);
    const text = await read(uri);
    assert.match(text, /Send the design doc/);
    assert.match(text, /\.\.\/\.\.\/one-on-ones\/pat-doe\//, 'links to the notes');
    assert.doesNotMatch(text, /Shipped the old thing/, 'nothing from outside the period');
    assert.doesNotMatch(text, /inside a fence/);
    const again = await run<vscode.Uri>('preparePersonReview', arg);
    assert.equal(again!.path, `${notesFolder().path}/reviews/pat-doe/${daysAgo(0)}-2.md`);
    assert.equal(await read(uri), text, 'the first review is untouched');
  });

  it('skips what is not a 1:1 note, and shows a person whose newest note is too large or binary, with a reason in the log', async () => {
    const folder = vscode.Uri.joinPath(notesFolder(), 'one-on-ones', 'odd-files');
    await write(vscode.Uri.joinPath(folder, `${daysAgo(9)}.md`), '# 1:1\n- [ ] real action\n');
    await write(vscode.Uri.joinPath(folder, 'photo.png'), '\u0000PNG');
    await write(vscode.Uri.joinPath(folder, '2026-02-30.md'), '- [ ] impossible date\n');
    await write(vscode.Uri.joinPath(folder, 'notes.txt'), 'stray');
    const row = await waitFor(async () => ((await person('odd-files'))?.openActions === 1 ? person('odd-files') : undefined));
    assert.equal(row!.lastOneOnOne, daysAgo(9), 'the impossible date is not a 1:1');

    // A 30 MB newest note: not read for actions, the person still shows.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `${daysAgo(2)}.md`), new Uint8Array(30 * 1024 * 1024).fill(0x61));
    const big = await waitFor(async () => ((await person('odd-files'))?.lastOneOnOne === daysAgo(2) ? person('odd-files') : undefined));
    assert.equal(big!.openActions, 0);
    // A binary newest note: the same.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `${daysAgo(1)}.md`), new Uint8Array([0, 1, 2, 3, 0, 255]));
    const binary = await waitFor(async () => ((await person('odd-files'))?.lastOneOnOne === daysAgo(1) ? person('odd-files') : undefined));
    assert.equal(binary!.openActions, 0);
  });

  it('shows a folder without any dated note as a person never met: overdue, no last 1:1', async () => {
    await write(vscode.Uri.joinPath(notesFolder(), 'one-on-ones', 'not-met-yet', 'README.txt'), 'to do');
    const row = await waitFor(async () => person('not-met-yet'));
    assert.equal(row.lastOneOnOne, undefined);
    assert.equal(row.overdue, true);
    assert.equal(row.openActions, 0);
  });
});
