// The same integration suite on a desktop VS Code downloaded by @vscode/test-electron, for
// machines that can reach the VS Code download service (GitHub Actions on Linux, macOS and
// Windows). On machines without that access, use test/runner/runIntegration.mjs (code-server).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT } from '../../scripts/realVsCode.mjs';
import { startCalendarFeeds } from './calendarFeeds.mjs';

const workspace = mkdtempSync(join(tmpdir(), 'lp-electron-ws-'));
mkdirSync(join(workspace, '.vscode'), { recursive: true });
// The calendar addresses' tests fetch from here (test/runner/calendarFeeds.mjs).
const feeds = await startCalendarFeeds();
writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'leadershipPrompts.notesFolder': join(workspace, 'notes'), 'leadershipPromptsTest.calendarFeeds': `http://127.0.0.1:${feeds.port}` }));
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { LP_TEST_TAG: '0' },
  });
} catch (e) {
  console.error('integration tests failed:', e);
  process.exitCode = 1;
} finally {
  await feeds.close();
}
