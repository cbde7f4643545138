import * as assert from 'node:assert/strict';
import { isRecord, shownValue } from '../../src/shared/records';

describe('records', () => {
  it('takes only plain objects for records', () => {
    assert.ok(isRecord({}));
    assert.ok(isRecord({ a: 1 }));
    for (const x of [null, undefined, [], [1], 'x', 1, true]) assert.ok(!isRecord(x), JSON.stringify(x));
  });

  it('quotes a bad value in a message, cut with "…" past 40 characters', () => {
    assert.equal(shownValue('tuesday'), '"tuesday"');
    assert.equal(shownValue(42), '42');
    assert.equal(shownValue(undefined), 'undefined');
    assert.equal(shownValue({ days: ['thu'] }), '{"days":["thu"]}');
    const long = [['thu', '14:00', 'Plan the week and review the roadmap']];
    assert.equal(shownValue(long), '[["thu","14:00","Plan the week and revi…');
    assert.equal(shownValue('x'.repeat(41)), `"${'x'.repeat(39)}…"`);
    assert.equal(shownValue('x'.repeat(40)), `"${'x'.repeat(40)}"`);
  });
});
