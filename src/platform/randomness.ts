// Randomness through the Web Crypto API (`globalThis.crypto`), which Node 20 and web workers
// both have, so the same code runs in either extension host.

/** A fresh nonce for a webview's Content Security Policy (16 random bytes, base64). */
export function nonce(): string {
  return btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(16))));
}

/** A random UUID. */
export function randomId(): string {
  return globalThis.crypto.randomUUID();
}

/** A uniformly random whole number in [0, 2^47). */
export function random47(): number {
  const [high, low] = globalThis.crypto.getRandomValues(new Uint32Array(2));
  return (high % 2 ** 15) * 2 ** 32 + low;
}
