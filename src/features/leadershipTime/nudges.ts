import * as vscode from 'vscode';
import { l10n } from 'vscode';
import type { Occurrence } from '../../core/reminderScheduler';
import { snoozeEnd } from '../../core/reminderState';
import { formatMinutes } from '../../core/timeOfDay';
import type { LeadershipTime } from '../../services/leadershipTime/leadershipTimeService';


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
  const week = targetMinutes > 0 ? ` ${l10n.t('This week so far: {0} of {1}.', formatMinutes(weekMinutes, l10n), formatMinutes(targetMinutes, l10n))}` : '';
  const START = l10n.t('Start a Block');
  const SNOOZE = l10n.t('Snooze 1 h');
  const NOT_TODAY = l10n.t('Not Today');
  const SETTINGS = l10n.t('Reminder Settings');
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
