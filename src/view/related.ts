/**
 * Whether an article hardly shares a sentence with the canonical text it was compared with: a
 * later report of the story written anew, or another story (the wrong canonical chosen, or a
 * workspace's canonical kept for a folder of another story). Alignment alone cannot tell the two
 * apart (nor can shared names or words: later reports of one event share as few as two stories
 * do), so the editor says it in a note with a way to choose another canonical, and asks nothing.
 * Its omitted and added sentences then mostly say that the texts differ. Pure (no `vscode` import).
 */
import type { Comparison } from '../core/types';

/** Sentence counts of a comparison: each side's, and how many of them have a counterpart on the other side. */
export interface Counterparts {
  canonical: number;
  linkedCanonical: number;
  article: number;
  linkedArticle: number;
}

/**
 * True when fewer than one in ten of the canonical's sentences and fewer than one in four of the
 * article's have a counterpart on the other side. A brief cut from a long story keeps its own
 * sentences linked, and a rewrite for simpler reading links a good share of both: neither is
 * taken for another story. A canonical of fewer than three sentences is not judged.
 */
export function fewCounterparts(s: Counterparts): boolean {
  return s.canonical >= 3 && s.article >= 1 && s.linkedCanonical * 10 < s.canonical && s.linkedArticle * 4 < s.article;
}

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
