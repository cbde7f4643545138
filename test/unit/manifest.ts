// package.json as VS Code reads it in English: every "%key%" replaced from package.nls.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');

export function readJson<T>(...path: string[]): T {
  return JSON.parse(readFileSync(join(ROOT, ...path), 'utf8')) as T;
}

/** Replaces each string that is exactly "%key%" with messages[key], anywhere in `value`, as VS Code does. */
export function localizeManifest<T>(value: T, messages: Record<string, string>): T {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    return (m && m[1] in messages ? messages[m[1]] : value) as T;
  }
  if (Array.isArray(value)) return value.map((v) => localizeManifest(v, messages)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localizeManifest(v, messages)])) as T;
  }
  return value;
}

/** The manifest with its English words in place. */
export function englishManifest<T>(): T {
  return localizeManifest(readJson<T>('package.json'), readJson<Record<string, string>>('package.nls.json'));
}
