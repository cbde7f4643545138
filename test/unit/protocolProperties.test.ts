import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isWebviewMessage } from '../../src/shared/protocol';
import { anyMessage, isWellFormed, mutatedMessage, wellFormedMessage } from '../fixtures/webviewMessages';

describe('webview protocol guard (properties)', () => {
  it('never throws, whatever arrives', () => {
    fc.assert(fc.property(anyMessage(), (x) => {
      isWebviewMessage(x);
    }), { numRuns: 5000 });
  });

  it('accepts exactly the well-formed messages (agrees with an oracle written from the rules)', () => {
    fc.assert(fc.property(anyMessage(), (x) => isWebviewMessage(x) === isWellFormed(x)), { numRuns: 5000 });
  });

  it('accepts every well-formed message of every type', () => {
    fc.assert(fc.property(wellFormedMessage(), (m) => isWellFormed(m) && isWebviewMessage(m)), { numRuns: 3000 });
  });

  it('rejects a well-formed message broken in one way', () => {
    let broken = 0;
    fc.assert(fc.property(mutatedMessage(), (m) => {
      if (!isWellFormed(m)) {
        broken++;
        return !isWebviewMessage(m);
      }
      return isWebviewMessage(m);
    }), { numRuns: 5000 });
    assert.ok(broken > 4000, `${broken} of 5000 mutations were malformed`);
  });

  it('never accepts a link that is not https, nor an id that could leave the library', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      if (isWebviewMessage({ type: 'openLink', url: s })) assert.match(s, /^https:\/\/\S+$/);
      if (isWebviewMessage({ type: 'openTip', id: s })) assert.match(s, /^[a-z0-9-]+$/);
    }), { numRuns: 3000 });
  });
});
