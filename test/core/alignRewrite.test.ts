import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roundsTo, sharesFigure, sharesRareFigure, withRounded } from '../../src/core/alignRewrite';
import { align } from '../../src/core/align';
import { prepare } from './helpers';
import { lexiconFor } from '../../src/core/lexicon';
import type { Token } from '../../src/core/text';

const tokens = (s: string) => prepare(s).tokens[0]!;

test('alignRewrite: a figure in digits both sentences give is shared; a one-digit count, a figure in words or a year is no evidence', () => {
  assert.ok(sharesFigure(tokens('About 30,000 people fled the valley.'), tokens('The valley lost 30,000 residents.')));
  assert.ok(sharesFigure(tokens('The fund gave $50 million.'), tokens('It pledged 50 million dollars.')));
  assert.ok(!sharesFigure(tokens('About 30,000 people fled the valley.'), tokens('The valley lost 31,000 residents.')));
  assert.ok(!sharesFigure(tokens('Seven boats sank and 7 crew drowned.'), tokens('The 7 crew of the ferry were saved.')));
  assert.ok(!sharesFigure(tokens('Twelve thousand people fled.'), tokens('Twelve thousand homes were lost.')));
  assert.ok(!sharesFigure(tokens('The drought of 2019 emptied the stores.'), tokens('In 2019 farmers planted maize.')));
});

test('alignRewrite: a figure rounded (within 5%, fewer significant digits) is the exact one; a nearby figure as precise, or further off, is not', () => {
  assert.ok(roundsTo(4120, 4000));
  assert.ok(roundsTo(61.3, 61));
  assert.ok(!roundsTo(4000, 4120));
  assert.ok(!roundsTo(4120, 4130));
  assert.ok(!roundsTo(4600, 4000));
});

test('alignRewrite: a figure one text rounds counts as the figure the other writes, when it rounds that one alone and the text does not write it too', () => {
  const c = prepare('The river drowned 4,120 head of cattle. Farmers lost 870 barns.');
  const a = prepare('The river drowned about 4,000 cattle. Farmers lost 900 barns and 4,120 sheep.');
  const [cl, al] = withRounded([c, a], [c.tokens, a.tokens]);
  const nums = (ts: ReadonlyArray<{ num: number | null; norm: string }> | null): number[] => ts!.filter((t) => t.num !== null && /\d/.test(t.norm)).map((t) => t.num!);
  // 4,000 rounds 4,120, but the article writes 4,120 as well (of other things); 900 rounds 870 (3.4% off, fewer digits).
  assert.deepEqual(nums(al![0]!), [4000]);
  assert.deepEqual(nums(al![1]!), [870, 4120]);
  assert.deepEqual(cl, c.tokens);
  // Among a table of figures near it, a round figure says nothing of which one it rounds.
  const table = prepare(Array.from({ length: 20 }, (_, k) => `Ward ${k + 1} counted ${4101 + k * 3} voters.`).join(' '));
  const round = prepare('The wards counted about 4,000 voters.');
  assert.deepEqual(nums(withRounded([table, round], [table.tokens, round.tokens])[1]![0]!), [4000]);
});

test('align: a sentence split off a longer one joins it although it rounds the figure they share ("more than 8,300" / "more than 8,000")', () => {
  const canonical = prepare(
    'Fishermen on the northern coast are mending their boats for the first season since the winter storm wrecked the harbour and its piers, flooded the market, and drowned more than 8,300 sheep. ' +
      'Some of them now fish from the beach.',
  );
  const article = prepare(
    'Fishermen on the northern coast are mending their boats for the first season since a storm hit the harbour. ' +
      'The gale caused severe damage across the land, drowning more than 8,000 sheep. Some of them now fish from the beach.',
  );
  const groups = align(canonical, article, 0.3).groups.map((g) => [g.canonical, g.article]);
  assert.deepEqual(groups[0], [[0], [0, 1]], JSON.stringify(groups));
});

test('sharesFigure: a figure that counts a unit of time is shared only with one counting the same unit ("24 hours" / "24 miles" are two figures)', () => {
  const units = lexiconFor('eng').time!;
  assert.ok(!sharesFigure(tokens('The quake was centred 39 km (24 miles) below the bay.'), tokens('Over 80 aftershocks were recorded in the first 24 hours.'), units));
  assert.ok(!sharesFigure(tokens('The drought lasted 12 years in the south.'), tokens('The river was dry for 12 weeks.'), units));
  assert.ok(sharesFigure(tokens('The search went on for 36 hours.'), tokens('After 36 hours the search was called off.'), units));
  assert.ok(sharesFigure(tokens('About 30,000 people fled the valley.'), tokens('The valley lost 30,000 residents.'), units));
});

test('sharesFigure: a figure beside a month is the day of a date, no count ("the September 11 attacks" twice is no shared figure)', () => {
  const time = lexiconFor('eng').time!;
  assert.ok(!sharesFigure(tokens('He was convicted over the September 11 attacks.'), tokens('Families who lost relatives on September 11 spoke.'), time));
  assert.ok(!sharesFigure(tokens('The talks end on 14 March in Geneva.'), tokens('Delegates leave Geneva on 14 March.'), time));
  // Without the months a day is still counted as a figure; a count beside a month is not a day.
  assert.ok(sharesFigure(tokens('He was convicted over the September 11 attacks.'), tokens('Families who lost relatives on September 11 spoke.'), { ...time, months: [] }));
  assert.ok(sharesFigure(tokens('In March 400 people fled the town.'), tokens('The town lost 400 people in March.'), time));
});

test('sharesRareFigure: the day of a date is no count a far join may go by ("died Aug. 23" / "on Aug. 23"); a count is', () => {
  const time = lexiconFor('eng').time!;
  const ids = new Map<string, number>();
  const termOf = (t: Token): number => ids.get(t.key) ?? (ids.set(t.key, ids.size), ids.size - 1);
  const df = new Array<number>(100).fill(1);
  const died = tokens('Staff Sgt. Thompson died Aug. 23 in Helmand Province.');
  const funeral = tokens('A funeral was held for the soldiers killed on Aug. 23.');
  assert.ok(!sharesRareFigure(died, funeral, termOf, df, time));
  assert.ok(!sharesRareFigure(tokens('The talks end on 14 March in Geneva.'), tokens('Delegates leave Geneva on 14 March.'), termOf, df, time));
  // Without the months the day is read as a figure, as before; a count beside a month is a count.
  assert.ok(sharesRareFigure(died, funeral, termOf, df));
  assert.ok(sharesRareFigure(tokens('In March 400 people fled the town.'), tokens('The town lost 400 people.'), termOf, df, time));
});
