/**
 * The quieting bench (bench/eval/linkquiet.ts): the fact findings on a rule's one-to-one link the
 * model weighs below the cutoff are dropped, and nothing else (hand-made cases, worked out by hand).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LINK_FEATURES } from '../../../bench/eval/linkFeatures';
import { demotedHigh, LOST_COST, quiet, quietGain } from '../../../bench/eval/linkquiet';
import type { Case } from '../../../bench/eval/linkscore';
import { emptyTotals } from '../../../bench/eval/score';

const DICE = LINK_FEATURES.indexOf('dice');
const withDice = (d: number): number[] => LINK_FEATURES.map((_, i) => (i === 0 ? 1 : i === DICE ? d : 0));
// p = logistic(4 · dice − 2): 0.5 at dice 0.5.
const model = { weights: LINK_FEATURES.map((_, i) => (i === 0 ? -2 : i === DICE ? 4 : 0)), cutoff: 0.5 };

const finding = (kind: string, canonical: number[], article: number[], severity = 'high') => ({ kind, canonical, article, severity });
const links = [[0], [1], [2]].map((canonical, i) => ({ canonical, article: i < 2 ? [i] : [2, 3] }));
const c = {
  tool: {
    canonical: { sentences: [] },
    article: { sentences: [] },
    alignments: links,
    discrepancies: [
      finding('number', [0], [0]), // on a sure link: kept
      finding('number', [1], [1]), // a fact finding on a doubtful link: dropped
      finding('changed', [1], [1], 'low'), // not a fact finding: kept
      finding('quote', [1], [], 'medium'), // one side only: kept
      finding('name', [2], [2], 'medium'), // a group of three sentences, not weighed: kept
    ],
  },
  cands: [
    { c: 0, a: 0, step: 'weak', features: withDice(0.9), right: true, false: false },
    { c: 1, a: 1, step: 'gap', features: withDice(0.2), right: false, false: true },
    { c: 4, a: 4, step: null, features: withDice(0.1), right: false, false: false }, // a leftover pair, not a link
  ],
} as unknown as Case;

test('quiet drops the fact findings on a rule link below the cutoff and keeps every other finding and every link', () => {
  const out = quiet(c, model);
  assert.deepEqual(
    out.discrepancies.map((d) => `${d.kind} ${d.canonical}|${d.article}`),
    ['number 0|0', 'changed 1|1', 'quote 1|', 'name 2|2'],
  );
  assert.deepEqual(out.alignments, c.tool.alignments);
  // Below a lower cutoff the link is not doubtful: nothing dropped.
  assert.equal(quiet(c, model, 0.1).discrepancies.length, 5);
});

test('the high-only view shows the high findings, less those on doubtful links when demoted', () => {
  assert.deepEqual(demotedHigh(c, null).discrepancies.map((d) => d.canonical[0]), [0, 1]);
  assert.deepEqual(demotedHigh(c, model).discrepancies.map((d) => d.canonical[0]), [0]);
});

test('the gain counts off-gold findings dropped, less on-gold ones dropped and LOST_COST per gold finding lost', () => {
  const rules = { ...emptyTotals(), toolFindings: 10, toolFindingsOnGold: 8, findingsFound: 5 };
  const t = { ...emptyTotals(), toolFindings: 6, toolFindingsOnGold: 7, findingsFound: 4 };
  // Three off gold dropped, one on gold dropped, one gold finding lost.
  assert.equal(quietGain(t, rules), 3 - 1 - LOST_COST);
});
