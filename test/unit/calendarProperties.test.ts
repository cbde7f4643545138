import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CalendarWindow } from '../../src/core/calendarWindow';
import { expandCalendar } from '../../src/core/icsEvents';
import { english } from '../../src/shared/localizer';

const DAY = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

interface Rule { freq: 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY'; interval: number; byDay: number[]; dtstart: number; minutes: number; until?: number }

/** The same rule, expanded by brute force in UTC (no DST to think about): the model to compare with. */
function model(r: Rule, from: number, to: number): number[] {
  const out: number[] = [];
  const keep = (t: number) => t + r.minutes * 60_000 > from && t < to && (r.until === undefined || t <= r.until);
  const matchesDay = (t: number) => r.byDay.length === 0 || r.byDay.includes(new Date(t).getUTCDay());
  if (r.freq === 'WEEKLY' && r.byDay.length > 0) {
    const dayOfWeek = (new Date(r.dtstart).getUTCDay() + 6) % 7; // weeks start on Monday (WKST default)
    const weekStart = r.dtstart - dayOfWeek * DAY;
    for (let w = weekStart; w < to; w += r.interval * 7 * DAY) {
      for (let d = 0; d < 7; d++) {
        const t = w + d * DAY;
        if (t >= r.dtstart && matchesDay(t) && keep(t)) out.push(t);
      }
    }
  } else if (r.freq === 'MONTHLY') {
    // The day of DTSTART in every INTERVAL-th month that has it (RFC 5545: invalid dates are skipped).
    const d = new Date(r.dtstart);
    for (let k = 0; ; k++) {
      const months = d.getUTCMonth() + k * r.interval;
      const t = Date.UTC(d.getUTCFullYear() + Math.floor(months / 12), months % 12, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
      if (t >= to) break;
      if (new Date(t).getUTCDate() === d.getUTCDate() && keep(t)) out.push(t);
    }
  } else {
    const step = r.freq === 'HOURLY' ? 3_600_000 : r.freq === 'DAILY' ? DAY : 7 * DAY;
    for (let t = r.dtstart; t < to; t += r.interval * step) if (matchesDay(t) && keep(t)) out.push(t);
  }
  return out;
}

function ics(rules: Rule[]): string {
  const events = rules.map((r, i) => [
    'BEGIN:VEVENT', `UID:rule-${i}@example.com`, 'DTSTAMP:20200101T000000Z', `DTSTART:${stamp(r.dtstart)}`, `DURATION:PT${r.minutes}M`,
    `RRULE:FREQ=${r.freq};INTERVAL=${r.interval}${r.byDay.length ? `;BYDAY=${r.byDay.map((d) => WEEKDAYS[d]).join(',')}` : ''}${r.until !== undefined ? `;UNTIL=${stamp(r.until)}` : ''}`,
    `SUMMARY:Rule ${i}`, 'END:VEVENT',
  ].join('\r\n'));
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
}

interface RelativeRule extends Omit<Rule, 'dtstart' | 'until'> { backMinutes: number; untilDays?: number }

const anyWindow = fc.record({
  from: fc.integer({ min: Date.UTC(2025, 0, 1) / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 }).map((m) => m * 60_000),
  days: fc.integer({ min: 1, max: 40 }),
});

/** A rule relative to the window: begun up to twelve years before it (or a few days into it). */
const anyRelativeRule: fc.Arbitrary<RelativeRule> = fc.record({
  freq: fc.constantFrom('HOURLY' as const, 'DAILY' as const, 'WEEKLY' as const, 'MONTHLY' as const),
  interval: fc.integer({ min: 1, max: 4 }),
  byDay: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
  backMinutes: fc.oneof(fc.integer({ min: -5 * 1440, max: 60 * 1440 }), fc.integer({ min: -5 * 1440, max: 12 * 366 * 1440 })),
  minutes: fc.integer({ min: 5, max: 180 }),
  untilDays: fc.option(fc.integer({ min: -3, max: 60 }), { nil: undefined, freq: 4 }),
});

// Whole minutes, so the ICS text says exactly the same instant. DTSTART is made one of the BYDAY
// days: RFC 5545 counts a DTSTART that is not, the model does not.
function absolute(r: RelativeRule, from: number): Rule {
  const dtstart = from - r.backMinutes * 60_000;
  const rule: Rule = { freq: r.freq, interval: r.interval, byDay: r.freq === 'HOURLY' || r.freq === 'MONTHLY' ? [] : r.byDay, dtstart, minutes: r.minutes };
  if (r.untilDays !== undefined) rule.until = from + r.untilDays * DAY;
  if (rule.byDay.length > 0 && !rule.byDay.includes(new Date(dtstart).getUTCDay())) rule.byDay.push(new Date(dtstart).getUTCDay());
  return rule;
}

describe('calendar expansion (properties)', () => {
  it('a repeating rule (hourly to monthly) begun up to twelve years earlier gives exactly the occurrences of a brute-force model in the window', async () => {
    let nonEmpty = 0;
    await fc.assert(fc.asyncProperty(anyRelativeRule, anyWindow, async (relative, w) => {
      const from = w.from;
      const rule = absolute(relative, from);
      const to = from + w.days * DAY;
      const r = await expandCalendar(ics([rule]), { from: new Date(from), to: new Date(to), yieldToHost: async () => {}, maxOccurrencesPerEvent: 100_000 });
      assert.deepEqual(r.problems, []);
      const expected = model(rule, from, to);
      if (expected.length > 0) nonEmpty++;
      assert.deepEqual(r.events.map((e) => e.start.toISOString()), expected.map((t) => new Date(t).toISOString()));
    }), { numRuns: 150, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true });
    assert.ok(nonEmpty > 75, `${nonEmpty} of 150 runs had occurrences in the window`);
  });

  it('never yields an occurrence outside the window, never more than the cap per event, always sorted; the window keeps it sorted', async () => {
    await fc.assert(fc.asyncProperty(fc.array(anyRelativeRule, { minLength: 1, maxLength: 4 }), anyWindow, fc.integer({ min: 1, max: 60 }), async (relatives, w, cap) => {
      const rules = relatives.map((r) => absolute(r, w.from));
      const from = new Date(w.from);
      const to = new Date(w.from + w.days * DAY);
      const r = await expandCalendar(ics(rules), { from, to, yieldToHost: async () => {}, maxOccurrencesPerEvent: cap });
      const perUid = new Map<string, number>();
      for (const e of r.events) {
        assert.ok(e.end.getTime() > from.getTime() && e.start.getTime() < to.getTime(), `${e.start.toISOString()} outside`);
        perUid.set(e.uid, (perUid.get(e.uid) ?? 0) + 1);
      }
      for (const [uid, n] of perUid) assert.ok(n <= cap, `${uid}: ${n} > ${cap}`);
      const starts = r.events.map((e) => e.start.getTime());
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
      const win = new CalendarWindow([r, r], [], english);
      assert.equal(win.size, r.events.length);
      const all = win.upcoming(from, 24 * 31).map((e) => e.start);
      assert.deepEqual(all, [...all].sort());
      assert.ok(all.every((s) => s >= from.toISOString()));
    }), { numRuns: 100, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true });
  });
});
