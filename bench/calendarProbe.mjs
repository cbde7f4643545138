// One fresh process (bench/calendar.mjs): reads the export, parses and expands it as the
// extension host would (yielding with setImmediate between slices), builds the window as the
// reader does (CalendarWindow.build, in slices, right after the expansion) and asks upcoming(24)
// many times. Every stretch between two yields is timed, across expansion and window building
// alike: `slices` are all of them, `windowSlices` how many ended while the window was built.
// Prints one JSON line.
import { readFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import { setImmediate } from 'node:timers';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { expandCalendar, CalendarWindow, english, DEFAULT_BUDGET_MS } = createRequire(import.meta.url)(job.bundle);
const DAY = 86_400_000;
const now = new Date(job.now);
const from = new Date(now.getTime() - 7 * DAY);
const to = new Date(now.getTime() + 31 * DAY);
const people = [{ slug: 'sam', name: 'sam', email: 'sam.lee@example.com' }, { slug: 'priya', name: 'priya', email: 'priya.nair@example.com' }];

const t0 = performance.now();
const text = readFileSync(job.file, 'utf8');
const readMs = performance.now() - t0;

async function expandOnce() {
  const slices = [];
  let sliceStart = performance.now();
  const yieldToHost = async () => {
    slices.push(performance.now() - sliceStart);
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const result = await expandCalendar(text, { from, to, yieldToHost });
  const expandMs = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  // No yield of its own here: as in CalendarReader, the window is built on the expansion's last
  // turn (the builder gives the host its turn first), so that slice keeps running until then.
  const w0 = performance.now();
  const before = slices.length;
  const window = await CalendarWindow.build([result], people, english, { yieldToHost });
  slices.push(performance.now() - sliceStart);
  const windowMs = performance.now() - w0;
  return { result, window, expandMs, cpuMs: (cpu.user + cpu.system) / 1000, slices, windowSlices: slices.length - before - 1, windowMs };
}

const first = await expandOnce();
const again = [];
for (let i = 0; i < job.repeats; i++) again.push((await expandOnce()).expandMs);

// upcoming(24) at times spread over the window, beside a plain filter of every occurrence.
const { window, result } = first;
const nows = Array.from({ length: job.queries }, (_, i) => new Date(from.getTime() + ((i * 7919) % job.queries) / job.queries * 38 * DAY));
const upcoming = [];
const scan = [];
let found = 0;
for (const n of nows) {
  const a = performance.now();
  found += window.upcoming(n, 24).length;
  upcoming.push(performance.now() - a);
  const b = performance.now();
  const limit = n.getTime() + DAY;
  found -= result.events.filter((e) => e.start.getTime() >= n.getTime() && e.start.getTime() < limit).length;
  scan.push(performance.now() - b);
}
if (found !== 0) throw new Error('upcoming(24) and the plain filter disagree');

console.log(JSON.stringify({
  bytes: Buffer.byteLength(text), budgetMs: DEFAULT_BUDGET_MS, readMs, expandMs: first.expandMs, cpuMs: first.cpuMs, again, slices: first.slices, windowSlices: first.windowSlices, windowMs: first.windowMs,
  occurrences: result.events.length, windowSize: window.size, owner: result.owner ?? null, problems: result.problems.length,
  upcoming, scan, perDay: window.upcoming(now, 24).length,
}));
