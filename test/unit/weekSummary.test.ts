import * as assert from 'node:assert/strict';
import { readTargetConfig } from '../../src/core/scheduleValidation';
import { DEFAULT_RHYTHM } from '../../src/shared/settings';
import { addBlockNote, addLogged, emptyLedger, finishBlock, startBlock } from '../../src/core/timeLedger';
import { summaryLine, weekNoteLines, weekReportLine, weekSummary } from '../../src/core/weekSummary';
import { isSummaryWebviewMessage } from '../../src/shared/weeklySummaryProtocol';
import { english } from '../../src/shared/localizer';

const t = (day: number, hh: number, mm = 0) => new Date(2026, 10, 16 + day, hh, mm).getTime();
const target = readTargetConfig(15, 40, english).config;

describe('week summary', () => {
  const week = () => {
    let l = addLogged(emptyLedger(), { date: '2026-11-17', minutes: 80, note: '1:1 with Sam about growth', at: t(1, 17) });
    l = startBlock(l, { id: 'b', startedAt: t(3, 14), plannedMinutes: 50, focus: 'Q3 vision', window: 'w' });
    const done = finishBlock(l, t(3, 14, 50));
    return addBlockNote(done.ledger, done.record!, 'drafted the outline', t(3, 14, 51));
  };

  it('says the week in one line', () => {
    assert.equal(summaryLine(130, 360, 2, english), 'Leadership time this week: 2h 10m of a 6h target (36 %), 2 blocks in the editor.');
    assert.equal(summaryLine(0, 360, 0, english), 'Leadership time this week: none logged yet, against a target of 6h.');
    assert.equal(summaryLine(45, 0, 1, english), 'Leadership time this week: 45m (no target set), 1 block in the editor.');
  });

  it('gives the self-check a line for any week, empty when nothing was logged', () => {
    assert.equal(weekReportLine(week(), t(4, 9), target, english), '2h 10m of leadership time against a 6h target (36 %), 1 block in the editor.');
    assert.equal(weekReportLine(week(), t(7, 9), target, english), '');
    assert.equal(weekReportLine(week(), t(4, 9), readTargetConfig(0, 40, english).config, english), '2h 10m of leadership time, 1 block in the editor.');
  });

  it('lists the notes of the week from blocks and logged time', () => {
    assert.deepEqual(weekNoteLines(week(), t(4, 9), english), ['Tue 17 Nov · 1h 20m logged · 1:1 with Sam about growth', 'Thu 19 Nov · 50m · Q3 vision — drafted the outline']);
    assert.deepEqual(weekNoteLines(week(), t(7, 9), english), [], 'next week starts empty');
  });

  it('builds the panel model: days with rhythm, trend, target', () => {
    const m = weekSummary(week(), t(3, 16), target, DEFAULT_RHYTHM, '2026-11-19', english);
    assert.equal(m.week, '2026-W47');
    assert.equal(m.range, 'Mon 16 Nov – Sun 22 Nov');
    assert.equal(m.minutes, 130);
    assert.equal(m.targetMinutes, 360);
    assert.deepEqual(m.days.map((d) => [d.label, d.rhythm, d.minutes, d.today]), [
      ['Mon', 'manage', 0, false], ['Tue', 'manage', 80, false], ['Wed', 'manage', 0, false], ['Thu', 'lead', 50, true], ['Fri', 'lead', 0, false], ['Sat', 'off', 0, false], ['Sun', 'off', 0, false],
    ]);
    assert.equal(m.trend.length, 8);
    assert.deepEqual(m.trend.at(-1), { label: '2026-W47', minutes: 130, current: true });
    assert.equal(m.summaryLine, 'Leadership time this week: 2h 10m of a 6h target (36 %), 1 block in the editor.');
  });
});

describe('weekly summary webview protocol', () => {
  it('accepts the known actions only', () => {
    for (const action of ['writeSelfCheck', 'startBlock', 'logTime', 'openSettings']) assert.ok(isSummaryWebviewMessage({ type: 'action', action }));
    for (const bad of [null, 'writeSelfCheck', [], {}, { type: 'action' }, { type: 'action', action: 'deleteAll' }, { type: 'action', action: 'logTime', minutes: 5 }, { type: 'ready' }]) {
      assert.equal(isSummaryWebviewMessage(bad), false, JSON.stringify(bad));
    }
  });
});
