import * as vscode from 'vscode';
import type { BundleFunction } from './bundleReader';

// bundleReader.ts for the web bundle. A web worker reads a file only asynchronously, and the
// loaders of platform/deferredModules.ts answer at once, so every deferred bundle is read and
// compiled while the extension activates (extension.ts waits for it); each runs on first need.
// VS Code's web-worker extension host loads an extension itself this way (fetch, then a Function).

const compiled = new Map<string, BundleFunction>();

export async function readBundles(extensionUri: vscode.Uri, files: readonly string[]): Promise<void> {
  await Promise.all(files.map(async (file) => {
    if (compiled.has(file)) return;
    const uri = vscode.Uri.joinPath(extensionUri, 'dist', file);
    const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    compiled.set(file, new Function('exports', 'require', 'module', `${source}\n//# sourceURL=${uri.toString(true)}`) as BundleFunction);
  }));
}

export function compiledBundle(file: string): BundleFunction {
  const bundle = compiled.get(file);
  if (!bundle) throw new Error(`dist/${file} was not read while the extension activated.`);
  return bundle;
}
