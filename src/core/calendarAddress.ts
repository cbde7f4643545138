// Which calendar addresses the extension fetches, and how they are named in the log. An ICS
// address often carries a secret token in its path or query (Google's "secret address",
// Outlook's published calendars): only the scheme and host are ever written out.

export type AddressCheck = { ok: true; url: URL; label: string } | { ok: false; label: string; reason: 'not-an-address' | 'scheme' };

/** `127.0.0.0/8`, `[::1]` and `localhost`: the only hosts plain `http:` is allowed for. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  if (h === 'localhost' || h === '[::1]' || h === '::1') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return !!m && m.slice(1).every((p) => Number(p) <= 255);
}

/** `https://host` of an address: never its path, query, fragment or user info. */
export function addressLabel(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** Whether the address may be fetched: `https:`, or `http:` on a loopback address. */
export function checkCalendarAddress(text: string): AddressCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, label: 'an address that cannot be read', reason: 'not-an-address' };
  }
  const label = addressLabel(url);
  if (url.protocol === 'https:') return { ok: true, url, label };
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return { ok: true, url, label };
  return { ok: false, label, reason: 'scheme' };
}

/** A short, stable name for a calendar (file path or address) in stored state, without keeping the address itself. */
export function calendarKey(source: string): string {
  // FNV-1a, 32 bits, twice with different seeds: enough to tell a user's few calendars apart.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
