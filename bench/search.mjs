// Search: the built-in library, a generated 10,000-tip pack, and the built-in library with a
// 1,000-file team pack (200 files broken), each beside a plain linear scan in the same process.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { libraryBundle } from './libraryBundle.mjs';
import { median, ms, p95 } from './stats.mjs';

const run = promisify(execFile);

/** What people type: topics, questions, word forms, a typo, a half-typed word. */
export const QUERIES = [
  'delegation', 'how to give feedback', '1:1 questions', 'delgate', 'retro action items', 'burnout',
  'hiring interview', 'career ladder promotion', 'technical debt', 'stakeholder communication', 'saying no',
  'first 90 days', 'conflict between engineers', 'underperforming engineer', 'psychological safety',
  'too many meetings', 'estimates and deadlines', 'vision and strategy', 'code review tone', 'onboarding new hire',
  'manager of managers', 'prioritize the roadmap', 'incident postmortem', 'recognition praise', 'skip level',
  'remote team', 'decision making', 'coaching questions', 'time for deep work', 'leading versus managing', 'motiv',
];

async function probe(root, work, job) {
  const library = await libraryBundle({ root, work });
  const file = join(work, `search-job-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ dist: join(root, 'dist'), library, queries: QUERIES, ...job }));
  const { stdout } = await run(process.execPath, [join(root, 'bench', 'searchProbe.mjs'), file], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop());
}

const merge = (results, key) => results.flatMap((r) => r[key]);

function searchRow(figure, results, target, note) {
  const engine = merge(results, 'engine');
  const scan = merge(results, 'scan');
  return {
    figure: `${figure}, per query`,
    value: median(engine), p95: p95(engine), baseline: median(scan), baselineP95: p95(scan), baselineName: 'linear substring scan',
    format: ms, targets: [{ text: `median ≤ ${ms(target)}`, pass: median(engine) <= target }],
    note: `${QUERIES.length} queries × ${engine.length / QUERIES.length} rounds; CPU time ${ms(median(merge(results, 'engineCpu')))} vs ${ms(median(merge(results, 'scanCpu')))} (medians); ${note}`,
  };
}

export async function measureSearch({ root, work, quick = false }) {
  const data = join(work, 'syntheticData.cjs');
  await esbuild.build({ entryPoints: [join(root, 'bench', 'syntheticData.ts')], outfile: data, bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'warning' });
  const { generatedTips, generatedPackFiles } = createRequire(import.meta.url)(data);
  const builtIn = JSON.parse(readFileSync(join(root, 'dist', 'content.json'), 'utf8'));

  const rows = [];
  const own = await probe(root, work, { kind: 'built-in', rounds: quick ? 5 : 30 });
  rows.push(searchRow(`search, built-in library (${own.tips} tips)`, [own], 0.2, `dist/content.json read and parsed in ${ms(own.contentMs)}, its index made in ${ms(own.readyMs)}`));

  const tipsFile = join(work, 'pack-10000.json');
  writeFileSync(tipsFile, JSON.stringify(generatedTips(builtIn, 10000)));
  // The index TipSearch.load makes, and beside it, alternating, in fresh processes too, the same
  // library indexed with MiniSearch's own addAllAsync: what src/core/searchIndex.ts buys.
  const big = [];
  const viaAddAll = [];
  for (let i = 0; i < (quick ? 1 : 5); i++) {
    big.push(await probe(root, work, { kind: 'tips', input: tipsFile, rounds: quick ? 1 : 2 }));
    if (i < (quick ? 1 : 3)) viaAddAll.push(await probe(root, work, { kind: 'tips', input: tipsFile, addAllAsync: true }));
  }
  rows.push(searchRow(`search, built-in + generated 10,000-tip pack (${big[0].tips} tips)`, big, 5, `${big.length} fresh processes`));
  const ready = big.map((r) => r.readyMs);
  const blocked = big.map((r) => r.maxBlockMs);
  const scanBuilds = big.map((r) => r.scanBuildMs);
  const addAllReady = viaAddAll.map((r) => r.readyMs);
  rows.push({
    figure: 'built-in + 10,000-tip pack: index ready (merge, then src/core/searchIndex.ts in slices; fresh process)',
    value: median(ready), p95: p95(ready), baseline: median(addAllReady), baselineName: 'MiniSearch\'s own addAllAsync, chunks of 100 tips',
    format: ms, targets: [{ text: '≤ 400 ms', pass: median(ready) <= 400 }],
    note: `${ready.length} fresh processes (${ready.map(ms).join(', ')}), the baseline ${viaAddAll.length} (${addAllReady.map(ms).join(', ')}), alternating; ` +
      `CPU time of all threads ${ms(median(big.map((r) => r.readyCpuMs)))} vs ${ms(median(viaAddAll.map((r) => r.readyCpuMs)))} (medians; V8 collects garbage on parallel threads); ` +
      `lower-casing every tip for the scan takes ${ms(median(scanBuilds))}`,
  });
  rows.push({
    figure: 'built-in + 10,000-tip pack: longest the event loop was blocked while the index was made ready',
    value: Math.max(...blocked), format: ms, targets: [{ text: '≤ 50 ms', pass: Math.max(...blocked) <= 50 }],
    note: `the worst of ${blocked.length} fresh processes (each: ${blocked.map(ms).join(', ')}; with addAllAsync: ${viaAddAll.map((r) => ms(r.maxBlockMs)).join(', ')}); a timer asks for the event loop every turn meanwhile; ` +
      `CPU time used by the process in its longest turn (all threads): ${ms(Math.max(...big.map((r) => r.maxBlockCpuMs)))}; the merge (10,279 tips, the pack's sorted as the content compiler leaves it) is one of the blocks`,
  });

  const packFile = join(work, 'pack-1000-files.json');
  const pack = generatedPackFiles(builtIn, 1000, 200);
  writeFileSync(packFile, JSON.stringify(pack.files));
  const team = await probe(root, work, { kind: 'files', input: packFile, rounds: quick ? 3 : 10 });
  rows.push(searchRow(`search, built-in + 1,000-file team pack (${team.tips} tips)`, [team], 0.5,
    `pack compiled in ${ms(team.compileMs)} (${team.problems} problems reported), index ready in ${ms(team.readyMs)}`));
  // The compile itself, as the pack loader runs it (a slice at a time), in more fresh processes.
  const compiles = [team];
  for (let i = 0; i < (quick ? 0 : 2); i++) compiles.push(await probe(root, work, { kind: 'files', input: packFile, rounds: 1 }));
  const compileBlocks = compiles.map((r) => r.compileMaxBlockMs);
  rows.push({
    figure: 'a 1,000-file team pack (200 files broken) compiled: longest the event loop was blocked meanwhile',
    value: Math.max(...compileBlocks), format: ms, targets: [{ text: '≤ 50 ms', pass: Math.max(...compileBlocks) <= 50 }],
    note: `the worst of ${compiles.length} fresh processes (each: ${compileBlocks.map(ms).join(', ')}); compiled in ${compiles.map((r) => ms(r.compileMs)).join(', ')}, a slice at a time (src/services/library/packCompiler.ts); a timer asks for the event loop every turn meanwhile`,
  });
  return rows;
}
