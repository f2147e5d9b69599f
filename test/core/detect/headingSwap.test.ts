import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingSwapDetector } from '../../../src/core/detect/headingSwap';
import { detect } from '../helpers';

test('heading swap: one word of a heading swapped between words it shares with its sentence', () => {
  const [f] = detect(headingSwapDetector, 'Rebels seize the city of Aleppo in a surprise attack.', 'Rebels seize the town of Aleppo in a surprise attack.', { relation: 'summary' });
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['changed', 'medium', 'city', 'town']);
});
