import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewordingDetector } from '../../../src/core/detect/rewording';
import { compare } from '../../../src/core/compare';
import { contextOf, detect, group } from '../helpers';

test('rewording: one word swapped in a sentence carried word for word is a medium change to check', () => {
  const [f] = detect(rewordingDetector, 'Five soldiers were killed in the attack on the base.', 'Five soldiers were injured in the attack on the base.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['changed', 'medium', 'killed', 'injured']);
});

test('rewording: a paraphrase is a low finding that names the changed places', () => {
  const [f] = detect(rewordingDetector, 'The ministers met to discuss the crisis in the region.', 'Officials gathered to talk about the regional emergency.');
  assert.equal(f!.severity, 'low');
  assert.match(f!.reason, /‘The ministers met’ → ‘Officials gathered’/);
});

test('rewording: nothing when a detector before it found something', () => {
  const ctx = contextOf(group('Five soldiers were killed in the attack on the base.', 'Five soldiers were injured in the attack on the base.'));
  ctx.claim({ kind: 'number', severity: 'high', cTok: [], aTok: [], reason: 'an earlier finding' });
  rewordingDetector.run(ctx);
  assert.equal(ctx.findings.length, 1);
});

test('rewording: beside a fact finding, rewording of three content words or more is a low finding of its own', () => {
  const c = compare('Officials said 40 people died when the old bridge collapsed into the river.', 'Officials said 45 people were killed as the aging crossing fell into the water.');
  const also = c.discrepancies.filter((d) => /^Also reworded/.test(d.reason));
  assert.equal(also.length, 1);
  assert.deepEqual([also[0]!.kind, also[0]!.severity], ['changed', 'low']);
  assert.ok(c.discrepancies.some((d) => d.kind === 'number'));
  // One word beside the fact is not worth a line.
  assert.deepEqual(compare('Officials said 40 people died on the bridge.', 'Officials said 45 people died on the crossing.').discrepancies.filter((d) => /^Also/.test(d.reason)), []);
});

test('rewording: one word swapped for its WordNet synonym keeps the fact and is low', () => {
  const [f] = detect(rewordingDetector, 'The charity sent help to the flooded farms downstream.', 'The charity sent aid to the flooded farms downstream.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['changed', 'low', 'help', 'aid']);
  assert.match(f!.reason, /synonym/);
  // Not a synonym: still a change to check.
  const [g] = detect(rewordingDetector, 'The charity sent help to the flooded farms downstream.', 'The charity sent soldiers to the flooded farms downstream.');
  assert.equal(g!.severity, 'medium');
});

test('rewording: the same words written another way are no rewording (a contraction, an acronym, a currency word)', () => {
  const quiet = (c: string, a: string) => compare(c, a).discrepancies.map((d) => [d.kind, d.severity, d.from, d.to]);
  assert.deepEqual(quiet('The county did not close the bridge on Friday.\n', "The county didn't close the bridge on Friday.\n"), []);
  assert.deepEqual(quiet('Farm exports to the U.K. fell sharply last year.\n', 'Farm exports to the United Kingdom fell sharply last year.\n'), []);
  assert.deepEqual(quiet('The port lost $3.5 million in March.\n', 'The port lost 3.5 million dollars in March.\n'), []);
  // Another word beside them still is.
  assert.ok(compare('The county did not close the bridge on Friday.\n', "The county didn't shut the old bridge on Friday.\n").discrepancies.some((d) => d.kind === 'changed'));
});

test('rewording: an acronym whose first capital is beyond ASCII, and a negative contraction, are the same words written another way', () => {
  const quiet = (c: string, a: string) => compare(c, a).discrepancies.map((d) => [d.kind, d.reason]);
  assert.deepEqual(quiet('The Österreichische Volks Partei won the vote in Vienna on Sunday.\n', 'The ÖVP won the vote in Vienna on Sunday.\n'), []);
  assert.deepEqual(quiet("Ministers said they won't raise taxes this year.\n", 'Ministers said they will not raise taxes this year.\n'), []);
  // A word for the name that spells nothing of it is a change.
  assert.ok(compare('The Österreichische Volks Partei won the vote in Vienna on Sunday.\n', 'The party won the vote in Vienna on Sunday.\n').discrepancies.length > 0);
});

test('rewording: courtesy titles dropped before the names they stand with are house style, not rewording', () => {
  const c = 'Observers questioned ballots cast for Mr. Okafor and for Mrs. Lindqvist in the northern provinces.';
  const a = 'Observers questioned ballots cast for Okafor and for Lindqvist in the northern provinces.';
  assert.deepEqual(compare(c, a).discrepancies, []);
  // A name itself dropped is still seen.
  assert.ok(compare(c, 'Observers questioned ballots cast for Okafor in the northern provinces.').discrepancies.length > 0);
});
