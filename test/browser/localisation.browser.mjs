// German end to end: code-server started with the display language German (`--locale de`, with
// a stand-in language pack that translates nothing: see registerLanguagePack in
// scripts/realVsCode.mjs). The workbench's own words stay English, but VS Code hands the
// extension the display language: package.nls.de.json words the Command Palette and
// l10n/bundle.l10n.de.json everything the extension shows (status bar, its tooltip, Input Boxes,
// the sidebar, the weekly summary).
import assert from 'node:assert/strict';
import { libraryFrame, screenshot, statusItem, waitForStatus } from './workbench.mjs';

const GERMAN = 'Führungszeit';

const quickInput = (page) => page.locator('.quick-input-widget:visible');


/** Finds a command in the Command Palette by its German title and runs it. */
async function runGermanCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15000 });
  await input.fill('>' + title);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 15000 });
  const label = (await row.innerText()).replace(/\s+/g, ' ').trim();
  await page.keyboard.press('Enter');
  return label;
}

async function answerInputBox(page, title, text) {
  await quickInput(page).locator('.quick-input-title', { hasText: title }).waitFor({ timeout: 15000 });
  await quickInput(page).locator('input').fill(text);
  await page.keyboard.press('Enter');
}

export const scenarios = [
  {
    name: 'localisation: with the display language German, commands, status bar, Input Boxes and the sidebar speak German',
    workbench: { locale: 'de' },
    async run({ page }) {
      // The status bar (activation bundle): German words and German durations from the core.
      await statusItem(page, GERMAN).waitFor({ timeout: 30000 });
      assert.equal(await waitForStatus(page, /\/ 6 h$/, { labelStart: GERMAN }), '0 min / 6 h');
      assert.match(await statusItem(page, GERMAN).getAttribute('aria-label'), /^Führungszeit diese Woche: 0 min von 6 h\. Optionen für Führungszeit öffnen\./);

      // Its tooltip, worded in German.
      await statusItem(page, GERMAN).hover();
      const hover = page.locator('.monaco-hover', { hasText: 'Führungszeit diese Woche' }).first();
      await hover.waitFor({ timeout: 15000 });
      const tooltip = (await hover.innerText()).replace(/\s+/g, ' ');
      assert.match(tooltip, /Heute \((Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\) ist ein/);
      assert.match(tooltip, /Klicken, um einen Block zu starten/);
      await screenshot(page, 'localisation-de-status-tooltip');
      await page.mouse.move(700, 300);

      // A command by its German title (package.nls.de.json), in the Leadership category (a name, fixed by CONTRACT.md).
      assert.match(await runGermanCommand(page, 'Führungszeit erfassen'), /Leadership: Führungszeit erfassen/);
      await answerInputBox(page, 'Führungszeit erfassen', 'abc');
      await quickInput(page).locator('.quick-input-message', { hasText: 'Geben Sie Minuten (45) oder Stunden und Minuten' }).waitFor({ timeout: 10000 });
      await answerInputBox(page, 'Führungszeit erfassen', '1h 30m');
      await answerInputBox(page, 'Was war es?', 'Einstellungsplan mit dem Team');
      assert.equal(await waitForStatus(page, /^1 h 30 min \/ 6 h$/, { labelStart: GERMAN }), '1 h 30 min / 6 h');

      // The sidebar: its skeleton and what its script renders, from the words the extension sent.
      assert.match(await runGermanCommand(page, 'Leadership: Bibliothek öffnen'), /Leadership: Bibliothek öffnen/);
      const frame = await libraryFrame(page);
      assert.equal(await frame.locator('#search').getAttribute('placeholder'), 'Tipps durchsuchen');
      assert.equal(await frame.locator('#search').getAttribute('aria-label'), 'Tipps durchsuchen');
      assert.equal(await frame.locator('html').getAttribute('lang'), 'de');
      assert.deepEqual(await frame.locator('.lens button').allInnerTexts(), ['Alle', 'Führen', 'Managen']);
      assert.equal(await frame.locator('#role option').first().innerText(), 'Alle Rollen');
      // textContent: the stylesheet shows headings in capitals.
      assert.equal((await frame.locator('#for-you-h').textContent()).trim(), 'Jetzt für Sie');
      assert.equal((await frame.locator('#browse-h').textContent()).trim(), 'Stöbern');
      assert.equal((await frame.locator('[data-favourites]').textContent()).trim(), 'Favoriten (0)');
      // Why each tip is "for you now" comes from the core's ranking, worded in German.
      const reasons = (await frame.locator('.for-you .reasons').allTextContents()).map((r) => r.trim());
      assert.ok(reasons.length > 0, 'the tips say why they were picked');
      for (const r of reasons) {
        assert.match(r, /Führungstag|Managementtag|Sie bearbeiten|Für |Etwas zum Lesen|Woche|1:1|Commits/, `a German reason: ${r}`);
        assert.doesNotMatch(r, /\b(is a|you are|something|for (new|engineering|tech|staff|managers))\b/i, `no English left: ${r}`);
      }
      await screenshot(page, 'localisation-de-library');

      // A tip's detail: the action buttons are named in German.
      await frame.locator('.for-you [role="option"]').first().click();
      await frame.locator('#detail-title').waitFor();
      assert.equal(await frame.locator('[data-action="favourite"]').getAttribute('aria-label'), 'Zu Favoriten hinzufügen');
      assert.equal(await frame.locator('[data-action="copy"]').getAttribute('aria-label'), 'Als Markdown kopieren');
      assert.match(await frame.locator('#detail .source').innerText(), /^\s*Quelle:/);
      await screenshot(page, 'localisation-de-tip');

      // The weekly summary page, worded by the extension through the same port.
      await runGermanCommand(page, 'Leadership: Wochenübersicht anzeigen');
      await page.locator('.tab', { hasText: 'Führungszeit' }).first().waitFor({ timeout: 20000 });
      const summary = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
      await summary.locator('#summary').waitFor({ timeout: 30000 });
      assert.match(await summary.locator('#summary').innerText(), /^Führungszeit diese Woche: 1 h 30 min von 6 h Ziel \(25 %\)\.$/);
      assert.equal(await summary.locator('#by-day').innerText(), 'Nach Tagen');
      assert.equal(await summary.locator('button[data-action="writeSelfCheck"]').innerText(), 'Wöchentlichen Selbstcheck schreiben');
      assert.match(await summary.locator('.notes').innerText(), /1 h 30 min erfasst · Einstellungsplan mit dem Team/);
      await screenshot(page, 'localisation-de-summary');
    },
  },
];
