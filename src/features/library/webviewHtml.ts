import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

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
 * so the first paint needs no round trip.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const uri = (...p: string[]) => webview.asWebviewUri(joinUri(extensionUri, ...p)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${uri('dist', 'webview', 'codicon.css')}" rel="stylesheet">
<link href="${uri('media', 'library.css')}" rel="stylesheet">
<title>Leadership Prompts</title>
</head>
<body>
<main id="app" aria-busy="true">
  <div class="search-row" role="search">
    <span class="codicon codicon-search" aria-hidden="true"></span>
    <input id="search" type="search" aria-label="Search tips" placeholder="Search tips" autocomplete="off" spellcheck="false" maxlength="200">
  </div>
  <div class="filters">
    <div class="lens" role="radiogroup" aria-label="Lens">
      <button type="button" role="radio" data-mode="both" aria-checked="true" title="Leading and managing">All</button>
      <button type="button" role="radio" data-mode="lead" aria-checked="false" title="Leading: vision, alignment, coaching, change">Lead</button>
      <button type="button" role="radio" data-mode="manage" aria-checked="false" title="Managing: planning, process, execution">Manage</button>
    </div>
    <select id="role" aria-label="Role filter">
      <option value="">Every role</option>
      <option value="new-manager">New manager</option>
      <option value="engineering-manager">Engineering manager</option>
      <option value="tech-lead">Tech lead</option>
      <option value="staff-engineer">Staff engineer</option>
      <option value="manager-of-managers">Manager of managers</option>
    </select>
  </div>
  <section id="home" aria-label="Library"></section>
  <section id="detail" aria-label="Tip" hidden></section>
  <section id="answers" aria-label="Mentor answers" hidden></section>
  <div id="status" class="visually-hidden" role="status" aria-live="polite"></div>
</main>
<script nonce="${nonce}" src="${uri('dist', 'webview', 'webview.js')}"></script>
</body>
</html>`;
}

function joinUri(base: vscode.Uri, ...segments: string[]): vscode.Uri {
  return base.with({ path: [base.path.replace(/\/$/, ''), ...segments].join('/') });
}
