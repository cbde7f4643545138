import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { nextTurn } from '../../src/core/hostSlices';

describe('nextTurn: the host\'s turn between slices of work', () => {
  it('lets a timer run: a 0 ms timer set before slices of busy work fires between them', async () => {
    let fired = false;
    setTimeout(() => { fired = true; }, 0);
    const start = performance.now();
    let slices = 0;
    while (!fired && performance.now() - start < 1000) {
      const sliceStart = performance.now();
      while (performance.now() - sliceStart < 2) { /* a slice of work */ }
      slices++;
      await nextTurn();
    }
    assert.ok(fired, `the timer had not fired after ${slices} slices`);
  });

  it('keeps nothing running after it (its ports are closed), so an extension host or a test can end', async () => {
    const ports = () => (process as unknown as { getActiveResourcesInfo(): string[] }).getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const before = ports();
    await nextTurn();
    await nextTurn();
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(ports(), before);
  });
});
