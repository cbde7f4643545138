import { htmlToText } from './plainText';
import { tokenize } from './searchTerms';

/** Characters a word of plain text is made of: a–z, 0–9, the joiners ' ’ - and the colon of 1:1. */
const SYMBOLS = 40;
/** The trie symbol of each ASCII code, upper case folded; -1 for a character no word holds. */
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) SYMBOL[97 + c] = SYMBOL[65 + c] = c;
for (let c = 0; c < 10; c++) SYMBOL[48 + c] = 26 + c;
SYMBOL[39] = 36;
SYMBOL[45] = 38;
SYMBOL[58] = 39;
/** The same for letters and digits only: -1 for every other character. */
const LETTER = SYMBOL.map((symbol) => (symbol < 36 ? symbol : -1));
const TYPOGRAPHIC_APOSTROPHE = 8217;

const symbolOf = (c: number) => (c < 128 ? SYMBOL[c] : c === TYPOGRAPHIC_APOSTROPHE ? 37 : -1);
const isLetter = (c: number) => c < 128 && LETTER[c] >= 0;
/** Characters besides ASCII that plain text holds: the typographic quotes, dashes and ellipsis the Markdown renderer writes. */
const isTypographic = (c: number) => c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0x2026;

/**
 * Numbers the words of texts, cut as `tokenize` cuts them, for building a search index over a
 * large library: `read` fills `ids` with the numbers of a text's words in order, in one pass
 * over its characters, and a word seen before is never cut out again. With `html`, the text is
 * HTML as the Markdown renderer writes it (tags, and character references for & < > " only),
 * read as `tokenize(htmlToText(text))` would read it.
 *
 * Words are looked up in a trie walked one character at a time (no hashing, no comparing),
 * ASCII upper case folded. Text with characters besides ASCII and the renderer's typographic
 * ones (which need Unicode normalisation) goes through `tokenize` itself, and a word of other
 * characters through a map. test/unit/tipSearch.test.ts holds `read` to `tokenize`.
 */
export class WordTable {
  /** The numbers of the words of the text last read; `read` returns how many. */
  ids = new Int32Array(512);
  /** next[state × SYMBOLS + symbol]: the state after that character, 0 for none yet (state 0 is the root). */
  private next = new Int32Array(1024 * SYMBOLS);
  /** The word ending at each state, -1 for none. */
  private wordAt = new Int32Array(1024).fill(-1);
  private states = 1;
  private readonly others = new Map<string, number>();
  private readonly words: string[] = [];
  /** Words new in the text being read, numbered once it is read through: [state, start, end, …]. */
  private readonly pending: number[] = [];

  /** How many distinct words have been read: their numbers are 0 to size − 1. */
  get size(): number {
    return this.words.length;
  }

  word(id: number): string {
    return this.words[id];
  }

  /**
   * Reads the words of `text` into `ids` and returns how many there are. This loop runs for every
   * character of a library, so the trie is stepped inline rather than through `step`: the first
   * texts are read before the loop is optimised, when every call costs.
   */
  read(text: string, html: boolean): number {
    let count = 0;
    const n = text.length;
    let next = this.next;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let symbol = c < 128 ? LETTER[c] : -1;
      if (symbol < 0) {
        if (html && c === 60 /* < */) {
          const close = text.indexOf('>', i);
          i = close < 0 ? n : close + 1;
        } else if (html && c === 38 /* & */) {
          const entity = /^&#?[a-z0-9]+;/i.exec(text.slice(i, i + 12));
          i += entity ? entity[0].length : 1;
        } else if (c < 128 || isTypographic(c)) {
          i++;
        } else {
          return this.readTokens(tokenize(html ? htmlToText(text) : text));
        }
        continue;
      }
      const start = i;
      let state = 0;
      if (c === 49 && i + 2 < n && text.charCodeAt(i + 1) === 58 && text.charCodeAt(i + 2) === 49) {
        // "1:1" and "1:1s" stay whole.
        i += i + 3 < n && (text.charCodeAt(i + 3) | 32) === 115 ? 4 : 3;
        state = this.walk(0, text, start, i);
        next = this.next;
      } else {
        // Letters and digits, joined by ' ’ or - when a letter or digit follows.
        for (;;) {
          const at = state * SYMBOLS + symbol;
          state = next[at];
          if (state === 0) {
            state = this.grow(at);
            next = this.next;
          }
          // (Never a character past the end: reading there would undo the loop's optimisation.)
          const d = ++i < n ? text.charCodeAt(i) : 0;
          if (d < 128 && (symbol = LETTER[d]) >= 0) continue;
          if ((d === 39 || d === 45 || d === TYPOGRAPHIC_APOSTROPHE) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
            symbol = symbolOf(d);
            continue;
          }
          break;
        }
      }
      // Held as states until the text is read through: it may yet turn out to need `tokenize`.
      if (this.wordAt[state] === -1) {
        this.wordAt[state] = -2;
        this.pending.push(state, start, i);
      }
      if (count === this.ids.length) this.growIds();
      this.ids[count++] = state;
    }
    const { ids, wordAt, pending } = this;
    for (let p = 0; p < pending.length; p += 3) wordAt[pending[p]] = this.words.push(text.slice(pending[p + 1], pending[p + 2]).toLowerCase()) - 1;
    pending.length = 0;
    for (let k = 0; k < count; k++) ids[k] = wordAt[ids[k]];
    return count;
  }

  /** Numbers words already cut (by `tokenize`), forgetting the words pending from a text read in part. */
  private readTokens(tokens: readonly string[]): number {
    for (let p = 0; p < this.pending.length; p += 3) this.wordAt[this.pending[p]] = -1;
    this.pending.length = 0;
    while (this.ids.length < tokens.length) this.growIds();
    tokens.forEach((token, k) => {
      const state = this.walk(0, token, 0, token.length);
      this.ids[k] = state < 0 ? this.other(token) : this.wordAt[state] >= 0 ? this.wordAt[state] : (this.wordAt[state] = this.words.push(token) - 1);
    });
    return tokens.length;
  }

  /** The state after the characters of `s` from `start` to `end`; -1 when one of them is not a symbol. */
  private walk(state: number, s: string, start: number, end: number): number {
    for (let i = start; i < end && state >= 0; i++) {
      const symbol = symbolOf(s.charCodeAt(i));
      state = symbol < 0 ? -1 : this.step(state, symbol);
    }
    return state;
  }

  private step(state: number, symbol: number): number {
    const at = state * SYMBOLS + symbol;
    return this.next[at] || this.grow(at);
  }

  /** A new state for the transition at `at`, making room when the arrays are full. */
  private grow(at: number): number {
    if (this.states === this.wordAt.length) {
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
      const wordAt = new Int32Array(this.wordAt.length * 2).fill(-1);
      wordAt.set(this.wordAt);
      this.wordAt = wordAt;
    }
    this.next[at] = this.states;
    return this.states++;
  }

  private growIds(): void {
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
  }

  private other(word: string): number {
    let id = this.others.get(word);
    if (id === undefined) this.others.set(word, (id = this.words.push(word) - 1));
    return id;
  }
}
