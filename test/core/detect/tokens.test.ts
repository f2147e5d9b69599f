import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokensText } from '../../../src/core/detect/tokens';
import { sideOf } from '../helpers';

test('tokensText: the words as the file writes them, one slice for neighbours in any order, pieces joined by an ellipsis across a gap', () => {
  const s = sideOf('At least 300 fighters crossed “late on Sunday”.');
  assert.equal(tokensText(s, []), '');
  assert.equal(tokensText(s, [3]), 'fighters');
  // Neighbouring tokens make one slice, with the text between them (quotes included).
  assert.equal(tokensText(s, [6, 5]), 'late on');
  assert.equal(tokensText(s, [5, 6, 7]), 'late on Sunday');
  assert.equal(tokensText(s, [7, 0, 1]), 'At least … Sunday');
});
