import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
import type * as vscode from 'vscode';

// How the Node extension host reads a deferred bundle (platform/deferredModules.ts): from the
// disk, when first needed, compiled as Node compiles a CommonJS file, so a debugger and a stack
// trace name the file. The web bundle takes bundleReader.web.ts in this file's place.

/** A CommonJS bundle as a function of its `exports`, `require` and `module`. */
export type BundleFunction = (exports: object, require: (id: string) => unknown, module: { exports: object }) => void;

/** Nothing to read ahead: each bundle is read when first needed. */
export function readBundles(_extensionUri: vscode.Uri, _files: readonly string[]): Promise<void> | undefined {
  return undefined;
}

/** dist/`file`, next to this bundle, compiled. */
export function compiledBundle(file: string): BundleFunction {
  const filename = join(__dirname, file);
  return compileFunction(readFileSync(filename, 'utf8'), ['exports', 'require', 'module'], { filename }) as BundleFunction;
}
