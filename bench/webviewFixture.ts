// Entry bundled by bench/webviewPaint.mjs: the library view's real HTML (webviewHtml.ts) for a
// stand-in webview, and the 'init' message the extension would answer 'ready' with.
import { initMessage } from '../src/core/libraryMessages';
import type { TipLibrary } from '../src/core/tipLibrary';
import { webviewHtml } from '../src/features/library/webviewHtml';
import { libraryStrings } from '../src/shared/libraryStrings';
import { english } from '../src/shared/localizer';
import type { InitMessage } from '../src/shared/protocol';

interface FakeUri {
  path: string;
  with(change: { path: string }): FakeUri;
  toString(): string;
}

function fakeUri(base: string, path: string): FakeUri {
  return { path, with: (change) => fakeUri(base, change.path), toString: () => `${base}${path}` };
}

/** The HTML the view would be given, with every resource served from `origin` (e.g. http://127.0.0.1:1234). */
export function libraryHtml(origin: string): string {
  const webview = { cspSource: origin, asWebviewUri: (uri: FakeUri) => uri };
  return webviewHtml(webview as never, fakeUri(origin, '') as never, libraryStrings(english), 'en');
}

/** The init message for a Thursday (a lead day), as an engineering manager with no marks. */
export function libraryInit(library: TipLibrary): InitMessage {
  return initMessage(library, { date: '2026-03-12', dayName: 'Thursday', rhythm: 'lead', role: 'engineering-manager', situations: [] }, { favourites: [], tried: [] }, [], english);
}
