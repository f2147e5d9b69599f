/**
 * `node --import tsx bench/embed/loso.ts`: new evidence for the aligner, validated leave one set
 * out (the folds of bench/eval/linkscore.ts: the original tune families and each former fresh set).
 *
 * For the pairs of sentences with a leftover that the calibrated score weighs (linkFeatures.ts:
 * the three most alike candidates of each leftover), it prints per fold:
 * 1. how well each score alone ranks the right pairs above the others (AUC): today's `dice` and
 *    `vectors` (the mean word vectors' cosine), and the new `chars` (character 4-grams), `soft`
 *    (each word's best vector cosine in the other sentence) and `onPath` (on the best
 *    order-keeping pairing of the gap's leftovers);
 * 2. one simple rule per score: link two leftover sentences that are each other's best by the
 *    score and score at least t, t fitted on the other folds (the t that gains most there: a right
 *    link +1, one touching a gold omitted or added sentence −2, any other −1; none where no t
 *    gains), scored on the held fold against the rules alone (alignment, false links);
 * 3. the AUC on the held fold of the accept model of linkscore.ts (logistic, over all the
 *    features) fitted on the other folds, without the new scores and with them.
 *
 * Only the tune set is read (never the held-out set). The result is in bench/embed/README.md.
 */
import { buildCase, fit, simulate, type Case } from '../eval/linkscore';
import { LINK_FEATURES, linkProbability } from '../eval/linkFeatures';
import { loadGoldCases, readText } from '../eval/gold';
import { addScore, emptyTotals, figures, scorePair, type Totals } from '../eval/score';

const SCORES = ['dice', 'vectors', 'chars', 'soft', 'onPath'] as const;
type Score = (typeof SCORES)[number];
const at = (f: Score): number => LINK_FEATURES.indexOf(f);
const GRID = Array.from({ length: 40 }, (_, i) => 0.025 * (i + 1));

/** The chance a right pair scores above a wrong one. */
function auc(xs: Array<{ v: number; right: boolean }>): number {
  const pos = xs.filter((x) => x.right).map((x) => x.v);
  const neg = xs.filter((x) => !x.right).map((x) => x.v);
  let n = 0;
  for (const p of pos) for (const q of neg) n += p > q ? 1 : p === q ? 0.5 : 0;
  return pos.length && neg.length ? n / (pos.length * neg.length) : NaN;
}

/** The candidates with both sentences left over that are each other's best by `f`, with their value. */
function mutualBest(c: Case, f: Score): Array<Case['cands'][number] & { v: number }> {
  const free = c.cands.filter((x) => x.step === null && x.features[LINK_FEATURES.indexOf('joins')] === 0);
  const v = (x: (typeof free)[number]): number => x.features[at(f)]!;
  const bestC = new Map<number, number>();
  const bestA = new Map<number, number>();
  for (const x of free) (bestC.set(x.c, Math.max(bestC.get(x.c) ?? -1, v(x))), bestA.set(x.a, Math.max(bestA.get(x.a) ?? -1, v(x))));
  const out = free.filter((x) => v(x) === bestC.get(x.c) && v(x) === bestA.get(x.a));
  return out.map((x) => ({ ...x, v: v(x) }));
}

function gain(cases: Case[], f: Score, t: number): number {
  let g = 0;
  for (const c of cases) for (const x of mutualBest(c, f)) if (x.v >= t) g += x.right ? 1 : x.false ? -2 : -1;
  return g;
}

/** The rules' JSON with the rule's links made (as a last step of the aligner would: simulate, linkscore.ts). */
function withRule(c: Case, f: Score, t: number): Case['tool'] {
  const made = mutualBest(c, f).filter((x) => x.v >= t);
  const one = LINK_FEATURES.map((_, i) => (i === 0 ? 1 : 0));
  const model = { veto: null, accept: { weights: LINK_FEATURES.map((_, i) => (i === 0 ? 10 : 0)), cutoff: 0.5 } };
  return simulate({ ...c, cands: made.map((x) => ({ ...x, features: one })) }, model);
}

function score(cases: Case[], tool: (c: Case) => Case['tool']): Totals {
  const t = emptyTotals();
  for (const c of cases) addScore(t, scorePair(c.gold.gold, readText(c.gold.canonicalPath), readText(c.gold.articlePath), tool(c)));
  return t;
}
const row = (t: Totals): string => {
  const f = figures(t);
  return `${f.alignment.toFixed(1)}% (${t.itemsRight}/${t.items}), false ${f.falseLinks.toFixed(1)}% (${t.falseLinks}/${t.links})`;
};

export default function run(): void {
  const cases = loadGoldCases()
    .filter((c) => c.set === 'tune')
    .map(buildCase);
  const folds = [...new Set(cases.map((c) => c.origin))].sort();
  console.log('AUC over the pairs with a leftover (right against all others)');
  for (const fold of [...folds, 'all']) {
    const xs = cases.filter((c) => fold === 'all' || c.origin === fold).flatMap((c) => c.cands.filter((x) => x.step === null));
    const right = xs.filter((x) => x.right).length;
    console.log(`  ${fold.padEnd(9)} ${String(xs.length).padStart(4)} pairs, ${String(right).padStart(3)} right: ` + SCORES.map((f) => `${f} ${auc(xs.map((x) => ({ v: x.features[at(f)]!, right: x.right }))).toFixed(3)}`).join(', '));
  }
  console.log('\nRule: two leftovers each other\'s best by the score, at or above t (t fitted on the other folds)');
  for (const f of SCORES) {
    console.log(`  ${f}`);
    for (const fold of folds) {
      const train = cases.filter((c) => c.origin !== fold);
      const held = cases.filter((c) => c.origin === fold);
      let best = { t: Infinity, g: 0 };
      for (const t of GRID) {
        const g = gain(train, f, t);
        if (g > best.g) best = { t, g };
      }
      const rules = score(held, (c) => c.tool);
      const after = best.t < Infinity ? score(held, (c) => withRule(c, f, best.t)) : rules;
      const heldGain = best.t < Infinity ? gain(held, f, best.t) : 0;
      console.log(`    ${fold.padEnd(9)} t ${best.t < Infinity ? best.t.toFixed(3) : 'none'} (train gain ${best.g}, held gain ${heldGain}): rules ${row(rules)} → ${row(after)}`);
    }
  }
  const NEW: readonly string[] = ['chars', 'soft', 'onPath'];
  console.log('\nAccept model (all features, logistic, fitted on the other folds): held AUC without the new scores → with them (with each added alone)');
  for (const fold of folds) {
    const train = cases.filter((c) => c.origin !== fold);
    const held = cases.filter((c) => c.origin === fold);
    const one = NEW.map((n) => `${n} alone ${modelAuc(train, held, (f) => !NEW.includes(f) || f === n).toFixed(3)}`).join(', ');
    console.log(`  ${fold.padEnd(9)} ${modelAuc(train, held, (f) => !NEW.includes(f)).toFixed(3)} → ${modelAuc(train, held, () => true).toFixed(3)} (${one})`);
  }
}

/** The held AUC of a logistic model over the pairs with a leftover, fitted on the other folds, over the features `keep` allows. */
function modelAuc(train: Case[], held: Case[], keep: (f: string) => boolean): number {
  const mask = (xs: number[]): number[] => xs.map((v, i) => (i === 0 || keep(LINK_FEATURES[i]!) ? v : 0));
  const pool = (cs: Case[]) => cs.flatMap((c) => c.cands.filter((x) => x.step === null));
  const tr = pool(train);
  const w = fit(tr.map((x) => mask(x.features)), tr.map((x) => x.right));
  return auc(pool(held).map((x) => ({ v: linkProbability(w, mask(x.features)), right: x.right })));
}

if (require.main === module) run();
