// No import cycles in src/: every relative import (`import type` included, since a type-only
// cycle still ties the files' meaning together) is an edge; any strongly connected group of
// files is reported and fails `npm test`'s lint stage. Run: node scripts/checkCycles.mjs
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function filesBelow(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesBelow(full) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = join(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f));
}

/** The import graph of the .ts files below `dir`: file → the files it imports. */
export function importGraph(dir) {
  const graph = new Map();
  for (const file of filesBelow(dir)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    graph.set(file, [...new Set(importedFiles.map((i) => resolve(file, i.fileName)).filter(Boolean))]);
  }
  return graph;
}

/** Groups of files that import each other, directly or round about (Tarjan's algorithm). */
export function cycles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const group = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const graph = importGraph(process.argv[2] ?? join(root, 'src'));
  const found = cycles(graph);
  for (const group of found) console.error(`import cycle of ${group.length} files: ${group.map((f) => relative(root, f)).sort().join(', ')}`);
  console.log(`cycles: ${graph.size} files in src/, ${found.length} import cycle${found.length === 1 ? '' : 's'}`);
  process.exit(found.length ? 1 : 0);
}
