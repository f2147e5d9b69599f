/**
 * How a group that a headline joined (alignSummary.ts, step 4 of `align`) is compared: shown
 * whole, compared without the headline, and the headline compared with the group's other side
 * as a summary.
 */
import { relationOf, type Group } from './align';
import type { AlignmentRelation } from './types';

/**
 * The groups as they are compared: a group a headline joined is shown whole (`shown`) but
 * compared without it, and the headline is compared with the other side of the group as a
 * summary (the detectors that read a headline against a sentence, `DetectorSpec.summary`): a
 * headline states a fact in a few words, not the lead's sentence cut short, and what it leaves
 * out is no finding. A headline linked alone to a sentence is that summary, shown. Headlines on
 * both sides of a group (the two titles over leads that say one thing) are also compared with
 * each other, as two headlines (`within`: inside the alignment shown, not one of their own); a
 * title marked `titlesOnly` (the two titles that joined the leads) with the other headline only.
 */
export function splitHeadlines(groups: readonly Group[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const h = g.headlines;
    if (!h) {
      out.push(g);
      continue;
    }
    const shown = { canonical: g.canonical, article: g.article, relation: g.relation as AlignmentRelation };
    const canonical = g.canonical.filter((c) => !h.canonical.includes(c));
    const article = g.article.filter((a) => !h.article.includes(a));
    if (!canonical.length || !article.length) {
      out.push({ ...g, relation: 'summary', headlines: undefined, shown });
      continue;
    }
    out.push({ ...g, canonical, article, relation: relationOf(canonical.length, article.length), headlines: undefined, shown });
    const only = h.titlesOnly;
    for (const c of h.canonical) if (!only?.canonical.includes(c)) out.push({ canonical: [c], article, similarity: g.similarity, relation: 'summary', moved: false });
    for (const a of h.article) if (!only?.article.includes(a)) out.push({ canonical, article: [a], similarity: g.similarity, relation: 'summary', moved: false });
    // Headlines on both sides (the two titles over the leads, alignSummary.ts): compared with each other too, as two headlines are.
    if (h.canonical.length && h.article.length) out.push({ canonical: h.canonical, article: h.article, similarity: g.similarity, relation: relationOf(h.canonical.length, h.article.length), moved: g.moved, within: true });
  }
  return out;
}
