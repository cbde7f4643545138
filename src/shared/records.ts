/**
 * A plain object (not null, not an array): what a setting, a stored value or a message must be
 * before its fields are read.
 */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * A value from a setting or an argument as a message quotes it: a string in quotes, anything
 * else as JSON; a string or JSON longer than 40 characters is cut, with "…" to say so.
 */
export function shownValue(x: unknown): string {
  const cut = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
  return typeof x === 'string' ? `"${cut(x)}"` : cut(JSON.stringify(x) ?? String(x));
}
