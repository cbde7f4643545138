import * as assert from 'node:assert/strict';
import { isWebviewMessage } from '../../src/shared/protocol';

describe('webview protocol', () => {
  it('accepts each well-formed message', () => {
    for (const m of [
      { type: 'ready' },
      { type: 'query', seq: 3, query: 'feedback', category: '', mode: 'lead', role: '', favourites: false },
      { type: 'query', seq: 0, query: '', category: 'one-on-ones', mode: 'both', role: 'tech-lead', favourites: true },
      { type: 'openTip', id: 'zoom-in-zoom-out' },
      { type: 'toggleFavourite', id: 'a-b' },
      { type: 'toggleTried', id: 'a' },
      { type: 'tipAction', action: 'copy', id: 'a' },
      { type: 'openLink', url: 'https://example.com/a?b=c' },
    ]) assert.ok(isWebviewMessage(m), JSON.stringify(m));
  });

  it('rejects unknown types, extra fields and bad values', () => {
    for (const m of [
      null, 'ready', 42, [], {}, { type: 'nope' }, { type: 'ready', extra: 1 },
      { type: 'openTip', id: '../../etc/passwd' }, { type: 'openTip', id: 'A B' }, { type: 'openTip', id: 'x'.repeat(101) }, { type: 'openTip' },
      { type: 'query', seq: -1, query: '', category: '', mode: 'lead', role: '', favourites: false },
      { type: 'query', seq: 1, query: 'x'.repeat(201), category: '', mode: 'lead', role: '', favourites: false },
      { type: 'query', seq: 1, query: '', category: '', mode: 'boss', role: '', favourites: false },
      { type: 'query', seq: 1, query: '', category: '', mode: 'lead', role: 'ceo', favourites: false },
      { type: 'query', seq: 1.5, query: '', category: '', mode: 'lead', role: '', favourites: false },
      { type: 'tipAction', action: 'delete', id: 'a' },
      { type: 'openLink', url: 'javascript:alert(1)' }, { type: 'openLink', url: 'http://insecure.example' }, { type: 'openLink', url: 'command:workbench.action.quit' },
      { type: 'openLink', url: 'https://a b' },
    ]) assert.equal(isWebviewMessage(m), false, JSON.stringify(m));
  });
});
