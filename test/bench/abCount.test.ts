import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collected, perCall } from '../../bench/abCount';

// bench/abCount.ts reads callgrind's count from its stderr and takes the start-up out by difference.

test('the count is read from what callgrind writes to stderr; none when it wrote none', () => {
  const stderr = '==123== Events    : Ir\n==123== Collected : 7784077669\n==123==\n==123== I   refs:      7,784,077,669\n';
  assert.equal(collected(stderr), 7784077669);
  assert.equal(collected('valgrind: command not found'), null);
});

test('one call costs the difference of the two processes over the calls between them', () => {
  assert.equal(perCall(4_140_682_568, 7_784_077_669, 60), (7_784_077_669 - 4_140_682_568) / 60);
});
