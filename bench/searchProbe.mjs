// Child process of bench/search.mjs: loads one library in a fresh process, as the extension
// does (dist/content.json, a pack merged, the index made in the background), and times its search beside a plain linear scan over the same tips.
//   node bench/searchProbe.mjs <job.json>
// job: { dist, library (bench/libraryEntry.ts bundled), kind: 'built-in' | 'tips' | 'files', input?, queries, rounds,
//        addAllAsync? (the pack's tips added with MiniSearch's own addAllAsync instead, as before, and no queries) }
// Prints one JSON line: { contentMs, readyMs, maxBlockMs, compileMs?, compileMaxBlockMs?, tips, engine: number[], scan: number[], ... }:
// wall times in milliseconds, and the same as CPU times of all threads (…Cpu).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const require = createRequire(import.meta.url);
const { TipLibrary, compilePack, searchOptions, MiniSearch } = require(job.library);

// The built-in content as the extension reads it on first use: dist/content.json, parsed.
const c0 = performance.now();
const builtIn = JSON.parse(readFileSync(join(job.dist, 'content.json'), 'utf8'));
const contentMs = performance.now() - c0;

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * A timer that asks for the event loop every turn until stopped; stop() gives the longest wait
 * between two of its turns (the longest the host was blocked) and the CPU time used in it.
 */
function watchBlocks() {
  let maxBlockMs = 0;
  let maxBlockCpuMs = 0;
  let ticking = true;
  let last = performance.now();
  let lastCpu = cpuNow();
  const tick = () => {
    const now = performance.now();
    const cpu = cpuNow();
    maxBlockMs = Math.max(maxBlockMs, now - last);
    maxBlockCpuMs = Math.max(maxBlockCpuMs, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
    if (ticking) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return {
    stop() {
      ticking = false;
      // The last stretch before the work ended counts too.
      return { maxBlockMs: Math.max(maxBlockMs, performance.now() - last), maxBlockCpuMs: Math.max(maxBlockCpuMs, cpuNow() - lastCpu) };
    },
  };
}

let pack;
let compileMs;
let compileMaxBlockMs;
let problems = 0;
if (job.kind === 'tips') {
  pack = { version: 1, categories: [], tips: JSON.parse(readFileSync(job.input, 'utf8')), templates: [], questions: [], retroActivities: [] };
} else if (job.kind === 'files') {
  // As the pack loader compiles a team pack: a slice at a time.
  const files = JSON.parse(readFileSync(job.input, 'utf8'));
  const watch = watchBlocks();
  const t0 = performance.now();
  const compiled = await compilePack(files, '/packs/team', builtIn.categories, '/packs/team');
  compileMs = performance.now() - t0;
  compileMaxBlockMs = watch.stop().maxBlockMs;
  pack = compiled.content;
  problems = compiled.problems.length;
}
function measure(fn) {
  const c = cpuNow();
  const t = performance.now();
  fn();
  return { wall: performance.now() - t, cpu: cpuNow() - c };
}

// Ready to search, as ContentSource does it: the library merged (built-in and pack, sorted) and
// its index made (TipSearch.load: src/core/searchIndex.ts, in slices). With `addAllAsync`, the
// same library's index made with MiniSearch's own API instead: addAllAsync in chunks of 100 tips.
// Meanwhile a timer asks for the event loop every turn: the longest wait between two of its
// turns is the longest the extension host was blocked.
// Beside the wall-clock wait, the CPU time the process used in the same stretch: on a busy
// machine the wait also holds time the process was not running at all.
let library;
const watch = watchBlocks();
const cpu0 = cpuNow();
const t0 = performance.now();
library = new TipLibrary(pack ? [builtIn, pack] : [builtIn]);
if (job.addAllAsync) {
  const index = new MiniSearch(searchOptions(new Map(library.categories.map((c) => [c.id, c.title]))));
  await index.addAllAsync(library.tips, { chunkSize: 100 });
} else {
  await library.prepareSearch();
}
const readyMs = performance.now() - t0;
const readyCpuMs = cpuNow() - cpu0;
const { maxBlockMs, maxBlockCpuMs } = watch.stop();

if (job.addAllAsync) {
  process.stdout.write(JSON.stringify({ readyMs, readyCpuMs, maxBlockMs, maxBlockCpuMs, tips: library.tips.length }) + '\n');
  process.exit(0);
}

// The baseline: lower-cased title, tags and text of every tip, prepared once; a query keeps
// the tips containing any of its words, most words first.
let haystacks;
const scanBuild = measure(() => {
  haystacks = library.tips.map((t) => ({ tip: t, text: `${t.title} ${t.tags.join(' ')} ${t.markdown}`.toLowerCase() }));
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
process.stdout.write(JSON.stringify({ contentMs, readyMs, readyCpuMs, maxBlockMs, maxBlockCpuMs, scanBuildMs: scanBuild.wall, compileMs, compileMaxBlockMs, problems, tips: library.tips.length, found, ...out }) + '\n');
