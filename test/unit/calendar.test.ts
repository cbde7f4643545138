import * as assert from 'node:assert/strict';
import { dayKey, isoWeek, localDate, parseLocalDate } from '../../src/core/calendar';

describe('calendar', () => {
  it('gives ISO weeks around New Year', () => {
    const week = (s: string) => isoWeek(parseLocalDate(s)!).label;
    assert.equal(week('2026-01-01'), '2026-W01'); // Thursday
    assert.equal(week('2024-12-30'), '2025-W01'); // Monday of the week holding 2 Jan 2025
    assert.equal(week('2021-01-03'), '2020-W53'); // Sunday still in 2020's last week
    assert.equal(week('2027-01-01'), '2026-W53'); // Friday: 2026 has 53 weeks
    assert.equal(week('2027-01-04'), '2027-W01');
    assert.equal(week('2026-11-21'), '2026-W47');
    assert.equal(week('2020-12-31'), '2020-W53'); // Thursday of a 53-week year
    assert.equal(week('2025-12-29'), '2026-W01'); // Monday in December, already next year's first week
    assert.equal(week('2025-12-28'), '2025-W52'); // the Sunday before it
    assert.equal(week('2022-01-02'), '2021-W52'); // Sunday in January, still last year's week
    assert.equal(week('2022-01-03'), '2022-W01');
  });

  it('parses only real dates', () => {
    assert.equal(localDate(parseLocalDate('2026-02-28')!), '2026-02-28');
    assert.equal(parseLocalDate('2026-02-30'), undefined);
    assert.equal(parseLocalDate('26-2-3'), undefined);
    assert.equal(parseLocalDate('2026-13-01'), undefined);
  });

  it('names the day', () => {
    assert.equal(dayKey(parseLocalDate('2026-11-19')!), 'thu');
    assert.equal(dayKey(parseLocalDate('2026-11-22')!), 'sun');
  });
});
