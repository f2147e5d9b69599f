import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNameForm, samePlaceName } from '../../src/core/placeNames';

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
