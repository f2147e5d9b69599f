/**
 * Classes of real copy that read otherwise once hard-wrapped (reading17), each with a made-up
 * example: the text as written and its `fold -s` copies must read as the same units.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/core/index';
import { lexiconFor } from '../../../src/core/lexicon';
import { fold } from './fold';

/** What a reader of `text` sees: each unit's kind and words, line breaks read as spaces. */
const readAs = (text: string): string[] =>
  segment(text, { locale: 'en', lexicon: lexiconFor('eng') }).map((s) => `${s.kind}:${s.text.replace(/\s+/g, ' ')}`);

test('a title set with its date after a spaced dash keeps the date when a wrap moves it down ("… FEES RISE -" / "2026-03-05")', () => {
  // Written for this test.
  const text =
    '03/05/26 - HARBOUR FEES RISE IN THE OLD PORT - 2026-03-05\n\n' +
    'The harbour board raised its fees for berths and moorings in March, the first rise since the old quay was rebuilt.\n';
  const expected = readAs(text);
  assert.equal(expected[0], 'heading:03/05/26 - HARBOUR FEES RISE IN THE OLD PORT - 2026-03-05');
  for (const width of [50, 56]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
});
