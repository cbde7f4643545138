import * as vscode from 'vscode';
import { DAY_KEYS } from '../../core/calendar';
import { nextNudge } from '../../core/reminderScheduler';
import { blockEnd } from '../../core/timeLedger';
import { formatCountdown, formatMinutes } from '../../core/timeOfDay';
import type { LeadershipTime } from './leadershipTimeService';
import { whenText } from '../../core/weekSummary';

export const MENU_COMMAND = 'leadershipPrompts._leadershipTimeMenu';
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const RHYTHM_TEXT = { manage: 'a **manage** day (execution, process)', lead: 'a **lead** day (vision, coaching, team health)', off: 'an **off** day' };

/**
 * The status-bar companion: this week's leadership time against the target, or a running
 * block's countdown. Ticks every second only while a block runs; otherwise it is refreshed by
 * changes and by the reminder scheduler's minute tick.
 */
export class LeadershipStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('leadershipPrompts.leadershipTime', vscode.StatusBarAlignment.Left, 50);
  private countdown: ReturnType<typeof setInterval> | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly time: LeadershipTime, private readonly suggestion: () => { id: string; title: string; reason: string } | undefined = () => undefined) {
    this.item.name = 'Leadership Time';
    this.item.command = MENU_COMMAND;
    this.disposables = [this.item, time.onDidChange(() => this.update()), time.settings.onDidChange(() => this.update())];
    // The first update() comes from registerLeadershipTime, just after activation returns.
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
    const week = targetMinutes > 0 ? `${formatMinutes(weekMinutes)} / ${formatMinutes(targetMinutes)}` : formatMinutes(weekMinutes);
    if (block) {
      const left = formatCountdown(blockEnd(block) - now);
      this.item.text = `$(watch) ${left}`;
      this.item.accessibilityInformation = { label: `Leadership block running, ${left} left${block.focus ? `, focus ${block.focus}` : ''}. Open leadership time options.`, role: 'button' };
      this.countdown ??= setInterval(() => this.update(), 1000);
    } else {
      this.stopCountdown();
      this.item.text = `$(compass) ${week}`;
      this.item.accessibilityInformation = { label: `Leadership time this week: ${week.replace(' / ', ' of ')}. Open leadership time options.`, role: 'button' };
    }
    this.item.tooltip = this.tooltip(now, week, block);
    this.item.show();
  }

  private tooltip(now: number, week: string, block: ReturnType<LeadershipTime['runningBlock']>): vscode.MarkdownString {
    const config = this.time.settings.reminders();
    const day = new Date(now);
    const lines = [`**Leadership time this week:** ${week}`];
    if (block) lines.push(`**Block running** until ${whenText(blockEnd(block), now)}${block.focus ? ` — ${escape(block.focus)}` : ''}`);
    lines.push(`Today (${DAY_NAMES[day.getDay()]}) is ${RHYTHM_TEXT[config.rhythm[DAY_KEYS[day.getDay()]]]}.`);
    const snoozed = this.time.snoozedUntil();
    const next = nextNudge(now, config, this.time.store.reminders());
    if (!config.enabled) lines.push('Reminders are off.');
    else if (snoozed) lines.push(`Reminders snoozed until ${whenText(snoozed, now)}.${next ? ` Next nudge: ${whenText(next.at, now)}.` : ''}`);
    else lines.push(next ? `Next nudge: ${whenText(next.at, now)} — ${escape(next.slot.message)}` : 'No nudge scheduled.');
    const tip = this.suggestion();
    if (tip) lines.push(`**For you now:** [${escape(tip.title)}](command:leadershipPrompts.showTip?${encodeURIComponent(JSON.stringify({ id: tip.id }))})${tip.reason ? ` — ${escape(tip.reason)}` : ''}`);
    const md = new vscode.MarkdownString(`${lines.join('\n\n')}\n\n---\n\nClick to start a block, log time, snooze or see the week.`);
    md.supportThemeIcons = true;
    md.isTrusted = { enabledCommands: ['leadershipPrompts.showTip'] };
    return md;
  }

  private stopCountdown(): void {
    if (this.countdown !== undefined) clearInterval(this.countdown);
    this.countdown = undefined;
  }

  dispose(): void {
    this.stopCountdown();
    for (const d of this.disposables) d.dispose();
  }
}

/** Setting values and notes are text, not Markdown. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
}
