// Small DOM builders for the library view. Text always goes in through textContent; the only
// HTML inserted is a tip body, rendered by markdown-it with raw HTML off at build/load time.

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) continue;
    if (k === 'class') node.className = String(v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) node.append(c);
  return node;
}

export function icon(name: string): HTMLSpanElement {
  return el('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

/**
 * Text with the words that match a search marked. `terms` are indexed terms (a word or its
 * stem), so a word is marked when it starts with one of them.
 */
export function highlighted(text: string, terms: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const wanted = terms.filter((t) => t.length >= 2).map((t) => t.toLowerCase());
  if (wanted.length === 0) {
    fragment.append(text);
    return fragment;
  }
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  let last = 0;
  for (const m of text.matchAll(word)) {
    const w = m[0].toLowerCase();
    if (!wanted.some((t) => w.startsWith(t))) continue;
    fragment.append(text.slice(last, m.index), el('mark', {}, m[0]));
    last = (m.index ?? 0) + m[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}
