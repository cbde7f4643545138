import type * as vscode from 'vscode';
import { EventEmitter, Uri, workspace } from 'vscode';
import type { TipLibrary } from '../../core/tipLibrary';
import { DisposableStore } from '../../platform/disposableStore';
import type { SettingsStore } from '../../platform/settingsStore';
import type { ContentIndex } from '../../shared/contentTypes';
import type * as LibraryModule from './libraryModule';
import type * as PackCompiler from './packCompiler';
import type { PackLoader } from './packLoader';

/** How long after the library is first opened its search index is made in the background. */
const SEARCH_INDEX_DELAY_MS = 1000;

/** Reads dist/content.json (the built-in library). */
export type BuiltInReader = () => Promise<ContentIndex>;

/** The library's code that loads on first use (platform/deferredModules.ts): its engine (dist/library.js) and the pack compiler (dist/packs.js). */
export interface LibraryModules {
  engine: () => typeof LibraryModule;
  packCompiler: () => typeof PackCompiler;
}

/**
 * Holds the library: the built-in content (dist/content.json, read through workspace.fs on
 * first use) plus team packs from `contentFolders` and, in a trusted workspace, `.leadership/`.
 * Nothing is read, watched or loaded until the library is first used: then dist/content.json is
 * read and the engine (dist/library.js: search, retrieval, the pack reader) loaded. Packs are read in the
 * background; a bad file is skipped and reported while the rest loads.
 *
 * `current()` answers at once from what is loaded so far (empty until the built-in content
 * has arrived) and starts loading; `ready()` waits for the built-in content, `searchable()`
 * for its search index too, `withPacks()` for the packs as well, and `whenLoaded()` for all of it.
 */
export class ContentSource implements vscode.Disposable {
  private builtIn: ContentIndex | undefined;
  private builtInLoading: Promise<void> | undefined;
  private library: TipLibrary | undefined;
  private packs: ContentIndex[] = [];
  private loader: PackLoader | undefined;
  private loading: Promise<void> | undefined;
  /** Set when the first library opens: the search index waits until it fires (see open). */
  private indexTimer: ReturnType<typeof setTimeout> | undefined;
  private indexWaits = true;
  private readonly changed = new EventEmitter<void>();
  private readonly store = new DisposableStore();
  readonly onDidChange = this.changed.event;

  constructor(private readonly settings: SettingsStore, private readonly log: vscode.LogOutputChannel, private readonly readBuiltIn: BuiltInReader, private readonly modules: LibraryModules) {
    const reload = () => this.loader && void this.reloadPacks();
    this.store.add(this.changed);
    this.store.add({ dispose: () => clearTimeout(this.indexTimer) });
    this.store.add(settings.onDidChange(['contentFolders'], reload));
    this.store.add(workspace.onDidGrantWorkspaceTrust(reload));
    this.store.add(workspace.onDidChangeWorkspaceFolders(reload));
  }

  /** The library's engine (dist/library.js), loaded the first time: what works on a TipLibrary (the mentor's retrieval, summaries). */
  engine(): typeof LibraryModule {
    return this.modules.engine();
  }

  /** The library as loaded so far; starts loading the rest. */
  current(): TipLibrary {
    this.start();
    return (this.library ??= this.open());
  }

  /** The library if something already loaded it; never loads it (for cheap extras such as a tooltip). */
  ifLoaded(): TipLibrary | undefined {
    return this.builtIn ? this.current() : undefined;
  }

  /** The library once the built-in content is read (packs join when read). */
  async ready(): Promise<TipLibrary> {
    this.start();
    await this.builtInLoading;
    return this.current();
  }

  /** The library once the built-in content and the packs requested so far are read (templates need both, not the search index). */
  async withPacks(): Promise<TipLibrary> {
    this.start();
    await this.builtInLoading;
    await this.loading;
    return this.current();
  }

  /** Resolves once the built-in content, the packs requested so far and the search index are ready. */
  async whenLoaded(): Promise<void> {
    await (await this.withPacks()).prepareSearch();
  }

  /** The library once the built-in content is read and its search index made (in slices): for what searches it. */
  async searchable(): Promise<TipLibrary> {
    const library = await this.ready();
    await library.prepareSearch();
    return library;
  }

  private start(): void {
    this.builtInLoading ??= this.readBuiltIn().then(
      (content) => {
        this.builtIn = content;
        this.library = undefined;
      },
      (e) => this.log.error(`Could not read the built-in library: ${e}`),
    );
    if (!this.loader) void this.reloadPacks();
  }

  private open(): TipLibrary {
    const library = new (this.engine().TipLibrary)(this.builtIn ? [this.builtIn, ...this.packs] : this.packs);
    if (this.builtIn && !this.indexWaits) this.prepareSearch(library);
    else if (this.builtIn) {
      // The first index is made a moment later, not at once: the library is being used for the
      // first time, its view is usually being made and painted, and on a machine with few cores
      // the two compete (made at once, the first paint came 37–103 ms later in each of three
      // alternating pairs of npm run bench; a second later, no consistent difference in three
      // more). Whatever searches sooner starts it (searchable) or makes it at once. After that,
      // a library made again (a pack changed) starts its index at once.
      this.indexTimer ??= setTimeout(() => {
        this.indexWaits = false;
        if (this.library) this.prepareSearch(this.library);
      }, SEARCH_INDEX_DELAY_MS);
    }
    return library;
  }

  private prepareSearch(library: TipLibrary): void {
    void library.prepareSearch().catch((e) => this.log.error(`Could not build the search index: ${e}`));
  }

  reloadPacks(): Promise<void> {
    this.loader ??= this.store.add(new (this.engine().PackLoader)(this.settings, this.log, () => void this.reloadPacks(), this.modules.packCompiler));
    const loader = this.loader;
    const run = async () => {
      await this.builtInLoading;
      const packs = await loader.load(this.builtIn?.categories ?? []);
      // No pack before and none now (none configured, or folders with no Markdown or YAML file
      // in them, as when the library is first read for most people): the library is the one
      // made already, and the view need not be sent it again.
      if (packs.length === 0 && this.packs.length === 0) return;
      this.packs = packs;
      this.library = undefined;
      this.changed.fire();
    };
    this.loading = (this.loading ?? Promise.resolve()).then(run, run).catch((e) => this.log.error(`Could not read team packs: ${e}`));
    return this.loading;
  }

  dispose(): void {
    this.store.dispose();
  }
}

/** The built-in content as dist/content.json holds it, read through workspace.fs (works in a web-worker host too). */
export function builtInReader(extensionUri: vscode.Uri): BuiltInReader {
  return async () => {
    const uri = Uri.joinPath(extensionUri, 'dist', 'content.json');
    return JSON.parse(new TextDecoder('utf-8').decode(await workspace.fs.readFile(uri))) as ContentIndex;
  };
}
