/**
 * `node --import tsx bench/eval/linkfit.ts [--steps]`: how the aligner's link decisions hold
 * against the tune gold. Every link the aligner makes on the tune pairs (same-language ones:
 * translations go through alignAcross.ts), by the step that made it (`LinkStep`, alignState.ts):
 * how many, how many a gold pair (right), how many touch a gold omitted or added sentence
 * (false), how many neither (two sentences of other gold pairs, or sentences the gold leaves
 * out). Row `dropped` counts the links undone again (a lone weak link, step 3d of `align`), by
 * the same labels.
 *
 * A logistic link model over the aligner's features of a pair (similarity, shared and rare
 * terms, order, margins over the next best partner, names, figures, headings: 19 in all) was
 * fitted here on 27 Nov 2026 and scored leave one family out on the 79 tune pairs then: it beat
 * none of the rules it would replace (alignment 86.0–88.5% against the rules' 88.7%, findings
 * recall 58.1–67.0% against 67.0%, false links 3.5–3.8% against 3.0%), and on the false links
 * of sparse pairs no feature of one pair of sentences (margins, similarity to the rest of the
 * texts, place in the gap) told right from false: what does is of the two texts as a whole
 * (`namesInCommon`, the lone link of step 3d). The model and its step were removed from the
 * engine (git history: src/core/alignFit.ts, commit 54cd710).
 * A calibrated score over features of a link and of the two texts, validated leave one set out
 * (linkscore.ts), gained on two of the four sets and does not ship either.
 *
 * Only the tune set is read (never the held-out set: test/fixtures/gold/README.md).
 */
import { compare } from '../../src/core/compare';
import { wordVectors } from '../../src/read/wordVectors';
import { loadGoldCases, readText, type GoldCase } from './gold';
import { sentencesOf, type ToolOutput } from './score';

interface Traced {
  step: string;
  c: number;
  a: number;
  label: 'right' | 'false' | 'neither';
}

const vectors = wordVectors();

/** The links the aligner makes on one pair, labelled by its gold: a gold pair, or touching an omitted or added sentence. */
function linksOf(c: GoldCase): Traced[] {
  const canonicalText = readText(c.canonicalPath);
  const articleText = readText(c.articlePath);
  const links: Traced[] = [];
  const alignTrace = (step: string, ci: number, ai: number): void => void (step !== 'rules' && links.push({ step, c: ci, a: ai, label: 'neither' }));
  const tool = compare(canonicalText, articleText, { vectors, alignTrace }) as unknown as ToolOutput;
  const cs = (x: string): number[] => sentencesOf(x, canonicalText, tool.canonical.sentences);
  const as = (x: string): number[] => sentencesOf(x, articleText, tool.article.sentences);
  const pairs = c.gold.pairs.map((p) => [new Set(cs(p.c)), new Set(as(p.a))] as const);
  const omitted = new Set(c.gold.omitted.flatMap(cs));
  const added = new Set(c.gold.added.flatMap(as));
  for (const l of links) {
    if (pairs.some(([pc, pa]) => pc.has(l.c) && pa.has(l.a))) l.label = 'right';
    else if (omitted.has(l.c) || added.has(l.a)) l.label = 'false';
  }
  return links;
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

stepTable(loadGoldCases().filter((c) => c.set === 'tune').flatMap(linksOf));
