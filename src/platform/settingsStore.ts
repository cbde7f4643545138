import type * as vscode from 'vscode';
import { ConfigurationTarget, workspace } from 'vscode';
import { SETTINGS_SECTION, type SettingKey, type Settings } from '../shared/settings';

/** Typed access to the extension's settings. */
export class SettingsStore {
  get<K extends SettingKey>(key: K): Settings[K] {
    return workspace.getConfiguration(SETTINGS_SECTION).get<Settings[K]>(key) as Settings[K];
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
