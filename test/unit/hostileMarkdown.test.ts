import * as assert from 'node:assert/strict';
import { compileContentFolder } from '../../src/core/contentPack';
import { createMarkdownRenderer } from '../../src/core/markdownRenderer';
import { hostileTips } from '../fixtures/hostileTips.mjs';
import { builtInContent } from './builtInContent';

// What markdown-it may produce from a tip body, and the attributes it may carry.
const TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'em', 'strong', 's', 'code', 'pre', 'blockquote', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const ATTRIBUTES = new Set(['href', 'title', 'class', 'start', 'style']);
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi;

function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n' };
  return value.replace(ENTITY, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return named[e.toLowerCase()] ?? m;
  });
}

/** Every problem that would make this HTML able to run or load something. */
function hazards(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const [, name, rest] = tag;
    if (!TAGS.has(name.toLowerCase())) found.push(`tag <${name}>`);
    for (const attr of rest.matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const key = attr[1].toLowerCase();
      const value = decodeEntities((attr[2] ?? '').replace(/^["']|["']$/g, '')).replace(/[\s\p{Cc}]/gu, '');
      if (!ATTRIBUTES.has(key)) found.push(`attribute ${key} on <${name}>`);
      if ((key === 'href' || key === 'src') && !/^(https:\/\/|mailto:|#)/i.test(value)) found.push(`${key}="${value}"`);
      // A fence's info string becomes a class; it is escaped, so only its name matters.
      if (key === 'class' && !value.startsWith('language-')) found.push(`class="${value}"`);
      if (key === 'style' && !/^text-align:(left|right|center)$/.test(value)) found.push(`style="${value}"`);
    }
  }
  if (/<script|<iframe|<svg|<img|<style|<object|<embed|<form|<meta|<base/i.test(html)) found.push('a raw tag from the input');
  return found;
}

describe('hostile Markdown in team tips', () => {
  const corpus = hostileTips();
  const files = corpus.map((t) => ({ path: `tips/${t.file}`, text: t.text }));
  const { content, problems } = compileContentFolder(files, '/team/.leadership', builtInContent().categories, '/team/.leadership', 'pack');
  const loaded = new Map(content.tips.map((t) => [t.id, t]));
  // A tip as the library's view shows it opened: its Markdown rendered by the one renderer (libraryViewProvider.ts).
  const renderer = createMarkdownRenderer();
  const shown = (id: string) => renderer.render(loaded.get(id)!.markdown);

  it('loads every tip the checks accept and refuses the ones with a non-https inline link, naming the link', () => {
    for (const t of corpus) {
      if (t.rejected) {
        assert.ok(!loaded.has(t.id), `${t.name} is refused`);
        const mine = problems.filter((p) => p.file.endsWith(`/${t.file}`));
        assert.ok(mine.some((p) => /is not a well-formed https:\/\/ address/.test(p.message)), `${t.name}: ${mine.map((p) => p.message).join(' | ') || 'not reported'}`);
      } else {
        assert.ok(loaded.has(t.id), `${t.name} loads: ${problems.filter((p) => p.file.endsWith(`/${t.file}`)).map((p) => p.message).join(' | ')}`);
      }
    }
    assert.ok(loaded.size >= 25, `${loaded.size} hostile tips render`);
  });

  it('renders every accepted tip inert: only Markdown tags, no handlers, no script, no unsafe link', () => {
    for (const t of corpus.filter((c) => !c.rejected)) {
      const html = shown(t.id);
      assert.deepEqual(hazards(html), [], `${t.name}:\n${html}`);
    }
  });

  it('shows the payloads as text rather than dropping them silently', () => {
    const html = shown('hostile-script-tag');
    assert.match(html, /&lt;script&gt;console\.log\(/);
    assert.match(shown('hostile-reference-javascript-link'), /\[click\]\[x\]|click/);
    // Images are off: a tracking pixel becomes at most a link someone has to click.
    assert.doesNotMatch(shown('hostile-reference-image'), /<img/);
  });

  it('keeps a safe link in a hostile neighbourhood, with its attributes escaped', () => {
    const html = shown('hostile-link-title-breaking-out');
    assert.match(html, /<a href="https:\/\/example\.com" title="&quot; onmouseover=&quot;alert\(1\)">ok<\/a>/);
    assert.deepEqual(hazards(html), []);
  });

  it('the hazard check itself catches what it is meant to', () => {
    assert.deepEqual(hazards('<p>fine <a href="https://x.example">x</a></p>'), []);
    assert.ok(hazards('<img src=x onerror=alert(1)>').length > 0);
    assert.ok(hazards('<a href="&#106;avascript:alert(1)">x</a>').some((h) => h.startsWith('href=')));
    assert.ok(hazards('<a href="java\tscript:alert(1)">x</a>').some((h) => h.startsWith('href=')));
    assert.ok(hazards('<p onclick="x()">x</p>').some((h) => h.startsWith('attribute onclick')));
    assert.ok(hazards('<pre><code class="language-x" onmouseover="a">').length > 0);
    assert.ok(hazards('<code class="x">').length > 0);
  });
});
