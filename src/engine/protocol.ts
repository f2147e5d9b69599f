/** Messages between the extension host and the engine worker. */
import type { CompareOptions, Comparison } from '../core/types';
import type { ReadText } from '../core/readText';
import type { VerdictStore } from '../core/verdicts';
import type { EvidenceFormat } from '../report/evidenceReport';
import type { MatrixView, MatrixViewMeta } from '../view/matrixModel';

/** An input file of a report: its path as shown, its text, and the SHA-256 and size of its bytes (hashed by the host). */
export interface ReportFile {
  path: string;
  text: string;
  sha256: string;
  bytes: number;
  /** For a text read out of a web page or Markdown: the file's own text and what was read, so the report names the file's lines. */
  source?: string;
  read?: ReadText;
}

/** What an evidence report (HTML, Markdown or JSON; one article or many versions) is made of. */
export interface ReportInput {
  format: EvidenceFormat;
  canonical: ReportFile;
  versions: Array<ReportFile & { comparison: Comparison }>;
  /** Verdicts to apply (dismissed findings are left out unless `showDismissed`). */
  verdicts?: VerdictStore;
  showDismissed?: boolean;
  /** Options of the comparisons (the matrix clusters added sentences at the same threshold). */
  options?: CompareOptions;
  tool: { name: string; version: string };
  /** ISO 8601 time of the report. */
  generatedAt: string;
}

/** What the coverage matrix is made of: comparisons already made against one canonical text. */
export interface MatrixInput {
  comparisons: Comparison[];
  verdicts?: VerdictStore;
  showDismissed?: boolean;
  options?: CompareOptions;
  meta: MatrixViewMeta;
}

/** The file paths of the two texts of a comparison: a web page (`.html`) is compared by the text a reader sees in it. */
export interface ComparePaths {
  canonical?: string;
  article?: string;
}

/**
 * A comparison and, for each side read out of a web page, what was read: the comparison's
 * offsets are into `read.text`, and `read` maps them back into the page's source.
 */
export interface CompareResult {
  comparison: Comparison;
  canonicalRead?: ReadText | null;
  articleRead?: ReadText | null;
  /**
   * The verdict key of each finding, by id (`findingKeys`), made in the worker: on a long article
   * hashing every finding's sentences takes the host tens of ms (issue 10).
   */
  keys?: ReadonlyMap<string, string>;
}

export type EngineRequest =
  | { id: number; op: 'compare'; canonical: string; article: string; options?: CompareOptions; paths?: ComparePaths }
  | { id: number; op: 'report'; input: ReportInput }
  | { id: number; op: 'matrix'; input: MatrixInput };

export type EngineResponse =
  | { id: number; ok: true; result: unknown; ms: number; /** Date.now() when posted (to measure the transfer). */ sentAt?: number }
  | { id: number; ok: false; error: string; stack?: string; /** The side that is a web page with no article in it (see src/read/page.ts). */ noArticle?: NoArticleSide };

/** Which file of a comparison is a web page with no article to compare. */
export type NoArticleSide = 'article' | 'canonical';

/** What the worker needs from the engine (`src/core/index.ts`). */
export interface EngineApi {
  compare(canonicalText: string, articleText: string, options?: CompareOptions, paths?: ComparePaths): CompareResult;
  report(input: ReportInput): string;
  matrix(input: MatrixInput): MatrixView;
}
