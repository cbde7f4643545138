// VS Code for the Web: the packaged extension with `main` taken out of its package.json, so
// code-server can run it only in its web-worker extension host (the `browser` entry,
// dist/web/extension.js). There it opens the library, searches, opens a tip, and writes two
// 1:1s into the workspace through workspace.fs (`notesFolder` is `${workspaceFolder}/notes`),
// the second carrying over the first one's open item; the files are read back from disk here.
// A person with a profile and a calendar file of the workspace (`calendar.files`) with their 1:1
// in three hours: the People view shows them with "1:1 today" (or "tomorrow", late in the
// evening), and Prepare Next Meeting writes that day's agenda. Its output channel names what the web host leaves out.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../../scripts/realVsCode.mjs';
import { oneOnOneCalendar } from './calendarFile.mjs';
import { openLibrary, runCommand, screenshot, until } from './workbench.mjs';

const VSIX = join(ROOT, 'leadership-prompts.vsix');
const work = mkdtempSync(join(tmpdir(), 'lp-web-vsix-'));
const WEB_VSIX = join(work, 'leadership-prompts-web.vsix');

/** The VSIX unpacked, its manifest without `main`, packed again with vsce: a browser-only extension. */
async function webOnlyVsix() {
  const require = createRequire(join(ROOT, 'package.json'));
  const vsce = require('@vscode/vsce');
  // yauzl is what vsce itself reads packages with.
  const yauzl = createRequire(require.resolve('@vscode/vsce'))('yauzl');
  const folder = join(work, 'extension');
  await new Promise((resolve, reject) => {
    yauzl.open(VSIX, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry) => {
        if (!entry.fileName.startsWith('extension/') || entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => {
            const file = join(folder, entry.fileName.slice('extension/'.length));
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  assert.equal(manifest.browser, './dist/web/extension.js');
  delete manifest.main;
  delete manifest.scripts; // nothing to build: vsce would run vscode:prepublish
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  await vsce.createVSIX({ cwd: folder, packagePath: WEB_VSIX, dependencies: false, allowMissingRepository: true, rewriteRelativeLinks: false });
}

const localDay = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const today = () => localDay(new Date());

// The 1:1 with Robin Web in the workspace's calendar file: three hours from the start, to the
// minute, so within Prepare Next Meeting's reach (calendar.prepareMinutes + 12 h).
const robinsOneOnOne = new Date(Math.ceil((Date.now() + 3 * 3600_000) / 60_000) * 60_000);

const quickInput = (page) => page.locator('.quick-input-widget');

async function newOneOnOne(page, person, template) {
  await runCommand(page, 'Leadership: New 1:1 Agenda');
  await quickInput(page).locator('.quick-input-title', { hasText: 'New 1:1 Agenda' }).waitFor();
  await page.keyboard.type(person);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: person }).first().waitFor();
  await page.keyboard.press('Enter');
  await quickInput(page).locator('.quick-input-title', { hasText: `New 1:1 with ${person}` }).waitFor();
  await page.locator('.quick-input-list .monaco-list-row', { hasText: template }).first().waitFor();
  await page.locator('.quick-input-list .monaco-list-row', { hasText: template }).first().click();
  // Which day: today, offered first.
  await quickInput(page).locator('.quick-input-title', { hasText: 'which day?' }).waitFor();
  await page.keyboard.press('Enter');
}

/** The text of `file` once it is there and written: a file is made empty first and then filled (open, then write), so an empty one is still being written. */
async function fileToAppear(file, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  while (!existsSync(file) || statSync(file).size === 0) {
    assert.ok(Date.now() < end, `${file} was written`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return readFileSync(file, 'utf8');
}

export const scenarios = [
  {
    name: 'VS Code for the Web: the browser-only extension runs in the web worker: library, search, a tip, the mentor, 1:1s with carry-over written to disk, People and the calendar',
    workbench: {
      vsix: WEB_VSIX,
      userSettings: {
        'leadershipPrompts.notesFolder': '${workspaceFolder}/notes',
        'leadershipPrompts.calendar.files': ['${workspaceFolder}/calendars/team.ics'],
        // No toast, for Robin's 1:1 or anything else, gets in the way of the steps.
        'leadershipPrompts.reminders.enabled': false,
      },
      beforeLoad: async (_page, { workspace }) => {
        const robin = join(workspace, 'notes', 'one-on-ones', 'robin-web');
        mkdirSync(robin, { recursive: true });
        writeFileSync(join(robin, 'profile.md'), '---\nname: Robin Web\nemail: robin@example.com\n---\n');
        mkdirSync(join(workspace, 'calendars'), { recursive: true });
        writeFileSync(join(workspace, 'calendars', 'team.ics'), oneOnOneCalendar({ uid: 'robin-weekly@example.com', start: robinsOneOnOne, email: 'robin@example.com' }));
      },
    },
    async before() {
      assert.ok(existsSync(VSIX), 'leadership-prompts.vsix exists (npm test packages it first)');
      rmSync(WEB_VSIX, { force: true });
      await webOnlyVsix();
    },
    async run({ page, workspace }) {
      const frame = await openLibrary(page);
      await frame.locator('.categories .category').first().waitFor({ timeout: 30000 });
      assert.ok((await frame.locator('.categories .category').count()) >= 10, 'the built-in library, read from dist/content.json through workspace.fs');
      await frame.locator('#search').fill('delgate');
      await frame.locator('#home .tip-list [role="option"] mark').first().waitFor();
      assert.match((await frame.locator('#home .tip-list [role="option"]').allInnerTexts()).join('\n'), /[Dd]elegat/, 'a typo finds the delegation tips');
      await frame.locator('#home .tip-list [role="option"]').first().click();
      await frame.locator('#detail .source').waitFor();
      assert.match(await frame.locator('#detail .tip-body').innerText(), /Try this/);
      await screenshot(page, 'web-tip');
      // The mentor's answers (dist/mentor.js, loaded when first asked) in the web worker.
      await page.keyboard.press('Escape');
      await frame.locator('#search').fill('how do I stop being the bottleneck?');
      await frame.locator('[data-ask]').click();
      await frame.locator('#answers [role="option"]').first().waitFor({ timeout: 20000 });
      assert.equal(await frame.locator('#answers [role="option"]').count(), 3);
      assert.match(await frame.locator('#answers [role="option"] .reasons').first().innerText(), /\(\d{4}\)|, /, 'each answer with its source');

      const date = today();
      await newOneOnOne(page, 'Web Person', 'First 1:1');
      const first = join(workspace, 'notes', 'one-on-ones', 'web-person', `${date}.md`);
      assert.match(await fileToAppear(first), new RegExp(`^# First 1:1: Web Person — ${date}$`, 'm'));
      await page.locator('.tabs-container .tab.active', { hasText: `${date}.md` }).waitFor({ timeout: 20000 });
      await screenshot(page, 'web-one-on-one');

      await page.waitForTimeout(500);
      writeFileSync(first, `${readFileSync(first, 'utf8')}\n- [ ] Share the web notes\n- [x] Done already\n`);
      await newOneOnOne(page, 'Web Person', 'Regular 1:1');
      const second = await fileToAppear(join(workspace, 'notes', 'one-on-ones', 'web-person', `${date}-2.md`));
      assert.match(second, /## Carried over\n- \[ \] Share the web notes\n/);
      assert.doesNotMatch(second, /Done already/);

      // People and the calendar in the web worker: Robin's row says when the next 1:1 is, read
      // from the workspace's calendar file, and Prepare Next Meeting writes that day's agenda.
      const peopleHeader = page.locator('.pane-header[aria-label^="People"]').first();
      // The Leadership icon toggles its side bar: clicked only when the side bar is not showing it.
      if (!(await peopleHeader.isVisible())) await page.locator('.activitybar .action-label[aria-label^="Leadership"]').first().click();
      await peopleHeader.waitFor({ timeout: 30000 });
      if ((await peopleHeader.getAttribute('aria-expanded')) !== 'true') await peopleHeader.click();
      const robinRow = page.locator('.pane-body .monaco-list[aria-label^="People"] .monaco-list-row', { hasText: 'Robin Web' }).first();
      await robinRow.waitFor({ timeout: 30000 });
      const when = localDay(robinsOneOnOne) === today() ? '1:1 today' : '1:1 tomorrow';
      await until(async () => (await robinRow.innerText()).includes(when), `Robin's row "${when}"`, 30000);
      assert.ok(await page.locator('.pane-body .monaco-list[aria-label^="People"] .monaco-list-row', { hasText: 'Web Person' }).count(), 'the person of the two 1:1s is a row too');
      await screenshot(page, 'web-people');
      await runCommand(page, 'Leadership: Prepare Next Meeting from the Calendar');
      const agenda = await fileToAppear(join(workspace, 'notes', 'one-on-ones', 'robin-web', `${localDay(robinsOneOnOne)}.md`));
      assert.match(agenda, /Robin Web/, 'the agenda of the coming 1:1, dated its day');

      // The output channel says what this host leaves out: it is the web bundle that runs.
      // The palette can lose the first keystrokes while the editor takes focus: tried up to three times.
      for (let attempt = 1; ; attempt++) {
        try {
          await runCommand(page, 'Output: Show Output Channels...');
          await page.keyboard.type('Leadership Prompts');
          await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Leadership Prompts' }).first().waitFor({ timeout: 10000 });
          await page.keyboard.press('Enter');
          // The channel shows (its first lines may have scrolled away; the filter below finds them).
          await page.locator('.part.panel .view-lines').first().waitFor({ timeout: 10000 });
          break;
        } catch (e) {
          if (attempt === 3) throw e;
          await page.keyboard.press('Escape');
        }
      }
      // Only the lines that match the filter are shown (the channel is longer than the panel).
      await page.locator('.part.panel input[placeholder^="Filter"]').first().fill('Web extension host');
      await page.locator('.part.panel .view-lines', { hasText: 'git activity is left out' }).first().waitFor({ timeout: 20000 });
      await screenshot(page, 'web-output-channel');
    },
  },
];

process.on('exit', () => rmSync(work, { recursive: true, force: true }));
