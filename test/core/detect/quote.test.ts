import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteDetector } from '../../../src/core/detect/quote';
import { detect } from '../helpers';

test('quote: a word changed inside a quotation is a high finding over the two quotations', () => {
  const [f, ...rest] = detect(quoteDetector, '“We will defend the city to the end,” the mayor said.', '“We will defend the town to the end,” the mayor said.');
  assert.equal(rest.length, 0);
  assert.equal(f!.kind, 'quote');
  assert.equal(f!.severity, 'high');
  assert.equal(f!.canonical, 'We will defend the city to the end');
  assert.equal(f!.article, 'We will defend the town to the end');
  assert.match(f!.reason, /drops ‘city’, adds ‘town’/);
});

test('quote: direct speech turned into paraphrase, and paraphrase put in quotation marks', () => {
  const [lost] = detect(quoteDetector, '“The talks have failed,” he said.', 'He said the talks have failed.');
  assert.deepEqual([lost!.severity, lost!.canonical, lost!.article], ['medium', 'The talks have failed', '']);
  assert.match(lost!.reason, /no longer in quotation marks/);
  const [put] = detect(quoteDetector, 'He said the talks have failed.', '“The talks have failed,” he said.');
  assert.deepEqual([put!.severity, put!.canonical, put!.article], ['high', '', 'The talks have failed']);
  assert.match(put!.reason, /Puts .* in quotation marks/);
});

test('quote: a quotation dropped with its words', () => {
  const [f] = detect(quoteDetector, '“The talks have failed,” he said.', 'He said there was nothing more to discuss.');
  assert.equal(f!.severity, 'high');
  assert.match(f!.reason, /^Drops the quotation/);
});

test('quote: the same quotation in other quotation marks, in a sentence changed elsewhere, is no finding', () => {
  assert.deepEqual(detect(quoteDetector, '“The talks have failed,” he said on Monday.', '"The talks have failed," he told reporters.'), []);
});
