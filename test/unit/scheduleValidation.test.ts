import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isQuietMinute } from '../../src/core/quietHours';
import { readReminderConfig, readTargetConfig } from '../../src/core/scheduleValidation';
import { english } from '../../src/shared/localizer';
import { DEFAULT_RHYTHM, weeklyRhythm } from '../../src/shared/settings';

const base = { enabled: true, quietHours: { start: '18:00', end: '09:00' }, weeklyRhythm: undefined };

describe('reminder settings', () => {
  it('keeps the good entries and names each bad one', () => {
    const { config, problems } = readReminderConfig({
      ...base,
      schedule: [
        { days: ['thu'], time: '14:00', message: 'Lead day' },
        { days: ['fri'], time: '25:00' },
        { days: ['funday'], time: '10:00' },
        { days: [], time: '10:00' },
        'every day',
        { days: ['mon'], time: '10:00', message: 5 },
        { days: ['tue', 'tue'], time: '9:30' },
        { days: ['wed'], time: '11:15' },
      ],
    }, english);
    assert.deepEqual(config.slots.map((s) => [s.index, s.days, s.minute]), [[0, ['thu'], 840], [7, ['wed'], 675]]);
    assert.equal(config.slots[1].message.length > 0, true, 'a default message');
    assert.equal(problems.length, 6);
    assert.match(problems[0], /reminders\.schedule\[1\]: time "25:00" is not a 24-hour HH:MM time/);
    assert.match(problems[1], /schedule\[2\]: "funday" is not a day/);
    assert.match(problems[2], /schedule\[3\]: "days" must be a non-empty list/);
    assert.match(problems[3], /schedule\[4\]: must be an object/);
    assert.match(problems[4], /schedule\[5\]: "message" must be text/);
    assert.match(problems[5], /schedule\[6\]: time "9:30"/);
  });

  it('warns about a slot inside the quiet hours', () => {
    const { config, problems } = readReminderConfig({ ...base, schedule: [{ days: ['thu'], time: '19:00' }] }, english);
    assert.equal(config.slots.length, 1);
    assert.match(problems[0], /19:00 falls inside the quiet hours 18:00–09:00/);
  });

  it('falls back to default quiet hours and rhythm days it cannot read', () => {
    const { config, problems } = readReminderConfig({ ...base, schedule: [], quietHours: { start: '7pm', end: '08:00' }, weeklyRhythm: { mon: 'lead', sat: 'party', someday: 'off' } }, english);
    assert.deepEqual(config.quiet, { start: 1080, end: 540 });
    assert.equal(config.rhythm.mon, 'lead');
    assert.equal(config.rhythm.sat, 'off');
    assert.equal(problems.length, 3);
    assert.match(problems.join('\n'), /quietHours: start "7pm"/);
    assert.match(problems.join('\n'), /weeklyRhythm\.sat must be manage, lead or off/);
  });

  it('treats a schedule that is not a list as no schedule, with a warning', () => {
    const { config, problems } = readReminderConfig({ ...base, schedule: 'thu 14:00' }, english);
    assert.deepEqual(config.slots, []);
    assert.equal(problems.length, 1);
  });

  it('computes the weekly target and refuses impossible values', () => {
    assert.equal(readTargetConfig(15, 40, english).config.targetMinutes, 360);
    assert.equal(readTargetConfig(12.5, 32, english).config.targetMinutes, 240);
    const bad = readTargetConfig(150, 0, english);
    assert.equal(bad.config.targetMinutes, 360);
    assert.equal(bad.problems.length, 2);
  });
});

describe('quiet hours', () => {
  it('handles ranges within a day, across midnight, and none', () => {
    const night = { start: 18 * 60, end: 9 * 60 };
    assert.deepEqual([0, 8 * 60 + 59, 9 * 60, 17 * 60 + 59, 18 * 60, 23 * 60].map((m) => isQuietMinute(m, night)), [true, true, false, false, true, true]);
    const lunch = { start: 12 * 60, end: 13 * 60 };
    assert.deepEqual([11 * 60 + 59, 12 * 60, 13 * 60].map((m) => isQuietMinute(m, lunch)), [false, true, false]);
    assert.equal(isQuietMinute(600, { start: 0, end: 0 }), false);
    assert.equal(isQuietMinute(600, undefined), false);
  });
});

describe('the weekly rhythm', () => {
  it('takes each day as set and leaves a day set wrongly, or not at all, as in the default', () => {
    assert.deepEqual(weeklyRhythm({ mon: 'lead', fri: 'nonsense', sun: 'manage', monday: 'off' }), { ...DEFAULT_RHYTHM, mon: 'lead', sun: 'manage' });
    for (const raw of [undefined, null, 'lead', ['lead'], 7]) assert.deepEqual(weeklyRhythm(raw), DEFAULT_RHYTHM);
  });

  it('is the rhythm the reminder settings read, whatever the setting holds, so every feature sees the same week', () => {
    const value = fc.oneof(fc.constantFrom('manage', 'lead', 'off', 'Lead', '', 'party'), fc.integer(), fc.boolean(), fc.constant(null));
    const day = fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'monday', 'x');
    const raw = fc.oneof(fc.dictionary(day, value), fc.anything());
    fc.assert(fc.property(raw, (r) => {
      assert.deepEqual(weeklyRhythm(r), readReminderConfig({ ...base, schedule: [], weeklyRhythm: r }, english).config.rhythm);
    }), { numRuns: 500 });
  });
});
