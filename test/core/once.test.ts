import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from '../../src/core/once';

test('once: makes its value on the first call only, and hands back the same value after', () => {
  let made = 0;
  const get = once(() => {
    made++;
    return /\p{Lu}\p{Ll}+/u;
  });
  assert.equal(made, 0, 'nothing is made before the first call');
  const first = get();
  assert.equal(get(), first);
  assert.equal(get(), first);
  assert.equal(made, 1);
});
