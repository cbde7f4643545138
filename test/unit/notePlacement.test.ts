import * as assert from 'node:assert/strict';
import { freeName, oneOnOneDate, placeNote, previousNote, shelfOf, weekSelfCheck } from '../../src/core/notePlacement';

const names = (...n: string[]) => n.map((name) => ({ name }));

describe('note placement', () => {
  it('puts each kind where CONTRACT.md says', () => {
    assert.deepEqual(placeNote('one-on-one', '2026-03-02', 'regular', 'ada-lovelace').folder, ['one-on-ones', 'ada-lovelace']);
    assert.equal(placeNote('one-on-one', '2026-03-02', 'regular', 'ada-lovelace').base, '2026-03-02');
    assert.deepEqual(placeNote('retro', '2026-03-02', 'sailboat').folder, ['retros']);
    assert.equal(placeNote('retro', '2026-03-02', 'sailboat').base, '2026-03-02-sailboat');
    assert.equal(placeNote('self-check', '2027-01-01', 'weekly').base, '2026-W53');
    assert.equal(placeNote('self-check', '2026-01-01', 'weekly').base, '2026-W01');
    assert.deepEqual(placeNote('note', '2026-03-02', 'team-health-review').folder, ['notes']);
    assert.equal(placeNote('note', '2026-03-02', 'team-health-review').base, '2026-03-02-team-health-review');
    assert.equal(shelfOf('planning'), 'note');
    assert.equal(shelfOf('one-on-one'), 'one-on-one');
    assert.throws(() => placeNote('one-on-one', '2026-03-02', 'regular'), /needs a person/);
    assert.throws(() => placeNote('retro', '2026-02-30', 'sailboat'), /not a date/);
  });

  it('never reuses a name: -2, -3 …', () => {
    assert.equal(freeName('2026-03-02', new Set()), '2026-03-02.md');
    assert.equal(freeName('2026-03-02', new Set(['2026-03-02.md'])), '2026-03-02-2.md');
    assert.equal(freeName('2026-03-02', new Set(['2026-03-02.md', '2026-03-02-2.md'])), '2026-03-02-3.md');
  });

  it('finds the most recent earlier 1:1, not a later one', () => {
    const p = placeNote('one-on-one', '2026-03-10', 'regular', 'ada');
    const files = names('2026-02-24.md', '2026-03-03.md', '2026-03-17.md', 'README.md', 'notes.txt');
    assert.equal(previousNote(files, p, '2026-03-10.md')?.name, '2026-03-03.md');
    // A backfilled 1:1 between two others takes the one before it.
    const back = placeNote('one-on-one', '2026-02-28', 'regular', 'ada');
    assert.equal(previousNote(files, back, '2026-02-28.md')?.name, '2026-02-24.md');
  });

  it('a second 1:1 on the same day follows the first', () => {
    const p = placeNote('one-on-one', '2026-03-03', 'regular', 'ada');
    assert.equal(previousNote(names('2026-02-24.md', '2026-03-03.md'), p, '2026-03-03-2.md')?.name, '2026-03-03.md');
    assert.equal(previousNote(names('2026-03-03.md', '2026-03-03-2.md'), p, '2026-03-03-3.md')?.name, '2026-03-03-2.md');
    assert.equal(previousNote(names('2026-03-03-2.md', '2026-03-03-10.md'), p, '2026-03-03-11.md')?.name, '2026-03-03-10.md');
  });

  it('has no previous note when the folder holds none, or only files that are not Markdown notes', () => {
    const p = placeNote('one-on-one', '2026-03-10', 'regular', 'ada');
    assert.equal(previousNote([], p, '2026-03-10.md'), undefined);
    assert.equal(previousNote(names('2026-03-03.txt', '2026-03-03.docx', '2026-03-03.md.bak', 'agenda.md', '2026-03-03'), p, '2026-03-10.md'), undefined);
    assert.equal(oneOnOneDate('2026-03-03-2.md'), '2026-03-03');
    assert.equal(oneOnOneDate('2026-03-03.txt'), undefined);
  });

  it('takes open actions from the last retro of any format; two on one day go by time', () => {
    const p = placeNote('retro', '2026-03-10', 'plan');
    const files = [{ name: '2026-03-03-sailboat.md', mtime: 5 }, { name: '2026-03-03-kalm.md', mtime: 9 }, { name: '2026-02-24-plan.md', mtime: 20 }, { name: '2026-03-24-plan.md', mtime: 1 }];
    assert.equal(previousNote(files, p, '2026-03-10-plan.md')?.name, '2026-03-03-kalm.md');
  });

  it('orders self-checks by ISO week and other notes by template', () => {
    const s = placeNote('self-check', '2026-01-08', 'weekly');
    assert.equal(previousNote(names('2025-W52.md', '2026-W01.md', '2026-W03.md'), s, '2026-W02.md')?.name, '2026-W01.md');
    const n = placeNote('note', '2026-03-10', 'team-health-review');
    assert.equal(previousNote(names('2026-01-10-team-health-review.md', '2026-02-10-quarterly-planning.md'), n, '2026-03-10-team-health-review.md')?.name, '2026-01-10-team-health-review.md');
  });

  it("finds the week's self-check, the latest of several, and nothing from another week", () => {
    assert.equal(weekSelfCheck(['2026-W48.md', '2026-W49.md', 'notes.txt'], '2026-W49'), '2026-W49.md');
    assert.equal(weekSelfCheck(['2026-W49.md', '2026-W49-3.md', '2026-W49-2.md'], '2026-W49'), '2026-W49-3.md');
    assert.equal(weekSelfCheck(['2026-W48.md', '2026-W490.md', '2026-W49.md.bak'], '2026-W49'), undefined);
  });
});
