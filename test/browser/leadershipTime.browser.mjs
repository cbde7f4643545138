// The leadership-time companion in the real workbench: the status-bar item shows this week
// against the target, logging through the Input Box moves it, a click offers the Quick Pick of
// options, a block counts down and survives a reload of the window, and the weekly summary
// shows the week as a chart (screenshots in test-results/).
import assert from 'node:assert/strict';
import { runCommand, screenshot, statusItem, statusText, waitForStatus } from './workbench.mjs';

const quickInput = (page) => page.locator('.quick-input-widget');
const rows = (page) => page.locator('.quick-input-list .monaco-list-row');


/** Answers the Input Box titled `title` (the same widget serves each step, so wait for the title). */
async function answerInputBox(page, title, text) {
  await page.locator('.quick-input-widget:visible .quick-input-title', { hasText: title }).waitFor({ timeout: 15000 });
  const input = page.locator('.quick-input-widget:visible input');
  await input.fill(text);
  await page.keyboard.press('Enter');
}

export const scenarios = [
  {
    name: 'leadership time: the status bar shows the week, a click offers the options, a block counts down and survives a reload',
    async run({ page }) {
      await statusItem(page).waitFor({ timeout: 30000 });
      assert.match(await statusText(page), /^0m \/ 6h$/, 'a fresh week: nothing against 15 % of 40 h');

      await runCommand(page, 'Leadership: Log Leadership Time');
      await answerInputBox(page, 'Log leadership time', 'abc');
      await page.locator('.quick-input-message', { hasText: 'Type minutes' }).waitFor({ timeout: 10000 });
      await answerInputBox(page, 'Log leadership time', '1h 30m');
      await answerInputBox(page, 'what was it?', 'Hiring plan with the team');
      assert.equal(await waitForStatus(page, /^1h 30m \/ 6h$/), '1h 30m / 6h');

      await statusItem(page).click();
      await quickInput(page).waitFor({ state: 'visible', timeout: 15000 });
      await rows(page).first().waitFor();
      const labels = (await rows(page).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      for (const option of ['25 minutes', '50 minutes', '90 minutes', 'Custom length', 'Log time done elsewhere', 'Snooze reminders', "This week's summary", 'Settings']) {
        assert.ok(labels.some((l) => l.includes(option)), `the menu offers "${option}": ${labels.join(' | ')}`);
      }
      assert.match(await page.locator('.quick-input-title').innerText(), /Leadership Time/);
      await screenshot(page, 'leadership-time-menu');

      await rows(page).filter({ hasText: '25 minutes' }).first().click();
      await answerInputBox(page, 'focus (optional)', 'Q3 vision');
      await waitForStatus(page, /^2[45]:\d\d$/);
      const label = await statusItem(page).getAttribute('aria-label');
      assert.match(label, /Leadership block running, .* left, focus Q3 vision/);
      await screenshot(page, 'leadership-time-block');

      // Global state is flushed to disk on a short delay; then the window reloads mid-block.
      await page.waitForTimeout(1500);
      await page.reload();
      await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
      await statusItem(page).waitFor({ timeout: 60000 });
      const after = await waitForStatus(page, /^2[345]:\d\d$/, { timeout: 30000 });
      assert.ok(after, 'the block keeps counting down after the reload');

      await statusItem(page).click();
      await rows(page).filter({ hasText: 'Stop the leadership block' }).first().click();
      assert.equal(await waitForStatus(page, /\/ 6h$/), '1h 30m / 6h', 'a block stopped within a minute adds nothing');
    },
  },
  {
    name: 'leadership time: the weekly summary shows the week by day with a chart and the self-check button',
    workbench: { theme: 'Default Dark Modern' },
    async run({ page }) {
      await statusItem(page).waitFor({ timeout: 30000 });
      await runCommand(page, 'Leadership: Log Leadership Time');
      await answerInputBox(page, 'Log leadership time', '50');
      await answerInputBox(page, 'what was it?', 'Career conversation with Sam');
      await waitForStatus(page, /^50m \/ 6h$/);

      await runCommand(page, 'Leadership: Show Weekly Summary');
      await page.locator('.tab', { hasText: 'Leadership Time' }).first().waitFor({ timeout: 20000 });
      const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
      await frame.locator('#summary').waitFor({ timeout: 30000 });
      assert.match(await frame.locator('#summary').innerText(), /^Leadership time this week: 50m of a 6h target \(14 %\)\.$/);
      assert.equal(await frame.locator('svg.chart').count(), 2, 'a chart by day and a trend over recent weeks');
      assert.equal(await frame.locator('svg.chart').first().locator('rect.bar').count(), 7, 'one bar per day');
      assert.match(await frame.locator('.notes').innerText(), /50m logged · Career conversation with Sam/);
      const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(csp, /^default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-[^']+'$/);
      const colour = await frame.locator('svg.chart rect.bar').first().evaluate((r) => getComputedStyle(r).fill);
      assert.ok(colour && colour !== 'none' && colour !== 'rgb(0, 0, 0)', `bars take a theme colour (${colour})`);
      await screenshot(page, 'leadership-time-summary');

      // The self-check belongs to the templates feature: it either writes the note or says it is not there.
      await frame.locator('button[data-action="writeSelfCheck"]').click();
      await page.locator('.notifications-toasts .notification-toast, .tab', { hasText: /self-check|W\d\d/ }).first().waitFor({ timeout: 20000 });
    },
  },
];
