import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webviewHtml, webviewOptions } from '../../src/features/library/webviewHtml';
import { libraryStrings, type LibraryStrings } from '../../src/shared/libraryStrings';
import { english } from '../../src/shared/localizer';
import { ROOT } from './manifest';

// The webview HTML is built from a webview-like object; these stand in for vscode's.
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
interface FakeUri { path: string; with(change: { path: string }): FakeUri; toString(): string }
const uri = (path: string): FakeUri => ({ path, with: (c) => uri(c.path), toString: () => `file://${path}` });
const webview = { cspSource: CSP_SOURCE, asWebviewUri: (u: FakeUri) => ({ toString: () => `${CSP_SOURCE}${u.path}` }) };
const extension = uri('/home/me/.vscode/extensions/leadership-prompts');
const render = (strings: LibraryStrings = libraryStrings(english)) => webviewHtml(webview as never, extension as never, strings, 'en');
/** The <script> elements that run: every one but the JSON data block of the view's words. */
const runnableScripts = (html: string) => [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/json"/.test(m[1]));

function policyOf(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(meta, 'the HTML carries a Content-Security-Policy');
  return new Map(meta[1].split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe('webview security', () => {
  it("allows nothing by default, scripts only by nonce, never unsafe-inline or unsafe-eval", () => {
    const html = render();
    const csp = policyOf(html);
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    const script = csp.get('script-src') ?? [];
    assert.equal(script.length, 1);
    assert.match(script[0], /^'nonce-[A-Za-z0-9+/]{22,}={0,2}'$/);
    for (const d of ['style-src', 'font-src', 'img-src']) assert.deepEqual(csp.get(d), [CSP_SOURCE], d);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|\*/);
    assert.equal([...csp.keys()].some((d) => ['connect-src', 'frame-src', 'child-src', 'worker-src', 'object-src'].includes(d)), false, 'no network, frames or workers');
  });

  it('uses a fresh nonce on every render, on its one script, which has no inline code', () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const html = render();
      const nonce = /'nonce-([^']+)'/.exec(html)![1];
      nonces.add(nonce);
      const scripts = runnableScripts(html);
      assert.equal(scripts.length, 1);
      assert.match(scripts[0][1], new RegExp(`nonce="${nonce.replace(/[+/]/g, '\\$&')}"`));
      assert.equal(scripts[0][2].trim(), '', 'no inline script');
    }
    assert.equal(nonces.size, 20);
  });

  it('has no inline event handlers or styles, and loads only from its resource roots', () => {
    const html = render();
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
    assert.doesNotMatch(html, /\sstyle\s*=|<style/i);
    const roots = webviewOptions(extension as never).localResourceRoots!.map((r) => `${CSP_SOURCE}${r.path}/`);
    const urls = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(urls.length >= 3);
    for (const u of urls) assert.ok(roots.some((r) => u.startsWith(r)), `${u} is inside ${roots.join(' or ')}`);
  });

  it('preloads the icon font from the very address its stylesheet loads it from (built dist/webview/codicon.css), so it is fetched once', () => {
    const html = render();
    const preloads = [...html.matchAll(/<link href="([^"]+)" rel="preload" as="font" type="font\/woff2" crossorigin>/g)].map((m) => m[1]);
    assert.equal(preloads.length, 1);
    const stylesheet = /<link href="([^"]+codicon\.css)" rel="stylesheet">/.exec(html)?.[1];
    assert.ok(stylesheet, 'the codicon stylesheet is linked');
    const fontFace = /@font-face \{[^}]*src: url\("([^"]+)"\)/.exec(readFileSync(join(ROOT, 'dist', 'webview', 'codicon.css'), 'utf8'))?.[1];
    assert.ok(fontFace, 'codicon.css declares its font');
    assert.equal(preloads[0], new URL(fontFace, stylesheet).href);
  });

  it('limits local resources to media/ and dist/webview/, with scripts on', () => {
    const options = webviewOptions(extension as never);
    assert.equal(options.enableScripts, true);
    assert.deepEqual(options.localResourceRoots!.map((r) => r.path), [`${extension.path}/media`, `${extension.path}/dist/webview`]);
  });

  it('carries its words as a JSON data block that never runs, and no word can break out of it or out of an attribute', () => {
    const hostile = Object.fromEntries(Object.keys(libraryStrings(english)).map((k) => [k, `"><img src=x onerror=alert(1)></script><script>alert(2)</script>${k}`])) as LibraryStrings;
    const html = render(hostile);
    const blocks = [...html.matchAll(/<script type="application\/json" id="l10n">([\s\S]*?)<\/script>/g)];
    assert.equal(blocks.length, 1, 'one data block, still closed where it should be');
    assert.deepEqual(JSON.parse(blocks[0][1]), hostile, 'the words arrive as they were given');
    assert.equal(runnableScripts(html).length, 1, 'no script smuggled in');
    assert.doesNotMatch(html, /<img/i, 'no element smuggled in');
    assert.match(html, /aria-label="&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;&lt;\/script&gt;&lt;script&gt;alert\(2\)&lt;\/script&gt;searchTips"/, 'attributes hold the words escaped');
  });

  it('words the skeleton in the given language', () => {
    const german = { ...libraryStrings(english), searchTips: 'Tipps durchsuchen', everyRole: 'Jede Rolle' };
    const html = webviewHtml(webview as never, extension as never, german, 'de');
    assert.match(html, /<html lang="de">/);
    assert.match(html, /aria-label="Tipps durchsuchen" placeholder="Tipps durchsuchen"/);
    assert.match(html, /<option value="">Jede Rolle<\/option>/);
    assert.match(render(), /aria-label="Search tips"/);
  });
});
