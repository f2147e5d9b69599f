import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../../src/core/compare';
import { negationDetector } from '../../../src/core/detect/negation';
import { detect } from '../helpers';

test('negation: a dropped negation, high in a close match and medium in a loose one', () => {
  const [f] = detect(negationDetector, 'The army did not enter the town.', 'The army did enter the town.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['negation', 'high', 'not', '']);
  assert.match(f!.reason, /^Drops the negation ‘not’/);
  const [loose] = detect(negationDetector, 'The army did not enter the town.', 'The army did enter the town.', { similarity: 0.3 });
  assert.equal(loose!.severity, 'medium');
});

test('negation: an added negation, and a dropped denial', () => {
  const [added] = detect(negationDetector, 'The army entered the town.', 'The army never entered the town.');
  assert.deepEqual([added!.canonical, added!.article], ['', 'never']);
  assert.match(added!.reason, /^Adds the negation/);
  const [denial] = detect(negationDetector, 'The ministry denied that troops crossed the border.', 'The ministry said that troops crossed the border.');
  assert.deepEqual([denial!.severity, denial!.canonical], ['high', 'denied']);
  assert.match(denial!.reason, /^The denial ‘denied’ becomes ‘said’: the article no longer reports that the claim was denied/);
});

test('negation: negative concord is one negation (Spanish “no … nunca” → “nunca”)', () => {
  assert.deepEqual(detect(negationDetector, 'No habíamos vivido nunca algo así.', 'Nunca antes habíamos vivido algo así.', { language: 'spa' }), []);
});

test('negation: a heading may drop a negation, but not add one', () => {
  assert.deepEqual(detect(negationDetector, 'The army did not enter the town.', 'The army did enter the town.', { relation: 'summary' }), []);
  const [added] = detect(negationDetector, 'The army entered the town.', 'The army never entered the town.', { relation: 'summary' });
  assert.equal(added!.article, 'never');
});

test('negation: a negation that went with the word it negated is a rewritten phrase, not a reversal', () => {
  // What was negated ("licensed") is gone from the copy: no negation finding.
  assert.deepEqual(detect(negationDetector, 'The clinic was not licensed to treat children.', 'The clinic had opened a ward for children.'), []);
  assert.deepEqual(detect(negationDetector, 'The town had no shortage of volunteers.', 'The town had many volunteers.'), []);
  assert.deepEqual(detect(negationDetector, 'Life in the camp is quiet.', 'Life in the camp is quiet, not eventful.'), []);
  // The negated word is still there: the sentence now says the opposite.
  const [f] = detect(negationDetector, 'The clinic was not licensed to treat children.', 'The clinic was licensed to treat children.');
  assert.deepEqual([f!.kind, f!.canonical], ['negation', 'not']);
  const [added] = detect(negationDetector, 'The court approved the merger.', 'The court has not approved the merger.');
  assert.equal(added!.article, 'not');
  // The negated word said in other words (WordNet): still a reversal.
  const [quit] = detect(negationDetector, 'The ferry does not arrive on time in winter.', 'The ferry comes on time in winter.');
  assert.equal(quit!.canonical, 'not');
  // A negation with nothing after it in its clause still counts.
  const [bare] = detect(negationDetector, 'Asked whether he would resign, he said no.', 'Asked whether he would resign, he said.');
  assert.equal(bare!.canonical, 'no');
});

test('negation: a verb that negates the one after it ("failed to", "refused to")', () => {
  const [f] = detect(negationDetector, 'Rescuers failed to reach the village before dark.', 'Rescuers reached the village before dark.');
  assert.deepEqual([f!.kind, f!.canonical], ['negation', 'failed']);
  // One such verb for another, or for "did not": no finding.
  assert.deepEqual(detect(negationDetector, 'The minister refused to sign the decree.', 'The minister declined to sign the decree.'), []);
  assert.deepEqual(detect(negationDetector, 'The minister refused to sign the decree.', 'The minister did not sign the decree.'), []);
  // Without "to" it is no negation: "the talks failed".
  assert.deepEqual(detect(negationDetector, 'The talks failed on Monday.', 'The talks collapsed on Monday.'), []);
});

test('negation: verbs that negate the next one in other languages', () => {
  const [fr] = detect(negationDetector, 'Le ministre a refusé de signer le décret.', 'Le ministre a signé le décret.', { language: 'fra' });
  assert.equal(fr!.canonical, 'refusé');
  assert.deepEqual(detect(negationDetector, 'Le ministre a refusé de signer le décret.', "Le ministre n'a pas signé le décret.", { language: 'fra' }), []);
});

test('negation: a denial said with a negation instead is one finding to check, and a refusal is a denial', () => {
  const [f, ...rest] = detect(negationDetector, 'The mayor denied any wrongdoing.', 'The mayor said she had done nothing wrong.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['negation', 'medium', 'denied', 'nothing']);
  assert.deepEqual(detect(negationDetector, 'The union rejected the offer.', 'The union refused the offer.'), []);
  // A denial dropped with nothing in its place is still high.
  const [g] = detect(negationDetector, 'The mayor denied any wrongdoing.', 'The mayor spoke about the wrongdoing.');
  assert.deepEqual([g!.severity, g!.canonical], ['high', 'denied']);
});

test('negation: a dropped "not yet" is one negation finding: no attribution change for the "not" in "has not yet said", no qualifier finding for its "yet"', () => {
  const found = compare('The council has not yet approved the budget for the new hospital.', 'The council has approved the budget for the new hospital.').discrepancies;
  assert.deepEqual(found.map((d) => d.kind), ['negation']);
  const sourced = compare('The army has not yet confirmed that the convoy was hit.', 'The army has confirmed that the convoy was hit.').discrepancies;
  assert.deepEqual(sourced.map((d) => d.kind), ['negation']);
});

test('negation: "yet to" is a negation, as the aligner reads it: "have yet to reach" → "have reached" is one negation finding, not a word of aspect dropped', () => {
  const found = compare('Rescue teams have yet to reach the flooded villages in the north.', 'Rescue teams have reached the flooded villages in the north.').discrepancies;
  assert.deepEqual(found.map((d) => [d.kind, d.from]), [['negation', 'yet']]);
  // "not yet" for "yet to": both negate, no finding.
  assert.deepEqual(detect(negationDetector, 'Rescue teams have yet to reach the villages.', 'Rescue teams have not yet reached the villages.'), []);
});

test('negation: a denial whose verb becomes another verb of saying ("denied that" → "admitted that") is one finding, with both verbs', () => {
  const c = compare('The minister denied that she had met the lobbyists.', 'The minister admitted that she had met the lobbyists.');
  assert.deepEqual(c.discrepancies.map((d) => [d.kind, d.severity, d.from, d.to]), [['negation', 'high', 'denied', 'admitted']]);
});

test('negation: the "not" of "not known if" opens a question and negates no fact: a flat "no" against it is a negation dropped', () => {
  const [f, ...rest] = detect(negationDetector, 'There were no injuries among the crew.', 'It is not known if there were any injuries among the crew.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['negation', 'no', '']);
  assert.match(f!.reason, /^Drops the negation ‘no’/);
  const [g] = detect(negationDetector, 'It is not clear whether any of the crew were hurt.', 'None of the crew were hurt.');
  assert.match(g!.reason, /^Adds the negation ‘None’/);
  // The question open on both sides: nothing.
  assert.deepEqual(detect(negationDetector, 'It is not known if any of the crew were hurt.', 'It is not known whether any of the crew were hurt.'), []);
});

test('negation: a negation word inside a phrase that negates nothing ("not only", "whether or not", "nothing but", Spanish "sin embargo", "antes que nada") is no negation; a "not" dropped beside one still is', () => {
  assert.deepEqual(detect(negationDetector, 'The flood not only closed the road but cut the power.', 'The flood closed the road and cut the power.'), []);
  assert.deepEqual(detect(negationDetector, 'The council will decide whether or not the market reopens.', 'The council will decide if the market reopens.'), []);
  assert.deepEqual(detect(negationDetector, 'The crowd had nothing but praise for the lifeguards.', 'The crowd had praise for the lifeguards.'), []);
  // A connective that contrasts is no negation, in English ("however") as in Spanish ("sin embargo").
  assert.deepEqual(detect(negationDetector, 'However, the bridge remains open to trucks.', 'The bridge remains open to trucks.'), []);
  assert.deepEqual(detect(negationDetector, 'Sin embargo, el puente sigue abierto a los camiones.', 'El puente sigue abierto a los camiones.', { language: 'spa' }), []);
  assert.deepEqual(detect(negationDetector, 'Antes que nada, el puente sigue abierto a los camiones.', 'El puente sigue abierto a los camiones.', { language: 'spa' }), []);
  // The negation that does negate, dropped between sentences that otherwise agree: a finding in each language.
  const [en] = detect(negationDetector, 'However, the bridge does not remain open to trucks.', 'However, the bridge does remain open to trucks.');
  assert.deepEqual([en!.kind, en!.canonical], ['negation', 'not']);
  const [es] = detect(negationDetector, 'Sin embargo, el puente no sigue abierto a los camiones.', 'Sin embargo, el puente sigue abierto a los camiones.', { language: 'spa' });
  assert.deepEqual([es!.kind, es!.canonical], ['negation', 'no']);
  const [never] = detect(negationDetector, 'The ferry has never sailed at night.', 'The ferry has sailed at night.');
  assert.deepEqual([never!.kind, never!.canonical], ['negation', 'never']);
});

test('negation: "declined to" before a figure is a fall, not a refusal; before a verb it still negates', () => {
  assert.deepEqual(detect(negationDetector, 'The jobless rate declined to 4.1 percent in May.', 'The jobless rate fell to 4.1 percent in May.'), []);
  const [f] = detect(negationDetector, 'The governor declined to sign the budget.', 'The governor signed the budget.');
  assert.deepEqual([f!.kind, f!.canonical], ['negation', 'declined']);
});

test('negation: a verb of denial in its "-ed" form after a determiner names a thing ("the disputed island"), it reports no denial', () => {
  assert.deepEqual(detect(negationDetector, 'Patrol boats circled the disputed island on Monday.', 'Patrol boats circled the island on Monday.'), []);
  assert.deepEqual(detect(negationDetector, 'Patrol boats circled an island on Monday.', 'Patrol boats circled a disputed island on Monday.'), []);
  const [f] = detect(negationDetector, 'The ministry disputed the figures on Monday.', 'The ministry published the figures on Monday.');
  assert.deepEqual([f!.kind, f!.canonical], ['negation', 'disputed']);
});
