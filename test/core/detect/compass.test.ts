/** The compass detector on its own (src/core/detect/compass.ts), on small pairs of my own. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compassDetector } from '../../../src/core/detect/compass';
import { detect } from '../helpers';

test('compass: a point dropped before a place both sides keep is the place given less precisely (low)', () => {
  const found = detect(compassDetector, 'Storms cut power to the northern Ugandan city of Gulu on Friday.', 'Storms cut power to the Ugandan city of Gulu on Friday.');
  assert.deepEqual(found.map((f) => [f.kind, f.severity, f.canonical, f.article]), [['name', 'low', 'northern', '']]);
});

test('compass: a point added before a place is the place given more precisely (low); before a common noun, nothing', () => {
  const found = detect(compassDetector, 'Floods closed two schools in Assam this week.', 'Floods closed two schools in western Assam this week.');
  assert.deepEqual(found.map((f) => [f.kind, f.severity, f.canonical, f.article]), [['name', 'low', '', 'western']]);
  assert.deepEqual(detect(compassDetector, 'The central committee met on Monday.', 'The committee met on Monday.'), []);
});

test('compass: the same place at another point in a sentence rewritten around it is a place changed', () => {
  const found = detect(compassDetector, 'Officials say landslides have blocked roads across southern Peru since Sunday.', 'Roads in northern Peru remain blocked by landslides, officials say.');
  assert.ok(found.some((f) => f.kind === 'name' && f.canonical === 'southern' && f.article === 'northern'), JSON.stringify(found));
});

test('compass: a place both sides keep, with the words before it that say which part of it changed and a point of the compass among them, is the region changed', () => {
  const regions = (c: string, a: string): string[][] => detect(compassDetector, c, a).map((f) => [f.kind, f.severity, f.canonical, f.article]);
  assert.deepEqual(regions('Rains flooded farms across sub-Saharan Africa last month.', 'Rains flooded farms in West and Central Africa last month.'), [['name', 'medium', 'sub-Saharan Africa', 'West and Central Africa']]);
  assert.deepEqual(regions('Storms formed over the central and eastern equatorial Pacific in May.', 'Storms formed over the central tropical Pacific in May.'), [['name', 'medium', 'eastern equatorial Pacific', 'tropical Pacific']]);
  // No point of the compass among the changed words: another description of the same place, no finding here.
  assert.deepEqual(regions('Rains flooded farms across rural Kenya last month.', 'Rains flooded farms in drought-hit Kenya last month.'), []);
  // Every word a capital on both sides: a name put for another, left to the name detector.
  assert.deepEqual(regions('Talks with North Korea resumed on Monday.', 'Talks with South Korea resumed on Monday.'), []);
  // Before a common noun, no place.
  assert.deepEqual(regions('Officials closed the old eastern market on Monday.', 'Officials closed the new western market on Monday.').filter((f) => f[2]!.includes('market')), []);
});
