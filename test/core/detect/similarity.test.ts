import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { hasKeyLike, lookalike } from '../../../src/core/detect/similarity';
import { commonPrefix } from '../../../src/core/strings';

test('lookalike: a long shared beginning or a small edit distance; words of other meanings, not forms of one word', () => {
  assert.ok(lookalike('constel', 'constant') > 0);
  assert.ok(lookalike('convinc', 'convict') > 0);
  assert.equal(lookalike('rebel', 'rebellion'), 0); // one begins the other
  assert.equal(lookalike('border', 'border'), 0);
  assert.equal(lookalike('river', 'mountain'), 0);
  // Lengths far apart, no long shared beginning: not alike.
  assert.equal(lookalike('eagle', 'legally'), 0);
});

test('lookalike and hasKeyLike answer as their rules say, however the distance is found', () => {
  // The rules as written: alike when the words share a beginning of four letters and half the
  // shorter one, or (five letters or more) differ by at most a third of the longer one's letters.
  const rule = (a: string, b: string): number => {
    if (a === b || a.startsWith(b) || b.startsWith(a)) return 0;
    const cp = commonPrefix(a, b);
    const L = Math.max(a.length, b.length);
    const d = distance(a, b);
    const alike = (cp >= 4 && cp >= 0.5 * Math.min(a.length, b.length)) || (L >= 5 && d <= Math.floor(L * 0.34));
    return alike ? cp / L + 1 - d / L : 0;
  };
  const like = (keys: string[], key: string): boolean =>
    keys.includes(key) || (key.length >= 5 && keys.some((k) => k.length >= 5 && k[0] === key[0] && distance(k, key) <= Math.floor(Math.max(k.length, key.length) * 0.25)));
  const word = fc.array(fc.constantFrom('a', 'b', 'c', 'e', 'n', 's', 't'), { minLength: 1, maxLength: 12 }).map((xs) => xs.join(''));
  fc.assert(fc.property(word, word, (a, b) => lookalike(a, b) === rule(a, b)), { numRuns: 3000 });
  fc.assert(fc.property(fc.array(word, { maxLength: 6 }), word, (keys, key) => hasKeyLike(new Set(keys), key) === like(keys, key)), { numRuns: 3000 });
});
