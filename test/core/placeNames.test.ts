import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNameForm, samePlace, samePlaceName } from '../../src/core/placeNames';

test('samePlaceName: a place and its people or adjective by a demonym or inflection ending, not any short ending', () => {
  assert.equal(samePlaceName('ghana', 'ghanaian'), true);
  assert.equal(samePlaceName('kenya', 'kenyans'), true);
  assert.equal(samePlaceName('sudanese', 'sudan'), true);
  assert.equal(samePlaceName('oman', 'omani'), true);
  // A longer word that only starts with the name is another word.
  assert.equal(samePlaceName('mali', 'malik'), false);
  assert.equal(samePlaceName('chad', 'chadwick'), false);
  // Too short to tell a name's form from another word's start.
  assert.equal(isNameForm('ur', 'urban'), false);
});

test('samePlace: by spelling as samePlaceName, and in English by WordNet ("Switzerland" / "Swiss", "Netherlands" / "Dutch"); never two countries', () => {
  const w = (norm: string, key = norm): { norm: string; key: string } => ({ norm, key });
  assert.equal(samePlace(w('switzerland'), w('swiss'), true), true);
  assert.equal(samePlace(w('dutch'), w('netherlands', 'netherland'), true), true);
  assert.equal(samePlace(w('kenya'), w('kenyans', 'kenyan'), false), true);
  // WordNet is English: another language reads by spelling only.
  assert.equal(samePlace(w('switzerland'), w('swiss'), false), false);
  assert.equal(samePlace(w('switzerland'), w('danish'), true), false);
});
