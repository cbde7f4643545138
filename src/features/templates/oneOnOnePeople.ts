import * as vscode from 'vscode';
import { oneOnOneDate } from '../../core/notePlacement';
import { nameFromSlug, slugify } from '../../core/slug';
import type { NoteMemory } from '../../platform/noteMemory';
import type { NotesFolder } from '../../platform/notesFolder';
import { listFolders, listNotes } from './noteFiles';
import type { KnownPerson } from './notePickers';

/**
 * The people you have had 1:1s with: those remembered here (with the name as typed) and every
 * folder in `one-on-ones/`, each with the date of their latest 1:1.
 */
export async function knownPeople(memory: NoteMemory, notesFolder: NotesFolder): Promise<KnownPerson[]> {
  const people = new Map<string, KnownPerson>(Object.entries(memory.people()).map(([slug, r]) => [slug, { slug, name: r.name, ...(r.last ? { last: r.last } : {}) }]));
  const root = notesFolder.configured();
  if (root) {
    const base = vscode.Uri.joinPath(root, 'one-on-ones');
    for (const slug of await listFolders(base)) {
      if (slug !== slugify(slug)) continue;
      const dates = (await listNotes(vscode.Uri.joinPath(base, slug))).map((e) => oneOnOneDate(e.name)).filter((d): d is string => !!d).sort();
      const known = people.get(slug);
      const last = [known?.last, dates[dates.length - 1]].filter((d): d is string => !!d).sort().pop();
      // A folder written elsewhere (another machine, by hand) has no remembered name: its slug, capitalised, stands in.
      const name = known?.name ?? nameFromSlug(slug);
      people.set(slug, { slug, name, ...(last ? { last } : {}) });
    }
  }
  return [...people.values()];
}

/** Whether there has been a 1:1 with this person: remembered here, or a dated note in their folder. */
export async function hasMet(slug: string, memory: NoteMemory, notesFolder: NotesFolder): Promise<boolean> {
  if (memory.person(slug)) return true;
  const root = notesFolder.configured();
  return !!root && (await listNotes(vscode.Uri.joinPath(root, 'one-on-ones', slug))).some((e) => oneOnOneDate(e.name));
}
