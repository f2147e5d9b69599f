import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/core/segment';
import { lexiconFor } from '../../../src/core/lexicon';

const read = (t: string, locale: string, lang: string) => segment(t, { locale, lexicon: lexiconFor(lang) }).map((s) => s.text);

test('other languages: titles join, a list-ending abbreviation ends a sentence before a capital', () => {
  assert.deepEqual(read('M. Dupont a vu Mme Martin. Les prix ont augmenté, etc. Le ministre est parti.', 'fr', 'fra'), [
    'M. Dupont a vu Mme Martin.',
    'Les prix ont augmenté, etc.',
    'Le ministre est parti.',
  ]);
  assert.deepEqual(read('Mereka datang pada malam hari, kata Dr. Budi. Harga naik.', 'id', 'ind'), [
    'Mereka datang pada malam hari, kata Dr. Budi.',
    'Harga naik.',
  ]);
  assert.deepEqual(read('El Sr. García dijo que sí. ¿Por qué? preguntó ella.', 'es', 'spa'), ['El Sr. García dijo que sí.', '¿Por qué? preguntó ella.']);
});

test('a closing quote set off by a space stays with its sentence (French spacing)', () => {
  assert.deepEqual(read('Le ministre a dit : « Nous irons. » Puis il est parti.', 'fr', 'fra'), [
    'Le ministre a dit : « Nous irons. »',
    'Puis il est parti.',
  ]);
  // A guillemet that opens a quotation (German style) opens the next sentence.
  assert.deepEqual(read('Er ging. »Wir kommen«, sagte sie.', 'de', 'deu'), ['Er ging.', '»Wir kommen«, sagte sie.']);
});

test('an ordinal written with a full stop before a month ends no sentence where the language writes so', () => {
  assert.deepEqual(read('Das war am 3. Dezember. Dann kam der Winter.', 'de', 'deu'), ['Das war am 3. Dezember.', 'Dann kam der Winter.']);
});
