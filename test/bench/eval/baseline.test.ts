/** The naive word-overlap aligner `npm run eval` prints beside the engine's figures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baselineAlign, baselineWords, jaccard } from '../../../bench/eval/baseline';

/** Sentences of a text, one per line, with their offsets, as the engine's JSON gives them. */
function lines(text: string): Array<{ id: number; start: number; end: number }> {
  let at = 0;
  return text.split('\n').map((line, id) => {
    const s = { id, start: at, end: at + line.length };
    at += line.length + 1;
    return s;
  });
}

test('the words compared are lower case, three letters or more, and not on the stop list', () => {
  assert.deepEqual([...baselineWords('The Mayor said 12 of the 40 boats sank at sea.')].sort(), ['boats', 'mayor', 'sank', 'sea']);
});

test('Jaccard overlap is shared over all words, and 0 for two empty sets', () => {
  assert.equal(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd'])), 0.5);
  assert.equal(jaccard(new Set(), new Set()), 0);
});

test('sentences are linked one to one, best overlap first, only above the threshold', () => {
  const c = 'Floods swept the river valley on Monday.\nThe governor visited shelters in the capital.\nPrices of rice rose sharply.';
  const a = 'The governor visited flood shelters in the capital.\nFloods swept the river valley early Monday.\nSchools stayed closed all week.';
  const links = baselineAlign(c, a, lines(c), lines(a));
  assert.deepEqual(
    links.map((l) => [l.canonical[0], l.article[0]]).sort(),
    [[0, 1], [1, 0]],
  );
});

test('one article sentence is never linked to two canonical sentences', () => {
  const c = 'Rescue teams reached the village.\nRescue teams reached the village again.';
  const a = 'Rescue teams reached the village.';
  const links = baselineAlign(c, a, lines(c), lines(a));
  assert.equal(links.length, 1);
  assert.deepEqual(links[0], { canonical: [0], article: [0] });
});
