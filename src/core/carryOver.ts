import { actionKey, markdownLines } from './markdownLines';

/** An open action found in a note, with the open actions nested under it. */
export interface OpenTask {
  text: string;
  children: OpenTask[];
}

/**
 * The unchecked task lines (`- [ ] …`, also `*`, `+` and numbered bullets, at any indent) of
 * a Markdown note. Checked ones (`- [x]`) are left behind, and so are empty `- [ ]` lines
 * (a template's blanks). An open task nested under another open task stays nested under it;
 * one whose parent was done or was not a task moves up to the top. Tasks inside code fences
 * are not tasks (markdownLines.ts reads the fences, as openActions.ts does for the People view).
 * Text that is not text (it holds NUL bytes, as a binary file would) yields none.
 */
export function openTasks(markdown: string): OpenTask[] {
  const top: OpenTask[] = [];
  // The list items above the current line, innermost last: their indent and, when they are
  // carried, the node their open children attach to.
  let stack: { indent: number; node?: OpenTask }[] = [];
  for (const line of markdownLines(markdown)) {
    if (line.code || !line.text.trim()) continue;
    const { item, indent } = line;
    if (!item) {
      // An unindented line that is not a list item (a heading, a paragraph) ends the list.
      if (indent === 0) stack = [];
      continue;
    }
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    const task = item.task;
    if (task && !task.checked && task.text) {
      const node: OpenTask = { text: task.text, children: [] };
      const parent = stack[stack.length - 1]?.node;
      (parent ? parent.children : top).push(node);
      stack.push({ indent, node });
    } else {
      stack.push({ indent });
    }
  }
  return mergeDuplicates(top);
}

/** The same action written twice (in "Carried over" and again under "Action items") is carried once. */
function mergeDuplicates(tasks: OpenTask[]): OpenTask[] {
  const byText = new Map<string, OpenTask>();
  for (const t of tasks) {
    const key = actionKey(t.text);
    const seen = byText.get(key);
    if (seen) seen.children = mergeDuplicates([...seen.children, ...t.children]);
    else byText.set(key, { text: t.text, children: mergeDuplicates(t.children) });
  }
  return [...byText.values()];
}

/** Open tasks as Markdown task lines, two spaces per level. */
export function taskLines(tasks: readonly OpenTask[], depth = 0): string[] {
  return tasks.flatMap((t) => [`${'  '.repeat(depth)}- [ ] ${t.text}`, ...taskLines(t.children, depth + 1)]);
}

/** How many open tasks, nested ones included. */
export function countTasks(tasks: readonly OpenTask[]): number {
  return tasks.reduce((n, t) => n + 1 + countTasks(t.children), 0);
}
