import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseFormIds, exactPairs } from '../../src/core/alignExact';
import { compare } from '../../src/core/compare';
import { tokenizerContext } from '../../src/core/tokenizerContext';
import { prepare } from './helpers';

const all = (): boolean => true;

test('exactPairs: a sentence carried word for word, once on each side, pairs with its copy wherever it stands', () => {
  const c = prepare('Rebels seized Aleppo on Friday. The army withdrew. Tehran pledged support.');
  const a = prepare('Tehran pledged support. A new sentence stands here. Rebels seized Aleppo on Friday.');
  assert.deepEqual(exactPairs(c.tokens, a.tokens, all), [
    [0, 2],
    [2, 0],
  ]);
});

test('exactPairs: the same keys written differently pair (case, inflection), a changed word does not', () => {
  const c = prepare('Rebels seized the city. Troops crossed the border overnight.');
  const a = prepare('REBELS SEIZED THE CITY. Troops crossed the border on Sunday.');
  assert.deepEqual(exactPairs(c.tokens, a.tokens, all), [[0, 0]]);
});

test('exactPairs: a sentence twice on either side is left to the search; sentences the caller leaves out and empty ones never pair', () => {
  const c = prepare('The army withdrew. The army withdrew. Tehran pledged support. Rebels advanced.');
  const a = prepare('The army withdrew. Tehran pledged support. Rebels advanced. Rebels advanced.');
  assert.deepEqual(exactPairs(c.tokens, a.tokens, all), [[2, 1]]);
  assert.deepEqual(exactPairs(c.tokens, a.tokens, (side, i) => !(side === 'a' && i === 1)), []);
  assert.deepEqual(exactPairs([[]], [[]], all), []);
});

test('exactPairs: a reporting verb in another tense ("he said." / "he says.") is still carried word for word', () => {
  const c = prepare('"There is one harbour," he said. "We will rebuild it," she told them.');
  const a = prepare('"There is one harbour," he says. "We will rebuild it," she tells them.');
  const carried = baseFormIds(tokenizerContext('eng'));
  assert.deepEqual(exactPairs(c.tokens, a.tokens, all, carried), [
    [0, 0],
    [1, 1],
  ]);
  assert.deepEqual(exactPairs(c.tokens, a.tokens, all), []);
  // Through compare: nothing to report.
  assert.deepEqual(compare('Talks ended. "There is one harbour," he said.', 'Talks ended. "There is one harbour," he says.').discrepancies, []);
});
