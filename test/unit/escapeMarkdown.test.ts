import * as assert from 'node:assert/strict';
import { escapeMarkdown } from '../../src/core/plainText';

// Text shown in a Markdown tooltip (a block's focus, a calendar title, a person's name) reads as
// it was written: nothing in it becomes emphasis, a link or a heading.
describe('escapeMarkdown', () => {
  it('escapes every Markdown character and leaves the rest', () => {
    assert.equal(escapeMarkdown('Plan *Q3* [draft](x) #1 - done!'), 'Plan \\*Q3\\* \\[draft\\]\\(x\\) \\#1 \\- done\\!');
    assert.equal(escapeMarkdown('a\\b `c` _d_ {e} <f> |g| ~h~ +i.'), 'a\\\\b \\`c\\` \\_d\\_ \\{e\\} \\<f\\> \\|g\\| \\~h\\~ \\+i\\.');
    assert.equal(escapeMarkdown('1:1 mit Jürgen'), '1:1 mit Jürgen');
  });
});
