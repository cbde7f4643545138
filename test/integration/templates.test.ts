import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, exists, inWorkspace, newNote, notesFolder, read, waitFor, withNotesFolder, workspaceFolder, write } from './harness';

// The note commands in a real extension host, through their arguments (no UI), reading back
// the files they write. The runner points leadershipPrompts.notesFolder at a temporary folder
// inside the test workspace, outside any git repository.

const relative = (uri: vscode.Uri | undefined) => {
  assert.ok(uri, 'the command returned a Uri');
  assert.ok(uri.path.startsWith(notesFolder().path + '/'), `${uri.path} is inside the notes folder`);
  return uri.path.slice(notesFolder().path.length + 1);
};
const section = (text: string, heading: string) => text.split(`${heading}\n`)[1]?.split(/\n\n|\n## /)[0] ?? '';
const activeEditorOf = (uri: vscode.Uri | undefined) =>
  waitFor(async () => (uri && vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined));
const questionsOf = (text: string) => section(text, '## Questions').split('\n').filter((l) => l.startsWith('- '));

describe('Templates', () => {
  before(async () => {
    await activeApi();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('writes a first 1:1 for a new person, then a regular one carrying open items over with fresh questions', async () => {
    const first = await newNote('newOneOnOne', { person: 'Ada Lovelace', date: '2026-03-02', open: false });
    assert.equal(relative(first), 'one-on-ones/ada-lovelace/2026-03-02.md');
    const firstText = await read(first!);
    assert.match(firstText, /^# First 1:1: Ada Lovelace — 2026-03-02$/m);
    assert.match(firstText, /## Carried over\n_Nothing carried over: this is the first 1:1 with Ada Lovelace/);
    assert.equal(questionsOf(firstText).length, 5);
    await write(first!, `${firstText}\n- [ ] Send Ada the design doc\n  - [ ] with the diagrams\n* [ ] Ask about the conference\n- [x] Book the offsite\n`);

    const second = await newNote('newOneOnOne', { person: 'Ada Lovelace', date: '2026-03-09', open: false });
    assert.equal(relative(second), 'one-on-ones/ada-lovelace/2026-03-09.md');
    const text = await read(second!);
    assert.match(text, /^# Regular 1:1: Ada Lovelace — 2026-03-09$/m);
    assert.match(text, /^Previous: \[2026-03-02\]\(2026-03-02\.md\)$/m);
    assert.equal(section(text, '## Carried over'), '- [ ] Send Ada the design doc\n  - [ ] with the diagrams\n- [ ] Ask about the conference');
    assert.doesNotMatch(text, /Book the offsite/);
    const asked = questionsOf(text);
    assert.equal(asked.length, 3);
    assert.ok(asked.every((q) => q.endsWith('?') && !questionsOf(firstText).includes(q)), 'fresh questions, none asked in the first 1:1');
    assert.doesNotMatch(text, /\{\{/);
  });

  it('never overwrites: a second 1:1 on the same date is -2, and a backfilled one links the one before it', async () => {
    const before = await read(vscode.Uri.joinPath(notesFolder(), 'one-on-ones/ada-lovelace/2026-03-09.md'));
    const again = await newNote('newOneOnOne', { person: 'Ada Lovelace', date: '2026-03-09', template: 'regular', open: false });
    assert.equal(relative(again), 'one-on-ones/ada-lovelace/2026-03-09-2.md');
    assert.match(await read(again!), /^Previous: \[2026-03-09\]\(2026-03-09\.md\)$/m);
    assert.equal(await read(vscode.Uri.joinPath(notesFolder(), 'one-on-ones/ada-lovelace/2026-03-09.md')), before);
    const backfilled = await newNote('newOneOnOne', { person: 'Ada Lovelace', date: '2026-03-05', open: false });
    assert.match(await read(backfilled!), /^Previous: \[2026-03-02\]\(2026-03-02\.md\)$/m);
  });

  it('opens the agenda with the cursor where the template puts it', async () => {
    const uri = await newNote('newOneOnOne', { person: 'Grace Hopper', template: 'regular', date: '2026-03-02' });
    const editor = await activeEditorOf(uri);
    const line = editor.selection.active.line;
    assert.equal(editor.document.lineAt(line - 1).text, '## Their topics');
    assert.equal(editor.selection.active.character, 2);
    assert.equal(editor.document.languageId, 'markdown');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('turns any name into a safe folder name and refuses one with nothing usable', async () => {
    const uri = await newNote('newOneOnOne', { person: '../../Zoë Müller/..', date: '2026-03-02', open: false });
    assert.equal(relative(uri), 'one-on-ones/zoe-muller/2026-03-02.md');
    assert.equal(await newNote('newOneOnOne', { person: '../..', date: '2026-03-02', open: false }), undefined);
    assert.equal(await newNote('newOneOnOne', { person: '张伟', date: '2026-03-02', open: false }), undefined);
    const folders = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(notesFolder(), 'one-on-ones'))).map(([n]) => n);
    assert.ok(folders.every((f) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(f)), folders.join(', '));
    assert.deepEqual((await vscode.workspace.fs.readDirectory(notesFolder())).map(([n]) => n).filter((n) => !['one-on-ones', 'retros', 'self-checks', 'notes', 'reviews'].includes(n)), [], 'nothing written beside the notes folders');
  });

  it('refuses bad arguments with a clear error and writes nothing', async () => {
    const person = vscode.Uri.joinPath(notesFolder(), 'one-on-ones', 'nobody-here');
    assert.equal(await newNote('newOneOnOne', { person: 'Nobody Here', date: '2026-02-30', open: false }), undefined);
    assert.equal(await newNote('newOneOnOne', { person: 'Nobody Here', date: '2026-3-1', open: false }), undefined);
    assert.equal(await newNote('newOneOnOne', { person: 'Nobody Here', template: 'sailboat', open: false }), undefined);
    assert.equal(await newNote('newOneOnOne', { person: 'Nobody Here', open: 'no' }), undefined);
    assert.equal(await exists(person), false);
    assert.equal(await newNote('newRetro', { template: 'no-such-format', open: false }), undefined);
    assert.equal(await newNote('newRetro', { planId: 'not-a-plan', open: false }), undefined);
    assert.equal(await newNote('newRetro', { template: 'plan', minutes: 5, open: false }), undefined);
    assert.equal(await newNote('newRetro', { planId: '60m-abc123', minutes: 90, open: false }), undefined);
    assert.equal(await newNote('newFromTemplate', { open: false }), undefined);
    assert.equal(await newNote('newFromTemplate', { template: 'regular', open: false }), undefined, 'a 1:1 template needs a person');
    assert.equal(await newNote('newSelfCheck', 'tomorrow'), undefined);
  });

  it('writes every retro format, carrying open actions from the last retro', async () => {
    const api = await activeApi();
    const formats = api.listTemplates('retro').filter((t) => t.id !== 'plan');
    assert.ok(formats.length >= 10, `${formats.length} retro formats`);
    for (const f of formats) {
      const uri = await newNote('newRetro', { template: f.id, team: 'Platform', date: '2026-05-04', open: false });
      assert.equal(relative(uri), `retros/2026-05-04-${f.id}.md`);
      const text = await read(uri!);
      assert.match(text, /^# .+: Platform — 2026-05-04$/m, f.id);
      assert.match(text, /^## Open actions$/m, f.id);
    }
    const sailboat = vscode.Uri.joinPath(notesFolder(), 'retros', '2026-05-11-sailboat.md');
    assert.equal((await newNote('newRetro', { template: 'sailboat', team: 'Platform', date: '2026-05-11', open: false }))?.toString(), sailboat.toString());
    await write(sailboat, `${await read(sailboat)}\n- [ ] Fix the flaky login test\n- [x] Rotate on-call\n`);
    const next = await newNote('newRetro', { template: 'start-stop-continue', team: 'Platform', date: '2026-05-25', open: false });
    const text = await read(next!);
    assert.equal(section(text, '## Open actions'), '- [ ] Fix the flaky login test');
    assert.match(text, /^Previous: \[2026-05-11-sailboat\]\(2026-05-11-sailboat\.md\)$/m);
  });

  it('builds a five-phase retro plan that fits the length and rebuilds it from its plan ID', async () => {
    const uri = await newNote('newRetro', { template: 'plan', minutes: 45, team: 'Platform', date: '2026-06-01', open: false });
    assert.equal(relative(uri), 'retros/2026-06-01-plan.md');
    const text = await read(uri!);
    const id = /^Plan ID: (\S+)$/m.exec(text)?.[1];
    assert.ok(id && /^45m-[0-9a-z]{6}$/.test(id), `plan id ${id}`);
    const phases = [...text.matchAll(/^### (\d)\. (.+) — (\d+) min/gm)];
    assert.deepEqual(phases.map((m) => m[2]), ['Set the stage', 'Gather data', 'Generate insights', 'Decide what to do', 'Close the retro']);
    assert.equal(phases.reduce((n, m) => n + Number(m[3]), 0), 45);
    const again = await newNote('newRetro', { planId: id, team: 'Another team', date: '2026-06-08', open: false });
    const plan = (t: string) => t.slice(t.indexOf('Plan ID:'), t.indexOf('## Notes'));
    assert.equal(plan(await read(again!)), plan(text));
    const defaultLength = await read((await newNote('newRetro', { template: 'plan', team: 'Platform', date: '2026-06-15', open: false }))!);
    assert.match(defaultLength, /^Plan ID: 60m-[0-9a-z]{6}$/m);
  });

  it('writes the weekly self-check in its ISO-week file, with an honest leadership-time line', async () => {
    const uri = await newNote('newSelfCheck', { date: '2027-01-01', open: false });
    assert.equal(relative(uri), 'self-checks/2026-W53.md');
    const text = await read(uri!);
    assert.match(text, /^# Leadership self-check — 2026-W53$/m);
    assert.match(text, /## Leadership time\n_No leadership time logged in 2026-W53\._ Your target is 6 h a week \(15 % of 40 h\)\./);
    assert.match(text, /_No leadership blocks logged in 2026-W53\._/);
    assert.match(text, /## Next week\n- \[ \] ?\n$/);
    await write(uri!, text.replace(/## Next week\n- \[ \] ?\n$/, '## Next week\n- [ ] Block Thursday morning for the roadmap\n'));
    const next = await newNote('newSelfCheck', { date: '2027-01-04', open: false });
    assert.equal(relative(next), 'self-checks/2027-W01.md');
    assert.equal(section(await read(next!), '## Carried over'), '- [ ] Block Thursday morning for the roadmap');
    assert.equal(relative(await newNote('newSelfCheck', { date: '2027-01-05', open: false })), 'self-checks/2027-W01-2.md');
  });

  it('writes a team health review, quarterly planning and a 1:1 template through newFromTemplate', async () => {
    const health = await newNote('newFromTemplate', { template: 'team-health-review', variables: { team: 'Platform' }, date: '2026-03-02', open: false });
    assert.equal(relative(health), 'notes/2026-03-02-team-health-review.md');
    assert.match(await read(health!), /^# Team health review: Platform — 2026-03-02$/m);
    const planning = await newNote('newFromTemplate', { template: 'quarterly-planning', variables: { team: 'Platform', quarter: '2026-Q2' }, date: '2026-03-02', open: false });
    assert.equal(relative(planning), 'notes/2026-03-02-quarterly-planning.md');
    assert.match(await read(planning!), /^# Quarterly planning kick-off: Platform, 2026-Q2 — 2026-03-02$/m);
    const feedback = await newNote('newFromTemplate', { template: 'one-on-one/giving-feedback', variables: { person: 'Ada Lovelace', topic: 'code reviews' }, date: '2026-03-16', open: false });
    assert.equal(relative(feedback), 'one-on-ones/ada-lovelace/2026-03-16.md');
    const text = await read(feedback!);
    assert.match(text, /^Topic: code reviews$/m);
    assert.match(text, /^Previous: \[2026-03-09-2\]\(2026-03-09-2\.md\)$/m);
  });

  it('lists the team pack templates beside the built-in ones and writes from them', async () => {
    const api = await activeApi();
    await waitFor(async () => api.listTemplates().some((t) => t.id === 'incident-review'));
    const oneOnOnes = api.listTemplates('one-on-one').map((t) => t.id);
    assert.equal(oneOnOnes[0], 'career-growth', 'built-in templates come first');
    assert.equal(oneOnOnes[oneOnOnes.length - 1], 'walk-and-talk');
    const incident = await newNote('newFromTemplate', { template: 'incident-review', variables: { incident: 'Login outage' }, date: '2026-03-02', open: false });
    assert.equal(relative(incident), 'notes/2026-03-02-incident-review.md');
    assert.match(await read(incident!), /^# Incident review: Login outage — 2026-03-02$/m);
    const walk = await newNote('newOneOnOne', { person: 'Grace Hopper', template: 'walk-and-talk', date: '2026-03-09', open: false });
    assert.equal(relative(walk), 'one-on-ones/grace-hopper/2026-03-09.md');
    assert.equal(section(await read(walk!), '## Questions for the walk').split('\n').length, 2);
  });

  it('lists templates right: every kind, with descriptions, filtered by kind', async () => {
    const api = await activeApi();
    const all = api.listTemplates();
    for (const kind of ['one-on-one', 'retro', 'self-check', 'team-health', 'planning']) assert.ok(all.some((t) => t.kind === kind), kind);
    assert.ok(all.every((t) => t.id && t.title && t.description && Object.keys(t).sort().join() === 'description,id,kind,title'));
    const retros = api.listTemplates('retro');
    assert.ok(retros.length >= 10 && retros.every((t) => t.kind === 'retro') && retros.some((t) => t.id === 'plan'));
    assert.deepEqual(api.listTemplates('no-such-kind'), []);
    assert.equal(api.listTemplates(' Retro ').length, retros.length);
  });

  it('opens the note untitled, with its content, when no notes folder is set', async () => {
    const uri = await withNotesFolder('', () => newNote('newSelfCheck', { date: '2026-03-02', open: false }));
    assert.equal(uri?.scheme, 'untitled');
    const doc = await vscode.workspace.openTextDocument(uri!);
    assert.match(doc.getText(), /^# Leadership self-check — 2026-W10$/m);
    assert.match(doc.getText(), /notes are not saved to a folder yet/);
  });

  it('shows the note untitled, whatever open says, when the notes folder setting cannot be used', async () => {
    // Not a full path, nor ${workspaceFolder}/…: refused by the Node host and the web worker alike.
    const uri = await withNotesFolder('notes-without-a-root', () => newNote('newSelfCheck', { date: '2026-03-02', open: false }));
    assert.equal(uri?.scheme, 'untitled');
    const editor = await activeEditorOf(uri);
    assert.match(editor.document.getText(), /^# Leadership self-check — 2026-W10$/m);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('keeps the note, untitled and open, when the notes folder cannot be written', async () => {
    const blocker = vscode.Uri.joinPath(notesFolder(), 'a-file.txt');
    await write(blocker, 'not a folder');
    // Given through ${workspaceFolder}, which both hosts take (the runners keep the notes in the workspace).
    const workspace = workspaceFolder();
    assert.ok(blocker.path.startsWith(`${workspace.path}/`));
    const below = inWorkspace(`${blocker.path.slice(workspace.path.length + 1)}/notes`);
    const uri = await withNotesFolder(below, () => newNote('newRetro', { template: 'kalm', team: 'Platform', date: '2026-03-02', open: false }));
    assert.equal(uri?.scheme, 'untitled');
    const editor = await activeEditorOf(uri);
    assert.match(editor.document.getText(), /^# KALM: Platform — 2026-03-02$/m);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
