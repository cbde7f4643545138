/**
 * A plain object (not null, not an array): what a setting, a stored value or a message must be
 * before its fields are read.
 */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A value from a setting or an argument as a message quotes it: a string in quotes, anything else as JSON, 40 characters at most. */
export function shownValue(x: unknown): string {
  return typeof x === 'string' ? `"${x.slice(0, 40)}"` : (JSON.stringify(x) ?? String(x)).slice(0, 40);
}
