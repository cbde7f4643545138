import type * as vscode from 'vscode';
import type { Reading } from '../core/storedMarks';

/**
 * Reads a stored value through a validator. A value that fails it (corrupt, wrong type, a
 * future format) is kept aside under `<key>.unreadable` for inspection, the key is reset to
 * the fallback, and a warning is logged: never a crash.
 */
export function readStored<T>(memento: vscode.Memento, key: string, validate: (x: unknown) => T | undefined, fallback: T, log?: vscode.LogOutputChannel): T {
  return readStoredPartly(memento, key, (x) => {
    const value = validate(x);
    return value === undefined ? undefined : { value, complete: true };
  }, fallback, log);
}

/**
 * Like readStored, for values that can be partly read (a list with a few bad entries): what
 * can be read is kept and written back, and the original is kept aside as with readStored.
 */
export function readStoredPartly<T>(memento: vscode.Memento, key: string, read: (x: unknown) => Reading<T> | undefined, fallback: T, log?: vscode.LogOutputChannel): T {
  const raw = memento.get<unknown>(key);
  if (raw === undefined) return fallback;
  let reading: Reading<T> | undefined;
  try {
    reading = read(raw);
  } catch {
    reading = undefined;
  }
  if (reading?.complete) return reading.value;
  const kept = reading ? 'what could be read was kept' : 'it was reset';
  log?.warn(`Stored value "${key}" could not be read in full; the original was kept aside as "${key}.unreadable" and ${kept}.`);
  void memento.update(`${key}.unreadable`, raw);
  void memento.update(key, reading ? reading.value : undefined);
  return reading ? reading.value : fallback;
}
