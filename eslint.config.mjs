// Lint: typescript-eslint's recommended rules, plus the layering rules of README.md's Layout:
// imports go one way (extension.ts → features/ → services/ → platform/ → core/, shared/; the
// webview only to shared/), core/, shared/ and webview/ never import 'vscode' (not even a type),
// and nothing in src/ imports a Node built-in, so the activation bundle (dist/web/extension.js)
// and the deferred bundles run in a web worker as they are, except src/nodeHost.ts, Node's entry.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noVscode = { name: 'vscode', message: "core/, shared/ and webview/ stay free of 'vscode': pass capabilities in as arguments." };
const NODE_BUILT_INS = ['fs', 'fs/promises', 'os', 'path', 'crypto', 'child_process', 'util', 'url', 'events', 'buffer', 'stream', 'module', 'process'];
const noNode = {
  paths: NODE_BUILT_INS.map((name) => ({ name, message: 'No Node built-ins in src/: the extension runs in a web worker too. Use workspace.fs, globalThis.crypto, or add to the Host of platform/host.ts (Node\'s in src/nodeHost.ts).' })),
  patterns: [{ group: ['node:*'], message: 'No Node built-ins in src/: the extension runs in a web worker too. Use workspace.fs, globalThis.crypto, or add to the Host of platform/host.ts (Node\'s in src/nodeHost.ts).' }],
};
const noLoaders = { group: ['**/platform/deferredModules'], message: 'Only src/extension.ts and a feature\'s register.ts import the loaders of platform/deferredModules.ts: pass the loader in as a dependency.' };
// Node's entry (package.json `main`): Node's host, handed to the activation bundle.
const NODE_ONLY = ['src/nodeHost.ts'];

/**
 * The imports a file of src/ may not make: Node's built-ins always; the deferred bundles'
 * loaders unless `loaders`; `vscode` unless `vscode`; and the folders of the layers `above` it
 * (of their types too, unless `typesAbove`).
 */
function restricted({ loaders = false, vscode = true, above = [], typesAbove = false } = {}) {
  const layering = { group: above.map((folder) => `**/${folder}/**`), allowTypeImports: typesAbove, message: `Imports go one way: extension.ts → features/ → services/ → platform/ → core/, shared/ (README, Layout). Not from ${above.join('/, ')}/ here: pass what is needed in as a dependency.` };
  return ['error', {
    paths: [...(vscode ? [] : [{ ...noVscode, allowTypeImports: false }]), ...noNode.paths],
    patterns: [...noNode.patterns, ...(loaders ? [] : [noLoaders]), ...(above.length ? [layering] : [])],
  }];
}

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
    },
  },
  // For each file the last block that matches it sets the rule.
  { files: ['src/**/*.ts'], ignores: NODE_ONLY, rules: { '@typescript-eslint/no-restricted-imports': restricted() } },
  // The loaders of the deferred bundles are wiring: extension.ts and the features' register.ts
  // hand them down, so a service or helper cannot load a bundle by itself.
  { files: ['src/extension.ts', 'src/features/*/register.ts'], rules: { '@typescript-eslint/no-restricted-imports': restricted({ loaders: true }) } },
  { files: ['src/services/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': restricted({ above: ['features'] }) } },
  { files: ['src/platform/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': restricted({ above: ['services', 'features'] }) } },
  // The loaders name the type of each bundle they load, the entries in features/ and services/.
  { files: ['src/platform/deferredModules.ts'], rules: { '@typescript-eslint/no-restricted-imports': restricted({ above: ['services', 'features'], typesAbove: true }) } },
  { files: ['src/core/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': restricted({ vscode: false, above: ['platform', 'services', 'features', 'webview'] }) } },
  { files: ['src/shared/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': restricted({ vscode: false, above: ['core', 'platform', 'services', 'features', 'webview'] }) } },
  { files: ['src/webview/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': restricted({ vscode: false, above: ['core', 'platform', 'services', 'features'] }) } },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: Object.fromEntries(['process', 'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'fetch', 'URL', 'document', 'getComputedStyle', 'window', 'performance'].map((g) => [g, 'readonly'])) },
  },
  {
    // The test language model is a plain CommonJS extension, as VS Code loads it.
    files: ['test/fixtures/lmProvider/*.js'],
    languageOptions: { globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/nodeHost.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
