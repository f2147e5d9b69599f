import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharesFigure } from '../../src/core/alignRewrite';
import { prepare } from './helpers';

const tokens = (s: string) => prepare(s).tokens[0]!;

test('alignRewrite: a figure in digits both sentences give is shared; a one-digit count, a figure in words or a year is no evidence', () => {
  assert.ok(sharesFigure(tokens('About 30,000 people fled the valley.'), tokens('The valley lost 30,000 residents.')));
  assert.ok(sharesFigure(tokens('The fund gave $50 million.'), tokens('It pledged 50 million dollars.')));
  assert.ok(!sharesFigure(tokens('About 30,000 people fled the valley.'), tokens('The valley lost 31,000 residents.')));
  assert.ok(!sharesFigure(tokens('Seven boats sank and 7 crew drowned.'), tokens('The 7 crew of the ferry were saved.')));
  assert.ok(!sharesFigure(tokens('Twelve thousand people fled.'), tokens('Twelve thousand homes were lost.')));
  assert.ok(!sharesFigure(tokens('The drought of 2019 emptied the stores.'), tokens('In 2019 farmers planted maize.')));
});
