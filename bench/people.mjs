// The People view's rows for 60 people with 200 1:1 notes each (12,000 files), beside listing
// their folders; and a review of one person's 100 notes in a period, beside reading those files.
// Through the real service and command code (bench/peopleProbe.mjs), on Node's file system.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { bundleOptions } from '../scripts/build.mjs';
import { median, ms, p95 } from './stats.mjs';

const run = promisify(execFile);
const PEOPLE = 60;
const NOTES = 200;
const IN_PERIOD = 100;

const dateOf = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export async function measurePeople({ root, work, rounds = 30 }) {
  const notes = join(work, 'people-notes');
  const today = new Date();
  const dates = Array.from({ length: NOTES }, (_, i) => dateOf(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 3 * (NOTES - 1 - i) - 1)));
  for (let p = 0; p < PEOPLE; p++) {
    const folder = join(notes, 'one-on-ones', `person-${p}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'profile.md'), `---\nname: Person ${p}\ncadenceDays: ${7 + (p % 3) * 7}\n---\n# Person ${p}\n`);
    dates.forEach((date, i) => writeFileSync(join(folder, `${date}.md`), `# 1:1 — ${date}\n\n## Questions\n- What is blocking you?\n\n## Notes\n- Shipped the importer #win\n- Wants to lead the next design review #growth\n${'Some notes from the conversation. '.repeat(15)}\n\n## Action items\n- [x] done ${i}\n- [ ] open ${i} a\n  - [ ] nested ${i}\n`));
  }
  // The service, review preparation and profile reading: what dist/people.js holds.
  const bundle = join(work, 'people-bench.cjs');
  const { node } = bundleOptions(true);
  await esbuild.build({ ...node, absWorkingDir: root, entryPoints: [join(root, 'bench', 'peopleEntry.ts')], outdir: undefined, outfile: bundle, sourcemap: false, metafile: false });
  const from = dates[NOTES - IN_PERIOD];
  const to = dates[NOTES - 1];
  const { stdout } = await run(process.execPath, [join(root, 'bench', 'peopleProbe.mjs'), bundle, notes, 'person-0', from, to, String(rounds)], { maxBuffer: 1 << 24 });
  const r = JSON.parse(stdout.trim().split('\n').pop());
  return [
    {
      figure: `People view rows ready: ${PEOPLE} people × ${NOTES} notes (${PEOPLE * NOTES} files), profiles and newest notes read`,
      value: median(r.rows), p95: p95(r.rows), baseline: median(r.listing), baselineP95: p95(r.listing), baselineName: `listing the ${PEOPLE} folders`,
      format: ms,
      targets: [{ text: '≤ 150 ms', pass: median(r.rows) <= 150 }],
      note: `${rounds} scans, each by a new service; ${r.people} people`,
    },
    {
      figure: `review preparation, one person, ${IN_PERIOD} notes in the period`,
      value: median(r.review), p95: p95(r.review), baseline: median(r.reading), baselineP95: p95(r.reading), baselineName: `reading the ${IN_PERIOD} files`,
      format: ms,
      targets: [{ text: '≤ 2× the baseline', pass: median(r.review) <= 2 * median(r.reading) }, { text: '≤ 100 ms', pass: median(r.review) <= 100 }],
      note: `${rounds} reviews written (never over each other), the baseline read before the review in every other round; the first review, its code still cold: ${ms(r.review[0])}; ${r.reviewed} list items in the last`,
    },
  ];
}
