// Search: the built-in library, a generated 10,000-tip pack, and the built-in library with a
// 1,000-file team pack (200 files broken), each beside a plain linear scan in the same process.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
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
  const file = join(work, `search-job-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ dist: join(root, 'dist'), queries: QUERIES, ...job }));
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
  rows.push(searchRow(`search, built-in library (${own.tips} tips)`, [own], 0.2, `index built in ${ms(own.buildMs)} on first search`));

  const tipsFile = join(work, 'pack-10000.json');
  writeFileSync(tipsFile, JSON.stringify(generatedTips(builtIn, 10000)));
  const big = [];
  for (let i = 0; i < (quick ? 1 : 5); i++) big.push(await probe(root, work, { kind: 'tips', input: tipsFile, rounds: quick ? 1 : 2 }));
  rows.push(searchRow(`search, built-in + generated 10,000-tip pack (${big[0].tips} tips)`, big, 5, `${big.length} fresh processes`));
  const builds = big.map((r) => r.buildMs);
  const scanBuilds = big.map((r) => r.scanBuildMs);
  rows.push({
    figure: 'building the search index of built-in + 10,000 tips (the first search, fresh process)',
    value: median(builds), p95: p95(builds), baseline: median(scanBuilds), baselineName: 'lower-casing every tip for the scan',
    format: ms, targets: [{ text: '≤ 300 ms', pass: median(builds) <= 300 }],
    note: `${builds.length} fresh processes; includes that first search; before it, merging the pack into the library (sorted by category and title) took ` +
      `${ms(median(big.map((r) => r.mergeMs)))}, not counted here; CPU time of all threads ${ms(median(big.map((r) => r.buildCpuMs)))} (median; V8 collects garbage on parallel threads)`,
  });

  const packFile = join(work, 'pack-1000-files.json');
  const pack = generatedPackFiles(builtIn, 1000, 200);
  writeFileSync(packFile, JSON.stringify(pack.files));
  const team = await probe(root, work, { kind: 'files', input: packFile, rounds: quick ? 3 : 10 });
  rows.push(searchRow(`search, built-in + 1,000-file team pack (${team.tips} tips)`, [team], 0.5,
    `pack compiled in ${ms(team.compileMs)} (${team.problems} problems reported), index built in ${ms(team.buildMs)}`));
  return rows;
}
