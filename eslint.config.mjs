// Lint: typescript-eslint's recommended rules, plus the layering rule of ARCHITECTURE.md:
// core/, shared/ and webview/ never import 'vscode' (not even a type), and core/ and shared/
// never touch Node's file system.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noVscode = { name: 'vscode', message: "core/, shared/ and webview/ stay free of 'vscode': pass capabilities in as arguments." };
const noFs = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({ name, message: 'core/ and shared/ never read files: take a content source or store as an argument.' }));

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
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ ...noVscode, allowTypeImports: false }, ...noFs] }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ ...noVscode, allowTypeImports: false }] }] },
  },
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
    files: ['src/extension.ts', 'src/platform/lazyModules.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
