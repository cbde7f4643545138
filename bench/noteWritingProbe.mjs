// Child process of bench/noteWriting.mjs: the real note commands (src/features/templates) under the
// vscode stand-in, with workspace.fs backed by Node's file system and the notes folder set to
// a temporary folder holding `earlier` past 1:1s with one person. Times `newOneOnOne` (list
// the person's folder, find the previous note, read it, carry its open items over, rotate
// questions, fill the template, write without overwriting) beside writing the bare template.
//   node bench/noteWritingProbe.mjs <note-commands bundle> <dist> <notesFolder> <rounds>
// Prints one JSON line: { note: number[], bare: number[], carried: number } in milliseconds.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { installVscodeStandIn } from './vscodeStandIn.mjs';

const [bundle, dist, notes, rounds] = [process.argv[2], process.argv[3], process.argv[4], Number(process.argv[5])];
const require = createRequire(import.meta.url);
installVscodeStandIn(require);
const vscode = require('vscode');
const enoent = (e) => Object.assign(new Error(e.message), { code: 'FileNotFound' });
vscode.workspace.fs = {
  stat: async (uri) => { try { const s = statSync(uri.fsPath); return { type: s.isDirectory() ? 2 : 1, size: s.size, ctime: 0, mtime: 0 }; } catch (e) { throw enoent(e); } },
  readDirectory: async (uri) => readdirSync(uri.fsPath, { withFileTypes: true }).map((d) => [d.name, d.isDirectory() ? 2 : 1]),
  readFile: async (uri) => { try { return readFileSync(uri.fsPath); } catch (e) { throw enoent(e); } },
  writeFile: async (uri, bytes) => writeFileSync(uri.fsPath, bytes, { flag: 'wx' }),
  createDirectory: async (uri) => { mkdirSync(uri.fsPath, { recursive: true }); },
};
vscode.workspace.getConfiguration = () => ({ get: (key, fallback) => (key === 'notesFolder' ? notes : fallback), has: () => true, inspect: () => undefined, update: async () => {} });

const { createNoteCommands, NoteMemory, NotesFolder, TipLibrary } = require(bundle);
const content = JSON.parse(readFileSync(join(dist, 'content.json'), 'utf8'));
const lib = new TipLibrary([content]);
const setting = (key) => (key === 'notesFolder' ? notes : key === 'leadershipTime.targetPercent' ? 15 : key === 'leadershipTime.weeklyHours' ? 40 : undefined);
const settings = { get: setting, raw: setting, onDidChange: () => ({ dispose() {} }) };
const state = { data: new Map(), keys() { return [...this.data.keys()]; }, get(k, f) { return this.data.has(k) ? this.data.get(k) : f; }, async update(k, v) { this.data.set(k, v); }, setKeysForSync() {} };
const log = { info() {}, warn: (m) => process.stderr.write(`warn: ${m}\n`), error: (m) => process.stderr.write(`error: ${m}\n`), debug() {}, trace() {} };
// People's service writes a missing profile.md exclusively; here the same through Node's 'wx'.
const profiles = { ensureProfile: async (slug, name) => { try { writeFileSync(join(notes, 'one-on-ones', slug, 'profile.md'), `---\nname: ${name}\n---\n`, { flag: 'wx' }); } catch { /* there already: never overwritten */ } } };
// The notes folder (extension.ts makes it) and what the templates remember (registerTemplates makes it), handed to the note commands.
const notesFolder = new NotesFolder(settings, log);
const memory = new NoteMemory(state, log, () => notesFolder.configured()?.toString() ?? '');
const commands = createNoteCommands({ content: { current: () => lib, ready: async () => lib, withPacks: async () => lib }, settings, notesFolder, log, memory, profiles });
const template = lib.templates.find((t) => t.kind === 'one-on-one' && t.id === 'regular');

const note = [];
const bare = [];
let carried = 0;
for (let i = 0; i < rounds; i++) {
  const date = `2030-01-${String((i % 28) + 1).padStart(2, '0')}`;
  let t = performance.now();
  const uri = await commands.run('newOneOnOne', { person: 'Sam Lee', template: 'regular', date, open: false });
  note.push(performance.now() - t);
  if (!uri) throw new Error('newOneOnOne wrote nothing');
  if (i === 0) carried = (readFileSync(uri.fsPath, 'utf8').match(/^- \[ \] carried item/gm) ?? []).length;
  t = performance.now();
  writeFileSync(join(notes, 'bare', `${date}-${i}.md`), template.body, { flag: 'wx' });
  bare.push(performance.now() - t);
}
process.stdout.write(JSON.stringify({ note, bare, carried }) + '\n');
process.exit(0);
