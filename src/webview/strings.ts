// The view's words, as the extension wrote them into the page (webviewHtml.ts): a JSON data
// block, read once. Any entry missing from it (it cannot be, short of a broken page) falls back
// to English rather than showing "undefined".
import { libraryStrings, type LibraryStrings } from '../shared/libraryStrings';
import { english, formatMessage, type MessageArg } from '../shared/localizer';

function read(): Partial<LibraryStrings> {
  try {
    const parsed: unknown = JSON.parse(document.getElementById('l10n')?.textContent ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<LibraryStrings>) : {};
  } catch {
    return {};
  }
}

export const strings: LibraryStrings = { ...libraryStrings(english), ...read() };

/** An entry with {0}, {1} … filled in. */
export function fill(key: keyof LibraryStrings, ...args: MessageArg[]): string {
  return formatMessage(strings[key], args);
}
