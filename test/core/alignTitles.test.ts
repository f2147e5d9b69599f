import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align } from '../../src/core/align';
import { prepare } from './helpers';

const groups = (canonical: string, article: string): number[][][] =>
  align(prepare(canonical), prepare(article), 0.3).groups.map((g) => [g.canonical, g.article]);

test('align: two headlines that share a word head one story only when the bodies state something in common; two reports that share no statement keep each its own headline', () => {
  const early = [
    'Harbour Fire Forces Hundreds From Their Homes',
    '',
    'Firefighters battled a blaze at the grain terminal through Tuesday night. Police closed the coast road to all traffic. Families from the dockside streets spent the night in a school gym.',
  ].join('\n');
  const later = [
    'Harbour Reopens to Cargo Ships After Repairs',
    '',
    'The first container vessel since the spring docked on Monday morning. Crane operators returned to work after months of idleness. The port authority expects normal traffic by the autumn.',
  ].join('\n');
  assert.deepEqual(groups(early, later), []);
  // The same two headlines over bodies that are one story: a sentence linked below them.
  const shared = 'Police closed the coast road to all traffic.';
  const copy = ['Harbour Reopens to Cargo Ships After Repairs', '', `The first container vessel since the spring docked on Monday morning. ${shared}`].join('\n');
  assert.deepEqual(groups(early, copy), [[[0], [0]], [[2], [2]]]);
});
