// The calendar in the real workbench: a calendar file with a 1:1 ten minutes away gives the
// toast "1:1 with Sam Rivera in N min", and its *Open Agenda* writes and opens the agenda of that
// day. A 1:1 that ended 20 minutes ago is offered on the leadership-time status-bar item, and its
// menu's first entry logs it. The extension is installed (linked) as a user has it, not a development extension under
// the smoke-test driver, which hides every toast (see README, Develop).
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startCodeServer } from '../../scripts/realVsCode.mjs';
import { oneOnOneCalendar } from './calendarFile.mjs';
import { openInBrowser, screenshot, statusItem, statusText, until } from './workbench.mjs';

const pad = (n) => String(n).padStart(2, '0');
const localDay = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** Monday 00:00 (local) of the ISO week of `d`, in milliseconds. */
const weekStart = (d) => new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7)).getTime();

let start;
let earlier;

export const scenarios = [
  {
    name: 'calendar: a 1:1 ten minutes away gives one toast, and Open Agenda opens the agenda of that day',
    async open({ verbose }) {
      const workspace = mkdtempSync(join(tmpdir(), 'lp-browser-cal-'));
      cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
      const person = join(workspace, 'notes', 'one-on-ones', 'sam-rivera');
      mkdirSync(person, { recursive: true });
      writeFileSync(join(person, 'profile.md'), '---\nname: Sam Rivera\nemail: sam@example.com\n---\n');
      // Ten minutes from now, to the minute (calendar.prepareMinutes is 10 by default).
      start = new Date(Math.ceil((Date.now() + 10 * 60_000) / 60_000) * 60_000);
      mkdirSync(join(workspace, 'calendars'), { recursive: true });
      // And one that ended 20 minutes ago, to count as leadership time.
      earlier = new Date(Math.floor((Date.now() - 50 * 60_000) / 60_000) * 60_000);
      writeFileSync(join(workspace, 'calendars', 'work.ics'), oneOnOneCalendar({ uid: 'sam-weekly@example.com', start, email: 'sam@example.com', earlier }));
      // Quiet hours far from now, whatever time the test runs at.
      const h = new Date().getHours();
      const server = await startCodeServer({
        folder: workspace,
        linkedExtension: ROOT,
        userSettings: {
          'leadershipPrompts.notesFolder': join(workspace, 'notes'),
          'leadershipPrompts.calendar.files': ['${workspaceFolder}/calendars/work.ics'],
          'leadershipPrompts.reminders.quietHours': { start: `${pad((h + 12) % 24)}:00`, end: `${pad((h + 13) % 24)}:00` },
          'leadershipPrompts.reminders.schedule': [],
        },
        verbose,
      });
      const wb = await openInBrowser(server);
      return { ...wb, workspace, close: async () => { await wb.close(); rmSync(workspace, { recursive: true, force: true }); } };
    },
    async run({ page, workspace }) {
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /1:1 with Sam Rivera in \d+ min/ });
      await toast.first().waitFor({ timeout: 60000 });
      assert.equal(await toast.count(), 1, 'one toast');
      const text = (await toast.first().innerText()).replace(/\s+/g, ' ');
      for (const action of ['Open Agenda', 'Not Now', "Don't Remind Me"]) assert.ok(text.includes(action), `the toast offers ${action}: ${text}`);
      await screenshot(page, 'calendar-toast');

      await toast.first().locator('.monaco-button', { hasText: 'Open Agenda' }).click();
      const day = localDay(start);
      await page.locator('.tab', { hasText: `${day}.md` }).first().waitFor({ timeout: 30000 });
      const file = join(workspace, 'notes', 'one-on-ones', 'sam-rivera', `${day}.md`);
      await until(() => existsSync(file), `the agenda ${file}`, 15000);
      await page.locator('.monaco-editor .view-lines', { hasText: 'Sam Rivera' }).first().waitFor({ timeout: 15000 });
      await screenshot(page, 'calendar-agenda');

      // The 1:1 that ended is offered on the one leadership-time item (no second item of its own);
      // a click opens its menu with the offer first, and Enter logs it.
      const item = statusItem(page);
      await until(async () => (await statusText(page)).includes('Log 30m'), 'the offer on the leadership-time item', 30000);
      assert.match(await item.getAttribute('aria-label'), /^Leadership time this week: .*1:1 with Sam Rivera ended: log its 30m as leadership time\.$/);
      assert.equal(await page.locator('.statusbar-item', { hasText: 'Log 30m' }).count(), 1, 'one status-bar item carries it');
      await item.click();
      const first = page.locator('.quick-input-widget .monaco-list-row').first();
      await first.waitFor({ timeout: 15000 });
      assert.match((await first.innerText()).replace(/\s+/g, ' '), /Log 30m\s*1:1 with Sam Rivera ended/);
      await screenshot(page, 'calendar-count-offer');
      await page.keyboard.press('Enter');
      // Its 30 minutes count in the week it was held: the last one, in the first 50 minutes of a Monday.
      const thisWeek = weekStart(earlier) === weekStart(new Date());
      await until(async () => (!thisWeek || /\b30m\b/.test(await statusText(page))) && !(await statusText(page)).includes('Log'), 'the 30 minutes logged and the offer gone', 15000);
      await screenshot(page, 'calendar-counted');
    },
  },
];
