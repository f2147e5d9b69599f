import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/core/index';
import { sameAgency } from '../../src/core/credits';

const STORY =
  'Port stake sold to shipping group\n\nLISBON, May 4 (Reuters) - A regional harbour authority agreed on Thursday to sell a 40% stake in its container port to a shipping group, two people familiar with the matter said.\n\nThe sale still needs approval from competition regulators, the people said.\n\n(Reporting by Ana Example; Editing by Tom Sample)';

const credits = (a: string, b: string) =>
  compare(a, b)
    .discrepancies.filter((d) => d.kind === 'attribution')
    .map((d) => [d.severity, d.from, d.to]);

test('credits: a dateline dropped, or filed from another place, is a medium attribution finding', () => {
  assert.deepEqual(credits(STORY, STORY.replace('LISBON, May 4 (Reuters) - ', '')), [['medium', 'LISBON, May 4 (Reuters) -', null]]);
  assert.deepEqual(credits(STORY, STORY.replace('LISBON, May 4', 'MADRID, May 4')), [['medium', 'LISBON, May 4 (Reuters) -', 'MADRID, May 4 (Reuters) -']]);
  // The same place with another date is no new place.
  assert.deepEqual(credits(STORY, STORY.replace('May 4', 'May 5')), []);
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
