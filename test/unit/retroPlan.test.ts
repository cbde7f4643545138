import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentCompiler } from '../../src/core/contentCompiler';
import { buildRetroPlan, checkRetroMinutes, newPlanId, parsePlanId, renderRetroPlan, timeBoxes } from '../../src/core/retroPlan';
import { RETRO_PHASES, type RetroActivity } from '../../src/shared/contentTypes';
import { english } from '../../src/shared/localizer';

function activityBank(): RetroActivity[] {
  const file = join(__dirname, '..', '..', '..', 'content', 'retro-activities.yaml');
  const compiled = new ContentCompiler().compileRetroActivities(readFileSync(file, 'utf8'), file);
  assert.ok(compiled.ok);
  return compiled.value;
}

describe('retro plans', () => {
  const bank = activityBank();

  it('rebuilds exactly the same plan from the same id, whatever the order of the bank', () => {
    for (const seed of [0, 1, 42, 123456789, 2 ** 31 + 7]) {
      const id = newPlanId(60, seed);
      const a = buildRetroPlan(id, bank, english);
      const b = buildRetroPlan(id, [...bank].reverse(), english);
      assert.equal(renderRetroPlan(a, english), renderRetroPlan(b, english));
      assert.equal(a.id, id);
      assert.equal(buildRetroPlan(id.toUpperCase(), bank, english).id, id);
    }
  });

  it('different ids give different plans', () => {
    const plans = new Set(Array.from({ length: 20 }, (_, i) => buildRetroPlan(newPlanId(60, i * 7919), bank, english).phases.map((p) => p.activity.id).join(',')));
    assert.ok(plans.size >= 10, `${plans.size} distinct plans of 20`);
  });

  it('has every phase, in order, one activity each from that phase', () => {
    const plan = buildRetroPlan(newPlanId(90, 99), bank, english);
    assert.deepEqual(plan.phases.map((p) => p.phase), [...RETRO_PHASES]);
    for (const p of plan.phases) assert.equal(p.activity.phase, p.phase);
    const md = renderRetroPlan(plan, english);
    assert.match(md, /^Plan ID: 90m-[0-9a-z]{6}$/m);
    for (const title of ['Set the stage', 'Gather data', 'Generate insights', 'Decide what to do', 'Close the retro']) assert.match(md, new RegExp(`^### \\d\\. ${title} — \\d+ min`, 'm'));
  });

  it('time boxes add up to the length asked for, back to back', () => {
    for (const minutes of [30, 31, 45, 60, 75, 90, 120, 180, 240]) {
      for (let seed = 0; seed < 40; seed++) {
        const plan = buildRetroPlan(newPlanId(minutes, seed * 104729), bank, english);
        assert.equal(plan.minutes, minutes);
        assert.equal(plan.phases.reduce((n, p) => n + p.minutes, 0), minutes, plan.id);
        plan.phases.forEach((p, i) => {
          assert.ok(p.minutes >= 1);
          assert.equal(p.start, i === 0 ? 0 : plan.phases[i - 1].start + plan.phases[i - 1].minutes);
          if (minutes % 5 === 0) assert.equal(p.minutes % 5, 0, `${plan.id}: ${p.minutes} min`);
        });
      }
    }
    assert.deepEqual(timeBoxes([5, 20, 20, 15, 5], 60), [5, 20, 15, 15, 5]);
    assert.deepEqual(timeBoxes([1, 100, 1, 1, 1], 30), [5, 10, 5, 5, 5]);
    assert.deepEqual(timeBoxes([30, 30, 30, 30, 30], 30), [10, 5, 5, 5, 5]);
  });

  it('a short retro avoids activities far longer than their phase', () => {
    for (let seed = 0; seed < 50; seed++) {
      const plan = buildRetroPlan(newPlanId(30, seed), bank, english);
      assert.ok(plan.phases.find((p) => p.phase === 'gather-data')!.activity.minutes <= 15 || plan.phases.find((p) => p.phase === 'gather-data')!.activity.minutes === Math.min(...bank.filter((a) => a.phase === 'gather-data').map((a) => a.minutes)));
    }
  });

  it('encodes the length in the id and refuses ids and lengths that cannot be', () => {
    assert.deepEqual(parsePlanId(' 45M-00002A ', english), { minutes: 45, seed: 82 });
    assert.equal(newPlanId(45, 82), '45m-00002a');
    for (const bad of ['', 'abc', '60-k3f9a2', '60m-k3f9', '20m-k3f9a2', '999m-k3f9a2', '60m-k3f9a2x', '60m-k3f!a2']) assert.throws(() => parsePlanId(bad, english), /is not a retro plan ID/);
    for (const bad of [0, 29, 241, 60.5, NaN, '60', undefined]) assert.match(checkRetroMinutes(bad, english) ?? '', /whole number of minutes from 30 to 240/);
    assert.equal(checkRetroMinutes(60, english), undefined);
    assert.throws(() => newPlanId(10, 1), /30 to 240/);
  });

  it('says clearly when a phase has no activity', () => {
    assert.throws(() => buildRetroPlan(newPlanId(60, 1), bank.filter((a) => a.phase !== 'close'), english), /no activity for the phase "Close the retro"/);
  });
});
