import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contentHash, hash53 } from '../../src/core/hash';

test('contentHash: the 53-bit hash in base 36, eleven digits, as toString(36) writes it, for any text and seed (property)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (s, seed) => {
      assert.equal(contentHash(s, seed), hash53(s, seed).toString(36).padStart(11, '0'));
    }),
  );
  // Stable across runs and machines: ids written to a verdicts file must still match.
  assert.equal(contentHash(''), hash53('').toString(36).padStart(11, '0'));
  assert.match(contentHash('A storm hit the coast.'), /^[0-9a-z]{11}$/);
});
