import type * as vscode from 'vscode';
import { EventEmitter, workspace } from 'vscode';
import type { TipLibrary } from '../core/tipLibrary';
import type { ContentIndex } from '../shared/contentTypes';
import { libraryModule } from './lazyModules';
import type { PackLoader } from './packLoader';
import type { SettingsStore } from './settingsStore';

/**
 * Holds the library: the built-in content (inlined in dist/library.js, loaded on first use)
 * plus team packs from `contentFolders` and, in a trusted workspace, `.leadership/`. Packs are
 * read in the background (PackLoader, also in dist/library.js); a bad file is skipped and
 * reported in the Problems panel and the output channel while the rest loads. Nothing is read
 * or watched until the library is first used.
 */
export class ContentSource implements vscode.Disposable {
  private library: TipLibrary | undefined;
  private packs: ContentIndex[] = [];
  private loader: PackLoader | undefined;
  private loading: Promise<void> | undefined;
  private readonly changed = new EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor(private readonly settings: SettingsStore, private readonly log: vscode.LogOutputChannel) {
    const reload = () => this.loader && void this.reloadPacks();
    this.disposables.push(
      settings.onDidChange(['contentFolders'], reload),
      workspace.onDidGrantWorkspaceTrust(reload),
      workspace.onDidChangeWorkspaceFolders(reload),
    );
  }

  /** The library as loaded so far (built-in at once; packs join when read). */
  current(): TipLibrary {
    if (!this.loader) void this.reloadPacks();
    return (this.library ??= libraryModule().openLibrary(this.packs));
  }

  /** The library if something already loaded it; never loads it (for cheap extras such as a tooltip). */
  ifLoaded(): TipLibrary | undefined {
    return this.library ?? (this.loader ? this.current() : undefined);
  }

  /** Resolves once the packs requested so far are read. */
  whenLoaded(): Promise<void> {
    this.current();
    return this.loading ?? Promise.resolve();
  }

  reloadPacks(): Promise<void> {
    this.loader ??= libraryModule().createPackLoader(this.settings, this.log, () => void this.reloadPacks());
    const loader = this.loader;
    const run = async () => {
      this.packs = await loader.load(libraryModule().builtInContent().categories);
      this.library = undefined;
      this.changed.fire();
    };
    this.loading = (this.loading ?? Promise.resolve()).then(run, run).catch((e) => this.log.error(`Could not read team packs: ${e}`));
    return this.loading;
  }

  dispose(): void {
    this.loader?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
