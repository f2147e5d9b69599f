/**
 * The JSON document of `wirediff compare --format json` (version 1).
 */
import type { Comparison, Discrepancy, Sentence } from '../core/types';
import { applyFilter, type FindingFilter } from '../core/filter';

/** The inputs a report names. */
export interface ReportSources {
  canonicalPath: string;
  articlePath: string;
  canonicalText: string;
  articleText: string;
}

/** The JSON document of `wirediff compare --format json` (version 1). */
export interface ComparisonJson {
  version: 1;
  language: string;
  canonical: { path: string; sentences: Sentence[] };
  article: { path: string; sentences: Sentence[] };
  alignments: Comparison['alignments'];
  discrepancies: Discrepancy[];
  summary: Comparison['summary'];
}

/** The CLI's JSON shape for one comparison. */
export function toJson(c: Comparison, src: Pick<ReportSources, 'canonicalPath' | 'articlePath'>, filter?: FindingFilter): ComparisonJson {
  return {
    version: 1,
    language: c.language,
    canonical: { path: src.canonicalPath, sentences: c.canonical.sentences },
    article: { path: src.articlePath, sentences: c.article.sentences },
    alignments: c.alignments,
    discrepancies: applyFilter(c.discrepancies, filter),
    summary: c.summary,
  };
}
