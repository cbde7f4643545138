import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentCompiler } from '../../src/core/contentCompiler';
import { composeNote, type NoteInput } from '../../src/core/noteComposer';
import { shelfOf } from '../../src/core/notePlacement';
import { newPlanId } from '../../src/core/retroPlan';
import type { QuestionCategory, RetroActivity, Template } from '../../src/shared/contentTypes';
import { english } from '../../src/shared/localizer';

const CONTENT = join(__dirname, '..', '..', '..', 'content');
const compiler = new ContentCompiler();

function template(kind: string, id: string): Template {
  const file = join(CONTENT, 'templates', kind, `${id}.md`);
  const compiled = compiler.compileTemplate(readFileSync(file, 'utf8'), file, 'built-in');
  assert.ok(compiled.ok);
  return compiled.value;
}
function yaml<T>(name: string, compile: (t: string, f: string) => { ok: true; value: T } | { ok: false }): T {
  const compiled = compile(readFileSync(join(CONTENT, name), 'utf8'), name);
  assert.ok(compiled.ok);
  return compiled.value;
}
const questions = yaml<QuestionCategory[]>('questions.yaml', (t, f) => compiler.compileQuestions(t, f));
const activities = yaml<RetroActivity[]>('retro-activities.yaml', (t, f) => compiler.compileRetroActivities(t, f));

function input(t: Template, over: Partial<NoteInput> = {}): NoteInput {
  return { template: t, shelf: shelfOf(t.kind), date: '2026-03-09', values: {}, previous: 'none', questionBank: questions, asked: [], retroActivities: activities, l10n: english, ...over };
}

describe('note composer', () => {
  const previous = { name: '2026-03-02.md', text: '# Regular 1:1\n## Action items\n- [ ] Send the design doc\n  - [ ] with the diagrams\n- [x] Book the offsite\n- [ ] \n' };

  it('writes a 1:1 with carry-over, fresh questions and a link to the previous one', () => {
    const note = composeNote(input(template('one-on-one', 'regular'), { values: { person: 'Ada Lovelace' }, personSlug: 'ada-lovelace', previous }));
    assert.match(note.text, /^# Regular 1:1: Ada Lovelace — 2026-03-09$/m);
    assert.match(note.text, /^Previous: \[2026-03-02\]\(2026-03-02\.md\)$/m);
    assert.match(note.text, /## Carried over\n- \[ \] Send the design doc\n {2}- \[ \] with the diagrams\n\n## Their topics/);
    assert.doesNotMatch(note.text, /Book the offsite/);
    const asked = note.text.split('## Questions\n')[1].split('\n\n')[0].split('\n');
    assert.equal(asked.length, 3);
    assert.ok(asked.every((q) => /^- .+\?$/.test(q)), asked.join('\n'));
    assert.equal(note.asked?.length, 3);
    assert.deepEqual(note.cursor, { line: note.text.split('\n').indexOf('## Their topics') + 1, character: 2 });
    assert.doesNotMatch(note.text, /\{\{/);
  });

  it('does not ask the same person the same questions next time', () => {
    const t = template('one-on-one', 'regular');
    const first = composeNote(input(t, { values: { person: 'Ada' }, personSlug: 'ada' }));
    const second = composeNote(input(t, { values: { person: 'Ada' }, personSlug: 'ada', asked: first.asked!, date: '2026-03-16' }));
    const ids = (n: typeof first) => n.asked!.slice(-3);
    assert.equal(ids(first).filter((id) => ids(second).includes(id)).length, 0);
    assert.equal(second.asked!.length, 6);
  });

  it('says so when there is nothing to carry over, or no earlier note to read', () => {
    const t = template('one-on-one', 'first');
    assert.match(composeNote(input(t, { values: { person: 'Ada' } })).text, /## Carried over\n_Nothing carried over: this is the first 1:1 with Ada in your notes\._/);
    assert.match(composeNote(input(t, { values: { person: 'Ada' } })).text, /^Previous: _none, this is the first 1:1 with Ada_$/m);
    assert.match(composeNote(input(t, { values: { person: 'Ada' }, previous: { name: '2026-03-02.md', text: '- [x] all done' } })).text, /_Nothing carried over: the last 1:1 with Ada left no open actions\._/);
    assert.match(composeNote(input(t, { values: { person: 'Ada' }, previous: 'unsaved' })).text, /notes are not saved to a folder yet/);
    assert.match(composeNote(input(t, { values: { person: 'Ada' }, previous: { name: '2026-03-02.md', text: '\u0000PK\u0003\u0004 - [ ] zip' } })).text, /left no open actions/);
  });

  it('carries a retro\'s open actions under Open actions', () => {
    const note = composeNote(input(template('retro', 'sailboat'), { values: { team: 'Platform' }, previous: { name: '2026-03-02-kalm.md', text: '## Actions\n- [ ] Pair on the flaky test\n- [x] Rotate on-call' } }));
    assert.match(note.text, /^# Sailboat: Platform — 2026-03-09$/m);
    assert.match(note.text, /## Open actions\n- \[ \] Pair on the flaky test\n/);
    assert.match(note.text, /^Previous: \[2026-03-02-kalm\]\(2026-03-02-kalm\.md\)$/m);
  });

  it('builds the five-phase plan from its id, the same plan every time', () => {
    const id = newPlanId(45, 4242);
    const t = template('retro', 'plan');
    const a = composeNote(input(t, { values: { team: 'A' }, planId: id }));
    const b = composeNote(input(t, { values: { team: 'B' }, planId: id, date: '2026-04-01' }));
    assert.equal(a.planId, id);
    assert.match(a.text, new RegExp(`^Plan ID: ${id}$`, 'm'));
    const plan = (n: typeof a) => n.text.slice(n.text.indexOf('Plan ID:'), n.text.indexOf('## Notes'));
    assert.equal(plan(a), plan(b));
    const boxes = [...a.text.matchAll(/^### \d\. .+ — (\d+) min/gm)].map((m) => Number(m[1]));
    assert.equal(boxes.length, 5);
    assert.equal(boxes.reduce((x, y) => x + y, 0), 45);
    assert.throws(() => composeNote(input(t, { values: {} })), /no plan ID/);
  });

  it('fills the self-check week and leadership time honestly', () => {
    const t = template('self-check', 'weekly');
    const none = composeNote(input(t, { date: '2027-01-01', week: { facts: { summary: '', notes: [] }, thisWeek: true, target: { percent: 15, weeklyHours: 40 } } }));
    assert.match(none.text, /^# Leadership self-check — 2026-W53$/m);
    assert.match(none.text, /## Leadership time\n_No leadership time logged this week\._ Your target is 6 h a week \(15 % of 40 h\)\.\n- My estimate/);
    assert.match(none.text, /What the leadership blocks went on:\n_No leadership blocks logged this week\._/);
    const some = composeNote(input(t, { week: { facts: { summary: '4 h 30 min of 6 h (75 %)', notes: ['Career talk with Ada', 'Roadmap draft'] }, thisWeek: false, target: { percent: 15, weeklyHours: 40 } } }));
    assert.match(some.text, /## Leadership time\n4 h 30 min of 6 h \(75 %\)\n/);
    assert.match(some.text, /went on:\n- Career talk with Ada\n- Roadmap draft\n/);
    const past = composeNote(input(t, { date: '2026-01-05' }));
    assert.match(past.text, /_No leadership blocks logged in 2026-W02\._/);
  });

  it('fills the template\'s own variables and any other placeholder from values', () => {
    const note = composeNote(input(template('planning', 'quarterly-planning'), { values: { team: 'Platform', quarter: '2026-Q2', carryOver: 'not taken' } }));
    assert.match(note.text, /^# Quarterly planning kick-off: Platform, 2026-Q2 — 2026-03-09$/m);
    assert.match(note.text, /## Open items from last quarter\n_Nothing carried over: this is the first "Quarterly planning kick-off" note in your notes\._/);
    assert.throws(() => composeNote(input(template('planning', 'quarterly-planning'), { date: '2026-02-30' })), /not a date/);
  });
});
