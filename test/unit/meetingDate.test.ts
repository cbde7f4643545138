import * as assert from 'node:assert/strict';
import { nextWorkingDays, parseMeetingDate } from '../../src/core/meetingDate';
import { DEFAULT_RHYTHM } from '../../src/shared/settings';
import { english } from '../../src/shared/localizer';

// Sunday 6 December 2026, Monday 7 December, Wednesday 9 December.
const sunday = new Date(2026, 11, 6, 15, 30);
const monday = new Date(2026, 11, 7, 9, 0);
const wednesday = new Date(2026, 11, 9, 9, 0);
const date = (text: string, today: Date) => {
  const r = parseMeetingDate(text, today, english);
  return r.ok ? r.date : `refused: ${r.message}`;
};

describe('meeting dates typed in the 1:1 flow', () => {
  it('takes an ISO date, today, tomorrow and +N', () => {
    assert.equal(date('2026-12-14', sunday), '2026-12-14');
    assert.equal(date(' 2027-1-5 ', sunday), '2027-01-05');
    assert.equal(date('today', sunday), '2026-12-06');
    assert.equal(date('Tomorrow', sunday), '2026-12-07');
    assert.equal(date('+3', sunday), '2026-12-09');
    assert.equal(date('+ 30', wednesday), '2027-01-08');
    assert.equal(date('+0', wednesday), '2026-12-09');
  });

  it('takes a weekday (the first from today on) and next week\'s weekday', () => {
    assert.equal(date('mon', sunday), '2026-12-07');
    assert.equal(date('Monday', monday), '2026-12-07', 'on a Monday, mon is today');
    assert.equal(date('tue', wednesday), '2026-12-15');
    assert.equal(date('fri', wednesday), '2026-12-11');
    assert.equal(date('next tue', sunday), '2026-12-08', 'from a Sunday, next week starts tomorrow');
    assert.equal(date('next tue', monday), '2026-12-15');
    assert.equal(date('next  Monday', wednesday), '2026-12-14');
    assert.equal(date('next sun', wednesday), '2026-12-20');
  });

  it('refuses an impossible date and words it cannot read, saying what works', () => {
    assert.match(date('2026-02-30', sunday), /^refused: 2026-02-30 is not a real date\. Type a date as YYYY-MM-DD/);
    assert.match(date('2026-13-01', sunday), /not a real date/);
    assert.match(date('someday', sunday), /^refused: Type a date as YYYY-MM-DD, a weekday \(mon, next tue\)/);
    assert.match(date('', sunday), /^refused: /);
    assert.match(date('next', sunday), /^refused: /);
    assert.match(date('+99999', sunday), /^refused: /);
  });

  it('offers the next working days of the rhythm, skipping days off', () => {
    assert.deepEqual(nextWorkingDays(wednesday, DEFAULT_RHYTHM, 4), ['2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15']);
    assert.deepEqual(nextWorkingDays(sunday, { ...DEFAULT_RHYTHM, mon: 'off' }, 2), ['2026-12-08', '2026-12-09']);
    assert.deepEqual(nextWorkingDays(sunday, { mon: 'off', tue: 'off', wed: 'off', thu: 'off', fri: 'off', sat: 'off', sun: 'off' }, 3), []);
  });
});
