import * as assert from 'node:assert/strict';
import { countTasks, openTasks, taskLines } from '../../src/core/carryOver';

const carried = (md: string) => taskLines(openTasks(md));

describe('carry-over', () => {
  it('copies unchecked tasks and leaves checked ones', () => {
    const md = ['# 1:1', '## Action items', '- [ ] Send the design doc', '- [x] Book the offsite', '- [X] Done too', '- [ ] Ask about on-call'].join('\n');
    assert.deepEqual(carried(md), ['- [ ] Send the design doc', '- [ ] Ask about on-call']);
  });

  it('reads * + and numbered bullets, and indented tasks', () => {
    const md = ['* [ ] star bullet', '+ [ ] plus bullet', '1. [ ] numbered', '2) [x] numbered done', '   - [ ] indented under nothing', '\t- [ ] tab-indented under it', '## Next', '- [x] done', '\t* [ ] tab-indented under a done one'].join('\n');
    assert.deepEqual(carried(md), ['- [ ] star bullet', '- [ ] plus bullet', '- [ ] numbered', '- [ ] indented under nothing', '  - [ ] tab-indented under it', '- [ ] tab-indented under a done one']);
  });

  it('keeps nesting under an open parent and lifts children of a done or plain parent', () => {
    const md = [
      '- [ ] Prepare the promotion case',
      '  - [ ] Collect peer feedback',
      '    * [ ] From the platform team',
      '  - [x] Draft the summary',
      '- [x] Fix the build',
      '  - [ ] Write the post-mortem',
      '- Topics',
      '  - [ ] Ask about the conference',
    ].join('\n');
    assert.deepEqual(carried(md), [
      '- [ ] Prepare the promotion case',
      '  - [ ] Collect peer feedback',
      '    - [ ] From the platform team',
      '- [ ] Write the post-mortem',
      '- [ ] Ask about the conference',
    ]);
    assert.equal(countTasks(openTasks(md)), 5);
  });

  it('skips empty template blanks, tasks in code fences and look-alikes', () => {
    const md = ['- [ ] ', '- [ ]', '```md', '- [ ] inside a fence', '```', '-[ ] no space', '- [] not a box', 'text - [ ] mid-line', '> - [ ] quoted', '- [ ] real one'].join('\n');
    assert.deepEqual(carried(md), ['- [ ] real one']);
  });

  it('carries an action written twice only once', () => {
    const md = ['## Carried over', '- [ ] Send the doc', '## Action items', '- [ ]  Send the   doc', '- [ ] Other'].join('\n');
    assert.deepEqual(carried(md), ['- [ ] Send the doc', '- [ ] Other']);
  });

  it('reads Windows line endings', () => {
    assert.deepEqual(carried('- [ ] one\r\n- [x] two\r\n- [ ] three\r\n'), ['- [ ] one', '- [ ] three']);
  });

  it('finds nothing in an empty note or in a file that is not Markdown', () => {
    assert.deepEqual(carried(''), []);
    assert.deepEqual(carried('%PDF-1.7\n\u0000\u0001\u0002- [ ] not really a task\u0000'), []);
    assert.deepEqual(carried('{"tasks": ["- [ ] json string"], "done": false}'), []);
    assert.deepEqual(carried('<ul><li>[ ] html</li></ul>'), []);
  });
});
