import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapList } from '../../src/core/lists';

// mapList is list.map as a loop that pushes (one kind of list to V8 whoever made it): the same result.

test('mapList gives what map gives, each item with its index, in a new list', () => {
  const xs = ['a', 'bb', 'ccc'];
  const got = mapList(xs, (x, i) => `${i}:${x.length}`);
  assert.deepEqual(got, xs.map((x, i) => `${i}:${x.length}`));
  assert.notEqual(got as unknown, xs as unknown);
  assert.deepEqual(mapList([], () => 1), []);
  assert.deepEqual(mapList([null, [1]], (x) => x), [null, [1]]);
});
