import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mistranslationDetector } from '../../../src/core/detect/mistranslation';
import { detect } from '../helpers';
import { compare } from '../../../src/core/compare';

const C = 'The court convicted the former minister of fraud.';
const A = 'The court convinced the former minister of fraud.';

test('mistranslation: a look-alike word in the place of the original, high when the sentences are close', () => {
  const [f] = detect(mistranslationDetector, C, A);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['mistranslation', 'high', 'convicted', 'convinced']);
  assert.equal(detect(mistranslationDetector, C, A, { similarity: 0.5 })[0]!.severity, 'medium');
});

test('mistranslation: a derived word (rebel / rebellion) and a name spelled differently are no finding', () => {
  assert.deepEqual(detect(mistranslationDetector, 'The rebel forces advanced on the capital.', 'The rebellion forces advanced on the capital.'), []);
  // Names are the name detector's.
  assert.deepEqual(detect(mistranslationDetector, 'Spokesman Dmitry Peskov said the talks would continue.', 'Spokesman Dmitry Peskow said the talks would continue.'), []);
});

test('mistranslation: one indefinite pronoun for its twin (everyone / everybody, someone / somebody) is no finding', () => {
  assert.deepEqual(detect(mistranslationDetector, 'Good afternoon, everyone, and welcome to the briefing.', 'Good afternoon, everybody, and welcome to the briefing.'), []);
  assert.deepEqual(detect(mistranslationDetector, 'Someone left the gate open at the depot.', 'Somebody left the gate open at the depot.'), []);
});

test('mistranslation: a misspelling that is no word of its own is not a word of another meaning', () => {
  const found = compare('Rescuers, in addition to local police, searched the valley overnight.\n', 'Rescuers, in additon to local police, searched the valley overnight.\n').discrepancies;
  assert.deepEqual(found.filter((d) => d.kind === 'mistranslation'), []);
  assert.ok(found.some((d) => d.kind === 'changed' && d.severity === 'low' && /misspelling/.test(d.reason)));
  // A real word of another meaning still is one.
  const swapped = compare('The court convicted the former minister on Tuesday.\n', 'The court convinced the former minister on Tuesday.\n').discrepancies;
  assert.ok(swapped.some((d) => d.kind === 'mistranslation'));
});
