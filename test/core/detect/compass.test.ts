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
