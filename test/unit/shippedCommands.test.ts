import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_COMMAND_IDS } from '../../src/shared/ids';
import { ROOT } from './manifest';

// The built activation bundle, activated under the vscode stand-in in each extension mode: a
// user (production or development) gets the commands of the manifest and the status-bar menu,
// never the test-only ones, which exist only when VS Code runs the extension's tests.
function registeredIn(mode: 1 | 2 | 3): string[] {
  const out = execFileSync(process.execPath, [join(ROOT, 'bench', 'activationProbe.mjs'), join(ROOT, 'dist', 'extension.js'), ROOT, '-', String(mode)], { encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop()!) as { commandIds: string[] }).commandIds;
}

describe('commands the shipped bundle registers', function () {
  this.timeout(30000);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
  const contributed = manifest.contributes.commands.map((c) => c.command);

  for (const [mode, name] of [[1, 'production'], [2, 'development']] as const) {
    it(`in ${name}: every contributed command, no test-only one`, () => {
      const ids = registeredIn(mode);
      for (const id of contributed) assert.ok(ids.includes(id), `${id} registered`);
      assert.deepEqual(ids.filter((id) => TEST_COMMAND_IDS.includes(id as never)), []);
      assert.deepEqual(ids.filter((id) => !contributed.includes(id)), ['leadershipPrompts._leadershipTimeMenu', 'leadershipPrompts._countMeeting'], 'only the status-bar items\' commands are internal');
    });
  }

  it('in the test mode: the test-only commands as well', () => {
    const ids = registeredIn(3);
    for (const id of TEST_COMMAND_IDS) assert.ok(ids.includes(id), `${id} registered for tests`);
  });
});
