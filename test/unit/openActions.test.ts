import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { countTasks, openTasks } from '../../src/core/carryOver';
import { markdownLines } from '../../src/core/markdownLines';
import { noteActions, openActions } from '../../src/core/openActions';

const texts = (md: string) => openActions(md).map((a) => a.text);

describe('open actions', () => {
  it('finds unchecked task lines of every bullet kind with their 0-based lines, and the checked ones', () => {
    const md = ['# 1:1', '- [ ] dash', '* [ ] star', '+ [ ] plus', '1. [ ] numbered', '2) [ ] paren', '- [x] done', '- [X] done too', '- plain item'].join('\n');
    const { open, done } = noteActions(md);
    assert.deepEqual(open.map((a) => [a.line, a.text]), [[1, 'dash'], [2, 'star'], [3, 'plus'], [4, 'numbered'], [5, 'paren']]);
    assert.deepEqual(done.map((a) => [a.line, a.text, a.done]), [[6, 'done', true], [7, 'done too', true]]);
  });

  it('reads nested and tab-indented tasks, and keeps their indent', () => {
    const md = ['- [ ] parent', '  - [ ] child', '\t\t- [x] tabbed done', '    * [ ] deeper', '- topic', '   1. [ ] under a topic'].join('\n');
    const { open, done } = noteActions(md);
    assert.deepEqual(open.map((a) => [a.line, a.indent, a.text]), [[0, 0, 'parent'], [1, 2, 'child'], [3, 4, 'deeper'], [5, 3, 'under a topic']]);
    assert.deepEqual(done.map((a) => a.line), [2]);
  });

  it('ignores tasks in backtick and tilde fences, longer fences and fences inside list items', () => {
    const md = [
      '- [ ] before',
      '````md',
      '- [ ] in a four-backtick fence',
      '```',
      '- [ ] a shorter fence does not close it',
      '````',
      '~~~',
      '- [ ] in a tilde fence',
      '```',
      '- [ ] backticks do not close tildes',
      '~~~',
      '- item',
      '  ```',
      '  - [ ] fenced inside the item',
      '  ```',
      '- [ ] after',
      '    ```',
      '- [ ] a four-space "fence" outside a list is not a fence',
    ].join('\n');
    assert.deepEqual(texts(md), ['before', 'after', 'a four-space "fence" outside a list is not a fence']);
  });

  it('ends a fence of a list item when the item ends, and leaves an unclosed fence open to the end', () => {
    const inItem = ['- topic', '  ```', '  - [ ] fenced', 'Paragraph after the list', '- [ ] counted'].join('\n');
    assert.deepEqual(texts(inItem), ['counted']);
    assert.deepEqual(texts(['- [ ] one', '```', '- [ ] never closed'].join('\n')), ['one']);
    // "``` x `y`" has a backtick in its info string, so it is no fence (CommonMark).
    assert.deepEqual(texts(['``` a `b`', '- [ ] counted'].join('\n')), ['counted']);
  });

  it('is CRLF- and CR-safe: the same lines with any line ending', () => {
    const lines = ['# Notes', '- [ ] one', '```', '- [ ] fenced', '```', '- [x] two', '- [ ] three'];
    for (const eol of ['\n', '\r\n', '\r']) {
      const { open, done } = noteActions(lines.join(eol));
      assert.deepEqual(open.map((a) => [a.line, a.text]), [[1, 'one'], [6, 'three']], JSON.stringify(eol));
      assert.deepEqual(done.map((a) => a.line), [5]);
      assert.ok(open.every((a) => !a.text.includes('\r')));
    }
  });

  it('skips template blanks, counts an action written twice once, and reads nothing in binary text', () => {
    assert.deepEqual(texts(['- [ ] ', '- [ ]', '- [ ] Send the doc', '## Action items', '- [ ]  send the   DOC'].join('\n')), ['Send the doc']);
    // Open in one place and ticked in another: still open, as carry-over would carry it.
    assert.deepEqual(noteActions('- [ ] Book room\n- [x] book room').done, []);
    assert.deepEqual(noteActions('- [ ] a\u0000\n- [x] b'), { open: [], done: [] });
  });

  it('counts what carry-over carries (no duplicate texts)', () => {
    const words = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,12}[A-Za-z0-9]$/);
    const line = fc.oneof(
      fc.record({ kind: fc.constantFrom('open', 'done', 'plain'), indent: fc.nat(6), text: words }),
      fc.record({ kind: fc.constantFrom('fence', 'heading', 'blank'), indent: fc.constant(0), text: words }),
    );
    fc.assert(fc.property(fc.uniqueArray(line, { maxLength: 30, selector: (l) => l.text.toLowerCase().replace(/\s+/g, ' ') }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
      const md = lines.map((l) => {
        const pad = ' '.repeat(l.indent);
        switch (l.kind) {
          case 'open': return `${pad}- [ ] ${l.text}`;
          case 'done': return `${pad}- [x] ${l.text}`;
          case 'plain': return `${pad}- ${l.text}`;
          case 'fence': return '```';
          case 'heading': return `## ${l.text}`;
          default: return '';
        }
      }).join(eol);
      assert.equal(openActions(md).length, countTasks(openTasks(md)), md);
      for (const a of openActions(md)) assert.match(markdownLines(md)[a.line].text, /\[ \]/);
    }), { numRuns: 1000 });
  });

  it('measures indents of any whitespace, and reads a line as a list item or a fence only from its first other character', () => {
    const lines = markdownLines(['\u00a0- [ ] after a no-break space', '\t- [ ] tabbed', '-[ ] no space', 'x - [ ] text', '- [ ] dash', '\u3000```', '- [ ] fenced', '```', '~~~ - [ ] after a tilde fence'].join('\n'));
    assert.deepEqual(lines.map((l) => [l.indent, l.code, l.item?.task?.text ?? null]), [
      [1, false, null], [4, false, 'tabbed'], [0, false, null], [0, false, null], [0, false, 'dash'], [1, true, null], [0, true, null], [0, true, null], [0, true, null],
    ]);
  });
});
