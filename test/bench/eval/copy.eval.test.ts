/**
 * `npm run eval` reports each set's figures apart for same-language pairs and for translations;
 * a pair counts as a translation when its two files are in different languages, decided apart
 * from the engine. Tune fixtures only (nobody tests on the held-out set).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreCase } from '../../../bench/eval/copy.eval';
import { loadGoldCases } from '../../../bench/eval/gold';

const tune = loadGoldCases().filter((c) => c.set === 'tune');
const byFamily = (family: string) => {
  const c = tune.find((x) => x.family === family);
  assert.ok(c, `no tune family ${family}`);
  return c;
};

test('an English statement and its French translation count as a translation', () => {
  assert.equal(scoreCase(byFamily('tajoura-statement')).translation, true);
});

test('two English versions of one report count as the same language', () => {
  assert.equal(scoreCase(byFamily('kashmir-rescue-versions')).translation, false);
});
