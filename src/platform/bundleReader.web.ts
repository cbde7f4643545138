import * as vscode from 'vscode';
import type { BundleFunction } from './bundleReader';

// bundleReader.ts for the web bundle. A web worker reads a file only asynchronously, and the
// loaders of platform/deferredModules.ts answer at once, so every deferred bundle is read while
// the extension activates (extension.ts waits for it); each is compiled on first need, as a
// Function (VS Code's web-worker extension host loads an extension itself this way).

const sources = new Map<string, { uri: vscode.Uri; source: string }>();

export async function readBundles(extensionUri: vscode.Uri, files: readonly string[]): Promise<void> {
  await Promise.all(files.map(async (file) => {
    if (sources.has(file)) return;
    const uri = vscode.Uri.joinPath(extensionUri, 'dist', file);
    sources.set(file, { uri, source: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
  }));
}

export function compiledBundle(file: string): BundleFunction {
  const read = sources.get(file);
  if (!read) throw new Error(`dist/${file} was not read while the extension activated.`);
  return new Function('exports', 'require', 'module', `${read.source}\n//# sourceURL=${read.uri.toString(true)}`) as BundleFunction;
}
