import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairEqual, percentWordsAfter, perSide, titleCaseSentences, tokensText } from '../../../src/core/detect/tokens';
import { compare } from '../../../src/core/compare';
import type { GroupSide } from '../../../src/core/detect';
import { sideOf } from '../helpers';

test('tokensText: the words as the file writes them, one slice for neighbours in any order, pieces joined by an ellipsis across a gap', () => {
  const s = sideOf('At least 300 fighters crossed “late on Sunday”.');
  assert.equal(tokensText(s, []), '');
  assert.equal(tokensText(s, [3]), 'fighters');
  // Neighbouring tokens make one slice, with the text between them (quotes included).
  assert.equal(tokensText(s, [6, 5]), 'late on');
  assert.equal(tokensText(s, [5, 6, 7]), 'late on Sunday');
  assert.equal(tokensText(s, [7, 0, 1]), 'At least … Sunday');
});

test('perSide: reads both sides the first time either is asked, and never again', () => {
  const C = { text: 'c' } as unknown as GroupSide;
  const A = { text: 'a' } as unknown as GroupSide;
  const read: string[] = [];
  const of = perSide(C, A, (side) => {
    read.push(side.text);
    return side.text.toUpperCase();
  });
  assert.deepEqual(read, []);
  assert.equal(of(false), 'A');
  assert.equal(of(true), 'C');
  assert.equal(of(false), 'A');
  assert.deepEqual(read, ['c', 'a']);
});

test('words run together by a scraper: no hedge, time, figure, quote or source finding', () => {
  const canonical = 'The depot was not hit on Tuesday, the city’s fire chief said. “We saw smoke over the river and then the sirens,” she said. The crews did not appear to be hurt, and thousands of homes kept power.';
  const article = 'The depot was not hit onTuesday, the city’sfire chief said. “We saw smoke over theriver and then the sirens,” she said. The crews did not appearto be hurt, and thousandsof homes kept power.';
  assert.deepEqual(compare(canonical, article, { language: 'eng' }).discrepancies.filter((d) => d.kind !== 'changed').map((d) => d.kind), []);
});

test('titleCaseSentences: short content words in lower case ("won", "big") mark a sentence of prose, however many names it holds', () => {
  const s = sideOf('Storm Hits Coast With Heavy Rain\n\nPrime Minister Ana de la Vega won the big vote.');
  assert.equal(s.sentences.length, 2);
  assert.deepEqual([...titleCaseSentences(s)], [0]);
});

// The per cent words are the per cent row of data/units.ts, one list for the unit detector and
// for a per cent sign written out: "pc" there is a per cent word here too.
test('percentWordsAfter: every form of the per cent row of data/units.ts, one word or two, writes a per cent sign out', () => {
  for (const [written, words] of [['5 percent', 1], ['5 pct', 1], ['5 pc', 1], ['5 per cent', 2], ['5 people', 0], ['5 per day', 0]] as const) {
    assert.equal(percentWordsAfter(sideOf(`Prices rose ${written} in March.`), 2), words, written);
  }
  const c = 'Prices rose 5 pc in March, the bureau said.';
  for (const other of ['5%', '5 percent', '5 per cent']) {
    assert.deepEqual(compare(c, c.replace('5 pc', other)).discrepancies.map((d) => [d.kind, d.from, d.to]), [], other);
  }
});

test('pairEqual: each canonical fact with the first article fact of its value not yet taken; the rest left on each side, in order', () => {
  const v = (...values: string[]) => values.map((value, i) => ({ value, i }));
  const { pairs, lost, rest } = pairEqual(v('a', 'b', 'a', 'c'), v('a', 'c', 'd', 'b'));
  assert.deepEqual(pairs.map(([c, a]) => [c.i, a.i]), [[0, 0], [1, 3], [3, 1]]);
  assert.deepEqual(lost.map((c) => c.i), [2]);
  assert.deepEqual(rest.map((a) => a.i), [2]);
});
