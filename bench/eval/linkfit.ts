/**
 * `node --import tsx bench/eval/linkfit.ts [--steps] [--fit]`: how the aligner's link decisions
 * hold against the tune gold, and the fitted link model (src/core/data/linkModel.ts).
 *
 * - `--steps`: every link the aligner makes on the tune pairs (same-language ones: translations
 *   go through alignAcross.ts), by the step that made it (`LinkStep`, alignState.ts): how many,
 *   how many a gold pair (right), how many touch a gold omitted or added sentence (false), how
 *   many neither (two sentences of other gold pairs, or sentences the gold leaves out).
 * - `--fit [--replaces weak|gaps|nothing] [--cutoff P]`: the engine runs the steps before the
 *   model (`LinkModel.replaces`) and reports every leftover candidate pair the model would weigh,
 *   with its features (`LINK_FEATURES`, alignFit.ts), labelled 1 when the gold pairs the two, else
 *   0; a logistic regression (gradient descent, small L2) is fitted on them and its weights
 *   printed. Then leave one family out: for each tune family the model fitted on all the others
 *   runs in the engine on that family's pairs, and the families' scores are summed; printed
 *   beside the rules' figures (in-sample, so optimistic), the model fitted on all (in-sample) and
 *   the naive aligner's. `--dump FILE`: the candidates as JSON, for a look elsewhere.
 *
 * Only the tune set is read (never the held-out set: test/fixtures/gold/README.md).
 */
import { writeFileSync } from 'node:fs';
import { compare } from '../../src/core/compare';
import { LINK_FEATURES, linkFeatures } from '../../src/core/alignFit';
import type { AlignState } from '../../src/core/align';
import { wordVectors } from '../../src/read/wordVectors';
import { loadGoldCases, readText, type GoldCase } from './gold';
import { addScore, emptyTotals, figures, scorePair, sentencesOf, type Totals, type ToolOutput } from './score';
import { baselineAlign } from './baseline';
import type { LinkModel } from '../../src/core/data/linkModel';

interface Traced {
  step: string;
  c: number;
  a: number;
  x: number[];
  label: 'right' | 'false' | 'neither';
}

const vectors = wordVectors();

function run(c: GoldCase, model: LinkModel | null): { tool: ToolOutput; links: Traced[]; canonicalText: string; articleText: string } {
  const canonicalText = readText(c.canonicalPath);
  const articleText = readText(c.articlePath);
  const links: Traced[] = [];
  const alignTrace = (step: string, ci: number, ai: number, state: unknown, x?: readonly number[]): void => {
    links.push({ step, c: ci, a: ai, x: x ? [...x] : linkFeatures(state as AlignState, ci, ai), label: 'neither' });
  };
  const tool = compare(canonicalText, articleText, { vectors, alignTrace, linkModel: model }) as unknown as ToolOutput;
  return { tool, links, canonicalText, articleText };
}

/** Labels each traced link by the gold: a gold pair, or touching an omitted or added sentence. */
function label(c: GoldCase, r: ReturnType<typeof run>): void {
  const cs = (x: string): number[] => sentencesOf(x, r.canonicalText, r.tool.canonical.sentences);
  const as = (x: string): number[] => sentencesOf(x, r.articleText, r.tool.article.sentences);
  const pairs = c.gold.pairs.map((p) => [new Set(cs(p.c)), new Set(as(p.a))] as const);
  const omitted = new Set(c.gold.omitted.flatMap(cs));
  const added = new Set(c.gold.added.flatMap(as));
  for (const l of r.links) {
    if (pairs.some(([pc, pa]) => pc.has(l.c) && pa.has(l.a))) l.label = 'right';
    else if (omitted.has(l.c) || added.has(l.a)) l.label = 'false';
  }
}

function tuneCases(): GoldCase[] {
  // Same-language pairs only: a translation never reaches align.ts (no trace).
  return loadGoldCases().filter((c) => c.set === 'tune');
}

/** The links of the rules (`model` null), or the candidates the model weighs (a model that links none). */
function collect(cases: GoldCase[], model: LinkModel | null): Map<string, Traced[]> {
  const byFamily = new Map<string, Traced[]>();
  for (const c of cases) {
    const r = run(c, model);
    label(c, r);
    const list = byFamily.get(c.family) ?? [];
    list.push(...r.links);
    byFamily.set(c.family, list);
  }
  return byFamily;
}

function stepTable(all: Traced[]): void {
  const steps = [...new Set(all.map((l) => l.step))];
  console.log('step      links  right  false  neither  precision(right/links)  false share');
  for (const st of steps) {
    const ls = all.filter((l) => l.step === st);
    const n = (k: Traced['label']): number => ls.filter((l) => l.label === k).length;
    console.log(
      `${st.padEnd(9)} ${String(ls.length).padStart(5)}  ${String(n('right')).padStart(5)}  ${String(n('false')).padStart(5)}  ${String(n('neither')).padStart(7)}  ${((100 * n('right')) / ls.length).toFixed(1).padStart(8)}%  ${((100 * n('false')) / ls.length).toFixed(1).padStart(14)}%`,
    );
  }
}

/** Logistic regression by gradient descent with a small L2 penalty (not on the bias). */
export function fitLogistic(xs: number[][], ys: number[], l2 = 0.001, iterations = 6000, rate = 1): number[] {
  const k = xs[0]?.length ?? LINK_FEATURES.length;
  const w = new Array<number>(k).fill(0);
  const n = Math.max(1, xs.length);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(k).fill(0);
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      let z = 0;
      for (let j = 0; j < k; j++) z += w[j]! * x[j]!;
      const err = 1 / (1 + Math.exp(-z)) - ys[i]!;
      for (let j = 0; j < k; j++) g[j]! += err * x[j]!;
    }
    for (let j = 0; j < k; j++) w[j]! -= rate * (g[j]! / n + (j === 0 ? 0 : l2 * w[j]!));
  }
  return w.map((v) => Math.round(v * 1000) / 1000);
}

/** The candidates, each labelled 1 when the gold pairs them, else 0 (a sentence omitted or added, or another's partner). */
function trainingSet(links: Traced[]): { xs: number[][]; ys: number[] } {
  const used = links.filter((l) => l.step === 'candidate');
  return { xs: used.map((l) => l.x), ys: used.map((l) => (l.label === 'right' ? 1 : 0)) };
}

function score(cases: GoldCase[], modelFor: (family: string) => LinkModel | null): { engine: Totals; naive: Totals } {
  const engine = emptyTotals();
  const naive = emptyTotals();
  for (const c of cases) {
    const r = run(c, modelFor(c.family));
    addScore(engine, scorePair(c.gold, r.canonicalText, r.articleText, r.tool));
    const base = { ...r.tool, alignments: baselineAlign(r.canonicalText, r.articleText, r.tool.canonical.sentences, r.tool.article.sentences) };
    addScore(naive, scorePair(c.gold, r.canonicalText, r.articleText, base));
  }
  return { engine, naive };
}

function show(label: string, t: Totals, withRecall = true): void {
  const f = figures(t);
  const recall = withRecall ? `  recall ${f.recall.toFixed(1)}% (${t.findingsFound}/${t.findings})` : '';
  console.log(`${label.padEnd(48)} align ${f.alignment.toFixed(1)}% (${t.itemsRight}/${t.items})${recall}  false links ${f.falseLinks.toFixed(1)}% (${t.falseLinks}/${t.links})`);
}


function main(argv: string[]): void {
  const cases = tuneCases();
  const replaces = (argv.includes('--replaces') ? argv[argv.indexOf('--replaces') + 1] : 'weak') as LinkModel['replaces'];
  const cutoff = argv.includes('--cutoff') ? Number(argv[argv.indexOf('--cutoff') + 1]) : 0.5;
  // A model that links nothing: the engine runs the steps before it and reports every candidate it would weigh.
  const weighOnly: LinkModel = { weights: LINK_FEATURES.map(() => 0), cutoff: 2, replaces };
  if (argv.includes('--steps') || argv.length === 0) stepTable([...collect(cases, null).values()].flat());
  if (!argv.includes('--fit') && !argv.includes('--dump')) return;
  const byFamily = collect(cases, weighOnly);
  const all = [...byFamily.values()].flat();
  if (argv.includes('--dump')) writeFileSync(argv[argv.indexOf('--dump') + 1]!, JSON.stringify([...byFamily].map(([f, ls]) => ({ f, ls }))));
  if (!argv.includes('--fit')) return;
  const { xs, ys } = trainingSet(all);
  const weights = fitLogistic(xs, ys);
  console.log(`\nfitted on ${xs.length} candidate pairs (${ys.filter((y) => y === 1).length} gold pairs, ${ys.filter((y) => y === 0).length} not)`);
  console.log('weights: ' + JSON.stringify(Object.fromEntries(LINK_FEATURES.map((f, i) => [f, weights[i]]))));
  console.log(`weights array: ${JSON.stringify(weights)}`);
  const folds = new Map<string, LinkModel>();
  for (const fam of byFamily.keys()) {
    const t = trainingSet([...byFamily].filter(([f]) => f !== fam).flatMap(([, ls]) => ls));
    folds.set(fam, { weights: fitLogistic(t.xs, t.ys), cutoff, replaces });
  }
  const rules = score(cases, () => null);
  const lofo = score(cases, (f) => folds.get(f) ?? null);
  const full = score(cases, () => ({ weights, cutoff, replaces }));
  console.log('');
  show('rules (the engine without the model; in-sample)', rules.engine);
  show('model, leave-one-family-out', lofo.engine);
  show('model fitted on all tune (in-sample)', full.engine);
  show('naive word-overlap aligner', rules.naive, false);
}

main(process.argv.slice(2));
