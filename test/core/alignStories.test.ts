import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align } from '../../src/core/align';
import { namesInCommon } from '../../src/core/alignShared';
import { TIME_WORDS } from '../../src/core/data/time';
import { prepare } from './helpers';

const groups = (canonical: string, article: string): number[][][] =>
  align(prepare(canonical), prepare(article), 0.3, { timeWords: TIME_WORDS.eng }).groups.map((g) => [g.canonical, g.article]);

const NEPAL = [
  'A strong earthquake struck central Nepal on Saturday.',
  'Rescuers in Kathmandu searched collapsed temples through the night.',
  'More than 40 people were killed in the mountain villages, officials said.',
  'Relief flights carrying tents and medicine landed at the main airport on Sunday.',
  'Avalanches buried climbers near Everest base camp.',
].join(' ');

/** A report of a storm, its places named as given. */
const storm = (country: string, city: string, capital: string, town: string): string =>
  [
    `A powerful storm hit coastal ${country} late Sunday.`,
    `Soldiers in ${city} cleared roads to the port.`,
    'At least 200 people were killed when houses collapsed in the coastal villages, the president told reporters.',
    `Flights carrying medicine and water landed at the airport in ${capital}, the army said.`,
    `Fishermen in ${town} lost their boats.`,
  ].join(' ');

test('align: two reports that name nothing in common are two stories: no weak link between them, however alike two of their sentences are', () => {
  // A report of another disaster in another country: its toll is another toll.
  assert.deepEqual(groups(NEPAL, storm('Ecuador', 'Guayaquil', 'Quito', 'Manta')), [[[3], [3]]]);
  // The same sentences in a report that names the canonical's places: one story, the toll linked.
  assert.deepEqual(groups(NEPAL, storm('Nepal', 'Kathmandu', 'Pokhara', 'Gorkha')), [
    [[2], [2]],
    [[3], [3]],
  ]);
});

test('align: a single weak link, where nothing else of two texts of some length links, is chance and is undone; beside a firm link it stands', () => {
  const report = (extra: string): string =>
    [
      'Traders in Kathmandu reopened their shops on Monday.',
      'Buses to Pokhara were full.',
      `At least 200 people were killed when houses collapsed in the mountain villages, the president told reporters.${extra}`,
      'Schools in Gorkha will stay shut for a week.',
    ].join(' ');
  assert.deepEqual(groups(NEPAL, report('')), []);
  assert.deepEqual(groups(NEPAL, report(' Avalanches buried climbers near Everest base camp.')), [
    [[2], [2]],
    [[4], [3]],
  ]);
  // Two short texts have few pairs of sentences: a single weak link between them stands.
  const short = groups('More than 40 people were killed in the mountain villages, officials said.', 'At least 200 people were killed in the mountain villages, the army told reporters.');
  assert.deepEqual(short, [[[0], [0]]]);
});

test('namesInCommon: texts that each name three things or more share a name or are two stories; days and months are no names; a text that names little tells nothing', () => {
  const days = new Set(['monday', 'saturday', 'sunday', 'october']);
  const ask = (c: string, a: string): boolean => {
    const docs = [prepare(c), prepare(a)] as const;
    const ids = new Map<string, number>();
    return namesInCommon(docs, (t) => ids.get(t.key) ?? (ids.set(t.key, ids.size), ids.size - 1), days);
  };
  const nepal = 'Rescue workers in Kathmandu and Pokhara searched the ruins of old houses on Sunday. Food aid finally reached the mountain villages of Gorkha and Lamjung by road.';
  assert.equal(ask(nepal, 'Soldiers in Guayaquil and Quito cleared fallen trees from the main roads on Sunday. Fishermen in the port of Manta waited for news.'), false);
  assert.equal(ask(nepal, 'Soldiers in Guayaquil and Kathmandu cleared fallen trees from the main roads. Fishermen in the port of Manta waited for news.'), true);
  // Only week days in common: no name in common.
  assert.equal(ask(nepal, 'On Sunday, soldiers in Guayaquil and Quito cleared fallen trees from the main roads. In October, fishermen in the port of Manta waited for news.'), false);
  // A text that names fewer than three things.
  assert.equal(ask(nepal, 'Soldiers in Guayaquil cleared fallen trees from the main roads on Sunday.'), true);
});
