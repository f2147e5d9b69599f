import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapList, sortedInts } from '../../src/core/lists';

// mapList is list.map as a loop that pushes (one kind of list to V8 whoever made it): the same result.

test('mapList gives what map gives, each item with its index, in a new list', () => {
  const xs = ['a', 'bb', 'ccc'];
  const got = mapList(xs, (x, i) => `${i}:${x.length}`);
  assert.deepEqual(got, xs.map((x, i) => `${i}:${x.length}`));
  assert.notEqual(got as unknown, xs as unknown);
  assert.deepEqual(mapList([], () => 1), []);
  assert.deepEqual(mapList([null, [1]], (x) => x), [null, [1]]);
});

test('sortedInts gives what Int32Array.from(list).sort() gives, a new typed array, the list untouched', () => {
  for (const xs of [[], [7], [12, 3, 3, 40, 0, 9], [5, -2, 2147483647, -2147483648, 1]]) {
    const copy = [...xs];
    const got = sortedInts(xs);
    assert.ok(got instanceof Int32Array);
    assert.deepEqual([...got], [...Int32Array.from(xs).sort()]);
    assert.deepEqual(xs, copy);
  }
});
