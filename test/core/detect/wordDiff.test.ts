import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lostTokens, wordDiff } from '../../../src/core/detect/wordDiff';
import { sideOf } from '../helpers';

test('word diff: equal, deleted and inserted runs with their offsets, and one hunk per run of change', () => {
  const c = sideOf('Rebels seized the city on Monday.');
  const a = sideOf('Rebels took the city on Tuesday night.');
  const d = wordDiff(c, a);
  assert.deepEqual(
    d.diff.map((p) => [p.op, p.text]),
    [
      ['equal', 'Rebels'],
      ['delete', 'seized'],
      ['insert', 'took'],
      ['equal', 'the city on'],
      ['delete', 'Monday'],
      ['insert', 'Tuesday night'],
    ],
  );
  assert.deepEqual(d.hunks, [
    { c0: 1, c1: 2, a0: 1, a1: 2 },
    { c0: 5, c1: 6, a0: 5, a1: 7 },
  ]);
  assert.deepEqual([...d.cEq], [1, 0, 1, 1, 1, 0]);
  // A dropped word stands where the article word before the gap ends.
  assert.equal(d.canonicalAnchors[2], a.tokens[2]!.start);
  assert.equal(d.canonicalAnchors[1], a.tokens[0]!.end);
});

test('word diff: a word moved within the sentence, or a compound written apart, is not lost', () => {
  const c = sideOf('Yesterday the air base was hit.');
  const a = sideOf('The airbase was hit yesterday.');
  const d = wordDiff(c, a);
  const lost = lostTokens(c.tokens, a.tokens, d.cEq, d.aEq);
  assert.deepEqual(lost, c.tokens.map(() => false));
  const gone = lostTokens(sideOf('The base was hit.').tokens, sideOf('The port was hit.').tokens, new Uint8Array([1, 0, 1, 1]), new Uint8Array([1, 0, 1, 1]));
  assert.deepEqual(gone, [false, true, false, false]);
});

test('lostTokens: a compound written as one word here and as two there is not lost, either way round; one letter off, it is', () => {
  const none = (n: number): Uint8Array => new Uint8Array(n);
  const one = sideOf('Troops held the frontlines.').tokens;
  const two = sideOf('On the front lines, troops held.').tokens;
  // "frontlines" against "front" + "lines" standing elsewhere in the sentence.
  assert.equal(lostTokens(one, two, none(one.length), none(two.length))[3], false);
  // "front" and "lines" against "frontlines".
  const back = lostTokens(two, one, none(two.length), none(one.length));
  assert.deepEqual([back[2], back[3]], [false, false]);
  const off = sideOf('Troops held the frontline.').tokens;
  assert.deepEqual(lostTokens(off, two, none(off.length), none(two.length)).slice(3), [true]);
  assert.deepEqual(lostTokens(two, off, none(two.length), none(off.length)).slice(2, 4), [true, true]);
});
