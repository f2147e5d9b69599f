import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/core/compare';
import { severityCounts } from '../../src/core/filter';
import { countBySeverity } from '../../src/view/filter';
import { seed } from '../helpers';

// Counts by severity (src/core/filter.ts): one count for a comparison's summary, its verdicts'
// summary, a matrix version and the editor's counts.

test('severityCounts: each severity counted, in the severity order; the editor adds the total', () => {
  const ds = [{ severity: 'low' }, { severity: 'high' }, { severity: 'low' }] as const;
  assert.deepEqual(severityCounts(ds), { high: 1, medium: 0, low: 2 });
  assert.deepEqual(Object.keys(severityCounts([])), ['high', 'medium', 'low']);
  assert.deepEqual(countBySeverity(ds), { high: 1, medium: 0, low: 2, total: 3 });
  const c = compare(seed(0), seed(2));
  const { high, medium, low } = c.summary;
  assert.deepEqual({ high, medium, low }, severityCounts(c.discrepancies));
  assert.ok(high + medium + low === c.discrepancies.length && c.discrepancies.length > 0);
});
