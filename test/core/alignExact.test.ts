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
  assert.deepEqual(exactPairs(c.tokens, a.tokens, all).once, [
    [0, 2],
    [2, 0],
  ]);
});

test('exactPairs: the same keys written differently pair (case, inflection), a changed word does not', () => {
  const c = prepare('Rebels seized the city. Troops crossed the border overnight.');
  const a = prepare('REBELS SEIZED THE CITY. Troops crossed the border on Sunday.');
  assert.deepEqual(exactPairs(c.tokens, a.tokens, all).once, [[0, 0]]);
});

test('exactPairs: a sentence twice on one side and once on the other is left to the search; sentences the caller leaves out and empty ones never pair', () => {
  const c = prepare('The army withdrew. The army withdrew. Tehran pledged support. Rebels advanced.');
  const a = prepare('The army withdrew. Tehran pledged support. Rebels advanced. Rebels advanced.');
  assert.deepEqual(exactPairs(c.tokens, a.tokens, all).once, [[2, 1]]);
  assert.deepEqual(exactPairs(c.tokens, a.tokens, (side, i) => !(side === 'a' && i === 1)).once, []);
  assert.deepEqual(exactPairs([[]], [[]], all).once, []);
});

test('exactPairs: a reporting verb in another tense ("he said." / "he says.") is still carried word for word', () => {
  const c = prepare('"There is one harbour," he said. "We will rebuild it," she told them.');
  const a = prepare('"There is one harbour," he says. "We will rebuild it," she tells them.');
  const carried = baseFormIds(tokenizerContext('eng'));
  assert.deepEqual(exactPairs(c.tokens, a.tokens, all, carried).once, [
    [0, 0],
    [1, 1],
  ]);
  assert.deepEqual(exactPairs(c.tokens, a.tokens, all).once, []);
  // Through compare: nothing to report.
  assert.deepEqual(compare('Talks ended. "There is one harbour," he said.', 'Talks ended. "There is one harbour," he says.').discrepancies, []);
});

test('exactPairs: a sentence carried as many times on each side pairs in order, the k-th with the k-th', () => {
  const c = prepare('Was the harbour safe? No. Were the boats insured? No. The board met.');
  const a = prepare('Was the harbour safe? No. Were the boats insured? No. The board met on Monday.');
  const { once, repeated } = exactPairs(c.tokens, a.tokens, all);
  assert.deepEqual(once, [[0, 0], [2, 2]]);
  assert.deepEqual(repeated, [[1, 1], [3, 3]]);
  // Twice on one side, once on the other: neither list.
  const b = prepare('Was the harbour safe? No. Were the boats insured? The board met.');
  assert.deepEqual(exactPairs(c.tokens, b.tokens, all).repeated, []);
});

test('align: a short answer given twice in both texts ("Never.") links in order between its neighbours, no sentence omitted or added', () => {
  // Written for this test: a survey's answers, each under its speaker, one answer repeated.
  const canonical = 'Ana Lee, harbour master\n\nNever. The buses do not reach the old quay.\n\nJo Park, fisherman\n\nNever. The fares are too high for the families who live by the harbour.\n';
  const article = 'Ana Lee, harbour master\n\nNever. The buses do not reach the\nold quay.\n\nJo Park, fisherman\n\nNever. The fares are too high for the families who live by\nthe harbour.\n';
  assert.deepEqual(compare(canonical, article).discrepancies.filter((d) => d.kind !== 'boilerplate').map((d) => `${d.kind}: ${d.from ?? d.to}`), []);
});
