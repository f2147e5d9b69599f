/**
 * Whether an article hardly shares a sentence with the canonical text it was compared with: a
 * later report of the story written anew, or another story (the wrong canonical chosen, or a
 * workspace's canonical kept for a folder of another story). Alignment alone cannot tell the two
 * apart (nor can shared names or words: later reports of one event share as few as two stories
 * do), so the editor says it in a note with a way to choose another canonical, and asks nothing.
 * Measured again (editor12, tune): the aligner already links a report retold sentence by sentence
 * through its names and figures; of the 18 tune copies it leaves hardly linked, a rule on shared
 * names and figures (at least 5, and 30% of the smaller text's) would set apart 5 as the same
 * story, and 19 of 6,812 sampled pairs of different events too (sharing "VOA", "United States",
 * "NASA", "Pasadena"), each then a wall of marks. Sentences decide; test/view/related.test.ts
 * pins it on made-up pairs.
 * Its omitted and added sentences then mostly say that the texts differ. Pure (no `vscode` import).
 */
import type { Comparison } from '../core/types';

import { fewCounterparts, type Counterparts } from '../report/related';

export { fewCounterparts, type Counterparts } from '../report/related';

/** The sentence counts of a comparison, counting the sentences its alignments link. */
export function counterparts(c: Pick<Comparison, 'alignments' | 'summary'>): Counterparts {
  const canonical = new Set<number>();
  const article = new Set<number>();
  for (const g of c.alignments) {
    if (!g.canonical.length || !g.article.length) continue;
    for (const id of g.canonical) canonical.add(id);
    for (const id of g.article) article.add(id);
  }
  return { canonical: c.summary.canonicalSentences, linkedCanonical: canonical.size, article: c.summary.articleSentences, linkedArticle: article.size };
}

/** True when the article hardly shares a sentence with the canonical text (see `fewCounterparts`). */
export function hardlyMatches(c: Pick<Comparison, 'alignments' | 'summary'>): boolean {
  return fewCounterparts(counterparts(c));
}
