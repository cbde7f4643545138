import type * as vscode from 'vscode';
import { EventEmitter } from 'vscode';
import type { PersonRow } from '../../core/people';
import type { ProfileChanges } from '../../core/personProfile';
import type { PersonSummary } from '../../shared/api';
import type { PeopleService, PeopleServiceDeps } from './peopleService';

/** What People needs of dist/people.js: the service and profile.md's reading and writing. */
export type PeopleBundle = { PeopleService: typeof PeopleService } & ReturnType<PeopleServiceDeps['profiles']>;

/**
 * The people of the notes folder, as the rest of the extension sees them. This is all of People
 * that activation holds: the first call that needs a person loads dist/people.js (the service,
 * the tree, review preparation, js-yaml) and builds the service; until then nothing is read.
 */
export class People implements vscode.Disposable {
  private loaded: PeopleService | undefined;
  private subscription: vscode.Disposable | undefined;
  private readonly changed = new EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: Omit<PeopleServiceDeps, 'profiles'>, private readonly module: () => PeopleBundle) {}

  /** The service itself, loading dist/people.js the first time. */
  service(): PeopleService {
    if (!this.loaded) {
      const m = this.module();
      this.loaded = new m.PeopleService({ ...this.deps, profiles: () => m });
      this.subscription = this.loaded.onDidChange(() => this.changed.fire());
    }
    return this.loaded;
  }

  rows(): readonly PersonRow[] { return this.service().rows(); }
  summaries(): PersonSummary[] { return this.service().summaries(); }
  whenReady(): Promise<void> { return this.service().whenReady(); }
  refresh(): Promise<void> { return this.loaded ? this.loaded.refresh() : Promise.resolve(); }
  notesRoot(): vscode.Uri | undefined { return this.service().notesRoot(); }
  personFolder(slug: string): vscode.Uri | undefined { return this.service().personFolder(slug); }
  find(nameOrSlug: string): PersonRow | undefined { return this.service().find(nameOrSlug); }
  ensureProfile(slug: string, name: string): Promise<void> { return this.service().ensureProfile(slug, name); }
  updateProfile(slug: string, name: string, changes: ProfileChanges): Promise<string | undefined> { return this.service().updateProfile(slug, name, changes); }

  dispose(): void {
    this.subscription?.dispose();
    this.loaded?.dispose();
    this.changed.dispose();
  }
}
