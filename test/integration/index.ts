// Loaded inside the real extension host (extensionTestsPath): runs every *.test.js beside it.
// Mocha's reporter lines get a "[test] " prefix so the runner can pick them out of the
// workbench console (code-server), or are printed as they are (@vscode/test-electron).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const tagged = process.env.LP_TEST_TAG !== '0';
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  if (tagged) base.consoleLog = (...args: unknown[]) => console.log(util.format(...args).split('\n').map((l) => `[test] ${l}`).join('\n'));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  const grep = process.env.LP_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
  });
}
