import * as assert from 'node:assert/strict';
import { parseLocalDate } from '../../src/core/calendar';
import { blockNotesText, isoWeekRange, leadershipTimeText, readWeekReport } from '../../src/core/weekReport';
import { english } from '../../src/shared/localizer';

describe('week report port', () => {
  it('gives the Monday-to-Sunday range of an ISO week, across New Year', () => {
    assert.deepEqual(isoWeekRange(parseLocalDate('2027-01-01')!), { label: '2026-W53', start: '2026-12-28', end: '2027-01-03' });
    assert.deepEqual(isoWeekRange(parseLocalDate('2024-12-30')!), { label: '2025-W01', start: '2024-12-30', end: '2025-01-05' });
    assert.deepEqual(isoWeekRange(parseLocalDate('2021-01-03')!), { label: '2020-W53', start: '2020-12-28', end: '2021-01-03' });
  });

  it('reads a provider defensively', () => {
    assert.deepEqual(readWeekReport(undefined), { summary: '', notes: [] });
    assert.deepEqual(readWeekReport({ summaryLine: () => '  3 h of 6 h ', blockNotes: () => ['a', ' ', 'b\nc', 7 as unknown as string] }), { summary: '3 h of 6 h', notes: ['a', 'b c'] });
    assert.deepEqual(readWeekReport({ summaryLine: () => { throw new Error('x'); }, blockNotes: () => null as unknown as string[] }), { summary: '', notes: [] });
  });

  it('renders an honest line when nothing was logged', () => {
    const week = isoWeekRange(parseLocalDate('2026-11-19')!);
    const empty = { summary: '', notes: [] };
    assert.match(leadershipTimeText(empty, week, true, { percent: 15, weeklyHours: 40 }, english), /^_No leadership time logged this week\._ Your target is 6 h a week/);
    assert.match(leadershipTimeText(empty, week, false, { percent: 12.5, weeklyHours: 36 }, english), /^_No leadership time logged in 2026-W47\._ Your target is 4 h 30 min a week \(12.5 % of 36 h\)/);
    assert.doesNotMatch(leadershipTimeText(empty, week, true, { percent: 0, weeklyHours: 40 }, english), /target/);
    assert.equal(blockNotesText(empty, week, true, english), '_No leadership blocks logged this week._');
    assert.equal(blockNotesText({ summary: '', notes: ['x'] }, week, true, english), '- x');
  });
});
