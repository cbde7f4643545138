import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readIdList, readTipOfTheDay } from '../../src/core/storedMarks';
import { readStored, readStoredPartly } from '../../src/platform/storedValue';

/** An in-memory Memento, like the extension's global state. */
class FakeMemento {
  readonly data = new Map<string, unknown>();
  constructor(seed: Record<string, unknown> = {}) {
    for (const [k, v] of Object.entries(seed)) this.data.set(k, v);
  }
  keys(): readonly string[] {
    return [...this.data.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return this.data.has(key) ? (this.data.get(key) as T) : fallback;
  }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.data.delete(key);
    else this.data.set(key, value);
  }
}

const KEY = 'leadershipPrompts.favourites';
const corrupt = fc.oneof(
  fc.anything({ withNullPrototype: true, withBoxedValues: true, maxDepth: 3 }),
  fc.uint8Array().map((bytes) => String.fromCharCode(...bytes)),
  fc.uint8Array().map((bytes) => ({ ...bytes })),
  fc.record({ version: fc.integer({ min: 2, max: 99 }), ids: fc.array(fc.string()) }),
);

describe('stored favourites, tried tips and tip of the day', () => {
  it('reading any stored value never throws; ids come only from it, each readable and once', () => {
    fc.assert(fc.property(corrupt, (raw) => {
      const r = readIdList(raw);
      if (r === undefined) return;
      const source = raw as unknown[];
      for (const id of r.value) assert.ok(source.includes(id) && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id));
      assert.equal(new Set(r.value).size, r.value.length);
      assert.equal(r.complete, r.value.length === source.length);
      readTipOfTheDay(raw);
    }), { numRuns: 3000 });
  });

  it('keeps the readable favourites of a partly corrupt list and sets the original aside', () => {
    const raw = ['delegate-outcomes', 42, 'Bad Id!', null, 'weekly-one-on-ones', { id: 'x' }, 'delegate-outcomes'];
    const state = new FakeMemento({ [KEY]: raw });
    assert.deepEqual(readStoredPartly(state, KEY, readIdList, []), ['delegate-outcomes', 'weekly-one-on-ones']);
    assert.deepEqual(state.get(`${KEY}.unreadable`), raw);
    assert.deepEqual(state.get(KEY), ['delegate-outcomes', 'weekly-one-on-ones']);
    // Read again: nothing more is set aside.
    assert.deepEqual(readStoredPartly(state, KEY, readIdList, []), ['delegate-outcomes', 'weekly-one-on-ones']);
    assert.deepEqual(state.get(`${KEY}.unreadable`), raw);
  });

  it('resets an unreadable value (random bytes, a future schema) to the default and keeps it aside', () => {
    fc.assert(fc.property(corrupt.filter((x) => readIdList(x) === undefined && x !== undefined), (raw) => {
      const state = new FakeMemento({ [KEY]: raw });
      assert.deepEqual(readStoredPartly(state, KEY, readIdList, ['default']), ['default']);
      assert.equal(state.get(`${KEY}.unreadable`), raw);
      assert.equal(state.get(KEY), undefined);
    }), { numRuns: 1000 });
  });

  it('reads a tip-of-the-day round, and refuses a future or broken one', () => {
    assert.deepEqual(readTipOfTheDay({ date: '2026-11-20', id: 'a-b', shown: ['a-b', 'c'] }), { value: { date: '2026-11-20', id: 'a-b', shown: ['a-b', 'c'] }, complete: true });
    assert.equal(readTipOfTheDay({ schema: 2, day: '2026-11-20', pick: 'a-b' }), undefined);
    assert.equal(readTipOfTheDay({ date: 'yesterday', id: 'a-b', shown: [] }), undefined);
    assert.deepEqual(readTipOfTheDay({ date: '2026-11-20', id: 'a-b', shown: ['a-b', 7], version: 3 })?.complete, false);
    const state = new FakeMemento({ tipOfTheDay: { schema: 2, day: '2026-11-20', pick: 'a-b' } });
    assert.equal(readStoredPartly(state, 'tipOfTheDay', readTipOfTheDay, undefined), undefined);
    assert.deepEqual(state.get('tipOfTheDay.unreadable'), { schema: 2, day: '2026-11-20', pick: 'a-b' });
  });

  it('readStored (all or nothing) keeps its behaviour', () => {
    const state = new FakeMemento({ n: 'not a number', m: 3 });
    const num = (x: unknown) => (typeof x === 'number' ? x : undefined);
    assert.equal(readStored(state, 'n', num, 0), 0);
    assert.equal(state.get('n.unreadable'), 'not a number');
    assert.equal(readStored(state, 'm', num, 0), 3);
    assert.equal(readStored(state, 'missing', num, 5), 5);
    assert.equal(state.get('missing.unreadable'), undefined);
  });
});
