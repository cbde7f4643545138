// Child process of bench/search.mjs: builds one library in a fresh process and times its
// search beside a plain linear scan over the same tips.
//   node bench/searchProbe.mjs <job.json>
// job: { dist, data, kind: 'built-in' | 'tips' | 'files', input?, queries, rounds }
// Prints one JSON line: { mergeMs, buildMs (the first search, which builds the index), compileMs?, tips, engine: number[], scan: number[], ... }:
// wall times in milliseconds, and the same as CPU times of all threads (…Cpu).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { installVscodeStandIn } from './vscodeStandIn.mjs';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const require = createRequire(import.meta.url);
// dist/library.js also holds the library view, which needs a `vscode` module to load.
installVscodeStandIn(require);
const { openLibrary, builtInContent } = require(join(job.dist, 'library.js'));

let pack;
let compileMs;
let problems = 0;
if (job.kind === 'tips') {
  pack = { version: 1, categories: [], tips: JSON.parse(readFileSync(job.input, 'utf8')), templates: [], questions: [], retroActivities: [] };
} else if (job.kind === 'files') {
  const { compilePack } = require(join(job.dist, 'packs.js'));
  const files = JSON.parse(readFileSync(job.input, 'utf8'));
    const t0 = performance.now();
  const compiled = compilePack(files, '/packs/team', builtInContent().categories, '/packs/team');
  compileMs = performance.now() - t0;
  pack = compiled.content;
  problems = compiled.problems.length;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function measure(fn) {
  const c = cpuNow();
  const t = performance.now();
  fn();
  return { wall: performance.now() - t, cpu: cpuNow() - c };
}

// Ready to search: the library merged (built-in and pack, sorted), then its index built by the
// first search, each timed on its own.
let library;
const merge = measure(() => {
  library = openLibrary(pack ? [pack] : []);
});
const build = measure(() => {
  library.search(job.queries[0]);
});

// The baseline: lower-cased title, tags and text of every tip, prepared once; a query keeps
// the tips containing any of its words, most words first.
let haystacks;
const scanBuild = measure(() => {
  haystacks = library.tips.map((t) => ({ tip: t, text: `${t.title} ${t.tags.join(' ')} ${t.html.replace(/<[^>]*>/g, ' ')}`.toLowerCase() }));
});
function scan(query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = [];
  for (const h of haystacks) {
    let n = 0;
    for (const w of words) if (h.text.includes(w)) n++;
    if (n > 0) hits.push({ tip: h.tip, n });
  }
  return hits.sort((a, b) => b.n - a.n);
}

const out = { engine: [], engineCpu: [], scan: [], scanCpu: [] };
let found = 0;
// One unmeasured round warms both up, then rounds alternate between them.
for (let round = 0; round <= job.rounds; round++) {
  for (const q of job.queries) {
    const e = measure(() => { found += library.search(q, 30).length; });
    const s = measure(() => scan(q).slice(0, 30));
    if (round === 0) continue;
    out.engine.push(e.wall);
    out.engineCpu.push(e.cpu);
    out.scan.push(s.wall);
    out.scanCpu.push(s.cpu);
  }
}
process.stdout.write(JSON.stringify({ mergeMs: merge.wall, buildMs: build.wall, buildCpuMs: build.cpu, scanBuildMs: scanBuild.wall, compileMs, problems, tips: library.tips.length, found, ...out }) + '\n');
