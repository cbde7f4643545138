import * as assert from 'node:assert/strict';
import { pickTipOfTheDay, type TipOfTheDayState } from '../../src/core/tipOfTheDay';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('tip of the day', () => {
  it('is the same tip all day', () => {
    const first = pickTipOfTheDay(ids, '2026-11-21', undefined, () => 0.5)!;
    assert.deepEqual(pickTipOfTheDay(ids, '2026-11-21', first, () => 0.99), first);
  });

  it('never repeats until every tip was shown, then starts a new round', () => {
    let state: TipOfTheDayState | undefined;
    const seen: string[] = [];
    for (let day = 1; day <= ids.length; day++) {
      state = pickTipOfTheDay(ids, `2026-12-${String(day).padStart(2, '0')}`, state, () => 0.3);
      seen.push(state!.id);
    }
    assert.deepEqual([...seen].sort(), ids);
    const next = pickTipOfTheDay(ids, '2026-12-06', state, () => 0)!;
    assert.deepEqual(next.shown, [next.id]);
    assert.notEqual(next.id, seen[seen.length - 1], 'a new round does not open with yesterday’s tip');
  });

  it('forgets tips that left the library and copes with an empty one', () => {
    const s = pickTipOfTheDay(['a', 'b'], '2026-11-22', { date: '2026-11-21', id: 'gone', shown: ['gone', 'a'] }, () => 0)!;
    assert.equal(s.id, 'b');
    assert.deepEqual(s.shown, ['a', 'b']);
    assert.equal(pickTipOfTheDay([], '2026-11-22', undefined), undefined);
  });
});
