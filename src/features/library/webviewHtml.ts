import { nonce as freshNonce } from '../../platform/randomness';
import type * as vscode from 'vscode';
import { escapeHtml } from '../../core/plainText';
import type { LibraryStrings } from '../../shared/libraryStrings';

/**
 * The library view's webview options: scripts on, and resources only from the two folders the
 * HTML loads from (media/ for styles and icons, dist/webview/ for its script and font), never
 * the rest of the extension.
 */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [joinUri(extensionUri, 'media'), joinUri(extensionUri, 'dist', 'webview')] };
}

/**
 * The library view's HTML: a strict CSP (nothing but our own styles, font and one script
 * carrying a fresh nonce per render), theme colours via CSS variables, and a static skeleton
 * so the first paint needs no round trip. The icon font is preloaded: found only once the
 * stylesheet is applied, it would load after the page's other files, and VS Code shows the
 * view's page only when all of them have loaded. `strings` word the skeleton and travel in a JSON
 * data block (`type="application/json"`, never executed) for the script; `language` is the
 * display language (`vscode.env.language`).
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, strings: LibraryStrings, language: string): string {
  const nonce = freshNonce();
  const t = (key: keyof LibraryStrings) => escapeHtml(strings[key]);
  const uri = (...p: string[]) => webview.asWebviewUri(joinUri(extensionUri, ...p)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${uri('dist', 'webview', 'codicon.css')}" rel="stylesheet">
<link href="${uri('dist', 'webview', 'codicon.woff2')}" rel="preload" as="font" type="font/woff2" crossorigin>
<link href="${uri('media', 'library.css')}" rel="stylesheet">
<title>Leadership Prompts</title>
</head>
<body>
<main id="app" aria-busy="true">
  <div class="search-row" role="search">
    <span class="codicon codicon-search" aria-hidden="true"></span>
    <input id="search" type="search" aria-label="${t('searchTips')}" placeholder="${t('searchTips')}" autocomplete="off" spellcheck="false" maxlength="200">
  </div>
  <div class="filters">
    <div class="lens" role="radiogroup" aria-label="${t('lens')}">
      <button type="button" role="radio" data-mode="both" aria-checked="true" title="${t('allTitle')}">${t('all')}</button>
      <button type="button" role="radio" data-mode="lead" aria-checked="false" title="${t('leadTitle')}">${t('lead')}</button>
      <button type="button" role="radio" data-mode="manage" aria-checked="false" title="${t('manageTitle')}">${t('manage')}</button>
    </div>
    <select id="role" aria-label="${t('roleFilter')}">
      <option value="">${t('everyRole')}</option>
      <option value="new-manager">${t('roleNewManager')}</option>
      <option value="engineering-manager">${t('roleEngineeringManager')}</option>
      <option value="tech-lead">${t('roleTechLead')}</option>
      <option value="staff-engineer">${t('roleStaffEngineer')}</option>
      <option value="manager-of-managers">${t('roleManagerOfManagers')}</option>
    </select>
  </div>
  <section id="home" aria-label="${t('library')}"></section>
  <section id="detail" aria-label="${t('tip')}" hidden></section>
  <section id="answers" aria-label="${t('mentorAnswers')}" hidden></section>
  <div id="status" class="visually-hidden" role="status" aria-live="polite"></div>
</main>
<script type="application/json" id="l10n">${jsonForScript(strings)}</script>
<script nonce="${nonce}" src="${uri('dist', 'webview', 'webview.js')}"></script>
</body>
</html>`;
}

/** JSON that can sit inside a <script> element: no `<` (so no `</script>` or `<!--`) and no line or paragraph separators. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function joinUri(base: vscode.Uri, ...segments: string[]): vscode.Uri {
  return base.with({ path: [base.path.replace(/\/$/, ''), ...segments].join('/') });
}
