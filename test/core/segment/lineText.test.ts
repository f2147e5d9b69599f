import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { endsOnWord, lastWord, LOWER_WORD_END } from '../../../src/core/segment/lineText';

/** Characters a line's end may hold: letters in and out of ASCII and the BMP, marks, apostrophes, hyphens, figures, stops, blanks, lone surrogates. */
const PIECES = ['a', 'Z', 'é', 'É', 'ß', 'ж', 'Ж', '中', '\u0301', "'", '’', '-', '1', '٣', '.', ',', ' ', '"', '(', '𝒜', '𝒶', '\ud835', '\udc9c'];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((xs) => xs.join(''));
const CAPITAL_WORD_END = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*$/u;

test('lastWord: the letters a line stops on, as /(\\p{L}+)$/u reads them (property)', () => {
  assert.equal(lastWord('the Santa Cruz'), 'Cruz');
  assert.equal(lastWord('sales rose.'), undefined);
  assert.equal(lastWord('Ящик'), 'Ящик');
  fc.assert(fc.property(line, (s) => assert.equal(lastWord(s), /(\p{L}+)$/u.exec(s)?.[1])), { numRuns: 3000 });
});

test('endsOnWord: the same answer as the regex tried on the whole line, for a word at the end in lower case or with a capital (property)', () => {
  assert.ok(endsOnWord(LOWER_WORD_END, 'water levels in the'));
  assert.ok(!endsOnWord(LOWER_WORD_END, 'the Santa Cruz'));
  assert.ok(endsOnWord(CAPITAL_WORD_END, 'the Santa Cruz'));
  assert.ok(!endsOnWord(CAPITAL_WORD_END, 'the end.'));
  fc.assert(
    fc.property(line, (s) => {
      assert.equal(endsOnWord(LOWER_WORD_END, s), LOWER_WORD_END.test(s), JSON.stringify(s));
      assert.equal(endsOnWord(CAPITAL_WORD_END, s), CAPITAL_WORD_END.test(s), JSON.stringify(s));
    }),
    { numRuns: 3000 },
  );
});
