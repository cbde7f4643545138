import { RETRO_PHASES, type RetroActivity, type RetroPhase } from '../shared/contentTypes';
import type { Localizer } from '../shared/localizer';
import { seededRandom } from './seededRandom';

export const RETRO_MINUTES = { min: 30, max: 240, default: 60 } as const;

export function phaseTitle(phase: RetroPhase, l10n: Localizer): string {
  switch (phase) {
    case 'set-the-stage': return l10n.t('Set the stage');
    case 'gather-data': return l10n.t('Gather data');
    case 'generate-insights': return l10n.t('Generate insights');
    case 'decide-what-to-do': return l10n.t('Decide what to do');
    case 'close': return l10n.t('Close the retro');
  }
}

// The usual share of a retro each phase gets (Derby and Larsen): an activity far longer than
// its phase's share is left out of short retros.
const PHASE_SHARE: Record<RetroPhase, number> = {
  'set-the-stage': 0.1, 'gather-data': 0.3, 'generate-insights': 0.25, 'decide-what-to-do': 0.25, close: 0.1,
};

const SEED_SPACE = 36 ** 6;
const PLAN_ID = /^(\d{2,3})m-([0-9a-z]{6})$/;

export interface PlannedPhase {
  phase: RetroPhase;
  title: string;
  activity: RetroActivity;
  /** Minutes from the start of the retro. */
  start: number;
  minutes: number;
}

export interface RetroPlan {
  id: string;
  minutes: number;
  phases: PlannedPhase[];
}

function isRetroLength(minutes: unknown): boolean {
  return Number.isInteger(minutes) && (minutes as number) >= RETRO_MINUTES.min && (minutes as number) <= RETRO_MINUTES.max;
}

/** A clear message when `minutes` cannot be a retro length, else undefined. */
export function checkRetroMinutes(minutes: unknown, l10n: Localizer): string | undefined {
  return isRetroLength(minutes)
    ? undefined
    : l10n.t('The retro length must be a whole number of minutes from {0} to {1} (five phases need at least half an hour); got {2}.', RETRO_MINUTES.min, RETRO_MINUTES.max, String(JSON.stringify(minutes)));
}

/**
 * A plan id holds everything the plan is built from: its length and a seed, e.g. `60m-k3f9a2`.
 * `seed` is any number; it is folded into the six base-36 digits of the id.
 */
export function newPlanId(minutes: number, seed: number): string {
  // Callers check the length with checkRetroMinutes first (and word the message); this guards the format.
  if (!isRetroLength(minutes)) throw new Error(`A retro plan is ${RETRO_MINUTES.min} to ${RETRO_MINUTES.max} minutes long; got ${minutes}.`);
  const digits = (Math.abs(Math.floor(seed)) % SEED_SPACE).toString(36).padStart(6, '0');
  return `${minutes}m-${digits}`;
}

/** The length and seed of a plan id, or a clear error. Case and surrounding spaces do not matter. */
export function parsePlanId(id: string, l10n: Localizer): { minutes: number; seed: number } {
  const m = PLAN_ID.exec(id.trim().toLowerCase());
  const minutes = m ? Number(m[1]) : NaN;
  if (!m || !isRetroLength(minutes)) {
    throw new Error(l10n.t('"{0}" is not a retro plan ID. A plan ID looks like 60m-k3f9a2: the length in minutes ({1}–{2}), "m-", then six letters or digits, as written on the "Plan ID:" line of a plan.', id.slice(0, 40), RETRO_MINUTES.min, RETRO_MINUTES.max));
  }
  return { minutes, seed: parseInt(m[2], 36) };
}

/**
 * The five-phase plan of a plan id: one activity per phase from the bank, with time boxes
 * that add up to the length. Deterministic: the same id and the same bank give the same plan,
 * whatever order the bank was loaded in.
 */
export function buildRetroPlan(id: string, activities: readonly RetroActivity[], l10n: Localizer): RetroPlan {
  const { minutes, seed } = parsePlanId(id, l10n);
  const random = seededRandom(seed);
  const chosen = RETRO_PHASES.map((phase) => {
    const inPhase = activities.filter((a) => a.phase === phase).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (inPhase.length === 0) throw new Error(l10n.t('The retro activity bank has no activity for the phase "{0}", so a five-phase plan cannot be built.', phaseTitle(phase, l10n)));
    const budget = PHASE_SHARE[phase] * minutes * 1.5;
    const shortest = Math.min(...inPhase.map((a) => a.minutes));
    const fitting = inPhase.filter((a) => a.minutes <= Math.max(budget, shortest));
    return fitting[Math.floor(random() * fitting.length)];
  });
  const boxes = timeBoxes(chosen.map((a) => a.minutes), minutes);
  let start = 0;
  const phases = chosen.map((activity, i) => {
    const planned = { phase: RETRO_PHASES[i], title: phaseTitle(RETRO_PHASES[i], l10n), activity, start, minutes: boxes[i] };
    start += boxes[i];
    return planned;
  });
  return { id: newPlanId(minutes, seed), minutes, phases };
}

/**
 * Shares `total` minutes out in proportion to `weights` (each activity's usual length), in
 * 5-minute steps when the total allows it, adding up exactly: whole steps first, the steps
 * left over to the largest remainders, then at least one step for every phase.
 */
export function timeBoxes(weights: readonly number[], total: number): number[] {
  const step = total % 5 === 0 && total / 5 >= weights.length ? 5 : 1;
  const units = total / step;
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const raw = weights.map((w) => (w / sum) * units);
  const out = raw.map((r) => Math.floor(r));
  const byRemainder = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = units - out.reduce((a, b) => a + b, 0);
  for (let k = 0; left > 0; k = (k + 1) % out.length, left--) out[byRemainder[k].i]++;
  for (let i = 0; i < out.length; i++) {
    if (out[i] > 0) continue;
    out[out.indexOf(Math.max(...out))]--;
    out[i]++;
  }
  return out.map((u) => u * step);
}

/**
 * The plan as Markdown: the `Plan ID:` line, then each phase with its time box, activity and
 * steps. The `Plan ID:` line stays in English in every language: it is the plan's public name
 * (CONTRACT.md), and `newRetro({ planId })` is documented against it.
 */
export function renderRetroPlan(plan: RetroPlan, l10n: Localizer): string {
  const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
  const lines = [
    `Plan ID: ${plan.id}`,
    '',
    l10n.t('{0} minutes in five phases. Run the same plan again with this plan ID.', plan.minutes),
  ];
  plan.phases.forEach((p, i) => {
    lines.push(
      '',
      `### ${i + 1}. ${l10n.t('{0} — {1} min ({2}–{3})', p.title, p.minutes, clock(p.start), clock(p.start + p.minutes))}`,
      `**${p.activity.title}.** ${p.activity.summary}`,
      '',
      ...p.activity.steps.map((s, n) => `${n + 1}. ${s}`),
    );
  });
  return lines.join('\n');
}
