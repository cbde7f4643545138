import * as assert from 'node:assert/strict';
import { fillTemplate, placeholdersIn, variablesToAsk } from '../../src/core/templateFilling';
import { english } from '../../src/shared/localizer';

describe('template filling', () => {
  it('fills placeholders in one pass; a value holding {{…}} stays as written', () => {
    const { text } = fillTemplate('# {{ person }} — {{date}}\n{{topic}}', { person: 'Ada {{date}}', date: '2026-03-02', topic: 'x' });
    assert.equal(text, '# Ada {{date}} — 2026-03-02\nx');
  });

  it('empties a placeholder without a value and leaves other braces alone', () => {
    assert.equal(fillTemplate('a {{missing}} b {{ 1bad }} {single}', {}).text, 'a  b {{ 1bad }} {single}');
  });

  it('turns {{cursor}} into a position, line and character', () => {
    const filled = fillTemplate('# {{person}}\n\n## Topics\n- {{cursor}}\n{{cursor}}', { person: 'Ada' });
    assert.equal(filled.text, '# Ada\n\n## Topics\n- \n');
    assert.deepEqual(filled.cursor, { line: 3, character: 2 });
    const multi = fillTemplate('{{list}}\nX{{cursor}}', { list: 'a\nb\nc' });
    assert.deepEqual(multi.cursor, { line: 3, character: 1 });
    assert.equal(fillTemplate('no cursor', {}).cursor, undefined);
    assert.deepEqual(fillTemplate('a\r\nb {{cursor}}', {}).cursor, { line: 1, character: 2 });
  });

  it('lists placeholders once, in order', () => {
    assert.deepEqual(placeholdersIn('{{a}} {{b}} {{ a }} {{cursor}}'), ['a', 'b', 'cursor']);
  });

  it('asks for declared variables with their prompts, then for unknown ones, never for computed ones', () => {
    const template = {
      title: 'Giving feedback',
      body: '{{person}} {{topic}} {{date}} {{carryOver}} {{questions}} {{extra}} {{team}} {{cursor}}',
      variables: [{ name: 'topic', prompt: 'What is the feedback about?', default: 'reviews' }, { name: 'unused', prompt: 'Never asked' }],
    };
    assert.deepEqual(variablesToAsk(template, new Set(['person']), english), [
      { name: 'topic', prompt: 'What is the feedback about?', default: 'reviews' },
      { name: 'extra', prompt: 'Value for {{extra}} in "Giving feedback"', default: '' },
      { name: 'team', prompt: 'Which team is this for?', default: '' },
    ]);
    assert.deepEqual(variablesToAsk(template, new Set(['person', 'topic', 'extra', 'team']), english), []);
  });
});
