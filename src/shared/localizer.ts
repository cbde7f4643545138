// The port through which code without 'vscode' (core/, shared/, the pages the extension
// renders) words what it shows. The extension passes `vscode.l10n`, whose `t` looks the message
// up in l10n/bundle.l10n.<language>.json; tests, the build and the benchmarks pass `english`.
// Callers name their Localizer `l10n` and call `l10n.t('…')` with a literal message, so
// `npx @vscode/l10n-dev export` finds every message (see README, Localisation).

export type MessageArg = string | number | boolean;

export interface Localizer {
  t(message: string, ...args: MessageArg[]): string;
  /** `comment` tells translators what a terse message means; it becomes part of the key. */
  t(options: { message: string; args?: MessageArg[]; comment: string | string[] }): string;
}

/**
 * `{0}`, `{1}` … replaced by the arguments exactly as vscode.l10n.t does it (VS Code's format2):
 * any `{…}` naming an argument is replaced, anything else stays. So a message never puts a
 * placeholder right inside other braces (`{{{0}}}` does not work there): pass `{{name}}` as an argument.
 */
export function formatMessage(message: string, args: readonly MessageArg[]): string {
  if (args.length === 0) return message;
  return message.replace(/\{([^}]+)\}/g, (whole, key: string) => (/^\d+$/.test(key) && Number(key) < args.length ? String(args[Number(key)]) : whole));
}

/** The messages as written in the code: English. */
export const english: Localizer = {
  t(first: string | { message: string; args?: MessageArg[] }, ...args: MessageArg[]): string {
    return typeof first === 'string' ? formatMessage(first, args) : formatMessage(first.message, first.args ?? []);
  },
};
