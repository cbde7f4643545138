// Fetches one calendar address with the global `fetch` (Node 18+ and web workers alike):
// conditional requests (ETag / If-Modified-Since), a timeout, and a cap on the body counted
// while it streams, so a 50 MB answer is cut off instead of read. Never logs the address: the
// caller names it by its host only (core/calendarAddress.ts).

export const FEED_MAX_BYTES = 25 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 20_000;

export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export type FeedAnswer =
  | { kind: 'body'; text: string; validators: FeedValidators }
  | { kind: 'not-modified' }
  | { kind: 'failed'; reason: string };

export interface FeedOptions {
  timeoutMs: number;
  maxBytes: number;
}

/** One GET of `url`, with the cached validators. Never throws. */
export async function fetchFeed(url: URL, cached: FeedValidators | undefined, options: FeedOptions): Promise<FeedAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'text/calendar, text/plain;q=0.9, */*;q=0.5' };
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
    const response = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' });
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'failed', reason: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'failed', reason: tooLarge(options.maxBytes) };
    }
    const text = await readCapped(response, options.maxBytes);
    if (text === undefined) return { kind: 'failed', reason: tooLarge(options.maxBytes) };
    const validators: FeedValidators = {};
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (etag) validators.etag = etag;
    if (lastModified) validators.lastModified = lastModified;
    return { kind: 'body', text, validators };
  } catch (e) {
    if (controller.signal.aborted) return { kind: 'failed', reason: `no answer within ${Math.round(options.timeoutMs / 1000)} s` };
    // A browser refuses a cross-origin answer without CORS headers with a bare TypeError.
    return { kind: 'failed', reason: `it could not be fetched (${e instanceof Error ? e.name : 'error'}; in VS Code for the Web the browser may refuse addresses of other sites)` };
  } finally {
    clearTimeout(timer);
  }
}

const tooLarge = (max: number) => `the answer is larger than ${Math.round(max / (1024 * 1024))} MB`;

/** The body as text, or undefined once it passes `max` bytes (the rest is not read). */
async function readCapped(response: Response, max: number): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
