import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align } from '../../src/core/align';
import { antonymsOf, carriesOther, opposes } from '../../src/core/contrast';
import { tokenize } from '../../src/core/text';
import { tokenizerContext } from '../../src/core/tokenizerContext';
import { prepare } from './helpers';

const ctx = tokenizerContext('eng');
const key = (w: string): string => tokenize(w, 0, w.length, ctx)[0]!.key;
const tokens = (s: string) => tokenize(s, 0, s.length, ctx);

test('contrast: WordNet antonym verbs, keyed as the engine keys words, inflected forms included, and no form that is another word', () => {
  assert.ok(antonymsOf(key('increase')).includes(key('decrease')));
  assert.ok(antonymsOf(key('decreased')).includes(key('increased')));
  assert.ok(antonymsOf(key('falling')).includes(key('rising')));
  assert.ok(antonymsOf(key('closed')).includes(key('open')));
  assert.deepEqual(antonymsOf(key('blanket')), []);
  // 'sit' inflected by rule makes 'sited', whose key is that of 'site': not an antonym of 'stand'.
  assert.ok(!antonymsOf(key('stand')).includes(key('site')));
});

test('contrast: an antonym verb in its irregular past or participle is one too (no rule makes "rose" of "rise")', () => {
  assert.ok(antonymsOf(key('fell')).includes(key('rose')));
  assert.ok(antonymsOf(key('risen')).includes(key('fallen')));
  assert.ok(antonymsOf(key('lost')).includes(key('won')));
  assert.ok(opposes(tokens('Sales of winter coats rose at the two shops in March.'), tokens('In March the two shops saw sales of winter coats that fell.')));
  assert.ok(opposes(tokens('The ruling party lost the seat it held in the capital.'), tokens('The ruling party won a seat in the capital.')));
});

test('contrast: two sentences oppose when one has a word and the other its antonym, and neither both', () => {
  assert.ok(opposes(tokens('The number of patients was increasing at the clinic.'), tokens('The number of patients at the clinic was decreasing.')));
  assert.ok(opposes(tokens('The border post stayed closed all week.'), tokens('The border post was open again on Friday.')));
  // Both words in both sentences, or the antonym nowhere: no opposition.
  assert.ok(!opposes(tokens('Prices rose in May and fell in June.'), tokens('Prices fell in June after rising in May.')));
  assert.ok(!opposes(tokens('The border post stayed closed all week.'), tokens('The border post stayed shut all week.')));
  // Nouns and adjectives that WordNet sets against each other mostly classify: no opposed statements.
  assert.ok(!opposes(tokens('Local officials said 80 people died in the north.'), tokens('National officials said 80 people died in the south.')));
});

test('contrast: a sentence that says something has not happened yet and one that says it has oppose; two that both deny it do not', () => {
  assert.ok(opposes(tokens('Relief convoys have yet to reach the hamlets above the dam.'), tokens('Army engineers reached two hamlets above the dam on foot.')));
  assert.ok(opposes(tokens('Engineers reopened the mountain road on Friday.'), tokens('The mountain road has not been reopened, engineers warned.')));
  assert.ok(opposes(tokens('Medical teams failed to reach the island.'), tokens('Two medical teams reached the island by boat.')));
  assert.ok(!opposes(tokens('The convoy did not reach the hamlets.'), tokens('The convoy failed to reach the hamlets.')));
  assert.ok(!opposes(tokens('Not only schools but clinics were closed.'), tokens('Schools were closed in the district.')));
  // A reporting verb is no statement of its own ('did not say' / 'said').
  assert.ok(!opposes(tokens('The ministry did not say how many wells were dry.'), tokens('The ministry said 40 wells were dry.')));
});

test('contrast: one sentence carries the other when a quarter of the shorter one is inside it', () => {
  assert.ok(carriesOther(1, 4, 10));
  assert.ok(!carriesOther(0.9, 4, 10));
  assert.ok(!carriesOther(0, 0, 3));
});

const FIRST = 'Heavy floods struck the coastal district of Nara on Monday, the regional government said.';
const LAST = 'Relief supplies flown in by helicopter reached three villages near the river on Tuesday.';
/** The link of the canonical's second sentence, when the two texts share their first and last sentences (`cMore`, `aMore`: more sentences before the last). */
function middle(c: string, a: string, cMore: string[] = [], aMore: string[] = []): number[][] | undefined {
  const { groups } = align(prepare([FIRST, c, ...cMore, LAST].join(' ')), prepare([FIRST, a, ...aMore, LAST].join(' ')), 0.3, { opposes });
  const g = groups.find((x) => x.canonical.includes(1));
  return g && [g.canonical, g.article];
}

test('align: two reports that say opposite things of one subject are not linked on the words they share', () => {
  assert.equal(
    middle('The water level on the Nara river was still rising late on Tuesday.', 'Officials said the water level of the river was falling on Wednesday afternoon.'),
    undefined,
  );
});

test('align: a report that something has yet to happen is not linked to a later one that says it happened', () => {
  assert.equal(
    middle('Relief convoys have yet to reach the hamlets above the dam, local officials said.', 'Army engineers on foot reached two hamlets above the dam by Thursday evening.'),
    undefined,
  );
  // A copy that drops the negation of a sentence it plainly carries is still linked (a negation finding).
  assert.deepEqual(
    middle('The provincial government has not yet declared a state of emergency in the flooded district.', 'The provincial government has declared a state of emergency in the district.'),
    [[1], [1]],
  );
});

test('align: a copy that reverses one word of a sentence it plainly carries is still linked (a finding, not a new sentence)', () => {
  assert.deepEqual(
    middle('The number of families sheltering in the district school is rising every day.', 'By Thursday the number of families sheltering in the district school was falling.'),
    [[1], [1]],
  );
});

const FERRIED = 'Relief supplies are flown into the valley by helicopter while agencies wait for the roads to be cleared.';
const NEEDS = 'The governor says the district needs more helicopters to fly relief supplies to remote hamlets.';

test('align: two long sentences among others that share a few topic words and say two things are not linked by the gap filling', () => {
  const cMore = ['Schools in the district will stay shut until the end of the month.'];
  const aMore = ['A second storm is expected to reach the coast by the weekend.'];
  assert.equal(middle(FERRIED, NEEDS, cMore, aMore), undefined);
  // A rewording that keeps the facts still links there.
  assert.deepEqual(middle(FERRIED, 'Until the roads are cleared, helicopters fly relief supplies into the valley.', cMore, aMore), [[1], [1]]);
});

test('align: a sentence alone in the place of another between two links stands for it, whatever few words they share', () => {
  assert.deepEqual(middle(FERRIED, NEEDS), [[1], [1]]);
});

test('align: two sentences that share little but the story\'s setting (words in most sentences of both texts) are not linked by the gap filling', () => {
  const place = 'the flooded Nara river valley of Tamsa district';
  const shared = [
    `Floods in ${place} forced 3,000 families from their homes on Monday.`,
    `The water in ${place} began to recede on Wednesday, officials said.`,
    `Power was restored to most of ${place} by Thursday.`,
  ];
  const link = (c: string, a: string, aMore: string[]): number[][] | undefined => {
    const canon = [shared[0], c, `Schools in ${place} will stay shut until the end of the month.`, shared[1], shared[2]];
    const art = [shared[0], a, ...aMore, shared[1], shared[2]];
    const g = align(prepare(canon.join(' ')), prepare(art.join(' ')), 0.3, { opposes }).groups.find((x) => x.canonical.includes(1));
    return g && [g.canonical, g.article];
  };
  const storm = ['A second storm is expected to reach the coast by the weekend.'];
  assert.equal(link(`Aid agencies work with army units in ${place}.`, `Recovery teams clear mud from houses in ${place}.`, storm), undefined);
  // A rewording of the same statement still links there.
  assert.deepEqual(link(`Aid agencies work with army units in ${place}.`, `Army units and aid agencies are working together in ${place}.`, storm), [[1], [1]]);
});

test('contrast: only a negation word or a "to" of a failure or a not-yet denies; a sentence without one denies nothing', () => {
  // "to" with no failure or "yet" before it: a plain statement on both sides.
  assert.ok(!opposes(tokens('Relief convoys went to the hamlets above the dam.'), tokens('Army engineers reached two hamlets above the dam.')));
  assert.ok(!opposes(tokens('Army engineers reached two hamlets above the dam.'), tokens('Relief convoys went to the hamlets above the dam.')));
  // The stated side may hold a negation of its own, of another word: what the other denies it still states.
  assert.ok(opposes(tokens('The convoy has yet to reach the hamlets.'), tokens('The convoy did not stop and it reached the hamlets.')));
  assert.ok(opposes(tokens('The convoy did not stop and it reached the hamlets.'), tokens('The convoy has yet to reach the hamlets.')));
});
