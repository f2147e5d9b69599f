/** The coverage matrix's data: rows, cells, columns, and the options that build it (see matrix.ts). */
import type { CompareOptions, Comparison, Discrepancy, DiscrepancyKind, Severity } from './types';

/** What a version does with a row. */
export type CellStatus = 'verbatim' | 'translated' | 'changed' | 'absent';

/** A finding as the matrix refers to it. */
export interface CellFinding {
  /** The discrepancy id in that version's comparison. */
  id: string;
  kind: DiscrepancyKind;
  severity: Severity;
}

/** One version's cell in a row. */
export interface MatrixCell {
  /**
   * Canonical rows: `verbatim` when the version carries the sentence with no finding,
   * `changed` when it carries it with findings, `absent` when it omits it. In a version
   * that is a translation of the canonical, a sentence carried with no finding is
   * `translated`: only its figures, dates and names could be compared, and they agree.
   * Added rows: `verbatim` when the version has the row's wording, `changed` when it has
   * a reworded variant, `absent` when it does not have it.
   */
  status: CellStatus;
  /** Distinct kinds of the cell's findings, most serious first (`moved` not included). */
  kinds: DiscrepancyKind[];
  /** The findings on this row in this version (visible ones only), most serious first. */
  findings: CellFinding[];
  /** The version's sentence ids (into its comparison's `article.sentences`). */
  article: number[];
  /** The version carries the row out of the canonical order. */
  moved: boolean;
  /** Canonical rows: the two sides read the same once case, quotes and spelling are folded. */
  identical: boolean;
  /** Similarity of the aligned sentences (canonical rows) or to the row's text (added rows); null when absent. */
  similarity: number | null;
  /** Findings hidden here because they were dismissed. */
  dismissed: number;
}

/** One row of the matrix. */
export interface MatrixRow {
  /** `c<n>` for canonical sentence n, `a<n>` for the n-th added cluster. Stable for given inputs. */
  id: string;
  type: 'canonical' | 'added';
  /** Canonical rows: the canonical sentence id. Added rows: null. */
  canonical: number | null;
  /** Added rows: the canonical sentence id the row follows (-1: before the first). Canonical rows: their own id. */
  after: number;
  kind: 'sentence' | 'heading';
  /** The canonical sentence, or the added sentence's most common wording. */
  text: string;
  cells: MatrixCell[];
  /** Versions that carry the row (verbatim or changed). */
  present: number;
  /**
   * How much the versions disagree: the share of versions whose state differs from the
   * most common state, 0 (all agree) to 1 − 1/N. States: absent, carried, or altered
   * with a given set of material finding kinds.
   */
  disagreement: number;
  /**
   * The row stands out. Canonical rows: at least two versions are in different states (a
   * fact carried by some, dropped or altered by others, or altered differently). Added
   * rows: several versions but not all carry it, or one version alone adds a high-severity
   * claim (a denial, a casualty figure).
   */
  disagrees: boolean;
  /** The most serious visible finding in the row, or null. */
  severity: Severity | null;
}

/** One column. */
export interface MatrixVersion {
  index: number;
  /** Column label: `V1`, `V2`, … unless the caller chose others. */
  label: string;
  /** The version's file, when the caller named it. */
  path: string | null;
  /** The version's language (ISO 639-3): the canonical's, unless the version is a translation. */
  language: string;
  /** The version is a translation of the canonical: its sentences are compared on figures, dates and names only. */
  translation: boolean;
  /** Counts over the canonical rows. */
  verbatim: number;
  translated: number;
  changed: number;
  absent: number;
  /** Added rows this version has. */
  added: number;
  /** Visible findings by severity, over the whole comparison. */
  high: number;
  medium: number;
  low: number;
  dismissed: number;
}

/** The coverage matrix (JSON-serialisable). */
export interface CoverageMatrix {
  version: 1;
  language: string;
  canonical: { path: string | null; sentences: number; contentSentences: number };
  versions: MatrixVersion[];
  rows: MatrixRow[];
  summary: {
    rows: number;
    canonicalRows: number;
    addedRows: number;
    /** Rows where versions disagree. */
    disagreements: number;
  };
}

/** A version: its text (compared here) or a precomputed comparison against the same canonical. */
export interface MatrixVersionInput {
  label?: string;
  path?: string;
  text?: string;
  comparison?: Comparison;
}

export interface MatrixOptions extends CompareOptions {
  /** The canonical text's file, for the output. */
  canonicalPath?: string;
  /** Column labels (default `V1`, `V2`, …). */
  labels?: readonly string[];
  /** The versions' files, for the output. */
  paths?: readonly (string | null)[];
  /** Findings to hide (dismissed ones): called with the version index and the discrepancy. */
  hide?: (version: number, d: Discrepancy) => boolean;
  /**
   * Lowest similarity at which two added sentences of different versions are one row.
   * Default: the comparison's `similarityThreshold` (0.3): the engine's own notion.
   */
  clusterThreshold?: number;
}
