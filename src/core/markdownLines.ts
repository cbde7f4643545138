/**
 * The lines of a note as the task and tag readers see them: which lines are code (a fenced
 * block, fences included), which are list items, and the task box of a list item. One reading
 * for carry-over, the People view and review preparation, so all three count the same things.
 */
export interface MarkdownLine {
  /** 0-based line number in the note (CRLF, LF and lone CR all end a line). */
  index: number;
  /** The line without its line ending, tabs expanded to four spaces. */
  text: string;
  /** Spaces before the first other character. */
  indent: number;
  /** A fence line or a line inside fenced code: never a task, a tag or a question. */
  code: boolean;
  item?: ListItem;
}

export interface ListItem {
  /** The item's text after its bullet (`-`, `*`, `+`, `1.`, `1)`), trimmed. */
  content: string;
  task?: TaskBox;
}

export interface TaskBox {
  checked: boolean;
  /** The text after the box, trimmed; empty for a template's blank `- [ ]`. */
  text: string;
}

const LIST_ITEM = /^( *)([-*+]|\d{1,9}[.)])( +)(.*)$/;
const TASK = /^\[( |x|X)\](?:\s+(.*))?$/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;

interface OpenFence {
  char: string;
  length: number;
  /** The content column of the list item the fence sits in (0 outside lists). */
  base: number;
}

/**
 * Fenced code follows CommonMark: a fence is three or more backticks or tildes, indented at
 * most three spaces past the list item it belongs to; it is closed by a fence of the same
 * character at least as long with nothing after it, or when its list item ends (a line indented
 * less than the item's content), or at the end of the note. A backtick fence's info string
 * holds no backtick. Not modelled: block quotes (a `> - [ ]` is not read as a task anyway) and
 * indented code blocks. Text holding NUL bytes (a binary file) has no lines.
 */
export function markdownLines(markdown: string): MarkdownLine[] {
  if (markdown.includes('\u0000')) return [];
  const out: MarkdownLine[] = [];
  // Content columns of the list items the current line may still belong to, innermost last.
  const columns: number[] = [];
  let fence: OpenFence | undefined;
  const raws = markdown.split(/\r\n|\r|\n/);
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index];
    const text = raw.includes('\t') ? raw.replace(/\t/g, '    ') : raw;
    // Most lines start with a printable ASCII character: no whitespace to measure.
    const first = text.charCodeAt(0);
    const indent = first > 32 && first < 127 ? 0 : text.length - text.trimStart().length;
    const blank = indent === text.length;
    if (fence && !blank && indent < fence.base) fence = undefined;
    if (fence) {
      const close = /^(`{3,}|~{3,})[ ]*$/.exec(text.slice(indent));
      if (close && indent - fence.base <= 3 && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      out.push({ index, text, indent, code: true });
      continue;
    }
    if (blank) {
      out.push({ index, text, indent, code: false });
      continue;
    }
    // A line belongs to the list items whose content it is indented to; the others have ended.
    while (columns.length && columns[columns.length - 1] > indent) columns.pop();
    const base = columns.length ? columns[columns.length - 1] : 0;
    const lead = text[indent];
    const open = indent - base <= 3 && (lead === '`' || lead === '~') ? FENCE_OPEN.exec(text.slice(indent)) : null;
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      fence = { char: open[1][0], length: open[1].length, base };
      out.push({ index, text, indent, code: true });
      continue;
    }
    // A list item's bullet is its first character: -, *, + or a digit.
    const m = lead === '-' || lead === '*' || lead === '+' || (lead >= '0' && lead <= '9') ? LIST_ITEM.exec(text) : null;
    if (!m) {
      out.push({ index, text, indent, code: false });
      continue;
    }
    // CommonMark: five or more spaces after the bullet start indented code, so the content starts one space in.
    const gap = m[3].length > 4 ? 1 : m[3].length;
    columns.push(indent + m[2].length + gap);
    const content = m[4].trim();
    const box = TASK.exec(content);
    const item: ListItem = box ? { content, task: { checked: box[1] !== ' ', text: box[2]?.trim() ?? '' } } : { content };
    out.push({ index, text, indent, code: false, item });
  }
  return out;
}

/** The key under which two writings of one action (case, spacing) are the same action. */
export function actionKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
