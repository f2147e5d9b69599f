/**
 * Whether a version hardly shares a sentence with the canonical text (see src/view/related.ts
 * for why it is said and never decided): the rule, shared by the editor's views and the
 * CLI's matrix and reports. Pure.
 */
import type { CoverageMatrix, MatrixVersion } from '../core/matrixTypes';

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

/**
 * A version of the matrix that hardly shares a sentence with the canonical: its canonical rows
 * carried (verbatim, translated or changed) stand for the linked sentences of both sides, its
 * added rows for the rest.
 */
export function hardlyMatchingVersion(v: MatrixVersion, matrix: CoverageMatrix): boolean {
  const carried = v.verbatim + v.translated + v.changed;
  return fewCounterparts({ canonical: matrix.summary.canonicalRows, linkedCanonical: carried, article: carried + v.added, linkedArticle: carried });
}

/** What a report or the terminal matrix says of such a version. */
export const FEW_MATCHES_NOTE = 'hardly a sentence in common with the canonical: a report written anew, or another story?';
