import * as assert from 'node:assert/strict';
import { checkBlockRequest, checkDate, checkLogRequest, checkSnoozeRequest } from '../../src/core/leadershipInput';
import { english } from '../../src/shared/localizer';

const NOW = new Date(2026, 10, 19, 15, 0).getTime(); // Thursday 19 November 2026
const none = () => 0;

describe('leadership-time input', () => {
  it('accepts a well-formed log request, date defaulting to today', () => {
    assert.deepEqual(checkLogRequest({ minutes: 45 }, NOW, none, english), { ok: true, value: { minutes: 45, date: '2026-11-19' } });
    assert.deepEqual(checkLogRequest({ minutes: 1440, date: '2026-11-18', note: ' Coaching ' }, NOW, none, english), { ok: true, value: { minutes: 1440, date: '2026-11-18', note: 'Coaching' } });
  });

  it('asks when minutes are absent', () => {
    assert.equal(checkLogRequest(undefined, NOW, none, english), 'ask');
    assert.equal(checkLogRequest({}, NOW, none, english), 'ask');
    assert.equal(checkLogRequest({ note: 'x' }, NOW, none, english), 'ask');
  });

  it('refuses bad minutes with a message naming the value', () => {
    for (const minutes of [-5, 0, 'abc', '30', 1e9, 1441, 2.5, Number.NaN, Infinity, null, true, [30]]) {
      const r = checkLogRequest({ minutes }, NOW, none, english);
      assert.ok(r !== 'ask' && !r.ok, `refuses ${String(minutes)}`);
      assert.match(r.message, /whole number of minutes from 1 to 1440/);
      assert.match(r.message, /Nothing was logged/);
    }
    const abc = checkLogRequest({ minutes: 'abc' }, NOW, none, english);
    assert.ok(abc !== 'ask' && !abc.ok && abc.message.includes('"abc"'));
  });

  it('refuses bad, future and too-old dates', () => {
    const cases: [unknown, RegExp][] = [['2026-02-30', /real calendar date/], ['19.11.2026', /YYYY-MM-DD/], [20261119, /YYYY-MM-DD/], ['2026-11-20', /in the future/], ['2025-11-01', /more than a year ago/]];
    for (const [date, re] of cases) {
      const r = checkDate(date, NOW, english);
      assert.ok(!r.ok && re.test(r.message), `${String(date)}: ${JSON.stringify(r)}`);
    }
    assert.deepEqual(checkDate('2025-11-21', NOW, english), { ok: true, value: '2025-11-21' });
  });

  it('refuses a log that would make a day longer than 24 hours', () => {
    const r = checkLogRequest({ minutes: 100 }, NOW, () => 1400, english);
    assert.ok(r !== 'ask' && !r.ok && /more than a day holds/.test(r.message));
  });

  it('refuses arguments that are not one object, and notes that are not text', () => {
    for (const arg of [42, 'thirty', [30]]) {
      const r = checkLogRequest(arg, NOW, none, english);
      assert.ok(r !== 'ask' && !r.ok && /takes one object/.test(r.message));
    }
    const r = checkLogRequest({ minutes: 30, note: 7 }, NOW, none, english);
    assert.ok(r !== 'ask' && !r.ok && /note must be text/.test(r.message));
  });

  it('checks blocks: 1 to 240 minutes, optional focus', () => {
    assert.deepEqual(checkBlockRequest(undefined, english), { ok: true, value: {} });
    assert.deepEqual(checkBlockRequest({ minutes: 50, focus: ' Vision ' }, english), { ok: true, value: { minutes: 50, focus: 'Vision' } });
    for (const minutes of [0, -5, 241, 'abc', 12.5]) assert.equal(checkBlockRequest({ minutes }, english).ok, false, String(minutes));
    assert.equal(checkBlockRequest({ focus: 42 }, english).ok, false);
  });

  it('checks snoozes: 0 resumes, up to two weeks', () => {
    assert.deepEqual(checkSnoozeRequest({ minutes: 0 }, english), { ok: true, value: { minutes: 0 } });
    assert.deepEqual(checkSnoozeRequest({}, english), { ok: true, value: {} });
    for (const minutes of [-1, 'abc', 20161, 1.5]) assert.equal(checkSnoozeRequest({ minutes }, english).ok, false, String(minutes));
  });
});
