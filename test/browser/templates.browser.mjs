// The note commands as a person uses them: "Leadership: New 1:1 Agenda" from the Command
// Palette (type a new name, take the proposed first 1:1, the agenda opens; the next time the
// person is offered and the regular 1:1 carries the open items over), the question before
// writing private notes into a git repository, and the first-use question when no notes
// folder is set. Screenshots in test-results/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, screenshot } from './workbench.mjs';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const quickInput = (page) => page.locator('.quick-input-widget');
const activeRow = (page) => page.locator('.quick-input-list .monaco-list-row.focused').first();

/** The text of the editor in front, as the person sees it. */
async function editorText(page) {
  // Monaco draws spaces as no-break spaces.
  return (await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

async function waitForEditorText(page, re) {
  for (let i = 0; !re.test(await editorText(page)); i++) {
    if (i > 100) assert.match(await editorText(page), re);
    await page.waitForTimeout(100);
  }
}

async function waitForEditorTab(page, name) {
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 20000 });
}

export const scenarios = [
  {
    name: 'New 1:1 Agenda from the Command Palette: a new person gets a first 1:1, the next one carries items over',
    async run({ page, workspace }) {
      const date = today();
      await runCommand(page, 'Leadership: New 1:1 Agenda');
      await quickInput(page).locator('.quick-input-title', { hasText: 'New 1:1 Agenda' }).waitFor();
      await page.keyboard.type('Ada Lovelace');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Ada Lovelace' }).first().waitFor();
      assert.match(await activeRow(page).innerText(), /Ada Lovelace[\s\S]*new person/);
      await screenshot(page, 'templates-person-picker');
      await page.keyboard.press('Enter');

      await quickInput(page).locator('.quick-input-title', { hasText: 'New 1:1 with Ada Lovelace' }).waitFor();
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Regular 1:1' }).first().waitFor();
      const proposed = await activeRow(page).innerText();
      assert.match(proposed, /First 1:1[\s\S]*proposed for a first 1:1/);
      assert.match(proposed, /listen far more than you talk/, 'the template shows its description');
      await screenshot(page, 'templates-template-picker');
      await page.keyboard.press('Enter');
      // Which day: today is offered first.
      await quickInput(page).locator('.quick-input-title', { hasText: 'New 1:1 with Ada Lovelace: which day?' }).waitFor();
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Another day' }).first().waitFor();
      assert.match(await activeRow(page).innerText(), /Today/);
      await page.keyboard.press('Enter');

      await waitForEditorTab(page, `${date}.md`);
      const file = join(workspace, 'notes', 'one-on-ones', 'ada-lovelace', `${date}.md`);
      assert.ok(existsSync(file), `${file} was written`);
      assert.match(readFileSync(file, 'utf8'), new RegExp(`^# First 1:1: Ada Lovelace — ${date}$`, 'm'));
      const shown = await editorText(page);
      assert.match(shown, /First 1:1: Ada Lovelace/);
      assert.match(shown, /Carried over/);
      // The cursor waits where the template says: after "What they want me to know:".
      await page.keyboard.type('loves compilers');
      await waitForEditorText(page, /What they want me to know: loves compilers/);
      await screenshot(page, 'templates-one-on-one-agenda');

      await page.keyboard.press('Control+S');
      for (let i = 0; !/What they want me to know: loves compilers/.test(readFileSync(file, 'utf8')); i++) {
        assert.ok(i < 100, 'the agenda was saved with what was typed');
        await page.waitForTimeout(100);
      }
      await page.waitForTimeout(1000); // let the save settle before the file changes on disk again

      // An open action and a done one in this 1:1, then the next agenda for the same person.
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n- [ ] Send Ada the compiler paper\n- [x] Book a room\n`);
      await runCommand(page, 'Leadership: New 1:1 Agenda');
      await quickInput(page).locator('.quick-input-title', { hasText: 'New 1:1 Agenda' }).waitFor();
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Ada Lovelace' }).first().waitFor();
      assert.match(await activeRow(page).innerText(), /Ada Lovelace[\s\S]*last 1:1 today/, 'the person met before is offered first');
      await page.keyboard.press('Enter');
      await quickInput(page).locator('.quick-input-title', { hasText: 'New 1:1 with Ada Lovelace' }).waitFor();
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'First 1:1' }).first().waitFor();
      assert.match(await activeRow(page).innerText(), /Regular 1:1/, 'the regular 1:1 is proposed the second time');
      await page.keyboard.press('Enter');
      await quickInput(page).locator('.quick-input-title', { hasText: 'which day?' }).waitFor();
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Another day' }).first().waitFor();
      await page.keyboard.press('Enter');
      await waitForEditorTab(page, `${date}-2.md`);
      const second = readFileSync(join(workspace, 'notes', 'one-on-ones', 'ada-lovelace', `${date}-2.md`), 'utf8');
      assert.match(second, /## Carried over\n- \[ \] Send Ada the compiler paper\n\n/);
      assert.doesNotMatch(second, /Book a room/);
      assert.match(await editorText(page), /Send Ada the compiler paper/);
      assert.equal(await page.locator('.tabs-container .tab', { hasText: '↔' }).count(), 0, 'no save conflict');
      await screenshot(page, 'templates-one-on-one-carried-over');
    },
  },
  {
    name: 'private notes inside a git repository that does not ignore them: asked first, "Write anyway" remembered',
    async run({ page, workspace }) {
      try {
        execFileSync('git', ['init', '-q'], { cwd: workspace });
      } catch {
        return; // no git on this machine: nothing to ask about
      }
      await runCommand(page, 'Leadership: New Weekly Self-Check');
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.waitFor({ timeout: 20000 });
      assert.match(await dialog.innerText(), /inside a git repository that does not ignore it/);
      await screenshot(page, 'templates-git-warning');
      await dialog.locator('.monaco-button', { hasText: 'Write anyway' }).click();
      await page.locator('.tabs-container .tab.active', { hasText: /W\d\d\.md/ }).waitFor({ timeout: 20000 });
      assert.match(await editorText(page), /No leadership time logged this week/);

      await runCommand(page, 'Leadership: New Weekly Self-Check');
      await page.locator('.tabs-container .tab.active', { hasText: /W\d\d-2\.md/ }).waitFor({ timeout: 20000 });
      assert.equal(await dialog.count(), 0, 'not asked again for this folder');
    },
  },
  {
    name: 'New Note from Template lists team-pack templates beside the built-in ones and asks for their variables',
    async run({ page, workspace }) {
      await runCommand(page, 'Leadership: New Note from Template');
      await quickInput(page).locator('.quick-input-title', { hasText: 'New Note from Template' }).waitFor();
      await page.locator('.quick-input-list .quick-input-list-separator', { hasText: '1:1s' }).first().waitFor(); // templates grouped by kind
      await page.keyboard.type('incident');
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Incident review' }).first();
      await row.waitFor();
      assert.match(await row.innerText(), /team pack: [^\n]*\.leadership[\s\S]*blameless look at one incident/);
      await screenshot(page, 'templates-from-template-picker');
      await page.keyboard.press('Enter');
      await quickInput(page).locator('.quick-input-message', { hasText: 'Which incident is this review about?' }).waitFor();
      await page.locator('.quick-input-widget input').fill('Login outage');
      await page.keyboard.press('Enter');
      await waitForEditorTab(page, `${today()}-incident-review.md`);
      assert.match(readFileSync(join(workspace, 'notes', 'notes', `${today()}-incident-review.md`), 'utf8'), /^# Incident review: Login outage — \d{4}-\d{2}-\d{2}$/m);
    },
  },
  {
    name: 'no notes folder yet: the first use asks where, and "Not now" opens the note untitled',
    workbench: { userSettings: { 'leadershipPrompts.notesFolder': '' } },
    async run({ page }) {
      await runCommand(page, 'Leadership: New Retro');
      await quickInput(page).locator('.quick-input-title', { hasText: 'New Retro' }).waitFor();
      await page.keyboard.type('sailboat');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Sailboat' }).first().waitFor();
      await page.keyboard.press('Enter');
      const team = page.locator('.quick-input-widget input');
      await quickInput(page).locator('.quick-input-message', { hasText: 'Which team is this for?' }).waitFor();
      await team.fill('Platform');
      await page.keyboard.press('Enter');
      await quickInput(page).locator('.quick-input-title', { hasText: 'Where should Leadership Prompts keep your notes?' }).waitFor();
      assert.match(await activeRow(page).innerText(), /~\/leadership-notes[\s\S]*outside any repository/);
      await screenshot(page, 'templates-notes-folder-question');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Not now' }).click();
      await page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).waitFor({ timeout: 20000 });
      const text = await editorText(page);
      assert.match(text, /Sailboat: Platform/);
      assert.match(text, /Open actions/);
    },
  },
];
