import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from '../../src/core/time';
import { compareTimes, precision } from '../../src/core/timeCompare';
import { tokenize } from '../../src/core/text';
import { tokenizerContext } from '../../src/core/tokenizerContext';

const ref = (s: string) => {
  const ctx = tokenizerContext('eng');
  return findTimes(s, tokenize(s, 0, s.length, ctx), ctx.lexicon.time!)[0]!;
};

test('time references: compared part by part', () => {
  assert.equal(compareTimes(ref('Monday'), ref('Tuesday')), 'conflict');
  assert.equal(compareTimes(ref('Monday'), ref('Monday night')), 'refined');
  assert.equal(compareTimes(ref('Dec. 1'), ref('December 1')), 'same');
  assert.equal(compareTimes(ref('last week'), ref('Monday')), 'other');
  assert.equal(compareTimes(ref('overnight'), ref('last night')), 'other');
});

test('time references: modifiers one side has among the other\'s refine, a span added to another conflicts', () => {
  assert.equal(compareTimes(ref('late last year'), ref('last year')), 'refined');
  assert.equal(compareTimes(ref('for two more years'), ref('for two years')), 'conflict');
});

test('time references: how much one names, each modifier counted', () => {
  assert.ok(precision(ref('Monday morning')) > precision(ref('Monday')));
  assert.ok(precision(ref('late last year')) > precision(ref('last year')));
  assert.equal(precision(ref('Monday')), 1);
});
