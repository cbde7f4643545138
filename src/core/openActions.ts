import { actionKey, markdownLines, type MarkdownLine } from './markdownLines';

/** A task line of a note, where it is, and whether it is done. */
export interface ActionItem {
  /** 0-based line of the note, for jumping to it. */
  line: number;
  text: string;
  done: boolean;
  /** Indent of the task line in spaces (tabs count four): for showing nesting. */
  indent: number;
}

export interface NoteActions {
  /** Unchecked task lines, in note order. */
  open: ActionItem[];
  /** Checked task lines (`[x]` or `[X]`), in note order. */
  done: ActionItem[];
}

/**
 * The task lines of a note (`- [ ]`, `* [ ]`, `+ [ ]`, `1. [ ]`, `1) [ ]`, at any indent),
 * outside fenced code, with their lines. The same reading as carry-over (carryOver.ts), so the
 * People view counts what the next 1:1 will carry: template blanks (`- [ ]` with no text) are
 * not actions, and one action written twice (same words, any case or spacing; say in "Carried
 * over" and again under "Action items") counts once, at its first line. An action both open and
 * done in one note is open (carry-over would carry it). Binary text has none.
 */
export function noteActions(markdown: string): NoteActions {
  const { open, done } = keyedActions(markdownLines(markdown));
  return { open: [...open.values()], done: [...done.values()] };
}

/**
 * noteActions over lines already read (review preparation reads each note's lines once), by
 * actionKey: the open ones, then the done ones that are not also open, each in note order.
 */
export function keyedActions(lines: readonly MarkdownLine[]): { open: Map<string, ActionItem>; done: Map<string, ActionItem> } {
  const open = new Map<string, ActionItem>();
  const done = new Map<string, ActionItem>();
  for (const line of lines) {
    const task = line.item?.task;
    if (line.code || !task || !task.text) continue;
    const key = actionKey(task.text);
    const target = task.checked ? done : open;
    if (!target.has(key)) target.set(key, { line: line.index, text: task.text, done: task.checked, indent: line.indent });
  }
  for (const key of open.keys()) done.delete(key);
  return { open, done };
}

/** The open actions of a note (see noteActions). */
export function openActions(markdown: string): ActionItem[] {
  return noteActions(markdown).open;
}
