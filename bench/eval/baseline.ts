/**
 * The naive aligner `npm run eval` prints beside the engine, so that every figure of the
 * engine's alignment can be read against what plain word overlap gets on the same copy (issue
 * 9: "alignment is 90%, no better than a naive token-overlap aligner").
 *
 * It takes the engine's own sentences (so that only the alignment differs), reads each as the
 * set of its lower-case words of three letters or more that are not on a short stop list, and
 * links sentences one to one, best Jaccard overlap first, down to a fixed threshold. No
 * stemming, no synonyms, no order, no splits or merges: the floor any aligner must clear.
 */
import type { ToolAlignment, ToolSentence } from './score';

/** The threshold of the baseline: fixed once, never tuned on a set. */
export const BASELINE_JACCARD = 0.3;

const STOP = new Set(
  ('the and for with from that this these those was were are has have had been its his her their they them ' +
    'she who whom which what when where while will would could should can may might not but also than then ' +
    'there here into onto over under about after before said says say more most some such only other our you')
    .split(' '),
);

/** The words of a sentence the baseline compares: lower case, three letters or more, not on the stop list. */
export function baselineWords(sentence: string): Set<string> {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length >= 3 && !STOP.has(w)));
}

/** Jaccard overlap of two word sets (0 when both are empty). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** One-to-one links between the two texts' sentences, best overlap first, each at least `threshold`. */
export function baselineAlign(
  canonicalText: string,
  articleText: string,
  canonical: readonly ToolSentence[],
  article: readonly ToolSentence[],
  threshold = BASELINE_JACCARD,
): ToolAlignment[] {
  const cw = canonical.map((s) => baselineWords(canonicalText.slice(s.start, s.end)));
  const aw = article.map((s) => baselineWords(articleText.slice(s.start, s.end)));
  const candidates: Array<[number, number, number]> = [];
  cw.forEach((c, i) =>
    aw.forEach((a, j) => {
      const score = jaccard(c, a);
      if (score >= threshold && score > 0) candidates.push([score, i, j]);
    }),
  );
  // Best first; ties in reading order, so the result does not depend on the sort's stability.
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedC = new Set<number>();
  const usedA = new Set<number>();
  const links: ToolAlignment[] = [];
  for (const [, i, j] of candidates) {
    if (usedC.has(i) || usedA.has(j)) continue;
    usedC.add(i);
    usedA.add(j);
    links.push({ canonical: [canonical[i]!.id], article: [article[j]!.id] });
  }
  return links;
}
