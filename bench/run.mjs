// `npm run bench` (after a production build): every figure beside its baseline measured in the
// same run, as a ratio, with its target.  `npm run bench -- --check` exits 1 when a figure
// misses its target.
//   node bench/run.mjs [--check] [--quick] [--only activation,search,mentor,notes,people,calendar,webview,vsix,vscode] [--skip …]
// With LP_BENCH_KEEP=1 the temporary work folder stays (a failed real-VS-Code read leaves a screenshot there).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEmptyExtension, measureActivation } from './activation.mjs';
import { measureCalendar } from './calendar.mjs';
import { measureMentorQuality } from './mentorQuality.mjs';
import { measureNoteWriting } from './noteWriting.mjs';
import { measurePeople } from './people.mjs';
import { measureRealVsCode } from './realVsCodeActivation.mjs';
import { measureSearch } from './search.mjs';
import { measureVsix } from './vsixSize.mjs';
import { measureWebview } from './webviewPaint.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const list = (name) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1].split(',') : undefined);
const only = list('only');
const skip = list('skip') ?? [];
const check = argv.includes('--check');
const quick = argv.includes('--quick');

const GROUPS = [
  ['activation', 'activation in Node', (ctx) => measureActivation({ ...ctx, reps: quick ? 10 : 40 })],
  ['search', 'search', (ctx) => measureSearch({ ...ctx, quick })],
  ['mentor', 'the mentor', (ctx) => measureMentorQuality(ctx)],
  ['notes', 'note templates', (ctx) => measureNoteWriting({ ...ctx, rounds: quick ? 5 : 20 })],
  ['people', 'people', (ctx) => measurePeople({ ...ctx, rounds: quick ? 6 : 30 })],
  ['calendar', 'the calendar', (ctx) => measureCalendar({ ...ctx, quick })],
  ['webview', 'library webview in Chromium', (ctx) => measureWebview({ ...ctx, reps: quick ? 5 : 20 })],
  ['vsix', 'package size', (ctx) => measureVsix(ctx)],
  ['vscode', 'activation in a real VS Code', (ctx) => measureRealVsCode({ ...ctx, loads: quick ? 1 : 3, paintLoads: quick ? 1 : 9 })],
];

function print(row) {
  const ok = row.targets.every((t) => t.pass);
  const fmt = row.format;
  const value = `${fmt(row.value)}${row.p95 !== undefined ? ` median, ${fmt(row.p95)} p95` : ''}`;
  const parts = [value];
  if (row.baseline !== undefined) {
    parts.push(`baseline (${row.baselineName}): ${fmt(row.baseline)}${row.baselineP95 !== undefined ? ` median, ${fmt(row.baselineP95)} p95` : ''}`);
    parts.push(`ratio ${(row.value / row.baseline).toFixed(2)}×`);
  }
  if (row.targets.length) parts.push(`target ${row.targets.map((t) => `${t.text} ${t.pass ? '✔' : '✘'}`).join(', ')}`);
  console.log(`${row.targets.length === 0 ? '•' : ok ? '✔' : '✘'} ${row.figure}`);
  console.log(`    ${parts.join('  |  ')}`);
  if (row.note) console.log(`    ${row.note}`);
}

const work = mkdtempSync(join(tmpdir(), 'lp-bench-'));
const t0 = Date.now();
const missed = [];
let figures = 0;
console.log(`Leadership Prompts benchmarks — Node ${process.version}, ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
try {
  const emptyBundle = await buildEmptyExtension({ root, work });
  for (const [name, title, measure] of GROUPS) {
    if ((only && !only.includes(name)) || skip.includes(name)) continue;
    console.log(`\n— ${title}`);
    try {
      for (const row of await measure({ root, work, emptyBundle })) {
        figures++;
        print(row);
        if (!row.targets.every((t) => t.pass)) missed.push(row.figure);
      }
    } catch (e) {
      figures++;
      missed.push(`${title} (could not be measured)`);
      console.log(`✘ ${title} could not be measured: ${e.stack ?? e}`);
    }
  }
} finally {
  if (!process.env.LP_BENCH_KEEP) rmSync(work, { recursive: true, force: true });
}
console.log(`\nbench: ${figures} figures in ${((Date.now() - t0) / 1000).toFixed(0)} s; ${missed.length ? `${missed.length} missed a target: ${missed.join('; ')}` : 'every figure within its target'}`);
if (check && missed.length) process.exit(1);
