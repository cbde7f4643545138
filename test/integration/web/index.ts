// Loaded inside the web-worker extension host (extensionTestsPath, with the development
// extension run as a web extension: test/runner/runIntegration.mjs --web). Runs, with Mocha's
// browser build, every integration test that needs no Node: each test/integration/*.test.ts but
// the *.node.test.ts files (scripts/buildTests.mjs bundles them here, and refuses a Node import).
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { loadTests } from 'lp:web-tests';

interface Runner { run(done: (failures: number) => void): void; grep(re: string): void }
interface BrowserMocha extends Runner {
  setup(options: { ui: 'bdd'; reporter: string; timeout: number; color: boolean }): void;
}
declare const mocha: BrowserMocha;
declare const Mocha: { prototype: Runner; reporters: { Base: { consoleLog: (...args: unknown[]) => void } } };

export function run(): Promise<void> {
  // The tests run in the extension host of the extension whose folder holds them: it must be the web worker.
  const scope = globalThis as { WorkerGlobalScope?: unknown; process?: { versions?: { node?: string } } };
  if (typeof scope.WorkerGlobalScope !== 'function' || scope.process?.versions?.node) {
    return Promise.reject(new Error('These tests are for the web-worker extension host, and this is not it'));
  }
  // The reporter's lines, tagged for the runner, which reads them from the workbench's console.
  Mocha.reporters.Base.consoleLog = (format: unknown, ...args: unknown[]) => console.log(`[test] ${String(format ?? '')}`, ...args);
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30000, color: false });
  // A web worker has no environment variables: the runner's --grep comes as a test-only setting.
  const grep = vscode.workspace.getConfiguration('leadershipPromptsTest').get<string>('grep');
  if (grep) mocha.grep(grep);
  loadTests();
  return new Promise((resolve, reject) => {
    // Mocha's own run(), not the browser build's wrapper, which reads the page's address (and a
    // web worker's extension host has none).
    Mocha.prototype.run.call(mocha, (failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed in the web worker`)) : resolve()));
  });
}
