import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anyOverlaps, clamp, overlaps, overlapsAny } from '../../src/core/spans';
import { isSpace, wordsUpTo } from '../../src/core/strings';

// Offsets and spans (src/core/spans.ts), and white space (src/core/strings.ts): the one copy each
// that the engine, the reports and the view models share.

test('clamp: within the bounds, at a bound past it; NaN is the lower bound', () => {
  assert.equal(clamp(5, 0, 10), 5);
  assert.equal(clamp(-3, 0, 10), 0);
  assert.equal(clamp(12, 0, 10), 10);
  assert.equal(clamp(0, 0, 10), 0);
  assert.equal(clamp(10, 0, 10), 10);
  assert.equal(clamp(Infinity, 0.05, 0.95), 0.95);
  assert.equal(clamp(-Infinity, 0.05, 0.95), 0.05);
  assert.equal(clamp(NaN, 0.05, 0.95), 0.05);
});

test('overlaps: two spans meet when they share a character or one stands inside the other; spans that touch do not', () => {
  assert.equal(overlaps({ start: 0, end: 5 }, { start: 4, end: 8 }), true);
  assert.equal(overlaps({ start: 4, end: 8 }, { start: 0, end: 5 }), true);
  assert.equal(overlaps({ start: 0, end: 5 }, { start: 5, end: 8 }), false);
  // An empty span (a place) meets the span it stands strictly inside, not one it only touches.
  assert.equal(overlaps({ start: 2, end: 2 }, { start: 0, end: 5 }), true);
  assert.equal(overlaps({ start: 5, end: 5 }, { start: 0, end: 5 }), false);
  assert.equal(overlaps({ start: 0, end: 0 }, { start: 0, end: 5 }), false);
  assert.equal(overlaps({ start: 0, end: 10 }, { start: 3, end: 4 }), true);
  assert.equal(overlapsAny({ start: 3, end: 4 }, [{ start: 0, end: 1 }, { start: 2, end: 5 }]), true);
  assert.equal(overlapsAny({ start: 3, end: 4 }, [{ start: 0, end: 1 }]), false);
  assert.equal(overlapsAny(undefined, [{ start: 0, end: 1 }]), false);
  assert.equal(overlapsAny({ start: 0, end: 1 }, undefined), false);
  assert.equal(anyOverlaps([{ start: 0, end: 1 }, { start: 6, end: 9 }], [{ start: 8, end: 12 }]), true);
  assert.equal(anyOverlaps([{ start: 0, end: 1 }], [{ start: 1, end: 12 }]), false);
  assert.equal(anyOverlaps([], [{ start: 1, end: 12 }]), false);
});

test('isSpace: white space of any kind; no character (the end of a text) is none', () => {
  for (const c of [' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u3000']) assert.equal(isSpace(c), true, JSON.stringify(c));
  for (const c of ['a', '.', '', undefined]) assert.equal(isSpace(c), false, JSON.stringify(c));
});

test('wordsUpTo: the runs of non-blanks /\\S+/g matches, counted no further than max + 1', () => {
  const text = '  Tide\u00a0tables,\tprinted\n\u3000at dawn —  twice ';
  const all = text.match(/\S+/g)!.length;
  assert.equal(all, 7);
  assert.equal(wordsUpTo(text, 100), all);
  assert.equal(wordsUpTo(text, 7), 7);
  assert.equal(wordsUpTo(text, 6), 7);
  assert.equal(wordsUpTo(text, 2), 3);
  assert.equal(wordsUpTo(text, 0), 1);
  assert.equal(wordsUpTo('', 5), 0);
  assert.equal(wordsUpTo(' \n\t ', 5), 0);
  // A second call on the same text counts from its start again.
  assert.equal(wordsUpTo(text, 100), all);
});
