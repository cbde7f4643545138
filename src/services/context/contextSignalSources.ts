import type * as vscode from 'vscode';
import { l10n } from 'vscode';
import { dayKey } from '../../core/calendar';
import { describeGap, oneOnOneSituation, timeSituation } from '../../core/contextSignals';
import { startOfIsoWeek } from '../../core/localDays';
import { recentlyEndedPeriod } from '../../core/reviewPeriods';
import type { SettingsStore } from '../../platform/settingsStore';
import { markWalkthroughStep, roleOrRhythmChosen } from '../../platform/walkthroughProgress';
import { WEEK_DAYS } from '../../shared/settings';
import type { People } from '../people/people';
import type { ContextService } from './contextService';
import { GitActivity } from './gitActivity';

interface Deps {
  context: ContextService;
  people: People;
  settings: SettingsStore;
  log: vscode.LogOutputChannel;
  leadershipTime: () => { weekMinutes: number; targetMinutes: number };
  now?: () => Date;
}

/**
 * The context's signals beyond rhythm, role and document (which ContextService reads itself):
 * each person's 1:1s against their cadence (People), review season for people with notes,
 * this week's leadership time, and commit share from Git.
 * Each signal can be switched off with `leadershipPrompts.context.signals`. Nothing is read
 * until the context is first asked for.
 */
export function addContextSignals({ context, people, settings, log, leadershipTime, now = () => new Date() }: Deps): vscode.Disposable[] {
  const git = new GitActivity(() => startOfIsoWeek(now()), () => context.schedule(), log);
  // Overdue against each person's cadence (their profile's, or the setting), as the People view shows it.
  const overdue = () => (context.enabled('oneOnOnes')
    ? people.rows()
      .filter((r) => !r.archived && r.overdue && r.daysSinceLast !== undefined)
      .map((r) => ({ slug: r.slug, name: r.name, days: r.daysSinceLast! }))
      .sort((a, b) => b.days - a.days)
    : []);
  // Just after a quarter or half-year ends: review preparation for the people with notes in it.
  const reviewSeason = () => {
    if (!context.enabled('oneOnOnes')) return [];
    const period = recentlyEndedPeriod(now(), l10n);
    if (!period) return [];
    return people.rows()
      .filter((r) => !r.archived && r.notes.some((n) => n.date >= period.from && n.date <= period.to))
      .slice(0, 1)
      .map((r) => ({
        id: `review:${period.to}:${r.slug}`,
        text: l10n.t('{0} has ended: prepare a review for {1} from your notes', period.label, r.name),
        actionLabel: l10n.t('Prepare review'),
        command: 'leadershipPrompts.preparePersonReview',
        args: { person: r.slug, from: period.from, to: period.to },
      }));
  };

  context.addSituationSource(() => {
    const out = [];
    const rhythm = settings.rhythm();
    const workdays = WEEK_DAYS.filter((d) => rhythm[d] !== 'off');
    const todayKey = dayKey(now());
    const today = WEEK_DAYS.indexOf(todayKey);
    if (context.enabled('rhythm') && workdays.length > 1) {
      if (todayKey === workdays[0]) out.push({ context: 'start-of-week' as const, reason: l10n.t('the week is starting') });
      if (todayKey === workdays[workdays.length - 1]) out.push({ context: 'end-of-week' as const, reason: l10n.t('the week is ending') });
    }
    const oneOnOne = oneOnOneSituation(overdue(), l10n);
    if (oneOnOne) out.push(oneOnOne);
    if (context.enabled('leadershipTime')) {
      const done = workdays.filter((d) => WEEK_DAYS.indexOf(d) < today).length;
      const behind = timeSituation(leadershipTime(), done, workdays.length, l10n);
      if (behind) out.push(behind);
    }
    if (context.enabled('gitActivity')) {
      const heavy = git.situation();
      if (heavy) out.push(heavy);
    }
    return out;
  });
  context.addPromptSource(() => overdue().slice(0, 2).map((p) => ({
    id: `one-on-one:${p.slug}`,
    text: l10n.t('No 1:1 with {0} for {1}', p.name, describeGap(p.days, l10n)),
    actionLabel: l10n.t('Write agenda'),
    command: 'leadershipPrompts.newOneOnOne',
    args: { person: p.name },
  })).concat(reviewSeason()));
  // In the next turn, as the walkthrough's other steps: activation only registers.
  const walkthrough = setTimeout(() => markWalkthroughStep('roleAndRhythmSet', roleOrRhythmChosen()), 0);
  return [git, { dispose: () => clearTimeout(walkthrough) }, people.onDidChange(() => context.schedule()),
    settings.onDidChange(['role', 'weeklyRhythm'], () => markWalkthroughStep('roleAndRhythmSet', roleOrRhythmChosen()))];
}
