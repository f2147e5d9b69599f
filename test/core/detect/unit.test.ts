import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../../src/core/compare';
import { analyzeGroup } from '../../../src/core/detect';
import { unitDetector } from '../../../src/core/detect/unit';
import { detect, group, show } from '../helpers';

test('unit: the same figure counting something else is a number finding', () => {
  const [f, ...rest] = detect(unitDetector, 'The road is 30 km long and crosses the border.', 'The road is 30 miles long and crosses the border.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['number', 'medium', 'km', 'miles']);
  assert.match(f!.reason, /‘30 km’ becomes ‘30 miles’/);
  const [people] = detect(unitDetector, 'At the camp 300 fighters were killed overnight.', 'At the camp 300 civilians were killed overnight.');
  assert.deepEqual([people!.severity, people!.canonical, people!.article], ['high', 'fighters', 'civilians']);
});

test('unit: a year, a function word, or another figure after the figure is not a unit', () => {
  assert.deepEqual(detect(unitDetector, 'Its entry in 2015 entry into the war changed it.', 'Its entry in 2015 decisively shifted the war.'), []);
  assert.deepEqual(detect(unitDetector, 'He saw 30 of them at the camp.', 'He saw 30 with them at the camp.'), []);
});

test('unit: a look-alike word after the figure is left to the mistranslation detector', () => {
  const input = group('Officials said 30 children were hurt in the crash on Monday.', 'Officials said 30 childants were hurt in the crash on Monday.');
  assert.deepEqual(show(input, analyzeGroup(input).findings).map((f) => f.kind), ['mistranslation']);
});

test('unit: a word after a comma is not what the figure counts', () => {
  assert.deepEqual(detect(unitDetector, 'The board approved the plan by a vote of 6-3, sending it to the mayor, where it may stall.', 'The board approved the plan in a 6 to 3 vote, and it now goes to the mayor, where it may stall.'), []);
  // Right after the figure, a replaced word still is.
  const [f] = detect(unitDetector, 'The council backed it by 9 votes.', 'The council backed it by 9 seats.');
  assert.equal(f!.kind, 'number');
});

test('unit: a synonym, or a word whose senses overlap it, counts the same thing', () => {
  assert.deepEqual(detect(unitDetector, 'The storm destroyed 40 homes in the valley.', 'The storm destroyed 40 houses in the valley.'), []);
  // Another kind of thing still is a change.
  const [f] = detect(unitDetector, 'The storm destroyed 40 homes in the valley.', 'The storm destroyed 40 barns in the valley.');
  assert.equal(f!.kind, 'number');
});

test('unit: a figure counting a broader or a narrower word for the same things', () => {
  const broader = compare('Floodwater cut off 800 residents of the valley.', 'Floodwater cut off 800 inhabitants of the valley.').discrepancies;
  assert.deepEqual(broader.map((d) => [d.kind, d.severity]), [['number', 'low']]);
  assert.match(broader[0]!.reason, /broader words/);
  const narrower = compare('Floodwater cut off 800 inhabitants of the valley.', 'Floodwater cut off 800 residents of the valley.').discrepancies;
  assert.deepEqual(narrower.map((d) => [d.kind, d.severity]), [['number', 'medium']]);
});

test('unit: one unit written otherwise after the same figure ("100 meters" / "100m", "40 percent" / "40 pct", "3,700 kilometers" / "3,700km") is house style, no finding', () => {
  const c = 'Crops failed in the east. The wave was FIG high and reached the town, officials said. Prices rose.';
  for (const [x, y] of [
    ['100 meters', '100m'],
    ['100 metres', '100 m'],
    ['40 percent', '40 pct'],
    ['40 per cent', '40 pct'],
    ['3,700 kilometers', '3,700km'],
    ['12 feet', '12 ft'],
  ] as const) {
    for (const [p, q] of [[x, y], [y, x]] as const) {
      const found = compare(c.replace('FIG', p), c.replace('FIG', q)).discrepancies;
      assert.deepEqual(found.map((d) => [d.kind, d.from, d.to]), [], `${p} / ${q}`);
    }
  }
  // Another unit is still another thing counted.
  const other = compare(c.replace('FIG', '100 meters'), c.replace('FIG', '100 feet')).discrepancies;
  assert.deepEqual(other.map((d) => [d.kind, d.from, d.to]), [['number', '100 meters', '100 feet']]);
});

test('unit: two words of one sense of a news count ("12 killed" / "12 dead" / "12 die") count the same thing', () => {
  assert.deepEqual(detect(unitDetector, 'Flood leaves 12 dead in river town', 'Flood: 12 killed in river town'), []);
  assert.deepEqual(detect(unitDetector, 'At least 12 killed as bus crashes', 'At least 12 die as bus crashes'), []);
  // Another sense still is a change: the dead are not the injured.
  const [f] = detect(unitDetector, 'At least 12 killed as bus crashes', 'At least 12 injured as bus crashes');
  assert.equal(f!.kind, 'number');
});
