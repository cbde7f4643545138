// The reference beside the real-VS-Code activation figure (bench/realVsCodeActivation.mjs): the
// whole activation bundle of src/extension.ts, every module evaluated at `require` as in
// dist/web/extension.js, but an activate() that does nothing. Built as that bundle is and loaded
// by the same Node entry (src/nodeHost.ts, with its code cache), it tells loading the code apart
// from what activate() does.
import type * as vscode from 'vscode';
import * as extension from '../src/extension';

/** Keeps every module of the real bundle in this one. */
export const everything = extension;

export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
