import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseDetector } from '../../../src/core/detect/clause';
import { detect } from '../helpers';

const SHORT = 'The convoy reached the city on Monday.';
const LONG = 'The convoy reached the city on Monday after crossing the desert road under heavy fire.';

test('clause: a dropped run of content words, trimmed of function words at its ends', () => {
  const [f, ...rest] = detect(clauseDetector, LONG, SHORT);
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['clause', 'medium', 'crossing the desert road under heavy fire', '']);
});

test('clause: an added run', () => {
  const [f] = detect(clauseDetector, SHORT, LONG);
  assert.deepEqual([f!.canonical, f!.article], ['', 'crossing the desert road under heavy fire']);
  assert.match(f!.reason, /which the canonical sentence does not have/);
});

test('clause: a run replaced by other words in the same place is rewording, not a clause', () => {
  assert.deepEqual(
    detect(clauseDetector, 'The convoy reached the city after crossing the desert road.', 'The convoy reached the city after driving through the sandy highway.'),
    [],
  );
});
