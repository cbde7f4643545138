import * as assert from 'node:assert/strict';
import { DisposableStore } from '../../src/platform/disposableStore';

describe('DisposableStore', () => {
  const tracked = (log: string[], name: string, fail = false) => ({ dispose: () => { log.push(name); if (fail) throw new Error(name); } });

  it('disposes everything once, last added first', () => {
    const log: string[] = [];
    const store = new DisposableStore();
    store.add(tracked(log, 'a'));
    store.addAll(tracked(log, 'b'), tracked(log, 'c'));
    store.dispose();
    store.dispose();
    assert.deepEqual(log, ['c', 'b', 'a']);
  });

  it('disposes at once what is added after it was disposed', () => {
    const log: string[] = [];
    const store = new DisposableStore();
    store.dispose();
    store.add(tracked(log, 'late'));
    assert.deepEqual(log, ['late']);
  });

  it('keeps disposing when one throws, then throws', () => {
    const log: string[] = [];
    const store = new DisposableStore();
    store.addAll(tracked(log, 'a'), tracked(log, 'b', true), tracked(log, 'c'));
    assert.throws(() => store.dispose(), /b/);
    assert.deepEqual(log, ['c', 'b', 'a']);
  });
});
