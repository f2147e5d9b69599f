import { test } from 'node:test';
import assert from 'node:assert/strict';
import { salience } from '../../../src/core/detect/salience';
import { lexiconFor } from '../../../src/core/lexicon';
import { sideOf } from '../helpers';

const rank = (text: string, kind: 'sentence' | 'heading' = 'sentence'): string => {
  const s = salience(sideOf(text), lexiconFor('eng'), kind);
  return `${s.severity}: ${s.why}`;
};

test('salience: a whole added or omitted sentence ranks by the weightiest thing it says, tried in order', () => {
  assert.equal(rank('The port authority said the ferry had not sunk.'), 'high: a denial or negated claim');
  assert.equal(rank('At least 12 people were killed when the ferry sank.'), 'high: a casualty or other key figure');
  assert.equal(rank('The harbour master called it “a dark day for the island”.'), 'medium: a quotation');
  assert.equal(rank('The ferry did not carry enough lifejackets.'), 'medium: a negated statement');
  assert.equal(rank('The ferry was overloaded, the port authority said.'), 'medium: a sourced claim');
  assert.equal(rank('The ferry carried 240 passengers.'), 'medium: a figure');
  assert.equal(rank('The ferry left the harbour in the morning.'), 'low: background');
  assert.equal(rank('Ferry sinks off the island', 'heading'), 'low: a heading');
});

test('salience: a figure of weight outranks a source, and a quotation a negation, whichever comes first in the sentence', () => {
  assert.equal(rank('The port authority said 12 people were killed when the ferry sank.'), 'high: a casualty or other key figure');
  assert.equal(rank('“We could not reach them,” the harbour master said.'), 'high: a denial or negated claim');
  assert.equal(rank('The harbour master had not seen such a storm: “a dark day for the island”.'), 'medium: a quotation');
  // A year is no figure.
  assert.equal(rank('The ferry was built in 1998.'), 'low: background');
});
