import * as assert from 'node:assert/strict';
import { readLedger } from '../../src/core/ledgerFormat';
import { addBlockNote, addLogged, creditableMinutes, emptyLedger, finishBlock, isRunning, prune, startBlock, weekDays, weekMinutes, weekTrend, type Ledger } from '../../src/core/timeLedger';
import { formatCountdown, formatMinutes, parseDurationText } from '../../src/core/timeOfDay';
import { english } from '../../src/shared/localizer';

const MIN = 60_000;
const t = (day: number, hh: number, mm = 0) => new Date(2026, 10, 16 + day, hh, mm).getTime(); // day 0 = Monday 16 Nov 2026
const block = (startedAt: number, plannedMinutes: number, focus?: string) => ({ id: 'b1', startedAt, plannedMinutes, window: 'w', ...(focus ? { focus } : {}) });

describe('time ledger', () => {
  it('adds logged minutes to their day and the week', () => {
    let l = addLogged(emptyLedger(), { date: '2026-11-17', minutes: 30, at: t(1, 10) });
    l = addLogged(l, { date: '2026-11-19', minutes: 45, note: 'Career talk with Sam', at: t(3, 10) });
    l = addLogged(l, { date: '2026-11-19', minutes: 15, at: t(3, 11) });
    assert.equal(weekMinutes(l, t(4, 9)), 90);
    assert.deepEqual(weekDays(l, t(4, 9)).map((d) => d.minutes), [0, 30, 0, 60, 0, 0, 0]);
    assert.equal(weekMinutes(l, t(7, 9)), 0, 'a new week starts on Monday');
    assert.deepEqual(l.notes.map((n) => [n.text, n.source, n.minutes]), [['Career talk with Sam', 'logged', 45]]);
  });

  it('never lets a day hold more than 24 hours', () => {
    const l = addLogged(addLogged(emptyLedger(), { date: '2026-11-17', minutes: 1400, at: 1 }), { date: '2026-11-17', minutes: 100, at: 2 });
    assert.equal(l.days['2026-11-17'], 1440);
  });

  it('counts a finished block on the day it started', () => {
    const started = startBlock(emptyLedger(), block(t(3, 14), 50, 'Q3 vision'));
    assert.ok(isRunning(started, t(3, 14, 10)));
    assert.ok(!isRunning(started, t(3, 14, 50)));
    const { ledger, record } = finishBlock(started, t(3, 14, 32) + 40_000);
    assert.equal(record?.minutes, 32);
    assert.equal(ledger.running, undefined);
    assert.equal(ledger.days['2026-11-19'], 32);
    const noted = addBlockNote(ledger, record!, '  drafted the outline ', t(3, 15));
    assert.deepEqual(noted.notes.map((n) => [n.text, n.focus, n.minutes, n.source]), [['drafted the outline', 'Q3 vision', 32, 'block']]);
    assert.equal(addBlockNote(ledger, record!, '   ', t(3, 15)).notes.length, 0, 'an empty note is no note');
  });

  it('caps a block left running overnight at its planned length, never 14 hours', () => {
    const running = startBlock(emptyLedger(), block(t(3, 17), 90));
    const { ledger, record } = finishBlock(running, t(4, 7)); // the laptop was closed overnight
    assert.equal(record?.minutes, 90);
    assert.equal(ledger.days['2026-11-19'], 90);
    assert.equal(weekMinutes(ledger, t(4, 7)), 90);
  });

  it('caps a block at midnight and at four hours', () => {
    assert.equal(creditableMinutes(block(t(3, 23, 20), 240), t(4, 9)), 40, 'stops at midnight');
    assert.equal(creditableMinutes(block(t(3, 8), 600), t(3, 20)), 240, 'never more than four hours');
    assert.equal(creditableMinutes(block(t(3, 8), 25), t(3, 8) + 59_000), 0, 'under a minute counts nothing');
  });

  it('finishing with no block running changes nothing', () => {
    const l = emptyLedger();
    assert.equal(finishBlock(l, t(0, 9)).ledger, l);
  });

  it('prunes history after a year', () => {
    let l: Ledger = emptyLedger();
    for (const date of ['2025-11-15', '2025-11-18', '2026-05-01', '2026-11-16']) l = addLogged(l, { date, minutes: 10, note: `n ${date}`, at: 1 });
    const pruned = prune(l, t(0, 12));
    assert.deepEqual(Object.keys(pruned.days), ['2025-11-18', '2026-05-01', '2026-11-16']);
    assert.deepEqual(pruned.notes.map((n) => n.date), ['2025-11-18', '2026-05-01', '2026-11-16']);
  });

  it('gives the trend over recent weeks, this week last', () => {
    const l = addLogged(addLogged(emptyLedger(), { date: '2026-11-10', minutes: 120, at: 1 }), { date: '2026-11-18', minutes: 30, at: 2 });
    assert.deepEqual(weekTrend(l, t(2, 12), 3), [{ label: '2026-W45', minutes: 0 }, { label: '2026-W46', minutes: 120 }, { label: '2026-W47', minutes: 30 }]);
  });
});

describe('stored ledger', () => {
  it('reads version 1 and drops single unreadable entries', () => {
    const l = readLedger({ version: 1, days: { '2026-11-16': 30, 'not-a-date': 5, '2026-11-17': -4, '2026-02-30': 10 }, blocks: [{ id: 'x' }], notes: [{ text: 'ok', date: '2026-11-16', at: 5, minutes: 30, source: 'logged' }, 'junk'] });
    assert.deepEqual(l?.days, { '2026-11-16': 30 });
    assert.equal(l?.blocks.length, 0);
    assert.equal(l?.notes.length, 1);
  });

  it('migrates the unversioned minutes-per-day map', () => {
    assert.deepEqual(readLedger({ '2026-11-16': 25, '2026-11-17': 50 }), { version: 1, days: { '2026-11-16': 25, '2026-11-17': 50 }, blocks: [], notes: [] });
  });

  it('refuses what it cannot read: corrupt values and future versions', () => {
    for (const bad of [null, 42, 'x', [], { version: 2, days: {} }, { version: 1, days: [] }, { version: 1, days: {}, blocks: 'x' }, { weird: true }]) {
      assert.equal(readLedger(bad), undefined, JSON.stringify(bad));
    }
  });

  it('keeps a running block across a reload and drops a broken one', () => {
    const running = { id: 'b', startedAt: t(0, 9), plannedMinutes: 50, window: 'w', focus: 'Coaching' };
    assert.deepEqual(readLedger({ version: 1, days: {}, blocks: [], notes: [], running })?.running, running);
    assert.equal(readLedger({ version: 1, days: {}, blocks: [], notes: [], running: { id: 'b', startedAt: 'soon' } })?.running, undefined);
  });
});

describe('durations', () => {
  it('formats minutes and countdowns', () => {
    assert.deepEqual([0, 45, 60, 130, 360].map((m) => formatMinutes(m, english)), ['0m', '45m', '1h', '2h 10m', '6h']);
    assert.deepEqual([0, 59_500, 25 * MIN, 65 * MIN + 5_000].map(formatCountdown), ['0:00', '1:00', '25:00', '1:05:05']);
  });

  it('reads what people type', () => {
    const cases: [string, number | undefined][] = [['90', 90], ['45m', 45], ['1h', 60], ['1h 30m', 90], ['1h30', 90], ['1:30', 90], ['1.5h', 90], ['2 hours', 120], ['abc', undefined], ['-5', undefined], ['1:75', undefined], ['', undefined]];
    for (const [text, minutes] of cases) assert.equal(parseDurationText(text), minutes, text);
  });
});
