// Child process of bench/people.mjs: the People service (src/services/people) and review
// preparation (src/features/people) under the vscode stand-in, with workspace.fs backed by
// Node's file system. Times (a) the People view's rows for every person of the notes folder,
// beside listing the folders; (b) a review of one person's notes in a period, beside reading them.
//   node bench/peopleProbe.mjs <bundle> <notesFolder> <reviewPerson> <from> <to> <rounds>
// Prints one JSON line: { rows, listing, review, reading, people, reviewed } (times in ms).
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { installVscodeStandIn } from './vscodeStandIn.mjs';

const [bundle, notes, person, from, to, rounds] = [process.argv[2], process.argv[3], process.argv[4], process.argv[5], process.argv[6], Number(process.argv[7])];
const require = createRequire(import.meta.url);
installVscodeStandIn(require);
const vscode = require('vscode');
const enoent = (e) => Object.assign(new Error(e.message), { code: 'FileNotFound' });
vscode.workspace.fs = {
  stat: async (uri) => { try { const s = statSync(uri.fsPath); return { type: s.isDirectory() ? 2 : 1, size: s.size, ctime: 0, mtime: 0 }; } catch (e) { throw enoent(e); } },
  readDirectory: async (uri) => (await readdir(uri.fsPath, { withFileTypes: true })).map((d) => [d.name, d.isDirectory() ? 2 : 1]),
  readFile: async (uri) => { try { return await readFile(uri.fsPath); } catch (e) { throw enoent(e); } },
  createDirectory: async (uri) => { mkdirSync(uri.fsPath, { recursive: true }); },
};
const peopleBundle = require(bundle);
const { PeopleService, prepareReview } = peopleBundle;
const settings = { get: (key) => (key === 'oneOnOnes.cadenceDays' ? 14 : undefined), raw: () => undefined, onDidChange: () => ({ dispose() {} }) };
const log = { info() {}, warn: (m) => process.stderr.write(`warn: ${m}\n`), error: (m) => process.stderr.write(`error: ${m}\n`), debug() {}, trace() {} };
const notesFolder = { configured: () => vscode.Uri.file(notes) };

const rows = [];
const listing = [];
const review = [];
const reading = [];
let people = 0;
let reviewed = 0;
for (let i = 0; i < rounds; i++) {
  let t = performance.now();
  const service = new PeopleService({ settings, notesFolder, log, profiles: () => peopleBundle });
  await service.whenReady();
  people = service.rows().length;
  rows.push(performance.now() - t);

  t = performance.now();
  const base = join(notes, 'one-on-ones');
  const folders = await readdir(base);
  await Promise.all(folders.map((f) => readdir(join(base, f))));
  listing.push(performance.now() - t);

  // The review and its baseline in alternating order, round by round: whichever runs second
  // meets the first one's leftovers (garbage, V8 still optimising on the other core).
  const folder = join(base, person);
  const readThem = async () => {
    const t0 = performance.now();
    const files = readdirSync(folder).filter((n) => n >= from && n.slice(0, 10) <= to && n.endsWith('.md'));
    await Promise.all(files.map((n) => readFile(join(folder, n), 'utf8')));
    reading.push(performance.now() - t0);
  };
  if (i % 2 === 1) await readThem();
  t = performance.now();
  const uri = await prepareReview(service, async () => [], { person, from, to, open: false }, new Date());
  review.push(performance.now() - t);
  reviewed = (readFileSync(uri.fsPath, 'utf8').match(/^- \[/gm) ?? []).length;
  if (i % 2 === 0) await readThem();
  service.dispose();
}
process.stdout.write(JSON.stringify({ rows, listing, review, reading, people, reviewed }) + '\n');
process.exit(0);
