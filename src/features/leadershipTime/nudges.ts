import * as vscode from 'vscode';
import type { Occurrence } from '../../core/reminderScheduler';
import { snoozeEnd } from '../../core/reminderState';
import { formatMinutes } from '../../core/timeOfDay';
import type { LeadershipTime } from './leadershipTimeService';

const START = 'Start a Block';
const SNOOZE = 'Snooze 1 h';
const NOT_TODAY = 'Not Today';
const SETTINGS = 'Reminder Settings';

export function openReminderSettings(): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openSettings', 'leadershipPrompts.reminders');
}

/**
 * One scheduled nudge: its message, the week so far, and four ways out — start a block, snooze
 * an hour, not today, or the settings (where reminders can be turned off). Settles when the
 * person answers or dismisses it; the chosen action then runs on its own.
 */
export async function showNudge(occurrence: Occurrence, time: LeadershipTime): Promise<void> {
  const { weekMinutes, targetMinutes } = time.reading();
  const week = targetMinutes > 0 ? ` This week so far: ${formatMinutes(weekMinutes)} of ${formatMinutes(targetMinutes)}.` : '';
  const choice = await vscode.window.showInformationMessage(`${occurrence.slot.message}${week}`, START, SNOOZE, NOT_TODAY, SETTINGS);
  switch (choice) {
    case START:
      void vscode.commands.executeCommand('leadershipPrompts.startLeadershipBlock');
      break;
    case SNOOZE:
      await time.snooze(snoozeEnd('hour', time.now()));
      break;
    case NOT_TODAY:
      await time.snooze(snoozeEnd('today', time.now()));
      break;
    case SETTINGS:
      void openReminderSettings();
      break;
  }
}
