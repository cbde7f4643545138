// The calendar (issue 17): a generated export of about 5 MB (8,000 events, 400 repeating series,
// 30 time zones) parsed and expanded for −7…+31 days beside reading the file, the longest
// stretch the host is kept busy, and upcoming(24) beside a plain filter; each in fresh processes.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { kb, median, ms, p95 } from './stats.mjs';

const run = promisify(execFile);
// A Monday morning; the export is generated around it.
const NOW = Date.UTC(2026, 11, 7, 8, 0);

export async function measureCalendar({ root, work, quick = false }) {
  const bundle = join(work, 'calendar.cjs');
  await esbuild.build({ entryPoints: [join(root, 'bench', 'calendarEntry.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'warning' });
  const { calendarExport } = createRequire(import.meta.url)(bundle);
  const file = join(work, 'export.ics');
  writeFileSync(file, calendarExport({ events: 8000, series: 400, zones: 30, around: new Date(NOW) }));
  const jobFile = join(work, 'calendar-job.json');
  writeFileSync(jobFile, JSON.stringify({ bundle, file, now: NOW, repeats: quick ? 1 : 3, queries: quick ? 300 : 2000 }));

  const probes = [];
  for (let i = 0; i < (quick ? 2 : 5); i++) {
    // TZ as in the unit tests: floating times and local days mean the same on every machine.
    const { stdout } = await run(process.execPath, [join(root, 'bench', 'calendarProbe.mjs'), jobFile], { env: { ...process.env, TZ: 'Europe/Berlin' }, maxBuffer: 64 * 1024 * 1024 });
    probes.push(JSON.parse(stdout.trim().split('\n').pop()));
  }
  const p = probes[0];
  const first = probes.map((r) => r.expandMs);
  // Every stretch between two yields, the window's building included (built in slices, as the
  // reader builds it).
  const longest = probes.map((r) => Math.max(...r.slices));
  const upcoming = probes.flatMap((r) => r.upcoming);
  const scan = probes.flatMap((r) => r.scan);
  return [
    {
      figure: `parse and expand a ${(p.bytes / 1024 / 1024).toFixed(1)} MB export (8,000 events, 400 series, 30 zones) for −7…+31 days, first time in a fresh process`,
      value: median(first), p95: p95(first), baseline: median(probes.map((r) => r.readMs)), baselineName: 'reading the file',
      format: ms, targets: [{ text: '≤ 500 ms', pass: median(first) <= 500 }],
      note: `${probes.length} processes; ${p.occurrences} occurrences in the window (owner ${p.owner ? 'found' : 'not found'}, ${p.problems} problems); ` +
        `CPU time ${ms(median(probes.map((r) => r.cpuMs)))} (median); again in the same process ${ms(median(probes.flatMap((r) => r.again)))} (median); ` +
        `building the window (matching, sorting; in slices) ${ms(median(probes.map((r) => r.windowMs)))} more`,
    },
    {
      figure: 'longest stretch the extension host is kept busy meanwhile (between two yields, the window\'s building included)',
      value: median(longest), p95: Math.max(...longest), baseline: median(first), baselineName: 'the whole job in one call',
      format: ms, targets: [{ text: '≤ 50 ms (worst process)', pass: Math.max(...longest) <= 50 }],
      note: `median and worst of ${probes.length} processes; ${median(probes.map((r) => r.slices.length))} slices of about ${p.budgetMs} ms (budgetMs), ` +
        `${median(probes.map((r) => r.windowSlices))} of them ending while the window was built`,
    },
    {
      figure: `upcoming(24) on that calendar (${p.windowSize} occurrences; ${p.perDay} in the first 24 h)`,
      value: median(upcoming), p95: p95(upcoming), baseline: median(scan), baselineP95: p95(scan), baselineName: 'filtering every occurrence',
      format: ms, targets: [{ text: 'median ≤ 1 ms', pass: median(upcoming) <= 1 }],
      note: `${upcoming.length} calls at times spread over the window; the export is ${kb(p.bytes)}`,
    },
  ];
}
