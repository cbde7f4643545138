import type * as vscode from 'vscode';
import { ConfigurationTarget, workspace } from 'vscode';
import { SETTINGS_SECTION, SETTING_DEFAULTS, settingFits, weeklyRhythm, type DayKey, type RhythmDay, type SettingKey, type Settings } from '../shared/settings';

/** Typed access to the extension's settings. */
export class SettingsStore {
  /** The setting, of the type it promises: a value of the wrong kind reads as the default. */
  get<K extends SettingKey>(key: K): Settings[K] {
    const value = this.raw(key);
    return settingFits(key, value) ? value : SETTING_DEFAULTS[key];
  }

  /** The weekly rhythm, every day given: as set where it is manage, lead or off, else the default (shared/settings.ts). */
  rhythm(): Record<DayKey, RhythmDay> {
    return weeklyRhythm(this.raw('weeklyRhythm'));
  }

  /** The setting as written, for code that names what is wrong with it (see core/scheduleValidation.ts). */
  raw(key: SettingKey): unknown {
    return workspace.getConfiguration(SETTINGS_SECTION).get<unknown>(key);
  }

  update<K extends SettingKey>(key: K, value: Settings[K], target = ConfigurationTarget.Global): Thenable<void> {
    return workspace.getConfiguration(SETTINGS_SECTION).update(key, value, target);
  }

  /** Fires when any of `keys` changed. */
  onDidChange(keys: readonly SettingKey[], listener: () => void): vscode.Disposable {
    return workspace.onDidChangeConfiguration((e) => {
      if (keys.some((k) => e.affectsConfiguration(`${SETTINGS_SECTION}.${k}`))) listener();
    });
  }
}
