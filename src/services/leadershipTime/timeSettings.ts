import * as vscode from 'vscode';
import { readReminderConfig, readTargetConfig, type ReminderConfig, type TargetConfig } from '../../core/scheduleValidation';
import { DisposableStore } from '../../platform/disposableStore';
import type { SettingsStore } from '../../platform/settingsStore';
import type { SettingKey } from '../../shared/settings';

const KEYS: readonly SettingKey[] = ['reminders.enabled', 'reminders.schedule', 'reminders.quietHours', 'weeklyRhythm', 'leadershipTime.targetPercent', 'leadershipTime.weeklyHours', 'statusBar.enabled'];

interface Snapshot {
  reminders: ReminderConfig;
  target: TargetConfig;
  statusBar: boolean;
  problems: string[];
}

/**
 * The leadership-time and reminder settings, validated. Each problem goes to the output
 * channel and, when the set of problems changes, one warning names the first and counts the
 * rest; the valid parts keep working.
 */
export class TimeSettings implements vscode.Disposable {
  private snapshot: Snapshot | undefined;
  private reported = '';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly store = new DisposableStore();

  constructor(private readonly settings: SettingsStore, private readonly log: vscode.LogOutputChannel) {
    this.store.add(this.changed);
    this.store.add(settings.onDidChange(KEYS, () => {
      this.snapshot = undefined;
      this.report();
      this.changed.fire();
    }));
  }

  reminders(): ReminderConfig {
    return this.read().reminders;
  }
  target(): TargetConfig {
    return this.read().target;
  }
  statusBarEnabled(): boolean {
    return this.read().statusBar;
  }
  problems(): string[] {
    return this.read().problems;
  }

  /** Logs the current problems and warns once if they differ from the last ones reported. */
  report(): void {
    const problems = this.problems();
    const key = problems.join('\n');
    if (key === this.reported) return;
    this.reported = key;
    if (problems.length === 0) return;
    for (const p of problems) this.log.warn(`Settings: ${p}`);
    const openSettings = vscode.l10n.t('Open Settings');
    const showOutput = vscode.l10n.t('Show Output');
    const message = problems.length > 1
      ? vscode.l10n.t('Leadership Prompts: a setting could not be used (and {0} more). {1} The rest keeps working; details are in the output channel.', problems.length - 1, problems[0])
      : vscode.l10n.t('Leadership Prompts: a setting could not be used. {0} The rest keeps working; details are in the output channel.', problems[0]);
    void vscode.window.showWarningMessage(message, openSettings, showOutput).then((choice) => {
      if (choice === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', 'leadershipPrompts');
      if (choice === showOutput) this.log.show(true);
    });
  }

  private read(): Snapshot {
    if (this.snapshot) return this.snapshot;
    const s = this.settings;
    // Read raw: these are validated here, so a bad value is named to the user, not replaced silently.
    const reminders = readReminderConfig({ enabled: s.raw('reminders.enabled'), schedule: s.raw('reminders.schedule'), quietHours: s.raw('reminders.quietHours'), weeklyRhythm: s.raw('weeklyRhythm') }, vscode.l10n);
    const target = readTargetConfig(s.raw('leadershipTime.targetPercent'), s.raw('leadershipTime.weeklyHours'), vscode.l10n);
    this.snapshot = { reminders: reminders.config, target: target.config, statusBar: s.get('statusBar.enabled'), problems: [...target.problems, ...reminders.problems] };
    return this.snapshot;
  }

  dispose(): void {
    this.store.dispose();
  }
}
