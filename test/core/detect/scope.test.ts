import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scopeDetector } from '../../../src/core/detect/scope';
import { detect } from '../helpers';
import { compare } from '../../../src/core/compare';

test('scope: a phrase that limits the claim to a part of a whole, dropped while the claim stays, is a hedge dropped', () => {
  const cases: Array<[string, string, string]> = [
    ['In some districts, the river is still rising after the storm.', 'The river is still rising after the storm.', 'In some districts'],
    ['For many families on the coast, the cost of the repairs is too high.', 'The cost of the repairs on the coast is too high.', 'For many families'],
    ['In parts of the old town, the power came back on Tuesday.', 'The power came back on Tuesday.', 'In parts of the old town'],
  ];
  for (const [c, a, phrase] of cases) {
    const found = detect(scopeDetector, c, a);
    assert.equal(found.length, 1, c);
    assert.deepEqual([found[0]!.kind, found[0]!.severity, found[0]!.canonical], ['hedge', 'medium', phrase]);
    assert.match(found[0]!.reason, /only part of the whole/);
  }
});

test('scope: kept, set to every part, or with its claim gone, it is no finding of this detector', () => {
  // Kept in other places of the sentence.
  assert.deepEqual(detect(scopeDetector, 'In some districts, the river is still rising.', 'The river is still rising in some districts.'), []);
  // No part of a whole: a place or a time ("In the capital, …").
  assert.deepEqual(detect(scopeDetector, 'In the capital, the river is still rising.', 'The river is still rising.'), []);
  // The claim after it went too: the clause detector's.
  assert.deepEqual(detect(scopeDetector, 'In some districts, schools will stay shut until March.', 'The river is still rising after the storm.'), []);
});

test('scope: read before the hedges, so a scope dropped is one finding on the claim, though its noun stands in another sentence of the group ("some farmers")', () => {
  const found = compare(
    'Corn prices rose again on Tuesday. For some farmers in the hardest hit areas, like the state of Illinois, the damage to corn and soybeans is already severe. Rain is forecast for Friday.',
    'Corn prices rose again on Tuesday. Damage to corn and soybeans is already severe in the hardest-hit areas. Jane Roe is a farmer in the state of Illinois. Rain is forecast for Friday.',
  ).discrepancies.filter((d) => d.kind === 'hedge');
  assert.deepEqual(found.map((d) => [d.from, d.article]), [['For some farmers', [1, 2]]]);
});
