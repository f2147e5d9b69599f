import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeGroup, DETECTORS } from '../../../src/core/detect';
import { hedgeDetector } from '../../../src/core/detect/hedge';
import { numberDetector } from '../../../src/core/detect/number';
import { quoteDetector } from '../../../src/core/detect/quote';
import { group, show } from '../helpers';

test('detectors: the declared order, from the most specific to the most general', () => {
  assert.deepEqual(
    DETECTORS.map((d) => d.name),
    ['quote', 'initials', 'negation', 'time', 'attribution', 'scope', 'hedge', 'qualifier', 'name-dropped', 'compass', 'clause', 'number', 'name', 'mistranslation', 'unit', 'untranslated', 'meaning', 'heading swap', 'rewording'],
  );
  assert.deepEqual(
    DETECTORS.map((d) => d.summary),
    ['skip', 'run', 'run', 'run', 'skip', 'skip', 'skip', 'skip', 'skip', 'run', 'skip', 'run', 'run', 'run', 'skip', 'run', 'skip', 'only', 'skip'],
  );
});

test('detectors: the order decides who reports a change — a figure changed inside a quotation is a quote finding', () => {
  const input = group('“We lost 12 men in the attack,” the commander said.', '“We lost 15 men in the attack,” the commander said.');
  assert.deepEqual(analyzeGroup(input).findings.map((f) => f.kind), ['quote']);
  assert.deepEqual(analyzeGroup(input, [numberDetector, quoteDetector]).findings.map((f) => f.kind), ['number', 'quote']);
});

test('detectors: the hedge detector runs before the number detector, which reports the qualifier it hands over', () => {
  const input = group('At least 300 people were killed in the fighting.', '500 people were killed in the fighting.');
  const inOrder = show(input, analyzeGroup(input).findings);
  assert.deepEqual(inOrder.map((f) => [f.kind, f.canonical]), [['number', '300'], ['hedge', 'At least']]);
  const reversed = show(input, analyzeGroup(input, [numberDetector, hedgeDetector]).findings);
  assert.deepEqual(reversed.map((f) => [f.kind, f.canonical]), [['number', '300']]);
  // A qualifier of the same sense goes with the figure, in one finding.
  const same = group('More than 300 people were killed in the fighting.', 'At least 500 people were killed in the fighting.');
  assert.deepEqual(show(same, analyzeGroup(same).findings).map((f) => [f.kind, f.canonical]), [['number', 'More than 300']]);
});

test('detectors: a summary group runs only the detectors that take headings', () => {
  const c = '“We will defend the city to the end,” the mayor said.';
  const a = '“We will defend the town to the end,” the mayor said.';
  assert.deepEqual(analyzeGroup(group(c, a)).findings.map((f) => f.kind), ['quote']);
  assert.deepEqual(analyzeGroup(group(c, a, { relation: 'summary' })).findings.map((f) => f.kind), ['changed']);
});

test('detectors: the same words on both sides are identical, with no findings', () => {
  const result = analyzeGroup(group('The talks resumed in Geneva.', 'The talks resumed in Geneva.'));
  assert.equal(result.identical, true);
  assert.deepEqual(result.findings, []);
  assert.deepEqual(result.diff.map((p) => p.op), ['equal']);
});
