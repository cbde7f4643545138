import * as assert from 'node:assert/strict';
import { datedNotes, effectiveCadence, peopleFolders, peopleSummaries, personRow, rowDescription, skippedFiles, sortPeople, visibleRows, type PersonFacts } from '../../src/core/people';
import { parseProfile } from '../../src/core/personProfile';
import { english } from '../../src/shared/localizer';

const facts = (over: Partial<PersonFacts> & { slug: string }): PersonFacts => ({ fileNames: [], defaultCadenceDays: 14, today: new Date(2026, 10, 19, 10, 0), ...over });
const row = (over: Partial<PersonFacts> & { slug: string }) => personRow(facts(over), english);
const profile = (yaml: string) => parseProfile(`---\n${yaml}\n---\n`, english);

describe('people from the one-on-ones folder', () => {
  it('reads dated notes only, newest first, with -2 notes after the first of their day', () => {
    const files = ['2026-11-02.md', 'profile.md', '2026-11-16-2.md', '2026-11-16.md', 'notes.txt', '2026-02-30.md', '2026-11-16.md.bak', '2026-1-5.md', '.DS_Store', '2025-12-31-3.md'];
    assert.deepEqual(datedNotes(files).map((n) => [n.fileName, n.number]), [['2026-11-16-2.md', 2], ['2026-11-16.md', 1], ['2026-11-02.md', 1], ['2025-12-31-3.md', 3]]);
    const skipped = skippedFiles(files, english);
    assert.deepEqual(skipped.map((s) => s.name), ['notes.txt', '2026-02-30.md', '2026-11-16.md.bak', '2026-1-5.md']);
    assert.match(skipped[1].reason, /date does not exist/);
    assert.match(skipped[0].reason, /YYYY-MM-DD\.md/);
  });

  it('takes slug folders as people and says why it skips the others', () => {
    const { slugs, skipped } = peopleFolders(['sam-lee', 'Sam Lee', '张伟', 'ana', '.git', '..', 'zoe-2'], english);
    assert.deepEqual(slugs, ['sam-lee', 'ana', 'zoe-2']);
    assert.deepEqual(skipped.map((s) => s.name), ['Sam Lee', '张伟']);
    assert.match(skipped[1].reason, /not a person folder/);
  });

  it('builds the summary of the contract from the newest note and the profile', () => {
    const r = row({
      slug: 'sam-lee',
      fileNames: ['2026-11-09.md', '2026-11-02.md', 'profile.md'],
      newestNoteText: '## Action items\n- [ ] Send the doc\n- [x] Book room\n```\n- [ ] fenced\n```\n  - [ ] nested\n',
      profile: profile('name: Samantha Lee\nemail: sam@example.com\ncadenceDays: 7'),
      nextOneOnOne: '2026-11-26',
    });
    assert.deepEqual(peopleSummaries([r]), [{ slug: 'sam-lee', name: 'Samantha Lee', cadenceDays: 7, openActions: 2, overdue: true, lastOneOnOne: '2026-11-09', nextOneOnOne: '2026-11-26' }]);
    assert.deepEqual(r.openActionItems.map((a) => [a.line, a.text]), [[1, 'Send the doc'], [6, 'nested']]);
    assert.equal(r.daysSinceLast, 10);
    assert.equal(r.daysPastCadence, 3);
    assert.deepEqual(r.notes.map((n) => n.date), ['2026-11-09', '2026-11-02']);
    assert.equal(r.email, 'sam@example.com');
    assert.match(r.overdueReason, /^Overdue: the last 1:1 with Samantha Lee was 10 days ago; you meant to meet every week\.$/);
  });

  it('names a person from the slug without a profile, and shows one whose profile is broken, with its problems', () => {
    const plain = row({ slug: 'ana-maria-lopez', fileNames: ['2026-11-18.md'] });
    assert.equal(plain.name, 'Ana Maria Lopez');
    assert.equal(plain.cadenceDays, 14);
    assert.equal(plain.overdue, false);
    const broken = row({ slug: 'kim', fileNames: ['2026-11-18.md'], profile: parseProfile('---\nname: [Kim\n---\n', english) });
    assert.equal(broken.name, 'Kim');
    assert.equal(broken.problems.length, 1);
    assert.equal(broken.archived, false);
  });

  it('keeps a folder without dated notes as a person: overdue, unless a 1:1 is in the calendar today or tomorrow', () => {
    const today = new Date(2026, 10, 19, 23, 59);
    const none = row({ slug: 'new-hire', fileNames: ['profile.md', 'scratch.txt'], today });
    assert.equal(none.overdue, true);
    assert.equal(none.lastOneOnOne, undefined);
    assert.equal(none.openActions, 0);
    assert.match(none.overdueReason, /no 1:1 notes with New Hire yet/);
    assert.equal(row({ slug: 'new-hire', today, nextOneOnOne: '2026-11-19' }).overdue, false);
    assert.equal(row({ slug: 'new-hire', today, nextOneOnOne: '2026-11-20' }).overdue, false);
    assert.equal(row({ slug: 'new-hire', today, nextOneOnOne: '2026-11-21' }).overdue, true);
    // A calendar date already past is not a next 1:1.
    assert.equal(row({ slug: 'new-hire', today, nextOneOnOne: '2026-11-18' }).nextOneOnOne, undefined);
  });

  it('is overdue only when the note is older than the cadence: the cadence day itself is due, not late', () => {
    const at = (last: string, cadenceDays: number, today: Date, next?: string) =>
      row({ slug: 'sam', fileNames: [`${last}.md`], today, defaultCadenceDays: cadenceDays, ...(next ? { nextOneOnOne: next } : {}) }).overdue;
    assert.equal(at('2026-11-05', 14, new Date(2026, 10, 19, 8)), false);
    assert.equal(at('2026-11-04', 14, new Date(2026, 10, 19, 8)), true);
    assert.equal(at('2026-11-04', 14, new Date(2026, 10, 19, 8), '2026-11-20'), false);
    assert.match(row({ slug: 'sam', fileNames: ['2026-11-04.md'], nextOneOnOne: '2026-11-20' }).overdueReason, /^Due: .* in the calendar for tomorrow\.$/);
    assert.equal(at('2026-11-18', 1, new Date(2026, 10, 19, 8)), false);
    assert.equal(at('2026-11-17', 1, new Date(2026, 10, 19, 8)), true);
  });

  it('counts whole local calendar days across the daylight-saving changes of Europe/Berlin', () => {
    // 29 March 2026 has 23 hours, 25 October 2026 has 25: the count must not drift by one.
    const cases: [string, Date, number, boolean][] = [
      ['2026-03-15', new Date(2026, 2, 29, 0, 30), 14, false],
      ['2026-03-15', new Date(2026, 2, 29, 23, 30), 14, false],
      ['2026-03-15', new Date(2026, 2, 30, 0, 10), 15, true],
      ['2026-10-11', new Date(2026, 9, 25, 23, 30), 14, false],
      ['2026-10-11', new Date(2026, 9, 26, 0, 5), 15, true],
      ['2026-10-25', new Date(2026, 10, 8, 0, 0), 14, false],
      ['2026-03-29', new Date(2026, 3, 12, 23, 59), 14, false],
      ['2026-01-01', new Date(2026, 11, 31, 12), 364, true],
    ];
    for (const [last, today, days, overdue] of cases) {
      const r = row({ slug: 'sam', fileNames: [`${last}.md`], today });
      assert.equal(r.daysSinceLast, days, `${last} → ${today.toString()}`);
      assert.equal(r.overdue, overdue, `${last} → ${today.toString()}`);
    }
  });

  it('takes the profile cadence over the setting, and a valid setting over the default', () => {
    assert.equal(effectiveCadence(7, 14), 7);
    assert.equal(effectiveCadence(undefined, 21), 21);
    assert.equal(effectiveCadence(undefined, 0), 14);
    assert.equal(effectiveCadence(120, 91), 14);
    const r = row({ slug: 'sam', fileNames: ['2026-10-30.md'], profile: profile('cadenceDays: 30'), defaultCadenceDays: 7 });
    assert.equal(r.cadenceDays, 30);
    assert.equal(r.overdue, false);
  });

  it('describes a row: days since, open actions, the next 1:1', () => {
    const today = new Date(2026, 10, 19, 10);
    const r = row({ slug: 'sam', fileNames: ['2026-11-07.md'], newestNoteText: '- [ ] a\n- [ ] b', nextOneOnOne: '2026-11-26', today });
    assert.equal(rowDescription(r, today, english), '12 days ago · 2 open · next Thu 26 Nov');
    assert.equal(rowDescription({ ...r, nextOneOnOne: '2026-11-24' }, today, english), '12 days ago · 2 open · next Tue');
    assert.equal(rowDescription({ ...r, nextOneOnOne: '2026-11-20', openActions: 0 }, today, english), '12 days ago · 1:1 tomorrow');
    assert.equal(rowDescription(row({ slug: 'x', today }), today, english), 'no 1:1 yet');
    assert.equal(rowDescription(row({ slug: 'x', fileNames: ['2026-11-19.md'], today, profile: profile('archived: true') }), today, english), 'today · archived');
  });

  it('sorts most overdue first (no notes first), or by name, and leaves archived people out of people()', () => {
    const today = new Date(2026, 10, 19, 10);
    const rows = [
      row({ slug: 'ok', fileNames: ['2026-11-18.md'], today }),
      row({ slug: 'late', fileNames: ['2026-10-01.md'], today }),
      row({ slug: 'bit-late', fileNames: ['2026-11-01.md'], today }),
      row({ slug: 'none', today }),
      row({ slug: 'none-but-booked', today, nextOneOnOne: '2026-11-20' }),
      row({ slug: 'gone', fileNames: ['2025-01-01.md'], today, profile: profile('name: Ärne\narchived: true') }),
    ];
    assert.deepEqual(sortPeople(rows, 'overdue').map((r) => r.slug), ['none', 'gone', 'late', 'bit-late', 'none-but-booked', 'ok']);
    assert.deepEqual(sortPeople(rows, 'name').map((r) => r.name), ['Ärne', 'Bit Late', 'Late', 'None', 'None But Booked', 'Ok']);
    assert.deepEqual(peopleSummaries(rows).map((p) => p.slug), ['none', 'late', 'bit-late', 'none-but-booked', 'ok']);
    assert.deepEqual(visibleRows(rows, false).length, 5);
    assert.deepEqual(visibleRows(rows, true).length, 6);
  });

  it('does not scan a newest note too large to read or not text, and says so', () => {
    const r = row({ slug: 'sam', fileNames: ['2026-11-18.md'], newestNoteText: '- [ ] x\n'.repeat(300_000) });
    assert.equal(r.openActions, 0);
    assert.equal(r.lastOneOnOne, '2026-11-18');
    assert.match(r.skipped[0].reason, /too large/);
    const binary = row({ slug: 'sam', fileNames: ['2026-11-18.md'], newestNoteText: '\u0000- [ ] x' });
    assert.equal(binary.openActions, 0);
    assert.match(binary.skipped[0].reason, /is not text/);
  });
});
