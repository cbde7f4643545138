import type { Situation } from './contextRanking';

const DAY = 86_400_000;

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
export function commitSituation(shares: readonly CommitShare[]): Situation | undefined {
  const heavy = shares
    .filter((s) => s.total >= 5 && s.authors >= 2 && s.mine / s.total >= 0.5)
    .sort((a, b) => b.mine / b.total - a.mine / a.total)[0];
  if (!heavy) return undefined;
  return { context: 'commit-heavy', reason: `you wrote ${Math.round((heavy.mine / heavy.total) * 100)} % of this week's commits in ${heavy.repository}`, weight: 1.2 };
}

// ---- 1:1 cadence: days since the last 1:1 with each person, from the notes folder.

export interface OneOnOneHistory {
  slug: string;
  /** The most recent 1:1 date (YYYY-MM-DD). */
  last: string;
}

export function personName(slug: string): string {
  return slug.split('-').filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

export function describeGap(days: number): string {
  if (days >= 14) return `${Math.floor(days / 7)} weeks`;
  return `${days} days`;
}

/** People whose last 1:1 is at least `thresholdDays` old, most overdue first. */
export function overdueOneOnOnes(history: readonly OneOnOneHistory[], today: Date, thresholdDays = 14): { slug: string; name: string; days: number }[] {
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  return history
    .map((h) => {
      const [y, m, d] = h.last.split('-').map(Number);
      return { slug: h.slug, name: personName(h.slug), days: Math.round((midnight - new Date(y, m - 1, d).getTime()) / DAY) };
    })
    .filter((p) => p.days >= thresholdDays)
    .sort((a, b) => b.days - a.days);
}

export function oneOnOneSituation(overdue: readonly { name: string; days: number }[]): Situation | undefined {
  const first = overdue[0];
  return first ? { context: 'overdue-one-on-one', reason: `no 1:1 with ${first.name} for ${describeGap(first.days)}` } : undefined;
}

// ---- Leadership time: behind the week's target, from midweek on.

/**
 * Behind when, with at least half the working days gone, less than half of the pro-rata share
 * of the target is done: gentle, and silent early in the week when nothing could be expected.
 */
export function timeSituation(reading: { weekMinutes: number; targetMinutes: number }, workdaysDone: number, workdays: number): Situation | undefined {
  if (reading.targetMinutes <= 0 || workdays <= 0 || workdaysDone / workdays < 0.5) return undefined;
  const expected = reading.targetMinutes * (workdaysDone / workdays);
  if (reading.weekMinutes >= expected * 0.5) return undefined;
  const h = (m: number) => (m >= 60 ? `${Math.floor(m / 60)}h${m % 60 ? ` ${m % 60}m` : ''}` : `${m}m`);
  return { context: 'behind-on-time', reason: `${h(reading.weekMinutes)} of your ${h(reading.targetMinutes)} leadership target so far this week` };
}
