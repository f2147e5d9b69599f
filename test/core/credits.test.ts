import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/core/index';
import { inlineCredits, isCopy, sameAgency } from '../../src/core/credits';

const STORY =
  'Port stake sold to shipping group\n\nLISBON, May 4 (Reuters) - A regional harbour authority agreed on Thursday to sell a 40% stake in its container port to a shipping group, two people familiar with the matter said.\n\nThe sale still needs approval from competition regulators, the people said.\n\n(Reporting by Ana Example; Editing by Tom Sample)';

const credits = (a: string, b: string) =>
  compare(a, b)
    .discrepancies.filter((d) => d.kind === 'attribution')
    .map((d) => [d.severity, d.from, d.to]);

test('credits: a dateline dropped, or filed from another place, is a medium attribution finding', () => {
  assert.deepEqual(credits(STORY, STORY.replace('LISBON, May 4 (Reuters) - ', '')), [['medium', 'LISBON, May 4 (Reuters) -', null]]);
  assert.deepEqual(credits(STORY, STORY.replace('LISBON, May 4', 'MADRID, May 4')), [['medium', 'LISBON, May 4 (Reuters) -', 'MADRID, May 4 (Reuters) -']]);
  // The same place with another date is no new place; nor the same place translated, or with more words.
  assert.deepEqual(credits(STORY, STORY.replace('May 4', 'May 5')), []);
  assert.deepEqual(credits(STORY, STORY.replace('LISBON, May 4', 'LISBOA, May 4')), []);
  assert.deepEqual(credits(STORY, STORY.replace('LISBON, May 4', 'LISBON/PORTO, May 4')), []);
  // A place dropped from a dateline of several is a change.
  assert.equal(credits(STORY.replace('LISBON, May 4', 'LISBON/PORTO, May 4'), STORY).length, 1);
});

test('credits: a report written anew (no two sentences kept nearly word for word) has its own dateline', () => {
  // The same story retold by another desk: the same facts, other words, no dateline.
  const retold =
    'Shipping group buys port stake\n\nA shipping group is buying forty percent of a regional container port from its harbour authority, according to two sources close to the deal.\n\nCompetition regulators must still approve it.';
  assert.deepEqual(credits(STORY, retold).filter(([, from]) => from === 'LISBON, May 4 (Reuters) -'), []);
  // A copy that keeps the sentences and drops the dateline still reports it.
  assert.equal(credits(STORY, STORY.replace('LISBON, May 4 (Reuters) - ', '')).length, 1);
  assert.ok(isCopy([0.9, 0.86, 0.3], 5));
  assert.ok(!isCopy([0.83, 0.51, 0.5], 5));
  // A canonical of one sentence: one kept nearly word for word is a copy.
  assert.ok(isCopy([0.8], 1));
});

test('credits: an agency credit replaced, removed or added', () => {
  assert.deepEqual(credits(STORY, STORY.replace('(Reuters)', '(AFP)')), [['medium', 'LISBON, May 4 (Reuters) -', 'LISBON, May 4 (AFP) -']]);
  const carried = STORY.replace('LISBON, May 4 (Reuters) - ', '') + '\n\n-- Yonhap';
  const found = credits(STORY.replace('LISBON, May 4 (Reuters) - ', ''), carried);
  assert.deepEqual(found, [['medium', null, '-- Yonhap']]);
  // A second credit to an agency the copy already credits ranks low.
  assert.deepEqual(credits(STORY + '\n\n-- Reuters', STORY), [['low', '-- Reuters', null]]);
});

test('credits: one agency under its several names', () => {
  assert.ok(sameAgency('AP', 'The Associated Press'));
  assert.ok(sameAgency('AFP', 'Agence France-Presse'));
  assert.ok(sameAgency('Yonhap News Agency', 'Yonhap'));
  assert.ok(!sameAgency('AP', 'AFP'));
  assert.ok(!sameAgency('Reuters', 'Kyodo News'));
});

test('credits: inside a sentence or headline, an agency in parentheses, after "via", after a colon at the end, and a name in parentheses ending a headline', () => {
  const names = (s: string): string[] => inlineCredits(s, 0, s.length).map((c) => s.slice(c.start, c.end));
  assert.deepEqual(names('Talks on the river treaty resumed on Monday (AFP).'), ['AFP']);
  assert.deepEqual(names('Tokyo weighs new port fees: Kyodo'), ['Kyodo']);
  assert.deepEqual(names('Ferry service to resume in June: Port Authority'), ['Port Authority']);
  assert.deepEqual(names('He named the winner: Anna Berg.'), []);
  assert.deepEqual(names('The ferry sank near the coast, officials told reporters via Reuters on Monday.'), ['Reuters']);
  assert.deepEqual(names('ROVER CLIMBS CRATER RIM (ESA)'), ['ESA']);
  assert.deepEqual(names('Two guards were hurt, a port official told AFP.'), ['AFP']);
  // Not: an acronym spelling the words before it, a name in parentheses in running text, an agency named as a subject.
  assert.deepEqual(names('AID FROM THE WORLD FOOD PROGRAMME (WFP)'), []);
  assert.deepEqual(names('The ferry sailed from Bergen (Norway) at dawn.'), []);
  assert.deepEqual(names('Dock workers in Harrisburg (PA) went back on Monday.'), []);
  assert.deepEqual(names('ROVER CLIMBS CRATER RIM (VIDEO)'), []);
  assert.deepEqual(names('Rover Climbs Crater Rim (Photos)'), []);
  assert.deepEqual(names('Reuters reported the ferry sank near the coast.'), []);
});

test('credits: a credit inside a sentence dropped, added or changed is an attribution finding', () => {
  const base = 'Talks on the river treaty resumed on Monday after a month of delays';
  const dropped = compare(`${base} (AFP).`, `${base}.`).discrepancies.filter((d) => d.kind === 'attribution');
  assert.deepEqual(dropped.map((d) => [d.severity, d.from, d.to]), [['medium', 'AFP', null]]);
  const changed = compare(`${base} (AFP).`, `${base} (Reuters).`).discrepancies.filter((d) => d.kind === 'attribution');
  assert.deepEqual(changed.map((d) => [d.from, d.to]), [['AFP', 'Reuters']]);
  const headline = compare('ROVER CLIMBS CRATER RIM\n\nThe rover reached the rim on Tuesday.\n', 'ROVER CLIMBS CRATER RIM (ESA)\n\nThe rover reached the rim on Tuesday.\n');
  assert.deepEqual(headline.discrepancies.filter((d) => d.kind === 'attribution').map((d) => [d.severity, d.to]), [['medium', 'ESA']]);
  // Kept: no finding, and no name finding either.
  assert.deepEqual(compare(`${base} (AFP).`, `After a month of delays, talks on the river treaty resumed on Monday (AFP).`).discrepancies.filter((d) => d.kind === 'attribution' || d.kind === 'name'), []);
});

test('inlineCredits: each form of credit is found by its own mark or word, and a sentence with none of them has none', () => {
  const names = (s: string): string[] => inlineCredits(s, 0, s.length).map((c) => s.slice(c.start, c.end));
  assert.deepEqual(names('Floods kill 12 in the north (Reuters)'), ['Reuters']);
  assert.deepEqual(names('The toll rose to 40, officials said via AFP on Monday.'), ['AFP']);
  assert.deepEqual(names('Two officials told Reuters the talks had stalled.'), ['Reuters']);
  assert.deepEqual(names('Seoul to widen talks with Tokyo: Yonhap'), ['Yonhap']);
  assert.deepEqual(names('Seoul to widen talks with Tokyo - AFP'), ['AFP']);
  assert.deepEqual(names('Seoul to widen talks with Tokyo | AP'), ['AP']);
  assert.deepEqual(names('Shuttle will launch in July: NASA'), ['NASA']);
  assert.deepEqual(names('COMET PROBE SENDS BACK FIREWORKS (JPL)'), ['JPL']);
  assert.deepEqual(names('A well-known Reuters figure said nothing new today.'), []);
});
