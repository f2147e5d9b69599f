import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align } from '../../src/core/align';
import { opposes, opposesOfOtherSubject } from '../../src/core/contrast';
import { sourceEnd, type Reporting } from '../../src/core/alignShared';
import { tokenize } from '../../src/core/text';
import { tokenizerContext } from '../../src/core/tokenizerContext';
import { prepare } from './helpers';
import { compare } from '../../src/core/compare';

const lexicon = tokenizerContext('eng').lexicon;
const reporting: Reporting = (t, prev) => lexicon.attributionVerbs.has(t.norm) && !lexicon.determiners?.has(prev.norm);

/** The reporting verb that ends the source a sentence opens with, or null. */
function verbOfSource(text: string): string | null {
  const doc = prepare(text);
  const i = sourceEnd(doc.sentences[0]!, doc.tokens[0]!, reporting);
  return i < 0 ? null : doc.tokens[0]![i]!.norm;
}

test('contrast: a place that opens a sentence, set off by a comma, is no bar to the source after it', () => {
  assert.equal(verbOfSource('In Lagos, the agency correspondent Ade Bello reports that the bridge fell.'), 'reports');
  assert.equal(verbOfSource('From Port Moresby, a Red Cross spokesman said the ferry sank.'), 'said');
  assert.equal(verbOfSource('Police said the ferry sank at dawn.'), 'said');
  // Words before a comma that are not a place are what was said, or a clause: no source.
  assert.equal(verbOfSource('“The bridge is gone,” the mayor said.'), null);
  assert.equal(verbOfSource('In a statement, the mayor said the bridge fell.'), null);
});

const FIRST = 'Heavy rain fell on the coastal city of Warri for a third day on Monday.';
const LAST = 'Forecasters expect the rain to ease by the end of the week.';
const SECOND_C = 'Schools across the delta will stay shut until the water goes down.';
const SECOND_A = 'The state governor toured two flooded districts by boat on Sunday.';

/** The article sentences linked to the canonical's second sentence, among others on one story. */
function linkOf(c: string, a: string): number[] | undefined {
  const canon = prepare([FIRST, c, SECOND_C, LAST].join(' '));
  const art = prepare([FIRST, SECOND_A, a, LAST].join(' '));
  const g = align(canon, art, 0.3, { opposes, reporting }).groups.find((x) => x.canonical.includes(1));
  return g?.article;
}

test('align: two sentences that open with the same correspondent and report two things are not linked on the credit they share', () => {
  const credit = 'In Warri, the agency correspondent Ade Bello reports';
  assert.equal(linkOf(`${credit} the bridge over the creek collapsed at dawn.`, `${credit} traders reopened the central market after the curfew.`), undefined);
  // The same report reworded keeps what follows the credit, and still links.
  assert.deepEqual(linkOf(`${credit} the bridge over the creek collapsed at dawn.`, `${credit} the creek bridge collapsed early at dawn.`), [2]);
  // So does one that changes its figure of the same thing, or keeps the figure in other words.
  assert.deepEqual(linkOf(`${credit} 40 people died when the old bridge fell.`, `${credit} 45 people were killed as the crossing gave way.`), [2]);
  assert.deepEqual(linkOf(`${credit} more than 300 homes were flooded in the river towns.`, `${credit} 300 houses stood under water.`), [2]);
});

test('align: two sentences that each open with a pronoun source are compared on all their words, as before', () => {
  assert.deepEqual(
    linkOf('He says the point is to hold the lessons in normal school hours, from 9 until noon.', 'He says the aim is to have the classes broadcast from 9 in the morning until noon.'),
    [2],
  );
});

test('align: two sentences that name the event by its figure ("the 6.4 magnitude quake") and say two things of it are not linked on that name', () => {
  const c = 'Victims of the 6.4 magnitude quake crowded into damaged clinics in the northern towns of the delta.';
  assert.equal(linkOf(c, 'Aid has been slow to reach some villages, because of roads damaged by the 6.4 magnitude quake in the north.'), undefined);
  // The same statement reworded keeps more than the name, and still links.
  assert.deepEqual(linkOf(c, 'Victims of the 6.4 magnitude quake filled the damaged clinics of the northern delta towns.'), [2]);
  // A figure the sentence states, not one it names a thing by, is what it says ("the quake measured 6.4").
  assert.deepEqual(linkOf('The quake measured 6.4 and damaged clinics in the northern towns of the delta.', 'The 6.4 quake damaged clinics in the northern towns, officials said.'), [2]);
});

test('align: two sentences that name the place they are set in with what it is ("the Kenyan district of Marsabit") and say two things there are not linked on that name', () => {
  const c = 'Aid agencies are working with army engineers to clear roads in Marsabit, the Kenyan district worst hit by the storms.';
  assert.equal(linkOf(c, 'Two weeks after the storms, rescue engineers are still pulling cattle out of the mud in the northern Kenyan district of Marsabit.'), undefined);
  // The same statement reworded keeps more than the place, and still links.
  assert.deepEqual(linkOf(c, 'Army engineers and aid agencies are clearing the roads in the northern Kenyan district of Marsabit.'), [2]);
});

const words = (s: string) => tokenize(s, 0, s.length, tokenizerContext('eng'));

test('contrast: two sentences oppose of two subjects when neither has a word of the other before the opposed word', () => {
  assert.ok(opposesOfOtherSubject(words('Rescuers have yet to reach the villages in the hills.'), words('Army troops reached the villages in the hills on Tuesday.')));
  assert.ok(opposesOfOtherSubject(words('Water levels were rising in the northern towns.'), words('Food prices were falling in the northern towns.')));
  // One subject, its predicate reversed: a copy's finding, not two statements.
  assert.ok(!opposesOfOtherSubject(words('Army engineers have yet to reach the villages.'), words('Army engineers reached the villages.')));
  assert.ok(!opposesOfOtherSubject(words('Water levels were rising on Monday.'), words('By Tuesday water levels were falling.')));
  // No opposition at all.
  assert.ok(!opposesOfOtherSubject(words('Rescuers reached the villages.'), words('Army troops reached the villages.')));
});

test('align: a report that something has yet to happen and one that others did it are not linked, however many words they share', () => {
  assert.equal(
    linkOf('Rescuers have yet to reach the remote villages in the hills above the delta.', 'Army troops reached the remote villages in the hills above the delta on Tuesday.'),
    undefined,
  );
  // A copy that drops the 'yet to' of the same subject is still linked (a negation finding).
  assert.deepEqual(
    linkOf('Army engineers have yet to reach the remote villages in the hills above the delta.', 'Army engineers reached the remote villages in the hills above the delta.'),
    [2],
  );
});

test('align: two sources alike only in where they are ("the Norland Red Cross" / "police officials in Norland") are two sources: their sentences link on all they share; one source named twice links only on what follows it', () => {
  const linked = (c: string, a: string): number[][] => {
    const around = (s: string): string => `Heavy rain fell across the islands for a week. ${s} Schools stayed closed until the roads were cleared.`;
    return align(prepare(around(c)), prepare(around(a)), 0.3, { reporting }).groups.map((g) => [...g.canonical, ...g.article]);
  };
  const toll = 'Local police officials in Norland say the death toll in a central province that took the brunt of the typhoon could reach 2,000.';
  assert.deepEqual(linked('The Norland Red Cross says a typhoon that struck the central islands on Friday may have killed more than 300 people.', toll), [[0, 0], [1, 1], [2, 2]]);
  assert.deepEqual(linked('Local police officials in Norland say a typhoon that struck the central islands on Friday may have killed more than 300 people.', toll), [[0, 0], [2, 2]]);
});

test('align: two sentences that quote one speaker saying two things are not linked on the speaker they share; the same quotation cut still links', () => {
  const story = (quote: string): string =>
    `Flood waters rose across the valley on Monday.\n\n"${quote}," said the regional water board's chief engineer, Maria Lopes of Porto Verde.\n\nRoads to the north stayed closed.`;
  const c = 'Flood waters rose across the valley on Monday.\n\n"This is the worst flood the valley has seen in forty years of records," said Maria Lopes, the regional water board\'s chief engineer in Porto Verde.\n\nRoads to the north stayed closed.';
  const links = (a: string): number[][][] => compare(c, a).alignments.map((g) => [g.canonical, g.article]);
  assert.deepEqual(links(story('We asked every family near the river banks to move to the schools before nightfall')), [[[0], [0]], [[2], [2]]]);
  assert.deepEqual(links(story('This is the worst flood the valley has seen in forty years')), [[[0], [0]], [[1], [1]], [[2], [2]]]);
});

test('align: words one sentence quotes and the other reports without quotation marks are carried, whatever else each quotes', () => {
  const c =
    'Voters in Marland went to the polls on Sunday.\n\nMonitors from the Halden Institute say it was a remarkably orderly count that is a “clear sign of the voters\' trust in the new electoral board.”\n\nResults are expected within a week.';
  const a =
    'Voters in Marland went to the polls on Sunday.\n\nThe Halden Institute said Monday the count was “calm, peaceful and remarkably orderly,” though it noted minor delays at rural stations.\n\nResults are expected within a week.';
  assert.deepEqual(compare(c, a).alignments.map((g) => [g.canonical, g.article]), [[[0], [0]], [[1], [1]], [[2], [2]]]);
  // Two things one speaker said, each quoted, still share no part of the quotation: not linked on the speaker.
  const other = a.replace('the count was “calm, peaceful and remarkably orderly,”', 'the count was “slow in the hills but fair in every town,”');
  assert.deepEqual(compare(c, other).alignments.map((g) => [g.canonical, g.article]), [[[0], [0]], [[2], [2]]]);
});
