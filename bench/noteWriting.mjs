// A new 1:1 agenda when the person already has 500 earlier 1:1 notes, through the real note
// commands (bench/noteWritingProbe.mjs), beside writing the bare template to a file.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { bundleOptions } from '../scripts/build.mjs';
import { median, ms, p95 } from './stats.mjs';

const run = promisify(execFile);
const EARLIER = 500;

export async function measureNoteWriting({ root, work, rounds = 20 }) {
  const notes = join(work, 'notes');
  const person = join(notes, 'one-on-ones', 'sam-lee');
  mkdirSync(person, { recursive: true });
  mkdirSync(join(notes, 'bare'), { recursive: true });
  const start = new Date(2020, 0, 6);
  for (let i = 0; i < EARLIER; i++) {
    const d = new Date(start.getTime() + i * 7 * 86_400_000);
    const name = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}.md`;
    writeFileSync(join(person, name), `# 1:1 with Sam Lee\n\n## Action items\n- [x] done item ${i}\n- [ ] carried item ${i} a\n  - [ ] nested ${i}\n* [ ] carried item ${i} b\n\n## Notes\n${'Some notes from the conversation. '.repeat(20)}\n`);
  }
  // The note commands of src/ (features/templates), bundled with the production options.
  // With the deferred people.js beside it, as in dist/ (a first 1:1 writes the person's profile).
  const out = join(work, 'note-commands');
  const commands = join(out, 'noteCommands.js');
  const { node } = bundleOptions(true);
  await esbuild.build({ ...node, absWorkingDir: root, entryPoints: { noteCommands: join(root, 'bench', 'noteCommandsEntry.ts'), people: join(root, 'src', 'features', 'people', 'peopleModule.ts') }, outdir: out, sourcemap: false, metafile: false });
  const { stdout } = await run(process.execPath, [join(root, 'bench', 'noteWritingProbe.mjs'), commands, join(root, 'dist'), notes, String(rounds)]);
  const { note, bare, carried } = JSON.parse(stdout.trim().split('\n').pop());
  return [{
    figure: `new 1:1 agenda with ${EARLIER} earlier 1:1 notes for that person (real note commands, workspace.fs on Node's file system)`,
    value: median(note), p95: p95(note), baseline: median(bare), baselineP95: p95(bare), baselineName: 'writing the bare template',
    format: ms,
    targets: [{ text: '≤ 100 ms', pass: median(note) <= 100 }],
    note: `${rounds} agendas; the first carried ${carried} open items over from the most recent earlier note`,
  }];
}
