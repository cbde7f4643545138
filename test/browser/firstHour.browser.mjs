// The snags a new manager met in the first hour (issue 14), each as a person meets it, in the
// real workbench: no stray self-check beside the week's, a tip preview that leaves no unsaved
// buffer, … Screenshots in test-results/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { libraryFrame, openLibrary, runCommand, screenshot, until } from './workbench.mjs';

const weekLabel = (d = new Date()) => {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const start = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  return `${t.getUTCFullYear()}-W${String(Math.ceil(((t - start) / 86_400_000 + 1) / 7)).padStart(2, '0')}`;
};

/** YYYY-MM-DD of the coming Monday (a week on when today is Monday): what `mon` means from tomorrow on. */
const nextMonday = (d = new Date()) => {
  const n = new Date(d.getFullYear(), d.getMonth(), d.getDate() + (((8 - d.getDay()) % 7) || 7));
  return `${n.getFullYear()}-${String(n.getMonth() + 1).padStart(2, '0')}-${String(n.getDate()).padStart(2, '0')}`;
};

export const scenarios = [
  {
    name: 'first hour: Write weekly self-check in the summary opens the week\'s self-check, no second file',
    async run({ page, workspace }) {
      const week = weekLabel();
      await runCommand(page, 'Leadership: New Weekly Self-Check');
      await page.locator('.tabs-container .tab.active', { hasText: `${week}.md` }).waitFor({ timeout: 20000 });
      await runCommand(page, 'View: Close All Editors');
      await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10000 });

      await runCommand(page, 'Leadership: Show Weekly Summary');
      await page.locator('.tab', { hasText: 'Leadership Time' }).first().waitFor({ timeout: 20000 });
      const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
      await frame.locator('button[data-action="writeSelfCheck"]').click();
      await page.locator('.tabs-container .tab.active', { hasText: `${week}.md` }).waitFor({ timeout: 20000 });
      await page.waitForTimeout(1000);
      const files = readdirSync(join(workspace, 'notes', 'self-checks'));
      assert.deepEqual(files, [`${week}.md`], 'the week keeps one self-check');
      assert.equal(existsSync(join(workspace, 'notes', 'self-checks', `${week}-2.md`)), false);
      await screenshot(page, 'first-hour-self-check-from-summary');
    },
  },
  {
    name: 'first hour: Open in Markdown preview leaves no unsaved buffer behind',
    async run({ page }) {
      const frame = await openLibrary(page);
      await frame.locator('#search').fill('delegation');
      await frame.locator('#home .tip-list [role="option"] mark').first().waitFor();
      await frame.locator('#home .tip-list [role="option"]').first().click();
      await frame.locator('#detail [data-action="preview"]').click();
      await page.locator('.tabs-container .tab', { hasText: /^Preview / }).first().waitFor({ timeout: 20000 });
      const title = await frame.locator('#detail h2, #detail h1').first().innerText();
      // The preview renders the tip (its webview is one of two: the library's and the preview's).
      await until(async () => {
        for (const f of page.frames()) if (await f.locator('.markdown-body h2', { hasText: title }).count().catch(() => 0)) return true;
        return false;
      }, 'the preview to show the tip', 20000);
      await screenshot(page, 'first-hour-tip-preview');
      assert.equal(await page.locator('.tabs-container .tab', { hasText: 'Untitled' }).count(), 0, 'no Untitled buffer');
      assert.equal(await page.locator('.tabs-container .tab.dirty').count(), 0, 'nothing unsaved');
      await runCommand(page, 'View: Close All Editors');
      await page.waitForTimeout(1000);
      assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'closing asks nothing');
      assert.equal(await page.locator('.tabs-container .tab').count(), 0, 'every editor closed');
    },
  },
  {
    name: 'first hour: @mentor without a language model points to Ask the Mentor, which answers',
    workbench: { userSettings: { 'chat.disableAIFeatures': false } },
    async run({ page }) {
      const question = 'how do I delegate without micromanaging?';
      await runCommand(page, 'Chat: Open Chat');
      const input = page.locator('.interactive-input-part .monaco-editor').first();
      await input.waitFor({ timeout: 20000 });
      await input.click();
      await page.keyboard.type('@mentor ');
      // The participant's description is the input's placeholder once @mentor is chosen: it names the way without a model.
      await until(() => page.evaluate(() => [...document.styleSheets].some((sheet) => {
        try {
          return [...sheet.cssRules].some((r) => r.cssText.includes('No language model in chat? Run Leadership: Ask the Mentor'));
        } catch {
          return false;
        }
      })), 'the @mentor placeholder to name Ask the Mentor', 15000);
      await screenshot(page, 'first-hour-mentor-placeholder');
      await page.keyboard.type(question);
      await page.keyboard.press('Enter');
      // VS Code itself refuses the request before any participant runs: there is no model to send it with.
      await page.locator('.interactive-list', { hasText: 'Language model unavailable' }).first().waitFor({ timeout: 20000 });

      await runCommand(page, 'Leadership: Ask the Mentor');
      await page.locator('.quick-input-widget input').fill(question);
      await page.keyboard.press('Enter');
      const frame = await libraryFrame(page);
      await frame.locator('#answers blockquote.question', { hasText: question }).waitFor({ timeout: 20000 });
      assert.equal(await frame.locator('#answers [role="option"]').count(), 3);
      await screenshot(page, 'first-hour-mentor-without-model');
    },
  },
  {
    name: 'first hour: the person picker forgets the people of a notes folder once the setting is cleared',
    async run({ page, server }) {
      const quickInput = page.locator('.quick-input-widget');
      await runCommand(page, 'Leadership: New 1:1 Agenda');
      await quickInput.locator('.quick-input-title', { hasText: 'New 1:1 Agenda' }).waitFor();
      await page.keyboard.type('Grace Hopper');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Grace Hopper' }).first().waitFor();
      await page.keyboard.press('Enter');
      await quickInput.locator('.quick-input-title', { hasText: 'New 1:1 with Grace Hopper' }).waitFor();
      await page.keyboard.press('Enter');
      await quickInput.locator('.quick-input-title', { hasText: 'which day?' }).waitFor();
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Another day' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: '.md' }).waitFor({ timeout: 20000 });

      // Met before: offered by the picker.
      await runCommand(page, 'Leadership: New 1:1 Agenda');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Grace Hopper' }).first().waitFor({ timeout: 15000 });
      await page.keyboard.press('Escape');

      // The notes folder setting is cleared (as in the Settings editor; it lives in the machine's settings here).
      writeFileSync(join(server.state, 'user-data', 'Machine', 'settings.json'), JSON.stringify({ 'leadershipPrompts.notesFolder': '' }));
      await page.waitForTimeout(2500);
      await runCommand(page, 'Leadership: New 1:1 Agenda');
      await quickInput.locator('.quick-input-title', { hasText: 'New 1:1 Agenda' }).waitFor();
      await page.waitForTimeout(1000);
      await screenshot(page, 'first-hour-person-picker-after-folder-cleared');
      assert.equal(await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Grace Hopper' }).count(), 0, 'nobody from the old folder is offered');
      assert.match(await quickInput.locator('input').getAttribute('placeholder'), /Type the name of the person you are meeting/);
    },
  },
  {
    name: 'first hour: a 1:1 for next Monday from the Quick Pick; an impossible date is refused in the input box',
    async run({ page, workspace }) {
      const quickInput = page.locator('.quick-input-widget');
      const monday = nextMonday();
      await runCommand(page, 'Leadership: New 1:1 Agenda');
      await quickInput.locator('.quick-input-title', { hasText: 'New 1:1 Agenda' }).waitFor();
      await page.keyboard.type('Sam Rivera');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Sam Rivera' }).first().waitFor();
      await page.keyboard.press('Enter');
      await quickInput.locator('.quick-input-title', { hasText: 'New 1:1 with Sam Rivera' }).waitFor();
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'First 1:1' }).first().waitFor();
      await page.keyboard.press('Enter');

      await quickInput.locator('.quick-input-title', { hasText: 'New 1:1 with Sam Rivera: which day?' }).waitFor();
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await rows.filter({ hasText: 'Another day' }).first().waitFor();
      const offered = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      assert.match(offered[0], /Today/);
      assert.ok(offered.some((t) => t.includes('Monday') && t.includes(monday)), `next Monday (${monday}) is offered: ${offered.join(' | ')}`);
      assert.ok(!offered.some((t) => /^(Saturday|Sunday)/.test(t)), 'days off are not offered');
      await screenshot(page, 'first-hour-one-on-one-day-picker');

      // Another day…: an impossible date is refused in the box, a real one is named.
      await rows.filter({ hasText: 'Another day' }).first().click();
      await quickInput.locator('.quick-input-message', { hasText: 'YYYY-MM-DD' }).first().waitFor();
      const box = page.locator('.quick-input-widget input');
      await box.fill('2026-02-30');
      await quickInput.locator('.quick-input-message', { hasText: '2026-02-30 is not a real date' }).waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      await page.waitForTimeout(500);
      assert.ok(await quickInput.isVisible(), 'Enter on an impossible date changes nothing: the box stays open');
      await box.fill('next mon');
      await quickInput.locator('.quick-input-message', { hasText: monday }).waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');

      await page.locator('.tabs-container .tab.active', { hasText: `${monday}.md` }).waitFor({ timeout: 20000 });
      const file = join(workspace, 'notes', 'one-on-ones', 'sam-rivera', `${monday}.md`);
      assert.ok(existsSync(file), `${file} was written`);
      assert.match(readFileSync(file, 'utf8'), new RegExp(`^# First 1:1: Sam Rivera — ${monday}$`, 'm'));
      await page.mouse.move(760, 700);
      await screenshot(page, 'one-on-one-next-monday');

      // Typed straight into the day picker: next Monday again, a second note of that day.
      await runCommand(page, 'Leadership: New 1:1 Agenda');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Sam Rivera' }).first().waitFor();
      await page.keyboard.press('Enter');
      await quickInput.locator('.quick-input-title', { hasText: 'New 1:1 with Sam Rivera' }).waitFor();
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Regular 1:1' }).first().waitFor();
      await page.keyboard.press('Enter');
      await quickInput.locator('.quick-input-title', { hasText: 'which day?' }).waitFor();
      await page.locator('.quick-input-widget input').fill(monday);
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: monday }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: `${monday}-2.md` }).waitFor({ timeout: 20000 });
    },
  },
  {
    name: 'first hour: New Retro rebuilds a plan from its Plan ID, and the Plan ID line of a retro note rebuilds it too',
    async run({ page, workspace }) {
      const quickInput = page.locator('.quick-input-widget');
      await runCommand(page, 'Leadership: New Retro');
      await quickInput.locator('.quick-input-title', { hasText: 'New Retro' }).waitFor();
      const option = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Rebuild a plan from its Plan ID' }).first();
      await page.keyboard.type('rebuild');
      await option.waitFor();
      await screenshot(page, 'first-hour-retro-rebuild-option');
      await page.keyboard.press('Enter');
      await quickInput.locator('.quick-input-title', { hasText: 'rebuild a plan' }).waitFor();
      const box = page.locator('.quick-input-widget input');
      await box.fill('banana');
      await quickInput.locator('.quick-input-message', { hasText: 'is not a retro plan ID' }).waitFor({ timeout: 10000 });
      await box.fill('60m-k3f9a2');
      await page.waitForTimeout(300);
      await page.keyboard.press('Enter');
      await quickInput.locator('.quick-input-message', { hasText: 'Which team is this for?' }).waitFor();
      await box.fill('Platform');
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: '-plan.md' }).waitFor({ timeout: 20000 });
      const retros = join(workspace, 'notes', 'retros');
      const first = readdirSync(retros).filter((f) => f.endsWith('.md'));
      assert.equal(first.length, 1);
      const text = readFileSync(join(retros, first[0]), 'utf8');
      assert.match(text, /^Plan ID: 60m-k3f9a2$/m);

      // The Plan ID line carries a CodeLens that writes a new retro with the same plan.
      const lens = page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Rebuild this plan in a new retro' }).first();
      await lens.waitFor({ timeout: 20000 });
      await screenshot(page, 'first-hour-plan-id-codelens');
      await lens.click();
      await page.locator('.tabs-container .tab.active', { hasText: '-plan-2.md' }).waitFor({ timeout: 20000 });
      const second = readFileSync(join(retros, first[0].replace('.md', '-2.md')), 'utf8');
      const phases = (t) => t.split('\n').filter((l) => /^### \d\./.test(l) || /^\*\*.+\.\*\*/.test(l)).join('\n');
      assert.match(second, /^Plan ID: 60m-k3f9a2$/m);
      assert.equal(phases(second), phases(text), 'the same five phases and activities');
    },
  },
  {
    name: 'first hour: small things: the view title fits, the Role setting has labels, Tip of the Day is labelled on a fresh library, a category opens at its top, a team tip names its pack',
    async run({ page }) {
      // Each small thing is checked on its own, and every one that fails is named at the end.
      const problems = [];
      const check = async (what, fn) => {
        try {
          await fn();
        } catch (e) {
          problems.push(`${what}: ${e.message.split('\n')[0]}`);
        }
      };
      const frame = await openLibrary(page);
      await check('view title', async () => {
        // The container holds two views (Library, People): its title and each section's header show whole.
        const title = page.locator('.part.sidebar .composite.title .title-label h2').first();
        assert.match(await title.innerText(), /^LEADERSHIP$/i);
        assert.ok(await title.evaluate((h) => h.scrollWidth <= h.clientWidth), 'the view title is not cut');
        for (const name of ['Library', 'People']) {
          const header = page.locator(`.part.sidebar .pane-header[aria-label^="${name}"] h3.title`).first();
          assert.match(await header.innerText(), new RegExp(`^${name}$`, 'i'));
          assert.ok(await header.evaluate((h) => h.scrollWidth <= h.clientWidth), `the ${name} header is not cut`);
        }
      });

      await check('category scroll', async () => {
        // A category opens at its top, wherever the home screen was scrolled to.
        await frame.locator('.categories .category').last().scrollIntoViewIfNeeded();
        const before = await frame.locator('body').evaluate(() => document.scrollingElement.scrollTop);
        assert.ok(before > 0, 'the home screen was scrolled');
        await frame.locator('.categories .category').last().click();
        await frame.locator('#home .section-head h2').first().waitFor();
        await until(() => frame.locator('body').evaluate(() => document.scrollingElement.scrollTop === 0), 'the category to open at its top', 5000);
      });

      await check('tip of the day', async () => {
        // Tip of the Day: labelled, and no search left over above it.
        await frame.locator('#home [data-action="home"]').click();
        await frame.locator('.categories .category').first().waitFor();
        await frame.locator('#search').fill('delegation');
        await frame.locator('#home .tip-list [role="option"] mark').first().waitFor();
        await runCommand(page, 'Leadership: Tip of the Day');
        await frame.locator('#detail .detail-title').waitFor({ timeout: 15000 });
        await page.waitForTimeout(500);
        await screenshot(page, 'first-hour-tip-of-the-day');
        assert.equal(await frame.locator('#search').inputValue(), '', 'the old search text is gone');
        assert.equal(await frame.locator('#detail .eyebrow', { hasText: 'Tip of the day' }).count(), 1, 'labelled Tip of the day');
      });

      await check('team tip origin', async () => {
        // A team tip names its pack and its file, not an absolute path.
        await frame.locator('#search').fill('demo day');
        await frame.locator('#home .tip-list [role="option"]', { hasText: 'Run a monthly demo day' }).first().click();
        const origin = await frame.locator('#detail .origin').innerText();
        await screenshot(page, 'first-hour-team-tip-origin');
        assert.match(origin, /^\s*From lp-browser-ws-\w+\/\.leadership · tips\/team-demo-day\.md$/);
      });

      await check('role setting', async () => {
        // The Role setting shows words, not ids.
        await runCommand(page, 'Preferences: Open Settings (UI)');
        const settingsSearch = page.locator('.settings-editor .suggest-input-container .monaco-editor').first();
        await settingsSearch.waitFor({ timeout: 20000 });
        await settingsSearch.click();
        await page.keyboard.type('leadershipPrompts.role');
        const role = page.locator('.setting-item-enum', { hasText: 'Tailors which tips and nudges you see' });
        await until(async () => (await page.locator('.setting-item-enum').count()) === 1 && (await role.count()) === 1, 'the search to leave the Role setting alone', 20000);
        const options = await role.locator('select option').allInnerTexts();
        await screenshot(page, 'first-hour-role-setting');
        assert.ok(options.includes('Engineering manager') && options.includes('Manager of managers'), `labelled roles: ${options.join(', ')}`);
        assert.ok(!options.some((o) => /^[a-z]+(-[a-z]+)+$/.test(o)), 'no raw ids');
      });
      assert.deepEqual(problems, [], problems.join('\n'));
    },
  },
  {
    name: 'first hour: the walkthrough ticks the steps already done',
    workbench: {
      userSettings: { 'leadershipPrompts.role': 'tech-lead' },
      beforeLoad: async (_page, { workspace }) => {
        mkdirSync(join(workspace, 'notes', 'one-on-ones', 'ada-lovelace'), { recursive: true });
        writeFileSync(join(workspace, 'notes', 'one-on-ones', 'ada-lovelace', '2026-11-30.md'), '# Regular 1:1: Ada Lovelace — 2026-11-30\n');
      },
    },
    async run({ page }) {
      await runCommand(page, 'Welcome: Open Walkthrough...');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Leadership Prompts' }).first().click();
      const step = (name) => page.locator('button.getting-started-step', { hasText: name }).first();
      await step('Write a first 1:1 agenda').waitFor({ timeout: 20000 });
      await until(async () => (await step('Write a first 1:1 agenda').getAttribute('aria-checked')) === 'true', 'the 1:1 step to be ticked', 15000);
      await until(async () => (await step('Set your role and rhythm').getAttribute('aria-checked')) === 'true', 'the role step to be ticked', 15000);
      assert.equal(await step('Start a leadership block').getAttribute('aria-checked'), 'false', 'a step not done stays open');
      await screenshot(page, 'first-hour-walkthrough');
    },
  },
];
