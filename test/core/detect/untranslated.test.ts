import { test } from 'node:test';
import assert from 'node:assert/strict';
import { untranslatedDetector } from '../../../src/core/detect/untranslated';
import { detect } from '../helpers';

test('untranslated: a word of another language where the canonical has an English one', () => {
  const [f] = detect(untranslatedDetector, 'The talks were held with the ministers on Tuesday.', 'The talks were held dengan the ministers on Tuesday.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['mistranslation', 'medium', 'with', 'dengan']);
  assert.match(f!.reason, /an? Indonesian word left untranslated/);
  const [day] = detect(untranslatedDetector, 'Troops Withdrew On Tuesday', 'Troops Withdrew On Selasa');
  assert.deepEqual([day!.canonical, day!.article], ['Tuesday', 'Selasa']);
});

test('untranslated: English words, short words and names are not', () => {
  // "pour" is French and English; "de" is short; "Sobre" inside a sentence is a name.
  assert.deepEqual(detect(untranslatedDetector, 'They fill the glass with water.', 'They pour the glass with water.'), []);
  assert.deepEqual(detect(untranslatedDetector, 'The mayor of the city spoke.', 'The mayor de the city spoke.'), []);
  assert.deepEqual(detect(untranslatedDetector, 'The report was written by Smith.', 'The report was written by Sobre.'), []);
  assert.deepEqual(detect(untranslatedDetector, 'Le rapport a été écrit hier.', 'Le rapport a été écrit dengan.', { language: 'fra' }), []);
  // A sentence in another language (a translated copy, a quotation) is not a word left untranslated.
  assert.deepEqual(detect(untranslatedDetector, 'The talks were held with the ministers on Tuesday.', 'The talks dilakukan dengan para menteri pada Selasa.'), []);
});

test('untranslated: the foreign words are counted over the whole sentence, the unchanged words too', () => {
  // "Selasa" stands in both texts; with "dengan" the copy has two foreign words: another language, not a word left.
  assert.deepEqual(detect(untranslatedDetector, 'The talks on Selasa were held with the ministers.', 'The talks on Selasa were held dengan the ministers.'), []);
  // One foreign word in each of two places is two words left untranslated only when they are all the sentence has: here, two, so none.
  assert.deepEqual(detect(untranslatedDetector, 'The talks were held with the ministers on Tuesday.', 'The talks were held dengan the ministers on Selasa.'), []);
});
