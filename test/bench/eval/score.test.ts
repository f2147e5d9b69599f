/**
 * The scorer of `npm run eval` (bench/eval/score.ts) on a hand-made tool output against a
 * hand-made gold: every figure computed by hand below, so a wrong rule fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addScore, emptyTotals, figures, kindMatches, meetsTarget, scorePair, sentencesOf, type ToolOutput } from '../../../bench/eval/score';
import type { Gold } from '../../../bench/eval/gold';

// Canonical: three sentences; article: three sentences.
const C = 'Five people died in the fire on Monday. Police said the cause was unclear. The mayor visited the site.';
const A = 'Police said the cause was unclear. Six people died in the fire. A charity has opened a fund for families.';
const span = (text: string, s: string, id: number) => ({ id, start: text.indexOf(s), end: text.indexOf(s) + s.length });
const cs = ['Five people died in the fire on Monday.', 'Police said the cause was unclear.', 'The mayor visited the site.'].map((s, i) => span(C, s, i));
const as = ['Police said the cause was unclear.', 'Six people died in the fire.', 'A charity has opened a fund for families.'].map((s, i) => span(A, s, i));

const gold: Gold = {
  canonical: 'c.txt',
  article: 'a.txt',
  pairs: [
    { c: 'Five people died in the fire', a: 'Six people died in the fire' },
    { c: 'Police said the cause was unclear', a: 'Police said the cause was unclear' },
  ],
  omitted: ['The mayor visited the site.'],
  added: ['A charity has opened a fund for families.'],
  findings: [
    { kind: 'number', c: 'Five people died in the fire', a: 'Six people died in the fire', note: 'five → six' },
    { kind: 'time', c: 'died in the fire on Monday.', a: 'Six people died in the fire', note: 'Monday dropped' },
    { kind: 'denial', c: '', a: 'A charity has opened a fund for families.', note: 'stand-in for an added claim' },
  ],
};

function tool(over: Partial<ToolOutput> = {}): ToolOutput {
  return {
    canonical: { sentences: cs },
    article: { sentences: as },
    alignments: [{ canonical: [0], article: [1] }, { canonical: [1], article: [0] }],
    discrepancies: [
      { kind: 'number', canonical: [0], article: [1] },
      { kind: 'added', canonical: [], article: [2] },
      { kind: 'quote', canonical: [1], article: [0] },
    ],
    ...over,
  };
}

test('a snippet stands for the sentences overlapping its first occurrence', () => {
  assert.deepEqual(sentencesOf('unclear. The mayor', C, cs), [1, 2]);
  assert.deepEqual(sentencesOf('', C, cs), []);
  assert.throws(() => sentencesOf('not in the text at all', C, cs));
});

test('kinds match as the note says: denial and clause have tolerances, time may be a number', () => {
  for (const k of ['negation', 'added', 'omitted', 'clause', 'denial']) assert.ok(kindMatches('denial', k), k);
  assert.ok(!kindMatches('denial', 'number'));
  assert.ok(kindMatches('clause', 'changed'));
  assert.ok(!kindMatches('quote', 'changed'));
  assert.ok(kindMatches('time', 'number'));
  assert.ok(!kindMatches('number', 'time'));
});

test('the hand-made pair scores 100/100/50/0: time answered by a number finding, one quote off gold', () => {
  const s = scorePair(gold, C, A, tool());
  assert.deepEqual(s.items.map((i) => i.right), [true, true, true, true]);
  // number found; time (Monday dropped) answered by the number finding on the same sentences; denial by `added`.
  assert.deepEqual(s.findings.map((f) => f.found), [true, true, true]);
  // Fact findings: number (on gold sentences) and quote (on sentence 1 / 0: no gold finding there).
  assert.deepEqual(s.toolFindings.map((f) => f.onGold), [true, false]);
  const f = figures(addScore(emptyTotals(), s));
  assert.equal(f.alignment, 100);
  assert.equal(f.recall, 100);
  assert.equal(f.precision, 50);
  assert.equal(f.falseLinks, 0);
});

test('a link to an omitted or added sentence is wrong twice: the item and a false link', () => {
  const s = scorePair(gold, C, A, tool({ alignments: [{ canonical: [0], article: [1] }, { canonical: [1], article: [0] }, { canonical: [2], article: [2] }] }));
  assert.deepEqual(s.items.map((i) => i.right), [true, true, false, false]);
  assert.equal(s.falseLinks, 1);
  assert.equal(s.links, 3);
  const f = figures(addScore(emptyTotals(), s));
  assert.equal(f.alignment, 50);
  assert.ok(!meetsTarget('falseLinks', f.falseLinks));
  assert.ok(!meetsTarget('alignment', f.alignment));
});

test('a pair is wrong when its sentences sit in different groups; a finding on other sentences is not found', () => {
  const s = scorePair(gold, C, A, tool({
    alignments: [{ canonical: [0], article: [0] }, { canonical: [1], article: [1] }],
    discrepancies: [{ kind: 'number', canonical: [1], article: [0] }],
  }));
  assert.deepEqual(s.items.slice(0, 2).map((i) => i.right), [false, false]);
  assert.deepEqual(s.findings.map((f) => f.found), [false, false, false]);
  assert.equal(figures(addScore(emptyTotals(), s)).recall, 0);
  assert.equal(s.toolFindings[0]!.onGold, false);
  assert.equal(figures(addScore(emptyTotals(), s)).precision, 0);
});

test('targets: ≥ for alignment, recall and precision, ≤ for false links; no figure is no pass', () => {
  assert.ok(meetsTarget('alignment', 97) && !meetsTarget('alignment', 96.9));
  assert.ok(meetsTarget('recall', 75) && !meetsTarget('recall', 74.9));
  assert.ok(meetsTarget('precision', 85) && !meetsTarget('precision', 84.9));
  assert.ok(meetsTarget('falseLinks', 5) && !meetsTarget('falseLinks', 5.1));
  assert.ok(!meetsTarget('precision', NaN));
});

test('missed findings are counted by how the tool aligned their sentences: linked, apart, or one side only', () => {
  // Nothing found: the number and time findings sit on a linked pair, the denial on one side only.
  const none = addScore(emptyTotals(), scorePair(gold, C, A, tool({ discrepancies: [] })));
  assert.deepEqual(none.missedBy, { linked: 2, apart: 0, 'one-sided': 1 });
  // The fire sentences not linked: their two findings are missed apart.
  const apart = addScore(emptyTotals(), scorePair(gold, C, A, tool({ alignments: [{ canonical: [1], article: [0] }], discrepancies: [] })));
  assert.deepEqual(apart.missedBy, { linked: 0, apart: 2, 'one-sided': 1 });
  // Found findings are not counted.
  assert.deepEqual(addScore(emptyTotals(), scorePair(gold, C, A, tool())).missedBy, { linked: 0, apart: 0, 'one-sided': 0 });
});
