import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createMarkdownRenderer } from '../../src/core/markdownRenderer';
import { countWords, leadText, markdownAddressesOut, markdownToText, typographicQuotes } from '../../src/core/plainText';
import { builtInContent } from './builtInContent';

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** Plain text of rendered HTML: what a reader of the rendered tip sees, to hold the Markdown readers in plainText.ts to. */
function htmlToText(html: string): string {
  // Tags first, then entities, so an escaped "&lt;b&gt;" stays text.
  let text = html.replace(/<[^>]*>/g, ' ');
  if (text.includes('&')) text = text.replace(/&(?:quot|#39|#x27|lt|gt|amp);/g, (m) => ENTITIES[m]);
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

describe('markdown renderer', () => {
  const md = createMarkdownRenderer();

  it('escapes raw HTML instead of rendering it', () => {
    const html = md.render('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nText <b onclick="x()">bold</b>');
    assert.doesNotMatch(html, /<script|<img|<b /);
    assert.match(html, /&lt;script&gt;/);
  });

  it('keeps https and mailto links and drops every other scheme', () => {
    const html = md.render('[a](https://ok.example) [b](javascript:alert(1)) [c](JAVASCRIPT:alert(1)) [d](data:text/html,x) [e](vbscript:x) [f](file:///etc/passwd) [g](mailto:a@b.c) [h](command:workbench.action.quit)');
    assert.match(html, /href="https:\/\/ok.example"/);
    assert.match(html, /href="mailto:a@b.c"/);
    for (const scheme of ['javascript', 'data', 'vbscript', 'file', 'command']) assert.doesNotMatch(html, new RegExp(`href="${scheme}`, 'i'));
  });

  it('does not load images from the network', () => {
    assert.doesNotMatch(md.render('![x](https://tracker.example/p.png)'), /<img/);
  });

  it('counts words in plain text of rendered HTML', () => {
    const text = htmlToText(md.render('# Title\n\nOne *two* [three](https://x.example) four-five.'));
    assert.equal(text, 'Title One two three four-five.');
    assert.equal(countWords(text), 5);
  });

  // Tips ship as Markdown only; excerpts and search read it as text, without rendering it.
  it('reads every built-in tip\'s Markdown as the words its rendered HTML shows, with no Markdown mark left', () => {
    const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
    const marks = (text: string) => text.replace(/[^*_`#>[\]]/g, '');
    for (const tip of builtInContent().tips) {
      const text = markdownToText(tip.markdown);
      const shown = htmlToText(md.render(tip.markdown));
      assert.equal(words(text), words(shown), tip.id);
      assert.equal(marks(text), marks(shown), tip.id);
      // The content compiler counts a tip's words in this text, against the library's limits.
      assert.equal(countWords(text), countWords(shown), tip.id);
    }
  });

  it('gives every built-in tip\'s excerpt text exactly as its rendered lead shows it, typographic quotes too', () => {
    // htmlToText leaves a space where a tag ended before a mark ("head ."); the reader sees none.
    const spaced = (text: string) => text.replace(/\s+(?=[.,;:!?)])/g, '');
    for (const tip of builtInContent().tips) {
      const lead = tip.markdown.split(/^## /m)[0];
      assert.equal(leadText(tip.markdown), spaced(htmlToText(md.render(lead))), tip.id);
    }
    assert.equal(typographicQuotes(`"It's 'ours'," she said -- "the team's".`), '“It’s ‘ours’,” she said -- “the team’s”.');
  });

  it('reads any tip-like Markdown as the words and sentence marks its rendering shows (property)', () => {
    const word = fc.constantFrom('delegate', 'the', 'outcome', 'snake_case', '1:1', "team's", 'one-on-one', 'café', 'Ask', 'why', '2026');
    // Inline pieces a tip is written with; links only to https, as the checks demand.
    const inline = fc.oneof(
      { weight: 6, arbitrary: word },
      fc.tuple(fc.constantFrom('**', '*', '_', '`', '~~'), word).map(([m, w]) => `${m}${w}${m}`),
      word.map((w) => `[${w}](https://example.com/${w})`),
      fc.constantFrom('.', ',', '?', '!', ':', ';', '—'),
    );
    const sentence = fc.array(inline, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));
    const block = fc.tuple(fc.constantFrom('', '## ', '- ', '1. ', '> '), sentence).map(([start, text]) => start + text);
    const markdown = fc.array(block, { minLength: 1, maxLength: 6 }).map((blocks) => blocks.join('\n\n'));
    const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
    const marks = (text: string) => text.replace(/[^.,?!:;—*_`#>[\]~]/g, '');
    fc.assert(fc.property(markdown, (source) => {
      const shown = htmlToText(md.render(source));
      assert.equal(words(markdownToText(source)), words(shown));
      assert.equal(marks(markdownToText(source)), marks(shown));
      assert.equal(countWords(markdownToText(source)), countWords(shown));
    }), { numRuns: 500 });
  });

  it('keeps a link\'s text and drops its address, and leaves a word\'s own underscores alone', () => {
    const source = '## Why\n\n1. Read **the** [guide](https://example.com/a_b) and <https://x.example>.\n- Run `git log` on snake_case _files_\n\n> Quoted *idea*';
    assert.equal(markdownToText(source), 'Why Read the guide and https://x.example. Run git log on snake_case files Quoted idea');
    assert.equal(markdownAddressesOut('See [the guide](https://example.com/a_b).'), 'See the guide.');
    assert.equal(leadText('The idea, *briefly*.\n\n## Try this\n\nA step.'), 'The idea, briefly.');
  });
});
