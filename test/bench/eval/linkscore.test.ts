/**
 * The calibrated link score's bench (bench/eval/linkscore.ts, linkFeatures.ts): the aligner tells
 * the trace when its steps are done, the candidates are read from that state, the logistic fit
 * learns a weight of the right sign, and `simulate` changes the links as a last step of the
 * aligner would (hand-made cases, worked out by hand below).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../../src/core/compare';
import type { LinkStep, State } from '../../../src/core/alignState';
import { key, LINK_FEATURES, linkCandidates, linkProbability } from '../../../bench/eval/linkFeatures';
import { applyModel, fit, simulate, type Case, type LinkScoreModel } from '../../../bench/eval/linkscore';

const DICE = LINK_FEATURES.indexOf('dice');
/** Features that are 0 but the bias and the similarity. */
const withDice = (d: number): number[] => LINK_FEATURES.map((_, i) => (i === 0 ? 1 : i === DICE ? d : 0));

test("the aligner tells the trace once, after its last link, that its steps are done; the candidates are read from that state", () => {
  const fixture = (name: string): string => readFileSync(join(__dirname, '..', '..', 'fixtures', name), 'utf8');
  const calls: string[] = [];
  const steps = new Map<number, LinkStep>();
  let state: State | null = null;
  const alignTrace = (step: string, c: number, a: number, s: unknown): void => {
    calls.push(step);
    if (step === 'rules') state = s as State;
    else steps.set(key(s as State, c, a), step as LinkStep);
  };
  const out = compare(fixture('000_1182527190e42008.txt'), fixture('001_94cd0f0ecb5b3726.txt'), { alignTrace });
  assert.equal(calls.filter((x) => x === 'rules').length, 1);
  assert.equal(calls.at(-1), 'rules');
  assert.ok(calls.length > 1);
  const s = state as unknown as State;
  const cands = linkCandidates(s, steps, {});
  assert.ok(cands.length > 0);
  for (const x of cands) {
    assert.equal(x.features.length, LINK_FEATURES.length);
    assert.ok(x.features.every(Number.isFinite));
    if (x.step) {
      // A rule's link: a one-to-one group of the result, not carried word for word.
      assert.notEqual(x.step, 'exact');
      assert.ok(out.alignments.some((g) => g.canonical.length === 1 && g.article.length === 1 && g.canonical[0] === x.c && g.article[0] === x.a));
    } else assert.ok(s.cGroup[x.c]! < 0 || s.aGroup[x.a]! < 0, 'a pair with a leftover sentence');
  }
});

test('the logistic fit gives a feature that goes with the right label a positive weight', () => {
  const xs: number[][] = [];
  const ys: boolean[] = [];
  for (let i = 0; i < 40; i++) {
    const d = i / 40;
    xs.push(withDice(d));
    // Right above 0.5, with two exceptions on each side.
    ys.push(i === 5 || i === 30 || i === 12 || i === 33 ? d < 0.5 : d >= 0.5);
  }
  const w = fit(xs, ys, 1);
  assert.ok(w[DICE]! > 1, `weight ${w[DICE]}`);
  assert.ok(linkProbability(w, withDice(0.9)) > 0.6);
  assert.ok(linkProbability(w, withDice(0.1)) < 0.4);
});

test('simulate: links below the veto cutoff are undone; pairs with a leftover at the accept cutoff are made, most likely first, while their leftover is free', () => {
  // p = logistic(4 · dice − 2): 0.5 at dice 0.5.
  const m = { weights: LINK_FEATURES.map((_, i) => (i === 0 ? -2 : i === DICE ? 4 : 0)), cutoff: 0.5 };
  const model: LinkScoreModel = { veto: m, accept: m };
  const cand = (c: number, a: number, step: LinkStep | null, d: number) => ({ c, a, step, features: withDice(d), right: false, false: false });
  const c = {
    tool: {
      canonical: { sentences: [] },
      article: { sentences: [] },
      alignments: [
        { canonical: [0], article: [0] },
        { canonical: [1], article: [1] },
        { canonical: [2], article: [3] },
      ],
      discrepancies: [],
    },
    cands: [
      cand(0, 0, 'weak', 0.9), // kept
      cand(1, 1, 'gap', 0.2), // undone
      cand(4, 2, null, 0.7), // a pair of leftovers, less likely than (3, 2): a 2 is taken first
      cand(3, 2, null, 0.8), // a pair of leftovers: a new group
      cand(2, 4, null, 0.6), // article 4 left over joins canonical 2's group
      cand(5, 5, null, 0.3), // below the cutoff
    ],
  } as unknown as Case;
  assert.deepEqual(simulate(c, model).alignments, [
    { canonical: [0], article: [0] },
    { canonical: [2], article: [3, 4] },
    { canonical: [3], article: [2] },
  ]);
  // The rules' links alone, with no model acting.
  assert.deepEqual(simulate(c, { veto: null, accept: null }).alignments, c.tool.alignments);
});

test('simulate: the veto weighs only the steps a use names, and with sentencesOnly leaves a link with a heading alone', () => {
  const HEAD = LINK_FEATURES.indexOf('headings');
  const veto = { weights: LINK_FEATURES.map((_, i) => (i === 0 ? -2 : i === DICE ? 4 : 0)), cutoff: 0.5 };
  const c = {
    tool: { canonical: { sentences: [] }, article: { sentences: [] }, alignments: [{ canonical: [0], article: [0] }, { canonical: [1], article: [1] }, { canonical: [2], article: [2] }], discrepancies: [] },
    cands: [
      { c: 0, a: 0, step: 'title', features: withDice(0.1), right: false, false: false },
      { c: 1, a: 1, step: 'gap', features: withDice(0.1).map((v, i) => (i === HEAD ? 1 : v)), right: false, false: false },
      { c: 2, a: 2, step: 'gap', features: withDice(0.1), right: false, false: false },
    ],
  } as unknown as Case;
  const kept = (m: LinkScoreModel): number[] => simulate(c, m).alignments.map((g) => g.canonical[0]!);
  assert.deepEqual(kept({ veto, accept: null }), []);
  assert.deepEqual(kept({ veto, accept: null, vetoSteps: ['gap'] }), [0]);
  assert.deepEqual(kept({ veto, accept: null, sentencesOnly: true }), [1]);
});

test('applyModel, acting inside the aligner once its steps are done, leaves the links simulate predicts from the rules alone', () => {
  const fixture = (name: string): string => readFileSync(join(__dirname, '..', '..', 'fixtures', name), 'utf8');
  const run = (act?: (s: State, steps: ReadonlyMap<number, LinkStep>) => void) => {
    const steps = new Map<number, LinkStep>();
    let cands: ReturnType<typeof linkCandidates> = [];
    const alignTrace = (step: string, c: number, a: number, s: unknown): void => {
      const st = s as State;
      if (step === 'rules') {
        cands = linkCandidates(st, steps, {});
        act?.(st, steps);
      } else if (step !== 'dropped') steps.set(key(st, c, a), step as LinkStep);
    };
    const out = compare(fixture('000_1182527190e42008.txt'), fixture('001_94cd0f0ecb5b3726.txt'), { alignTrace });
    return { out, cands };
  };
  const rules = run();
  // Undo the links weighed below a similarity of 0.5 (the weak one, 0.38), and make the leftover pairs above 0.25 (one, 0.40).
  const byDice = (bias: number): { weights: number[]; cutoff: number } => ({ weights: LINK_FEATURES.map((_, i) => (i === 0 ? bias : i === DICE ? 6 : 0)), cutoff: 0.5 });
  const model: LinkScoreModel = { veto: byDice(-3), accept: byDice(-1.5) };
  const acted = run((s, steps) => applyModel(s, linkCandidates(s, steps, {}), model));
  const groups = (gs: ReadonlyArray<{ canonical: readonly number[]; article: readonly number[] }>): string[] =>
    gs.map((g) => `${[...g.canonical].sort((x, y) => x - y).join(',')}|${[...g.article].sort((x, y) => x - y).join(',')}`).sort();
  const predicted = simulate({ tool: rules.out, cands: rules.cands } as unknown as Case, model).alignments;
  assert.notDeepEqual(groups(predicted), groups(rules.out.alignments), 'the model changes something');
  assert.deepEqual(groups(acted.out.alignments), groups(predicted));
});
