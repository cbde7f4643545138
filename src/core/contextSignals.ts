import type { Localizer } from '../shared/localizer';
import type { Situation } from './contextRanking';
import { formatMinutes } from './timeOfDay';

// ---- Git activity: the trap of authority shows up as a leader authoring most of the team's commits.

export interface CommitInfo {
  authorEmail?: string;
  authorName?: string;
  authorDate?: Date;
}

export interface CommitShare {
  repository: string;
  mine: number;
  total: number;
  authors: number;
}

export function commitShare(repository: string, commits: readonly CommitInfo[], me: { email?: string; name?: string }, since: Date): CommitShare {
  const recent = commits.filter((c) => c.authorDate && c.authorDate >= since);
  const who = (c: CommitInfo) => (c.authorEmail ?? c.authorName ?? '').toLowerCase();
  const isMe = (c: CommitInfo) => (!!me.email && c.authorEmail?.toLowerCase() === me.email.toLowerCase()) || (!me.email && !!me.name && c.authorName === me.name);
  return { repository, mine: recent.filter(isMe).length, total: recent.length, authors: new Set(recent.map(who)).size };
}

/** A team repository (two or more authors this week, five commits or more) where you wrote half or more. */
export function commitSituation(shares: readonly CommitShare[], l10n: Localizer): Situation | undefined {
  const heavy = shares
    .filter((s) => s.total >= 5 && s.authors >= 2 && s.mine / s.total >= 0.5)
    .sort((a, b) => b.mine / b.total - a.mine / a.total)[0];
  if (!heavy) return undefined;
  return { context: 'commit-heavy', reason: l10n.t("you wrote {0} % of this week's commits in {1}", Math.round((heavy.mine / heavy.total) * 100), heavy.repository), weight: 1.2 };
}

// ---- 1:1 cadence: the People view's overdue people (core/people.ts) worded as a situation.

export function describeGap(days: number, l10n: Localizer): string {
  if (days >= 14) return l10n.t('{0} weeks', Math.floor(days / 7));
  return days === 1 ? l10n.t('1 day') : l10n.t('{0} days', days);
}

export function oneOnOneSituation(overdue: readonly { name: string; days: number }[], l10n: Localizer): Situation | undefined {
  const first = overdue[0];
  return first ? { context: 'overdue-one-on-one', reason: l10n.t('no 1:1 with {0} for {1}', first.name, describeGap(first.days, l10n)) } : undefined;
}

// ---- Leadership time: behind the week's target, from midweek on.

/**
 * Behind when, with at least half the working days gone, less than half of the pro-rata share
 * of the target is done: gentle, and silent early in the week when nothing could be expected.
 */
export function timeSituation(reading: { weekMinutes: number; targetMinutes: number }, workdaysDone: number, workdays: number, l10n: Localizer): Situation | undefined {
  if (reading.targetMinutes <= 0 || workdays <= 0 || workdaysDone / workdays < 0.5) return undefined;
  const expected = reading.targetMinutes * (workdaysDone / workdays);
  if (reading.weekMinutes >= expected * 0.5) return undefined;
  return { context: 'behind-on-time', reason: l10n.t('{0} of your {1} leadership target so far this week', formatMinutes(reading.weekMinutes, l10n), formatMinutes(reading.targetMinutes, l10n)) };
}
