/**
 * `node --import tsx bench/eval/linkscore.ts [--all [--write]] [--fresh] [--veto-weak]` (`LAMBDA=`, `FEATURES=` in the
 * environment): a calibrated link score over the aligner's features (linkFeatures.ts), fitted on
 * the tune gold and validated leave one set out. It did not pass, and nothing of it ships: the
 * engine aligns by its rules alone (see the result below).
 *
 * The dataset: on every same-language tune pair (126; translations are aligned by alignAcross.ts),
 * the state the aligner ends with (the `rules` trace, alignState.ts), and in it the candidates
 * `linkCandidates` weighs: every one-to-one link but a word-for-word one (406, 371 right, 24
 * touching a gold omitted or added sentence), and the pairs with a leftover sentence among the
 * three most alike candidates of each leftover (3,325, 191 right, 2,665 false), each labelled by
 * the gold: right when a gold pair holds both sentences. Two logistic models (L2, `LAMBDA`, 1 by
 * default; Newton's method; 30 features: linkFeatures.ts): `veto` over the links, undone below its
 * cutoff, and `accept` over the pairs with a leftover, linked (or joined to the partner's group)
 * at or above it, most likely first. Each cutoff is the one that gains most on the training
 * families (alignment items made right, less twice the false links made); a model that gains
 * nothing there is left out. The links are changed as such a last step of `align` would change
 * them (`simulate`: the same alignment and false links as the step had in the engine, checked
 * while it was there; the findings are those of the rules' links).
 *
 * The folds are the tune families by origin (`familyOrigin`, gold.ts): the original families and
 * each former fresh set; each fold is scored with the models fitted on the others, through the
 * engine (`engineFold`: the models act inside the aligner once its steps are done, `applyModel`,
 * so that the findings follow: all four figures; `simulate` is exact for the links alone). `--all`
 * fits them on all of tune and scores them in sample (the most they could give); `--all --write`
 * keeps those models in linkscore.model.json, and `--fresh` scores the fresh set with them, in
 * total only: the next fresh set, built after them, is one more test of copy they never saw.
 *
 * Result (27 Nov 2026, main d173e5f; alignment, false links; rules alone → rules and score):
 *
 * | held fold | rules | rules + score | veto AUC (dice alone) | accept AUC (dice alone) |
 * |---|---|---|---|---|
 * | fresh 1 (13 pairs) | 79.8% (217/272), 12.5% (6/48) | 81.6% (222/272), 6.7% (3/45) | 0.908 (0.815) | 0.834 (0.812) |
 * | fresh 2 (14 pairs) | 90.5% (171/189), 5.9% (4/68) | 91.5% (173/189), 3.0% (2/66) | 0.686 (0.643) | no cutoff gains |
 * | fresh 3 (20 pairs) | 87.4% (306/350), 2.3% (3/132) | 87.1% (305/350), 2.3% (3/131) | 0.820 (0.892) | 0.835 (0.771) |
 * | original (79 pairs) | 89.0% (1459/1639), 2.7% (15/558) | 87.6% (1435/1639), 2.7% (14/527) | 0.824 (0.835) | 0.844 (0.786) |
 *
 * Two folds of four gain (the bar was three): all of it is the veto; the accept model gains on no
 * fold (at the top of its ranking on a held fold, 40–50% of the pairs are right: fewer than a
 * link must be, with so few right among the leftovers) and alone costs the original families 3
 * items and adds 5 false links. Fitted on the 47 ex-fresh pairs, the veto undoes 37 links of the original
 * families for 6 false ones, and in the engine their findings recall fell 69.2% → 63.5%. In
 * sample (`--all`) the score gives +5, +5, +1 and −4 items. Variants, all held out the same way:
 * the veto over the links below the firm bar only (`--veto-weak`: the weak, gap, rewrite, fact
 * and title links, where the rules are unsure; 139, 22 false) tells them apart on two folds (AUC
 * 0.78, 0.88) and hardly or worse than chance on the others (0.55 on the original families, 0.10 on
 * fresh 3): 0, +1, 0, −25 items; `LAMBDA=5`: 0, 0, −2, −12 items. The veto's gains on fresh 1
 * and 2 come from telling the rules' weak links from their strong ones, with the share of the
 * texts linked firmly; among the links the rules are unsure of, no feature of the pair
 * (similarity, margins, the mean word vectors' cosine, order, figures, names) nor of the two texts
 * tells right from false alike on every fold it was not fitted to. The model of the last session,
 * fitted leave one family out, found the same (linkfit.ts). A short decision list in place of each
 * model (greedy, up to three rules of one or two thresholds on these features, fitted the same way;
 * a scratch script, not kept) did no better: as a veto it cost 2, 0, 1 and 20 items on the four
 * folds; as an accept (each fold learnt "three or more shared terms no other sentence has, one
 * shared name at most") it made 2, 2, 3 and 4 right links and 0, 1, 1 and 2 false ones.
 *
 * With the fourth fresh set as a fifth fold (`fresh 4`, 15 pairs; main f412b51): rules 81.5% (247/303),
 * 0.9% (1/113) → rules and score 80.9% (245/303), 0.0% (0/105); the other folds as above but the
 * original families, 89.3% (1463/1639), 2.3% (13/558) → 88.2% (1446/1639), 3.1% (17/545). Three
 * features of new evidence (`chars`, `soft`, `onPath`, linkFeatures.ts; embed14) raise the accept
 * model's held AUC on all five folds (by 0.004–0.010) and still find no cutoff that gains; the
 * score with them: fresh 2 175 → 174 items, the original families 1446 → 1450 and 17 → 13 false
 * links, the others the same (bench/embed/README.md). A model saved before features were added
 * weighs the new ones 0 (`--fresh`).
 *
 * Re-decided with eight origins (calib14, 27 Nov 2026, main 8d7fc48; 191 tune pairs: 609 of the
 * rules' one-to-one links weighed, 546 right, 46 false; 4,987 pairs with a leftover, 295 right;
 * 34 features). Fitted on seven origins, scored on the eighth in the engine (alignment, false
 * links, findings recall, findings on gold sentences; rules alone → rules and score):
 *
 * | held fold | rules | rules + score | veto AUC (dice alone) |
 * |---|---|---|---|
 * | fresh 1 (13 pairs) | 79.8% (217/272), 12.8% (6/47), 55.3% (21/38), 73.8% (48/65) | 81.3% (221/272), 7.0% (3/43), 52.6% (20/38), 81.8% (45/55) | 0.915 (0.815) |
 * | fresh 2 (14 pairs) | 92.2% (177/192), 6.2% (4/65), 52.2% (12/23), 58.9% (33/56) | 92.2% (177/192), 3.3% (2/60), 52.2% (12/23), 57.4% (27/47) | 0.857 (0.774) |
 * | fresh 3 (20 pairs) | 88.9% (311/350), 1.5% (2/132), 57.1% (12/21), 63.4% (26/41) | 88.0% (308/350), 1.6% (2/129), 57.1% (12/21), 65.0% (26/40) | 0.814 (0.863) |
 * | fresh 4 (15 pairs) | 81.8% (248/303), 0.9% (1/114), 51.4% (18/35), 76.5% (39/51) | 81.8% (248/303), 0.0% (0/108), 48.6% (17/35), 86.4% (38/44) | 0.966 (0.865) |
 * | fresh 5 (17 pairs) | 92.4% (269/291), 5.0% (6/121), 62.2% (28/45), 85.3% (81/95) | 93.5% (272/291), 3.4% (4/119), 62.2% (28/45), 88.0% (81/92) | 0.868 (0.829) |
 * | fresh 6 (18 pairs) | 82.6% (317/384), 6.4% (8/125), 40.5% (30/74), 80.6% (87/108) | 83.6% (321/384), 3.4% (4/118), 40.5% (30/74), 82.7% (86/104) | 0.934 (0.895) |
 * | fresh 7 (15 pairs) | 83.3% (290/348), 10.0% (12/120), 42.0% (21/50), 62.9% (56/89) | 84.2% (293/348), 7.8% (9/115), 42.0% (21/50), 69.2% (54/78) | 0.844 (0.923) |
 * | original (79 pairs) | 89.3% (1463/1639), 2.3% (13/558), 71.6% (252/352), 90.0% (395/439) | 88.0% (1443/1639), 1.2% (6/518), 65.1% (229/352), 91.0% (345/379) | 0.878 (0.826) |
 *
 * The accept model finds no cutoff that gains on any training set: the score is a veto. Alignment
 * up or level with false links down or level on six folds (all the ex-fresh sets but the third),
 * and false links down on seven; but the original families lose 20 items and 23 of 352 findings
 * held out (and fresh 1 and 4 a finding each), and the bar (six folds, no fold's recall down by
 * more than one finding) is not met: nothing ships. The score raises findings on gold sentences
 * on every fold but the second (fewer findings on wrong links), and costs recall wherever it
 * undoes right links. Where it lost: on the third set, the three items are three right title
 * links (the two headlines) vetoed; on the original families, 30 right links undone for 7 false, 12 of
 * them gap links and 13 with a heading (title and gap links between headings), 17 in texts where
 * under a fifth of the sentences are linked firmly (rewrites, where the ex-fresh sets' few such
 * links were false). Eleven uses (linkuses.ts: the veto below 0.5 only, not on titles, on
 * sentences only, on the weak steps only, without the features of the texts as a whole, a right
 * link undone costing two or three items; the accept alone), each held out the same way and also
 * chosen, per fold, by its gain left out origin by origin among the seven others: every use but
 * the accept alone (which does nothing) costs the original families 5 to 23 findings held out,
 * and those that cost it least gain on at most one other fold (the veto below 0.5 on sentences
 * only: fresh 1 +1 item, the original families −4 items and −8 findings); the use so chosen gains
 * on four folds of eight (fresh 1, 2, 5, 6). Ranking only (a rule's link replaced by a competing
 * pair with a leftover that one model over both scores higher, by a margin chosen on the training
 * folds; a scratch script, not kept) moves no fold by more than two items.
 *
 * The same on the tune gold with the original headlines paired by the gold README's rule (main
 * f351d24, heads17: tune 87.1% → 86.6% aligned by the rules alone, the original families 89.3% →
 * 88.2%, fresh 3 88.9% → 88.0%, fresh 5 92.4% → 92.1%): held out, fresh 1 +5 items (false links
 * 6 → 3), fresh 2 0 (4 → 2), fresh 3 −3, fresh 4 −1 (1 → 0, a finding lost), fresh 5 +3 (6 → 4),
 * fresh 6 +2 (8 → 5), fresh 7 +3 (12 → 9), the original families −22 items, 13 → 17 false links
 * and −18 findings (an accept model is fitted now, and adds 11 false links there): five folds of
 * eight. The veto alone: the original families −19 items, −23 findings. The use chosen without
 * the held fold (linkuses.ts) gains on five (fresh 1, 2, 5, 6, 7); fresh 3 −5 items, fresh 4 −2,
 * the original families −19 items and −23 findings. Nothing ships. Fitted on all of tune and
 * scored in sample (`--all`; kept in linkscore.model.json for the next fresh set): +4, +1, −1, −1,
 * +3, +7, +5 and −2 items (fresh 1 to 7, the original families), false links 6 → 3, 4 → 2, 2 → 1,
 * 1 → 0, 6 → 4, 8 → 2, 12 → 7, 13 → 6, findings −1, 0, 0, −1, 0, 0, 0 and −9: even in sample it
 * costs the original families findings. Why: the rules' links below the firm bar are right far
 * more often in the original families, which the rules were written on, than in the ex-fresh
 * sets (in texts under a fifth linked firmly, 41 right to 8 false against 37 to 22; in the others,
 * 42 to 1 against 37 to 11): fitted on the ex-fresh sets, the veto undoes at their rate.
 *
 * Only the tune set is read (never the held-out set: test/fixtures/gold/README.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../src/core/compare';
import { pageOptions, toSourceComparison } from '../../src/core/markup';
import { readFile } from '../../src/read/page';
import { wordVectors } from '../../src/read/wordVectors';
import { opposes } from '../../src/core/contrast';
import { key, LINK_FEATURES, linkCandidates, linkProbability, type LinkCandidate } from './linkFeatures';
import { link, unlinkGroup, type LinkStep, type State } from '../../src/core/alignState';
import { familyOrigin, loadGoldCases, readText, type GoldCase } from './gold';
import { addScore, emptyTotals, figures, scorePair, sentencesOf, type ToolOutput, type Totals } from './score';

const vectors = wordVectors();

/** One logistic model: a weight per feature (`LINK_FEATURES`) and the probability at which it acts. */
export interface LogisticModel {
  weights: readonly number[];
  cutoff: number;
}

/** The two models: one over the rules' one-to-one links (undone below its cutoff), one over pairs with a leftover sentence (linked at or above it). */
export interface LinkScoreModel {
  veto: LogisticModel | null;
  accept: LogisticModel | null;
  /** The steps whose links the veto weighs (all but word for word when absent). */
  vetoSteps?: readonly LinkStep[];
  /** The veto leaves alone a link with a heading on either side (the headlines are the title rule's). */
  sentencesOnly?: boolean;
}

const HEADINGS = LINK_FEATURES.indexOf('headings');
const KIND_DIFFERS = LINK_FEATURES.indexOf('kindDiffers');
/** Whether a candidate links a heading (two headings, or a heading and a sentence). */
export const withHeading = (x: LinkCandidate): boolean => x.features[HEADINGS] === 1 || x.features[KIND_DIFFERS] === 1;

/** The model that weighs a candidate: the veto for a rule's link of a step it weighs, the accept for a pair with a leftover. */
function modelFor(model: LinkScoreModel, x: LinkCandidate): LogisticModel | null {
  if (!x.step) return model.accept;
  if (model.sentencesOnly && withHeading(x)) return null;
  return !model.vetoSteps || model.vetoSteps.includes(x.step) ? model.veto : null;
}

export interface Labelled extends LinkCandidate {
  right: boolean;
  /** Touches a sentence the gold marks omitted or added (a false link as the score counts it). */
  false: boolean;
}
export interface Case {
  gold: GoldCase;
  origin: string;
  cands: Labelled[];
  /** The engine's JSON without a model. */
  tool: ToolOutput;
}

/**
 * Runs the engine on a pair as `wirediff compare --format json` does (a page or Markdown by its
 * read text); `rules`: told of the aligner's state once its steps are done, with the step that
 * made each link.
 */
export function runWith(c: GoldCase, rules?: (s: State, steps: ReadonlyMap<number, LinkStep>) => void): ToolOutput {
  const cText = readText(c.canonicalPath);
  const aText = readText(c.articlePath);
  const cRead = readFile(cText, c.canonicalPath);
  const aRead = readFile(aText, c.articlePath);
  const steps = new Map<number, LinkStep>();
  const alignTrace = (step: string, ci: number, ai: number, state: unknown): void => {
    const s = state as State;
    if (step === 'rules') rules?.(s, steps);
    // (A translation's alignment tells its anchors once, as step 'across', with no aligner state: no link.)
    else if (step !== 'dropped' && step !== 'across') steps.set(key(s, ci, ai), step as LinkStep);
  };
  const read = compare(cRead?.text ?? cText, aRead?.text ?? aText, { vectors, ...pageOptions(cRead, aRead), alignTrace });
  return toSourceComparison(read, cRead, aRead) as unknown as ToolOutput;
}

export function buildCase(c: GoldCase): Case {
  // The state the steps leave is the one the aligner ends with: read once the language is known.
  let state: { s: State; steps: ReadonlyMap<number, LinkStep> } | null = null;
  const tool = runWith(c, (s, steps) => (state = { s, steps }));
  const english = (tool as unknown as { language: string }).language === 'eng';
  const got = state as { s: State; steps: ReadonlyMap<number, LinkStep> } | null;
  const cands = got ? linkCandidates(got.s, got.steps, english ? { opposes, vectors } : {}) : [];
  const cText = readText(c.canonicalPath);
  const aText = readText(c.articlePath);
  const cs = (x: string): number[] => sentencesOf(x, cText, tool.canonical.sentences);
  const as = (x: string): number[] => sentencesOf(x, aText, tool.article.sentences);
  const pairs = c.gold.pairs.map((p) => [new Set(cs(p.c)), new Set(as(p.a))] as const);
  const omitted = new Set(c.gold.omitted.flatMap(cs));
  const added = new Set(c.gold.added.flatMap(as));
  const labelled = cands.map((x) => {
    const right = pairs.some(([pc, pa]) => pc.has(x.c) && pa.has(x.a));
    return { ...x, right, false: !right && (omitted.has(x.c) || added.has(x.a)) };
  });
  return { gold: c, origin: familyOrigin(c.set, c.family), cands: labelled, tool };
}

/** L2-regularised logistic regression by Newton's method (the bias not penalised). */
export function fit(xs: number[][], ys: boolean[], lambda = 1): number[] {
  const d = LINK_FEATURES.length;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < 30; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    xs.forEach((x, n) => {
      const p = linkProbability(w, x);
      const r = p - (ys[n] ? 1 : 0);
      const v = p * (1 - p);
      for (let i = 0; i < d; i++) {
        g[i] += r * x[i]!;
        for (let j = 0; j < d; j++) h[i]![j] += v * x[i]! * x[j]!;
      }
    });
    for (let i = 1; i < d; i++) (g[i] += lambda * w[i]!), (h[i]![i] += lambda);
    h[0]![0] += 1e-6;
    const step = solve(h, g);
    let moved = 0;
    for (let i = 0; i < d; i++) (w[i] -= step[i]!), (moved = Math.max(moved, Math.abs(step[i]!)));
    if (moved < 1e-7) break;
  }
  return w;
}

/** Solves h·x = g by Gaussian elimination with partial pivoting. */
function solve(h: number[][], g: number[]): number[] {
  const n = g.length;
  const m = h.map((row, i) => [...row, g[i]!]);
  for (let k = 0; k < n; k++) {
    let piv = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(m[i]![k]!) > Math.abs(m[piv]![k]!)) piv = i;
    [m[k], m[piv]] = [m[piv]!, m[k]!];
    const p = m[k]![k]! || 1e-12;
    for (let i = k + 1; i < n; i++) {
      const f = m[i]![k]! / p;
      for (let j = k; j <= n; j++) m[i]![j] -= f * m[k]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = m[i]![n]!;
    for (let j = i + 1; j < n; j++) s -= m[i]![j]! * x[j]!;
    x[i] = s / (m[i]![i]! || 1e-12);
  }
  return x;
}

/**
 * The gain of acting on the candidates on the acting side of `cutoff`, in alignment items and
 * false links: undoing a right link loses its pair, undoing a false one rights an omitted or added
 * item and drops a false link (2); making a right link rights its pair, a false one wrongs an item
 * and makes a false link (-2), and one between two other pairs' sentences misleads the findings (-1).
 */
function gain(cands: Array<{ p: number; right: boolean; false: boolean }>, cutoff: number, veto: boolean, rightCost = 1): number {
  let g = 0;
  for (const x of cands) {
    const acts = veto ? x.p < cutoff : x.p >= cutoff;
    if (acts) g += veto ? (x.right ? -rightCost : x.false ? 2 : 0) : x.right ? 1 : x.false ? -2 : -1;
  }
  return g;
}

/** The L2 penalty of the fit (`LAMBDA=` in the environment to try another). */
const LAMBDA = Number(process.env.LAMBDA ?? 1);

/** The features the models may use (`FEATURES=dice,vectors,…` in the environment; all by default): the others are read as 0. */
const FEATURES = process.env.FEATURES?.split(',').filter(Boolean);

function onlyFeatures(cases: Case[]): Case[] {
  if (!FEATURES) return cases;
  const bad = FEATURES.filter((f) => !(LINK_FEATURES as readonly string[]).includes(f));
  if (bad.length) throw new Error(`unknown features: ${bad.join(', ')}`);
  const keep = LINK_FEATURES.map((f, i) => i === 0 || FEATURES.includes(f));
  return cases.map((c) => ({ ...c, cands: c.cands.map((x) => ({ ...x, features: x.features.map((v, i) => (keep[i] ? v : 0)) })) }));
}

const CUTOFFS = Array.from({ length: 19 }, (_, i) => 0.05 * (i + 1));

export function fitModel(cases: Case[], veto: boolean, maxCutoff = 1, rightCost = 1): LogisticModel | null {
  const cands = cases.flatMap((c) => c.cands.filter((x) => (x.step !== null) === veto));
  if (cands.length === 0) return null;
  const weights = fit(
    cands.map((x) => x.features),
    cands.map((x) => x.right),
    LAMBDA,
  ).map((x) => Math.round(x * 1e4) / 1e4);
  const scored = cands.map((x) => ({ p: linkProbability(weights, x.features), right: x.right, false: x.false }));
  let best = { cutoff: veto ? 0 : 1.01, g: 0 };
  for (const cutoff of CUTOFFS) {
    if (cutoff > maxCutoff + 1e-9) continue;
    const g = gain(scored, cutoff, veto, rightCost);
    if (g > best.g) best = { cutoff, g };
  }
  return best.g > 0 ? { weights, cutoff: Math.round(best.cutoff * 100) / 100 } : null;
}

export function fitAll(cases: Case[]): LinkScoreModel {
  return { veto: fitModel(cases, true), accept: fitModel(cases, false) };
}

/** The area under the ROC curve of a score over labelled candidates (the chance a right one scores above a wrong one). */
export function auc(xs: Array<{ p: number; right: boolean }>): number {
  const pos = xs.filter((x) => x.right).map((x) => x.p);
  const neg = xs.filter((x) => !x.right).map((x) => x.p);
  if (!pos.length || !neg.length) return NaN;
  let n = 0;
  for (const p of pos) for (const q of neg) n += p > q ? 1 : p === q ? 0.5 : 0;
  return n / (pos.length * neg.length);
}

/**
 * The links as the model's step would leave them, on the JSON of the rules alone: the rules'
 * links it vetoes undone, the candidates it accepts made, most likely first, each while its
 * leftover sentence is still left over (a pair of leftovers a new group, one leftover joining
 * its partner's group, at most four sentences a side). Exact for alignment and false links;
 * the findings are those of the rules' links.
 */
export function simulate(c: Case, model: LinkScoreModel): ToolOutput {
  const groups = c.tool.alignments.map((g) => ({ canonical: [...g.canonical], article: [...g.article] }));
  const gc = new Map<number, (typeof groups)[number]>();
  const ga = new Map<number, (typeof groups)[number]>();
  for (const g of groups) (g.canonical.forEach((i) => gc.set(i, g)), g.article.forEach((i) => ga.set(i, g)));
  const made: Array<{ c: number; a: number; p: number }> = [];
  for (const x of c.cands) {
    const m = modelFor(model, x);
    if (!m) continue;
    const p = linkProbability(m.weights, x.features);
    if (x.step && p < m.cutoff) {
      const g = gc.get(x.c)!;
      g.canonical = [];
      g.article = [];
      gc.delete(x.c);
      ga.delete(x.a);
    } else if (!x.step && p >= m.cutoff) made.push({ c: x.c, a: x.a, p });
  }
  made.sort((x, y) => y.p - x.p || x.c - y.c || x.a - y.a);
  const start = new Map(made.map((x) => [`${x.c} ${x.a}`, [!gc.has(x.c), !ga.has(x.a)]] as const));
  for (const x of made) {
    const [cWas, aWas] = start.get(`${x.c} ${x.a}`)!;
    const cg = gc.get(x.c);
    const ag = ga.get(x.a);
    if (cWas && aWas) {
      if (cg || ag) continue;
      const g = { canonical: [x.c], article: [x.a] };
      groups.push(g);
      gc.set(x.c, g);
      ga.set(x.a, g);
    } else if (cWas && !cg && ag && ag.canonical.length < 4) (ag.canonical.push(x.c), gc.set(x.c, ag));
    else if (aWas && !ag && cg && cg.article.length < 4) (cg.article.push(x.a), ga.set(x.a, cg));
  }
  return { ...c.tool, alignments: groups.filter((g) => g.canonical.length && g.article.length) };
}

/**
 * Acts on the state the rules leave as a last step of `align` would: the links the veto weighs
 * below its cutoff undone, then the pairs with a leftover the accept model weighs at or above its
 * cutoff made, most likely first, while a side is still left over (joining a group of fewer than
 * four sentences a side). What `--engine` runs inside the aligner, so that the findings follow.
 */
export function applyModel(s: State, cands: readonly LinkCandidate[], model: LinkScoreModel): void {
  const trace = s.trace;
  s.trace = undefined;
  const made: Array<{ c: number; a: number; p: number }> = [];
  for (const x of cands) {
    const m = modelFor(model, x);
    if (!m) continue;
    const p = linkProbability(m.weights, x.features);
    if (x.step && p < m.cutoff && s.cGroup[x.c]! >= 0) unlinkGroup(s, s.cGroup[x.c]!);
    else if (!x.step && p >= m.cutoff) made.push({ c: x.c, a: x.a, p });
  }
  made.sort((x, y) => y.p - x.p || x.c - y.c || x.a - y.a);
  // As `simulate`: a pair of two leftovers makes a group while both still are; one leftover joins its partner's group.
  const start = made.map((x) => [s.cGroup[x.c]! < 0, s.aGroup[x.a]! < 0] as const);
  made.forEach((x, i) => {
    const [cWas, aWas] = start[i]!;
    const gc = s.cGroup[x.c]!;
    const ga = s.aGroup[x.a]!;
    const ok = cWas && aWas ? gc < 0 && ga < 0 : cWas ? gc < 0 && ga >= 0 && s.groups[ga]!.c.length < 4 : aWas && ga < 0 && gc >= 0 && s.groups[gc]!.a.length < 4;
    if (ok) link(s, x.c, x.a, 'gap');
  });
  s.trace = trace;
}

/** The engine run again on each pair of a fold with the model acting inside the aligner (`applyModel`): all four figures, findings too. */
export function engineFold(cases: Case[], model: LinkScoreModel | null): Totals {
  const t = emptyTotals();
  for (const c of cases) {
    const english = (c.tool as unknown as { language: string }).language === 'eng';
    const tool = model
      ? runWith(c.gold, (s, steps) => applyModel(s, linkCandidates(s, steps, english ? { opposes, vectors } : {}), model))
      : c.tool;
    addScore(t, scorePair(c.gold.gold, readText(c.gold.canonicalPath), readText(c.gold.articlePath), tool));
  }
  return t;
}

export function simFold(cases: Case[], model: LinkScoreModel | null): Totals {
  const t = emptyTotals();
  for (const c of cases) addScore(t, scorePair(c.gold.gold, readText(c.gold.canonicalPath), readText(c.gold.articlePath), model ? simulate(c, model) : c.tool));
  return t;
}

const pct = (x: number): string => (Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)}%`);
const row = (t: Totals): string => {
  const f = figures(t);
  const base = `align ${pct(f.alignment)} (${t.itemsRight}/${t.items}), false links ${pct(f.falseLinks)} (${t.falseLinks}/${t.links})`;
  return `${base}, recall ${pct(f.recall)} (${t.findingsFound}/${t.findings}), on-gold ${pct(f.precision)} (${t.toolFindingsOnGold}/${t.toolFindings})`;
};

function describe(m: LogisticModel | null): string {
  if (!m) return 'none';
  return `cutoff ${m.cutoff}; ` + LINK_FEATURES.map((f, i) => `${f} ${m.weights[i]!.toFixed(2)}`).join(', ');
}

/** Which of the rules' links the veto model weighs: all one-to-one links but word-for-word ones, or (`--veto-weak`) those below the firm bar only. */
function vetoPool(cases: Case[], weakOnly: boolean): Case[] {
  return weakOnly ? cases.map((c) => ({ ...c, cands: c.cands.filter((x) => x.step !== 'strong') })) : cases;
}

/**
 * The models fitted on all of tune (`--all --write`), kept so that a set first seen after them
 * (the next fresh set) tests them unseen: `--fresh` scores the fresh set with them, in total only.
 */
const MODEL_FILE = join(__dirname, 'linkscore.model.json');

function scoreFresh(): void {
  const saved = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as LinkScoreModel & { features: string[] };
  // A model fitted before features were added at the end weighs them 0.
  if (saved.features.join() !== LINK_FEATURES.slice(0, saved.features.length).join()) throw new Error(`${MODEL_FILE} was fitted on other features: fit it again (--all --write)`);
  const pad = (m: LogisticModel | null): LogisticModel | null => m && { ...m, weights: LINK_FEATURES.map((_, i) => m.weights[i] ?? 0) };
  (saved.veto = pad(saved.veto)), (saved.accept = pad(saved.accept));
  const fresh = loadGoldCases().filter((c) => c.set === 'fresh');
  if (!fresh.length) return console.log('no fresh set (test/fixtures/gold/fresh) to score the saved models on');
  const cases = fresh.map(buildCase);
  console.log(`fresh set, ${cases.length} pairs, scored with the models fitted on tune (${MODEL_FILE}); in total only`);
  console.log(`  rules:        ${row(simFold(cases, null))}`);
  console.log(`  rules+score:  ${row(engineFold(cases, saved))}`);
}

export default function run(argv = process.argv.slice(2)): void {
  if (argv.includes('--fresh')) return scoreFresh();
  const cases = onlyFeatures(
    vetoPool(
      loadGoldCases()
        .filter((c) => c.set === 'tune')
        .map(buildCase),
      argv.includes('--veto-weak'),
    ),
  );
  const folds = [...new Set(cases.map((c) => c.origin))].sort();
  const n = (veto: boolean): string => {
    const xs = cases.flatMap((c) => c.cands.filter((x) => (x.step !== null) === veto));
    return `${xs.length} (${xs.filter((x) => x.right).length} right, ${xs.filter((x) => x.false).length} false)`;
  };
  console.log(`dataset: ${cases.length} tune pairs; the rules' one-to-one links weighed ${n(true)}; pairs with a leftover ${n(false)}; lambda ${LAMBDA}; features ${FEATURES ? FEATURES.join(', ') : 'all'}`);
  if (argv.includes('--all')) {
    // Fitted on all of tune and scored in sample: the most the models could give (no fold is unseen).
    const m = fitAll(cases);
    if (argv.includes('--write')) writeFileSync(MODEL_FILE, JSON.stringify({ features: LINK_FEATURES, lambda: LAMBDA, ...m }, null, 1) + '\n');
    console.log(`veto: ${describe(m.veto)}\naccept: ${describe(m.accept)}`);
    for (const fold of folds) {
      const held = cases.filter((c) => c.origin === fold);
      console.log(`  ${fold.padEnd(9)} rules ${row(simFold(held, null))}; rules+score in sample ${row(engineFold(held, m))}`);
    }
    return;
  }
  const dice = LINK_FEATURES.indexOf('dice');
  for (const fold of folds) {
    const train = cases.filter((c) => c.origin !== fold);
    const held = cases.filter((c) => c.origin === fold);
    const m = fitAll(train);
    const heldAuc = (veto: boolean, model: LogisticModel | null, feature?: number): string => {
      const xs = held.flatMap((c) => c.cands.filter((x) => (x.step !== null) === veto));
      const w = model?.weights;
      if (feature === undefined && !w) return 'none fitted';
      return auc(xs.map((x) => ({ p: feature !== undefined ? x.features[feature]! : w ? linkProbability(w, x.features) : 0, right: x.right }))).toFixed(3);
    };
    console.log(`\n== held fold: ${fold} (${held.length} pairs; fitted on the other ${train.length})`);
    console.log(`  veto:   ${describe(m.veto)}`);
    console.log(`  accept: ${describe(m.accept)}`);
    console.log(`  AUC on the fold: veto model ${heldAuc(true, m.veto)} (dice alone ${heldAuc(true, null, dice)}), accept model ${heldAuc(false, m.accept)} (dice alone ${heldAuc(false, null, dice)})`);
    console.log(`  rules:        ${row(simFold(held, null))}`);
    console.log(`  rules+score:  ${row(engineFold(held, m))}`);
    if (m.veto && m.accept) console.log(`  rules+veto:   ${row(simFold(held, { veto: m.veto, accept: null }))}`);
    if (m.veto && m.accept) console.log(`  rules+accept: ${row(simFold(held, { veto: null, accept: m.accept }))}`);
  }
}

if (require.main === module) run();
