import type { Role, Tip, TipContext } from '../shared/contentTypes';
import type { Localizer } from '../shared/localizer';
import type { RhythmDay } from '../shared/settings';
import { editingReason, type DocumentKind } from './documentKind';

/** A signal about the moment, with the plain words that explain it to the user. */
export interface Situation {
  context: TipContext;
  reason: string;
  /** How strongly it should pull; 1 is a normal signal. */
  weight?: number;
  /** Tips with one of these tags are pulled harder still (a first 1:1 → the getting-to-know-you tips). */
  tags?: string[];
}

export interface LeadershipContext {
  date: string;
  /** Today's name in the user's language ("Thursday"), for the reasons. */
  dayName: string;
  rhythm: RhythmDay;
  role: Role;
  documentKind?: DocumentKind;
  situations: Situation[];
}

export interface RankedTip {
  tip: Tip;
  score: number;
  reasons: string[];
}

function roleReason(role: Role, l10n: Localizer): string {
  switch (role) {
    case 'new-manager': return l10n.t('for new managers');
    case 'engineering-manager': return l10n.t('for engineering managers');
    case 'tech-lead': return l10n.t('for tech leads');
    case 'staff-engineer': return l10n.t('for staff engineers');
    case 'manager-of-managers': return l10n.t('for managers of managers');
  }
}

/**
 * Ranks tips for this moment: the document open weighs most, then the week's situations
 * (an overdue 1:1, a commit-heavy week), then today's rhythm day and the role. Each pick says
 * why. A small daily rotation breaks ties, so the list is stable within a day and varies
 * across days; at most one tip per category, and one leading reason for at most two picks,
 * keep the top varied. `l10n` words the reasons.
 */
export function rankTips(tips: readonly Tip[], ctx: LeadershipContext, limit: number, l10n: Localizer): RankedTip[] {
  const ranked: RankedTip[] = [];
  for (const tip of tips) {
    if (tip.roles.length > 0 && !tip.roles.includes(ctx.role)) continue;
    let score = 0;
    const reasons: string[] = [];
    if (ctx.documentKind && tip.contexts.includes(ctx.documentKind)) {
      score += 6;
      reasons.push(editingReason(ctx.documentKind, l10n));
    }
    for (const s of ctx.situations) {
      if (tip.contexts.includes(s.context)) {
        score += 5 * (s.weight ?? 1);
        if (s.tags?.some((t) => tip.tags.includes(t))) score += 4 * (s.weight ?? 1);
        reasons.push(s.reason);
      }
    }
    if (ctx.rhythm !== 'off') {
      const dayContext: TipContext = ctx.rhythm === 'lead' ? 'lead-day' : 'manage-day';
      const fitsDay = tip.contexts.includes(dayContext) || tip.mode === ctx.rhythm;
      if (fitsDay) {
        score += tip.contexts.includes(dayContext) ? 2.5 : 2;
        reasons.push(ctx.rhythm === 'lead' ? l10n.t('{0} is a lead day', ctx.dayName) : l10n.t('{0} is a manage day', ctx.dayName));
      } else if (tip.mode === 'both') score += 1;
    }
    if (tip.roles.includes(ctx.role)) {
      score += 1.5;
      reasons.push(roleReason(ctx.role, l10n));
    }
    score += rotation(ctx.date, tip.id);
    ranked.push({ tip, score, reasons });
  }
  ranked.sort((a, b) => b.score - a.score);
  const picked: RankedTip[] = [];
  const categories = new Set<string>();
  const leadReasons = new Map<string, number>();
  for (const r of ranked) {
    if (picked.length >= limit) break;
    const plenty = ranked.length > limit * 3;
    if (categories.has(r.tip.category) && plenty) continue;
    // One reason may lead at most two picks, so the list says more than one thing about the moment.
    const lead = r.reasons[0] ?? '';
    if (lead && (leadReasons.get(lead) ?? 0) >= 2 && plenty) continue;
    leadReasons.set(lead, (leadReasons.get(lead) ?? 0) + 1);
    categories.add(r.tip.category);
    picked.push({ ...r, reasons: r.reasons.length ? r.reasons : [l10n.t('something to read today')] });
  }
  return picked;
}

/** A deterministic value in [0, 1) from the date and the tip: today's tie-breaker. */
function rotation(date: string, id: string): number {
  let h = 2166136261;
  const s = `${date}|${id}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return (h % 1000) / 1000;
}
