import type * as vscode from 'vscode';

/**
 * Reads a stored value through a validator. A value that fails it (corrupt, wrong type, a
 * future format) is kept aside under `<key>.unreadable` for inspection, the key is reset to
 * the fallback, and a warning is logged: never a crash.
 */
export function readStored<T>(memento: vscode.Memento, key: string, validate: (x: unknown) => T | undefined, fallback: T, log?: vscode.LogOutputChannel): T {
  const raw = memento.get<unknown>(key);
  if (raw === undefined) return fallback;
  const value = validate(raw);
  if (value !== undefined) return value;
  log?.warn(`Stored value "${key}" could not be read; it was kept aside as "${key}.unreadable" and reset.`);
  void memento.update(`${key}.unreadable`, raw);
  void memento.update(key, undefined);
  return fallback;
}
