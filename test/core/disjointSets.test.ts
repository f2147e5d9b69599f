import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DisjointSets } from '../../src/core/disjointSets';

test('DisjointSets: each number its own set until linked; a link puts one set into another, whose representative it keeps', () => {
  const s = new DisjointSets(5);
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => s.find(i)), [0, 1, 2, 3, 4]);
  s.link(0, 1);
  s.link(s.find(3), s.find(0));
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => s.find(i)), [1, 1, 2, 1, 4]);
  s.link(s.find(4), s.find(2));
  assert.equal(s.find(4), 2);
  assert.notEqual(s.find(4), s.find(0));
});
