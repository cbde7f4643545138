import * as vscode from 'vscode';
import { createQueued } from './queuedCreate';

// What differs between extension hosts, in one place. The extension runs as it would in a web
// worker (vscode.dev, github.dev, a browser-only install): no home folder, no git, no local file
// system of its own, files read only asynchronously. In Node, package.json's `main`
// (src/nodeHost.ts) hands activate() Node's own host, and useHost() puts it in place. Everything
// else asks through the functions below, the deferred bundles too (`#host`, platform/deferredModules.ts).

/** A CommonJS bundle as a function of its `exports`, `require` and `module`. */
export type BundleFunction = (exports: object, require: (id: string) => unknown, module: { exports: object }) => void;

export interface Host {
  /** The home folder `~` stands for; undefined where there is none. */
  homeFolder(): string | undefined;
  /** Says in the output channel what this host leaves out. */
  reportLeftOut(log: vscode.LogOutputChannel): void;
  /** Creates `uri` with `contents` only if no file has that name: true when created, false when the name is taken. */
  createExclusively(uri: vscode.Uri, contents: Uint8Array): Promise<boolean>;
  /** The root of the git working tree holding `folder`; undefined outside one or where there is no git. */
  workingTreeOf(folder: vscode.Uri): Promise<vscode.Uri | undefined>;
  /** Whether git ignores `file` in the working tree at `root`; anything unclear counts as not ignored. */
  isIgnoredByGit(root: vscode.Uri, file: vscode.Uri): Promise<boolean>;
  /** Reads the deferred bundles ahead where they cannot be read when first needed; undefined when there is nothing to wait for. */
  readBundles(extensionUri: vscode.Uri, files: readonly string[]): Promise<void> | undefined;
  /** The deferred bundle dist/`file`, compiled. */
  compiledBundle(file: string): BundleFunction;
}

const sources = new Map<string, { uri: vscode.Uri; source: string }>();

/**
 * A web-worker extension host. Notes are created with workspace.fs and this host's own queue
 * (queuedCreate.ts). A web worker reads a file only asynchronously while the loaders of
 * platform/deferredModules.ts answer at once, so every deferred bundle is read while the
 * extension activates (extension.ts waits for it) and compiled as a Function on first need, as
 * VS Code's web-worker host loads an extension itself.
 */
export const webWorkerHost: Host = {
  homeFolder: () => undefined,
  reportLeftOut(log) {
    log.info('Web extension host: "~" in notesFolder and contentFolders is left out; use ${workspaceFolder}/… there.');
    log.info('Web extension host: git activity is left out (the built-in Git extension is not available), and notes are not checked against .gitignore.');
    log.info('Web extension host: notes are created with workspace.fs and this window\'s own queue (no exclusive create of the operating system).');
  },
  createExclusively: createQueued,
  workingTreeOf: async () => undefined,
  isIgnoredByGit: async () => false,
  async readBundles(extensionUri, files) {
    await Promise.all(files.map(async (file) => {
      if (sources.has(file)) return;
      const uri = vscode.Uri.joinPath(extensionUri, 'dist', file);
      sources.set(file, { uri, source: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
    }));
  },
  compiledBundle(file) {
    const read = sources.get(file);
    if (!read) throw new Error(`dist/${file} was not read while the extension activated.`);
    return new Function('exports', 'require', 'module', `${read.source}\n//# sourceURL=${read.uri.toString(true)}`) as BundleFunction;
  },
};

let current: Host = webWorkerHost;

/** Puts `host` in place (activate(), once, before anything asks). */
export function useHost(host: Host): void {
  current = host;
}

export const homeFolder = (): string | undefined => current.homeFolder();
export const reportLeftOut = (log: vscode.LogOutputChannel): void => current.reportLeftOut(log);
export const createExclusively = (uri: vscode.Uri, contents: Uint8Array): Promise<boolean> => current.createExclusively(uri, contents);
export const workingTreeOf = (folder: vscode.Uri): Promise<vscode.Uri | undefined> => current.workingTreeOf(folder);
export const isIgnoredByGit = (root: vscode.Uri, file: vscode.Uri): Promise<boolean> => current.isIgnoredByGit(root, file);
export const readBundles = (extensionUri: vscode.Uri, files: readonly string[]): Promise<void> | undefined => current.readBundles(extensionUri, files);
export const compiledBundle = (file: string): BundleFunction => current.compiledBundle(file);
