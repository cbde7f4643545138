// The baseline of the activation benchmark: an extension that does nothing, bundled with the
// same esbuild options as dist/extension.js (bench/activation.mjs).
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
