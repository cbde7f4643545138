import * as vscode from 'vscode';
import { l10n } from 'vscode';
import { DAY_KEYS } from '../../core/calendar';
import { dayName } from '../../core/dateWords';
import { meetingOfferText } from '../../core/meetingPrompts';
import { nextNudge } from '../../core/reminderScheduler';
import { blockEnd } from '../../core/timeLedger';
import { formatCountdown, formatMinutes } from '../../core/timeOfDay';
import type { CommandId } from '../../shared/ids';
import type { RhythmDay } from '../../shared/settings';
import type { LeadershipTime } from '../../services/leadershipTime/leadershipTimeService';
import { whenText } from '../../core/weekSummary';
import { DisposableStore } from '../../platform/disposableStore';
import { escapeMarkdown } from '../../core/plainText';

/** Counts the meeting on offer (registered by the calendar feature). */
const COUNT_MEETING = 'leadershipPrompts._countMeeting' satisfies CommandId;

/** The tooltip's line on today's rhythm, one whole sentence per kind of day. */
function todayLine(day: string, rhythm: RhythmDay): string {
  switch (rhythm) {
    case 'manage': return l10n.t('Today ({0}) is a **manage** day (execution, process).', day);
    case 'lead': return l10n.t('Today ({0}) is a **lead** day (vision, coaching, team health).', day);
    case 'off': return l10n.t('Today ({0}) is an **off** day.', day);
  }
}

/**
 * The status-bar companion: this week's leadership time against the target, or a running
 * block's countdown. Ticks every second only while a block runs; otherwise it is refreshed by
 * changes and by the reminder scheduler's minute tick.
 */
export class LeadershipStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('leadershipPrompts.leadershipTime', vscode.StatusBarAlignment.Left, 50);
  private countdown: ReturnType<typeof setInterval> | undefined;
  private readonly disposables = new DisposableStore();

  constructor(
    private readonly time: LeadershipTime,
    private readonly suggestion: () => { id: string; title: string; reason: string } | undefined = () => undefined,
    /** Markdown lines about the calendar (the next 1:1 per person), when one is set. */
    private readonly calendarLines: () => string[] = () => [],
  ) {
    this.item.name = l10n.t('Leadership Time');
    this.item.command = 'leadershipPrompts._leadershipTimeMenu' satisfies CommandId;
    this.disposables.addAll(this.item, time.onDidChange(() => this.update()), time.onDidChangeOffer(() => this.update()), time.settings.onDidChange(() => this.update()));
    // The first update() comes from register.ts, in the turn after activation.
  }

  /** The text shown now (for tests and bug reports). */
  text(): string {
    return this.item.text;
  }

  /** The tooltip's Markdown now (for tests and bug reports). */
  tooltipText(): string {
    const t = this.item.tooltip;
    return typeof t === 'string' ? t : t?.value ?? '';
  }

  update(): void {
    if (!this.time.settings.statusBarEnabled()) {
      this.stopCountdown();
      this.item.hide();
      return;
    }
    const now = this.time.now();
    const block = this.time.runningBlock();
    const { weekMinutes, targetMinutes } = this.time.reading();
    const done = formatMinutes(weekMinutes, l10n);
    const target = formatMinutes(targetMinutes, l10n);
    const week = targetMinutes > 0 ? `${done} / ${target}` : done;
    // An ended calendar meeting waiting to be counted rides on this one item (never a second one).
    const offer = this.time.meetingOffer();
    const offerText = offer ? meetingOfferText(offer, l10n) : undefined;
    let text: string;
    let label: string;
    if (block) {
      const left = formatCountdown(blockEnd(block) - now);
      text = `$(watch) ${left}`;
      label = block.focus
        ? l10n.t('Leadership block running, {0} left, focus {1}. Open leadership time options.', left, block.focus)
        : l10n.t('Leadership block running, {0} left. Open leadership time options.', left);
      this.countdown ??= setInterval(() => this.update(), 1000);
    } else {
      this.stopCountdown();
      text = `$(compass) ${week}`;
      label = targetMinutes > 0
        ? l10n.t('Leadership time this week: {0} of {1}. Open leadership time options.', done, target)
        : l10n.t('Leadership time this week: {0}. Open leadership time options.', done);
    }
    this.item.text = offerText ? `${text} $(calendar) ${offerText.action}` : text;
    this.item.accessibilityInformation = { label: offerText ? `${label} ${offerText.sentence}` : label, role: 'button' };
    this.item.tooltip = this.tooltip(now, week, block, offerText?.sentence);
    this.item.show();
  }

  private tooltip(now: number, week: string, block: ReturnType<LeadershipTime['runningBlock']>, offer: string | undefined): vscode.MarkdownString {
    const config = this.time.settings.reminders();
    const day = new Date(now);
    const lines = [l10n.t('**Leadership time this week:** {0}', week)];
    if (offer) lines.push(`$(calendar) [${escapeMarkdown(offer)}](command:${COUNT_MEETING}) ${l10n.t('(click to log it)')}`);
    if (block) {
      const until = whenText(blockEnd(block), l10n, now);
      lines.push(block.focus ? l10n.t('**Block running** until {0} — {1}', until, escapeMarkdown(block.focus)) : l10n.t('**Block running** until {0}', until));
    }
    lines.push(todayLine(dayName(DAY_KEYS[day.getDay()], l10n), config.rhythm[DAY_KEYS[day.getDay()]]));
    const snoozed = this.time.snoozedUntil();
    const next = nextNudge(now, config, this.time.store.reminders());
    if (!config.enabled) lines.push(l10n.t('Reminders are off.'));
    else if (snoozed) {
      const until = whenText(snoozed, l10n, now);
      lines.push(next ? l10n.t('Reminders snoozed until {0}. Next nudge: {1}.', until, whenText(next.at, l10n, now)) : l10n.t('Reminders snoozed until {0}.', until));
    } else lines.push(next ? l10n.t('Next nudge: {0} — {1}', whenText(next.at, l10n, now), escapeMarkdown(next.slot.message)) : l10n.t('No nudge scheduled.'));
    lines.push(...this.calendarLines());
    const tip = this.suggestion();
    if (tip) {
      const link = `[${escapeMarkdown(tip.title)}](command:leadershipPrompts.showTip?${encodeURIComponent(JSON.stringify({ id: tip.id }))})`;
      lines.push(tip.reason ? l10n.t('**For you now:** {0} — {1}', link, escapeMarkdown(tip.reason)) : l10n.t('**For you now:** {0}', link));
    }
    const md = new vscode.MarkdownString(`${lines.join('\n\n')}\n\n---\n\n${l10n.t('Click to start a block, log time, snooze or see the week.')}`);
    md.supportThemeIcons = true;
    md.isTrusted = { enabledCommands: ['leadershipPrompts.showTip', COUNT_MEETING] };
    return md;
  }

  private stopCountdown(): void {
    if (this.countdown !== undefined) clearInterval(this.countdown);
    this.countdown = undefined;
  }

  dispose(): void {
    this.stopCountdown();
    this.disposables.dispose();
  }
}
