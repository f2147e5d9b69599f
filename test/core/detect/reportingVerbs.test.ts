/**
 * The reporting verbs read from WordNet (scripts/build-synonyms.mjs → data/reportingVerbs.ts):
 * a source introduced by a verb that no hand list names is still a source, and the words kept
 * out of the table (commitments, beliefs, participles, hedges, evidence) are not read as one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionDetector } from '../../../src/core/detect/attribution';
import { ENGLISH } from '../../../src/core/data/lexicons';
import { detect } from '../helpers';

const CLAIM = 'The bridge was closed to lorries for a week';

test('reporting verbs from WordNet: a dropped source whose verb no hand list names', () => {
  for (const verb of ['reiterated', 'conceded', 'complained', 'grumbled', 'disclosed', 'stipulated', 'quipped', 'testified']) {
    const found = detect(attributionDetector, `${CLAIM}, the harbour master ${verb}.`, `${CLAIM}.`);
    assert.equal(found.length, 1, verb);
    assert.equal(found[0]!.canonical, `the harbour master ${verb}`, verb);
  }
});

test('reporting verbs from WordNet: a source replaced, "mutters" for "complains"', () => {
  const found = detect(attributionDetector, `Drivers complained that the detour adds an hour.`, `The mayor mutters that the detour adds an hour.`);
  assert.equal(found.length, 1);
  assert.deepEqual([found[0]!.canonical, found[0]!.article], ['Drivers complained', 'The mayor mutters']);
});

test('reporting verbs from WordNet: commitments, beliefs, participles and hedges stay out of the table', () => {
  const verbs = ENGLISH.reportingVerbs!;
  for (const v of ['disclosed', 'reiterates', 'conceding', 'testified', 'quipped', 'admitted', 'told']) assert.ok(verbs.has(v), v);
  // A commitment ("pledged to aid"), a belief ("if they suspect"), a participle ("a letter
  // supposedly written"), a word of the hedge list ("predicts"), a verb of evidence ("revealed"),
  // a modal ("will"), a sense that reports nothing ("pointed", "recorded", "responding").
  for (const v of ['pledged', 'promised', 'suspect', 'written', 'predicts', 'revealed', 'will', 'pointed', 'recorded', 'responding']) assert.ok(!verbs.has(v), v);
  const found = detect(attributionDetector, `The ministry pledged to rebuild the bridge within a week.`, `The ministry pledged to rebuild the bridge.`);
  assert.deepEqual(found, []);
});

test('reporting verbs from WordNet: a word met more often as a noun keeps only its verb forms ("debated", not "debate")', () => {
  const verbs = ENGLISH.reportingVerbs!;
  for (const v of ['debated', 'debating', 'commented', 'commenting']) assert.ok(verbs.has(v), v);
  for (const v of ['debate', 'debates', 'comment', 'comments', 'rumor']) assert.ok(!verbs.has(v), v);
  const found = detect(attributionDetector, `The council passed the budget on 3 May after a long debate.`, `The council passed the budget.`);
  assert.deepEqual(found, []);
});

test('reporting verbs from WordNet: "add" continues a statement like "added" (no source of its own)', () => {
  const found = detect(attributionDetector, `Each tablet is placed in a bucket of water.`, `Workers add a tablet to each bucket of water.`);
  assert.deepEqual(found, []);
});

test('reporting verbs from WordNet: the stances of the verbs the newsroom guides class', () => {
  const cases: Array<[string, RegExp]> = [
    ['disclosed', /as confirmed/],
    ['hinted', /a mere suggestion/],
    ['contended', /casts doubt/],
    ['confessed', /an admission/],
  ];
  for (const [verb, reason] of cases) {
    const found = detect(attributionDetector, `${CLAIM}, the harbour master said.`, `${CLAIM}, the harbour master ${verb}.`);
    assert.equal(found.length, 1, verb);
    assert.deepEqual([found[0]!.canonical, found[0]!.article], ['said', verb]);
    assert.match(found[0]!.reason, reason, verb);
  }
  // "maintained" mostly keeps a thing ("maintained bases"): no source, no stance.
  assert.equal(ENGLISH.stances!.get('maintained'), undefined);
});
