import type * as vscode from 'vscode';
import { ASKED_MEMORY } from '../core/questionRotation';
import { readStored } from './storedValue';
import { isRecord } from '../shared/records';

const PEOPLE = 'leadershipPrompts.oneOnOnePeople';
/** The notes folder the remembered people came from (its Uri as text; '' for none). */
const PEOPLE_FOLDER = 'leadershipPrompts.oneOnOnePeopleFolder';
const REPO_FOLDERS_ALLOWED = 'leadershipPrompts.notesInRepositoryAllowed';
const LAST_TEAM = 'leadershipPrompts.lastTeam';

/** What is remembered about a person you hold 1:1s with, under their slug. */
export interface PersonRecord {
  /** The name as typed, for pickers and new agendas ("Zoë Müller" for zoe-muller). */
  name: string;
  /** The date of the latest 1:1 written, YYYY-MM-DD. */
  last?: string;
  /** Question ids asked in their 1:1s, oldest first. */
  asked: string[];
}

type People = Record<string, PersonRecord>;

function people(x: unknown): People | undefined {
  if (!isRecord(x)) return undefined;
  const out: People = {};
  // Keep every record that can be read; drop the others rather than the whole map.
  for (const [slug, r] of Object.entries(x)) {
    const rec = r as Partial<PersonRecord>;
    if (!/^[a-z0-9-]{1,60}$/.test(slug) || typeof rec !== 'object' || rec === null || typeof rec.name !== 'string') continue;
    out[slug] = {
      name: rec.name.slice(0, 100),
      ...(typeof rec.last === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(rec.last) ? { last: rec.last } : {}),
      asked: Array.isArray(rec.asked) ? rec.asked.filter((id): id is string => typeof id === 'string' && id.length < 200).slice(-ASKED_MEMORY) : [],
    };
  }
  return out;
}

const strings = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : undefined);
const text = (x: unknown) => (typeof x === 'string' ? x : undefined);

/**
 * What the templates remember between sessions, in global state on this machine only: people
 * and the questions they were asked (names are private, so never synced), the notes folders
 * you chose to keep inside a git repository, the last team named.
 */
export class NoteMemory {
  /**
   * `notesFolder` names the current notes folder ('' for none): the people remembered belong to
   * the folder their 1:1s were written for, and are forgotten when it changes (or is cleared).
   */
  constructor(private readonly state: vscode.Memento, private readonly log?: vscode.LogOutputChannel, private readonly notesFolder: () => string = () => '') {}

  people(): People {
    // Remembered before the folder was recorded: kept, and recorded with the next 1:1.
    const from = this.state.get<unknown>(PEOPLE_FOLDER);
    if (from !== undefined && from !== this.notesFolder()) return {};
    return readStored(this.state, PEOPLE, people, {}, this.log);
  }

  person(slug: string): PersonRecord | undefined {
    return this.people()[slug];
  }

  async rememberOneOnOne(slug: string, name: string, date: string, asked: string[] | undefined): Promise<void> {
    const all = this.people();
    const before = all[slug];
    const last = before?.last && before.last > date ? before.last : date;
    all[slug] = { name, last, asked: asked ?? before?.asked ?? [] };
    await this.state.update(PEOPLE_FOLDER, this.notesFolder());
    await this.state.update(PEOPLE, all);
  }

  repositoryWriteAllowed(folder: vscode.Uri): boolean {
    return readStored(this.state, REPO_FOLDERS_ALLOWED, strings, [], this.log).includes(folder.toString());
  }

  async allowRepositoryWrite(folder: vscode.Uri): Promise<void> {
    const allowed = readStored(this.state, REPO_FOLDERS_ALLOWED, strings, [], this.log);
    if (!allowed.includes(folder.toString())) await this.state.update(REPO_FOLDERS_ALLOWED, [...allowed, folder.toString()]);
  }

  lastTeam(): string {
    return readStored(this.state, LAST_TEAM, text, '', this.log);
  }

  async setLastTeam(team: string): Promise<void> {
    if (team.trim()) await this.state.update(LAST_TEAM, team.trim());
  }
}
