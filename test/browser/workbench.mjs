// Helpers for browser tests of the real workbench (code-server + headless Chromium).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, launchBrowser, startCodeServer } from '../../scripts/realVsCode.mjs';

export const SHOTS = join(ROOT, 'test-results');

/**
 * Starts code-server with the extension loaded from this folder (or installed from `vsix`) and
 * opens the workbench. `beforeLoad(page, { server, workspace })` runs before the workbench first
 * loads (to seed files or browser storage); `media` emulates e.g. the OS high-contrast mode;
 * `locale` sets the display language (e.g. 'de').
 */
export async function openWorkbench({ theme, media, userSettings = {}, verbose = false, vsix, linkedExtension, env, beforeLoad, height = 860, locale } = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'lp-browser-ws-'));
  cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  mkdirSync(join(workspace, 'notes'), { recursive: true });
  const server = await startCodeServer({
    folder: workspace,
    // A VSIX is installed as a user would; otherwise the extension loads from this folder (as F5).
    ...(vsix ? { vsix } : { extensionDevelopmentPath: ROOT }),
    linkedExtension, // another extension, installed beside it (e.g. the test language model)
    userSettings: { 'leadershipPrompts.notesFolder': join(workspace, 'notes'), ...(theme ? { 'workbench.colorTheme': theme } : {}), ...userSettings },
    locale,
    env,
    verbose,
  });
  const wb = await openInBrowser(server, { media, height, beforeLoad: (page) => beforeLoad?.(page, { server, workspace }) });
  const close = async () => {
    await wb.close();
    rmSync(workspace, { recursive: true, force: true });
  };
  return { ...wb, workspace, close };
}

/**
 * Opens a running server's workbench in headless Chromium and waits for the extension's view
 * container. Returns { page, server, errors, close() }; close() also stops the server.
 */
export async function openInBrowser(server, { media, height = 860, beforeLoad } = {}) {
  const browser = await launchBrowser({ width: 1400, height });
  const { page } = browser;
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // e.g. { forcedColors: 'active' }: the OS high-contrast mode, which VS Code follows by default.
  if (media) await page.emulateMedia(media);
  await beforeLoad?.(page);
  await page.goto(server.url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  // The extension is active once its status-bar item or view container shows.
  await page.locator('.activitybar .action-label[aria-label^="Leadership"]').first().waitFor({ timeout: 90000 });
  const close = async () => {
    await browser.close();
    await server.stop();
  };
  return { page, server, workspace: server.workspace, errors, close };
}

/** Opens the Leadership Prompts sidebar and returns a locator root inside its webview. */
export async function openLibrary(page) {
  const container = page.locator('.activitybar .action-label[aria-label^="Leadership"]').first();
  const expanded = await container.getAttribute('aria-expanded').catch(() => null);
  if (expanded !== 'true') await container.click();
  return libraryFrame(page);
}

export async function libraryFrame(page) {
  const frame = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
  await frame.locator('#search').waitFor({ timeout: 30000 });
  await frame.locator('#app[aria-busy="false"]').waitFor({ timeout: 30000 });
  return frame;
}

/** Runs a command from the Command Palette by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15000 });
  await input.fill('>' + title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
}

export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.mouse.move(760, 700); // no hover tooltip over the picture (it fades out when the mouse leaves)
  await page.waitForTimeout(600);
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The leadership-time status-bar item, found by the start of its accessible name ("Leadership", or a translation). */
export function statusItem(page, labelStart = 'Leadership') {
  return page.locator(`.statusbar-item a[aria-label^="${labelStart}"], .statusbar-item[aria-label^="${labelStart}"]`).first();
}

export async function statusText(page, labelStart) {
  return (await statusItem(page, labelStart).innerText()).replace(/\s+/g, ' ').trim();
}

/** Waits until the status-bar item's text matches `re`; returns the text. */
export async function waitForStatus(page, re, { labelStart, timeout = 20000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const text = await statusText(page, labelStart).catch(() => '');
    if (re.test(text)) return text;
    if (Date.now() > end) throw new Error(`status bar shows "${text}", expected ${re}`);
    await page.waitForTimeout(200);
  }
}


/** Polls `probe` until it returns something truthy, and returns that; throws naming `what` after `timeoutMs`. */
export async function until(probe, what, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/**
 * Waits until the library's list shows exactly these tips (any order). A list is painted when
 * its query is answered, so the one before it (For you now) may still be showing for a moment:
 * reading once would race. Times out naming what it last saw.
 */
export async function tipTitlesToBe(frame, titles, timeoutMs = 15000) {
  const expected = [...titles].sort();
  let shown = [];
  await until(async () => {
    shown = (await frame.locator('#home .tip-list [role="option"] .tip-title').allInnerTexts()).sort();
    return JSON.stringify(shown) === JSON.stringify(expected);
  }, `the list to show ${expected.join(' and ')}`, timeoutMs).catch((e) => {
    throw new Error(`${e.message}; it showed: ${shown.join(', ') || 'nothing'}`);
  });
}
