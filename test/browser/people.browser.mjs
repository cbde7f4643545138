// The People view as a manager uses it: the row of someone overdue (icon, "N days ago · N open",
// the reason in its tooltip), a new 1:1 written from the row's inline action, an action item
// checked in the editor, and the row changing without a refresh. Screenshots in test-results/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary, screenshot, until } from './workbench.mjs';

const day = (offset = 0) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The People view's tree, opened as a person does: the Leadership icon, then the People section. */
async function openPeople(page) {
  await openLibrary(page);
  const header = page.locator('.pane-header[aria-label^="People"]').first();
  await header.waitFor({ timeout: 30000 });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  return page.locator('.pane-body .monaco-list[aria-label^="People"]').first();
}

const personRow = (tree, name) => tree.locator('.monaco-list-row', { hasText: name }).first();

export const scenarios = [
  {
    name: 'People view: an overdue person, a new 1:1 from the row, an action checked and the row follows',
    workbench: {
      beforeLoad: async (_page, { workspace }) => {
        const folder = join(workspace, 'notes', 'one-on-ones', 'sam-lee');
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'profile.md'), '---\nname: Sam Lee\nrole: Backend engineer\n---\n# Sam Lee\n');
        writeFileSync(join(folder, `${day(-20)}.md`), `# Regular 1:1: Sam Lee — ${day(-20)}\n\n## Action items\n- [ ] Send Sam the design doc\n- [ ] Ask about the conference talk #growth\n- [x] Book the offsite\n`);
      },
    },
    async run({ page, workspace }) {
      const tree = await openPeople(page);
      const sam = personRow(tree, 'Sam Lee');
      await sam.waitFor({ timeout: 30000 });
      await until(async () => /20 days ago · 2 open/.test(await sam.innerText()), 'the row "20 days ago · 2 open"');
      assert.ok(await sam.locator('.codicon-warning').count(), 'an overdue icon');
      const label = await sam.getAttribute('aria-label');
      assert.match(label ?? '', /Sam Lee.*Overdue: the last 1:1 with Sam Lee was 20 days ago/, 'the reason is in the screen-reader label');
      await screenshot(page, 'people-overdue');

      // The row's inline action writes today's 1:1, carrying the two open items over.
      await sam.hover();
      await sam.locator('.action-label[aria-label="New 1:1 Agenda"]').click();
      const note = join(workspace, 'notes', 'one-on-ones', 'sam-lee', `${day()}.md`);
      const text = await until(() => { try { return readFileSync(note, 'utf8'); } catch { return undefined; } }, 'the new 1:1 on disk');
      assert.match(text, /## Carried over\n- \[ \] Send Sam the design doc\n- \[ \] Ask about the conference talk #growth/);
      await page.locator('.tabs-container .tab.active', { hasText: `${day()}.md` }).waitFor({ timeout: 20000 });
      await until(async () => /today · 2 open/.test(await sam.innerText()), 'the row "today · 2 open"');
      assert.equal(await sam.locator('.codicon-warning').count(), 0, 'no longer overdue');

      // Expand the row and open the first action: the editor jumps to its line; check it there and save.
      await sam.locator('.monaco-tl-twistie').click();
      const action = tree.locator('.monaco-list-row', { hasText: 'Send Sam the design doc' }).first();
      await action.click();
      await until(async () => /Ln 8, Col 1/.test(await page.locator('.statusbar').innerText()), 'the editor at the action\'s line');
      // The tree keeps the keyboard; the manager clicks into the line to edit it.
      await page.locator('.editor-instance .view-line', { hasText: 'Send Sam the design doc' }).first().click();
      await page.keyboard.press('Home');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Delete');
      await page.keyboard.type('x');
      await page.keyboard.press('Control+S');
      await until(() => /- \[x\] Send Sam the design doc/.test(readFileSync(note, 'utf8')), 'the checked action saved');
      await until(async () => /today · 1 open/.test(await sam.innerText()), 'the row "today · 1 open"');
      assert.deepEqual(readdirSync(join(workspace, 'notes', 'one-on-ones', 'sam-lee')).sort(), [`${day(-20)}.md`, `${day()}.md`, 'profile.md'].sort());
      await screenshot(page, 'people-after-a-1-1');
    },
  },
];
