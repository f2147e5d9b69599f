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
  /** Only when the article is a translation: its language (see Comparison.articleLanguage). */
  articleLanguage?: string;
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
    ...(c.articleLanguage ? { articleLanguage: c.articleLanguage } : {}),
    canonical: { path: src.canonicalPath, sentences: c.canonical.sentences },
    article: { path: src.articlePath, sentences: c.article.sentences },
    alignments: c.alignments,
    discrepancies: applyFilter(c.discrepancies, filter),
    summary: c.summary,
  };
}

/**
 * Writes a value as JSON text, in pieces of about `chunk` characters, ending with a line
 * break. The layout: objects indented by two spaces, as `JSON.stringify(value, null, 2)`
 * writes them, but each item of a list inside a document (a sentence, an alignment with its
 * diff, a discrepancy) on one line of its own, and a list of plain values on one line.
 * That keeps a document a third smaller than full indentation (18.5 → 12.5 MB for 10,000
 * sentences a side) and one record a line for grep; writing in pieces keeps a long comparison
 * from being one string (and one buffer) in memory. A top-level list (several documents)
 * lays each document out the same way.
 */
export function writeJson(value: unknown, write: (s: string) => void, chunk = 1 << 20): void {
  const parts: string[] = [];
  let size = 0;
  const add = (s: string): void => {
    parts.push(s);
    size += s.length;
    if (size >= chunk) flush();
  };
  const flush = (): void => {
    if (parts.length) write(parts.join(''));
    parts.length = 0;
    size = 0;
  };
  const pad = (n: number): string => ' '.repeat(n);
  /** `records`: the items of a list here are records, one to a line. */
  const layout = (v: unknown, indent: number, records: boolean): void => {
    if (Array.isArray(v)) {
      if (v.every((x) => x === null || typeof x !== 'object')) return add(JSON.stringify(v));
      add('[');
      v.forEach((x, i) => {
        add((i ? ',\n' : '\n') + pad(indent + 2));
        if (records) add(JSON.stringify(x) ?? 'null');
        else layout(x, indent + 2, true);
      });
      return add('\n' + pad(indent) + ']');
    }
    if (v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      return add(JSON.stringify(v) ?? 'null');
    }
    let first = true;
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
      add((first ? '{\n' : ',\n') + pad(indent + 2) + JSON.stringify(k) + ': ');
      first = false;
      layout(x, indent + 2, true);
    }
    add(first ? '{}' : '\n' + pad(indent) + '}');
  };
  layout(value, 0, false);
  add('\n');
  flush();
}
