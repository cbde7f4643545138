import * as assert from 'node:assert/strict';
import { createMarkdownRenderer } from '../../src/core/markdownRenderer';
import { countWords, htmlToText } from '../../src/core/plainText';

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
});
