import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align, type AlignState, type LinkStep } from '../../src/core/align';
import { LINK_FEATURES, linkFeatures, linkProbability } from '../../src/core/alignFit';
import { compare } from '../../src/core/compare';
import { LINK_MODEL } from '../../src/core/data/linkModel';
import { prepare } from './helpers';

const CANONICAL =
  'Heavy floods hit the coastal town of Marlow on Tuesday. The regional council denied issuing a permit for the chemical plant. Rescue teams evacuated two hundred families from the lowest streets.';
const ARTICLE =
  'Heavy floods hit the coastal town of Marlow on Tuesday. Officials of the region said no permit for the chemical works was issued. Rescuers moved two hundred families out of the lowest streets by boat.';

test('align: the trace hook hears of every link and the step that made it, and leaves the result as it is', () => {
  const steps: Array<[LinkStep, number, number]> = [];
  const traced = align(prepare(CANONICAL), prepare(ARTICLE), 0.3, { trace: (step, c, a) => steps.push([step, c, a]) });
  const plain = align(prepare(CANONICAL), prepare(ARTICLE), 0.3);
  assert.deepEqual(traced, plain);
  assert.deepEqual(steps[0], ['exact', 0, 0]);
  for (const g of plain.groups) assert.ok(steps.some(([, c, a]) => g.canonical.includes(c) && g.article.includes(a)), JSON.stringify(g));
});

test('alignFit: one feature per name, and a model of zero weights finds every pair even', () => {
  let seen: number[] | null = null;
  align(prepare(CANONICAL), prepare(ARTICLE), 0.3, { trace: (_step, c, a, s) => void (seen ??= linkFeatures(s as AlignState, c, a)) });
  assert.equal(seen!.length, LINK_FEATURES.length);
  assert.equal(seen![0], 1);
  assert.equal(linkProbability(LINK_FEATURES.map(() => 0), seen!), 0.5);
});

test('align: a link model that stands in for the weak steps links what it finds likely, and only that', () => {
  const zero = LINK_FEATURES.map(() => 0);
  const none = align(prepare(CANONICAL), prepare(ARTICLE), 0.3, { model: { weights: zero, cutoff: 2, replaces: 'weak' } });
  // The firm steps alone: the sentence carried word for word, and the one well above the threshold.
  assert.deepEqual(none.groups.map((g) => [g.canonical, g.article]), [[[0], [0]], [[2], [2]]]);
  // A model that trusts similarity links the rewrites too, each with its own.
  const bySimilarity = LINK_FEATURES.map((f) => (f === 'dice' ? 20 : f === 'bias' ? -1 : 0));
  const all = align(prepare(CANONICAL), prepare(ARTICLE), 0.3, { model: { weights: bySimilarity, cutoff: 0.5, replaces: 'weak' } });
  assert.deepEqual(all.groups.map((g) => [g.canonical, g.article]), [[[0], [0]], [[1], [1]], [[2], [2]]]);
});

test('compare: the shipped engine runs the rules, no link model (the fitted one did not beat them out of sample)', () => {
  assert.equal(LINK_MODEL, null);
  const a = compare(CANONICAL, ARTICLE);
  const b = compare(CANONICAL, ARTICLE, { linkModel: null });
  assert.deepEqual(a, b);
});
