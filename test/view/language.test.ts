import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageSetting } from '../../src/view/language';

test('the language setting: ISO 639-3 codes and auto as they are, tags a user may write mapped, the rest detected', () => {
  assert.equal(languageSetting('fra'), 'fra');
  assert.equal(languageSetting(' ENG '), 'eng');
  assert.equal(languageSetting('auto'), 'auto');
  assert.equal(languageSetting('en'), 'eng');
  assert.equal(languageSetting('fr-CA'), 'fra');
  assert.equal(languageSetting('id'), 'ind');
  // Not a language WireDiff can name: detected rather than compared with no word lists.
  assert.equal(languageSetting('english'), 'auto');
  assert.equal(languageSetting('xx'), 'auto');
  assert.equal(languageSetting('xyz'), 'auto', 'three letters that name no language WireDiff reads');
  assert.equal(languageSetting(''), 'auto');
  assert.equal(languageSetting(42), 'auto');
});
