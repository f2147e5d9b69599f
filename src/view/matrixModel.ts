/**
 * The data the coverage-matrix webview renders: the engine's coverage matrix and
 * lineage (src/core/matrix.ts, lineage.ts), cut down to what the page shows and
 * what a click needs (the version's sentence ids), with file names for the
 * columns. Plain JSON, posted to the webview as a string; the page builds its DOM
 * with `textContent` only. Pure (no `vscode` import).
 */
import type { DiscrepancyKind, Severity } from '../core/types';
import type { CoverageMatrix, MatrixCell, MatrixVersion } from '../core/matrix';
import type { Lineage } from '../core/lineage';
import { cellCode, rowLabel } from '../report/matrixText';
import { hardlyMatchingVersion } from '../report/related';

/** One version's cell in a row. */
export interface MatrixViewCell {
  /** `v` carried verbatim, `t` carried in translation (figures, dates and names agree), `c` changed, `a` absent. */
  s: 'v' | 't' | 'c' | 'a';
  /** One-character code (as the CLI's matrix): `=` `·` `+` `~` `h` `#` `@` `"` `!` `n` `m` `c`; `^` appended when moved. */
  code: string;
  /** Severity of the cell's most serious finding, or null. */
  sev: Severity | null;
  /** Kinds of the cell's findings, most serious first (`moved` and `omitted` not listed). */
  kinds: DiscrepancyKind[];
  /** The version's sentence ids (into its comparison's `article.sentences`). */
  article: number[];
  /** The cell's most serious finding (for an absent canonical row: its `omitted` finding), or null. */
  finding: string | null;
  /** Findings in the cell. */
  n: number;
  moved: boolean;
  /** Findings hidden here because they were dismissed. */
  dismissed: number;
}

export interface MatrixViewRow {
  id: string;
  /** `3` for canonical sentence 3 (1-based), `+3` for the third added row. */
  label: string;
  type: 'canonical' | 'added';
  kind: 'sentence' | 'heading';
  /** The canonical sentence id (canonical rows), else null. */
  canonical: number | null;
  text: string;
  disagrees: boolean;
  severity: Severity | null;
  present: number;
  cells: MatrixViewCell[];
  /**
   * Added content that only versions hardly sharing a sentence with the canonical carry (other
   * stories, or reports written anew): the page folds these rows, which would crowd the grid.
   */
  otherStory?: true;
}

/** The engine's column (its label, language and counts), with the file it is. */
export interface MatrixViewVersion
  extends Pick<MatrixVersion, 'index' | 'label' | 'language' | 'translation' | 'verbatim' | 'translated' | 'changed' | 'absent' | 'added' | 'high' | 'medium' | 'low' | 'dismissed'> {
  /** File name. */
  name: string;
  /** Workspace-relative path, for tooltips. */
  path: string;
  /** Document URI (string). */
  uri: string;
  /** It hardly shares a sentence with the canonical (src/view/related.ts): the page says so. */
  fewMatches?: true;
}

export interface MatrixViewChange {
  kind: DiscrepancyKind;
  description: string;
  versions: number[];
  /** The matrix row it sits on, or null. */
  row: string | null;
  universal: boolean;
}

export interface MatrixViewEdge {
  relation: 'derived' | 'sibling' | 'duplicate';
  a: number;
  b: number;
  parent: number | null;
  child: number | null;
  confidence: 'strong' | 'weak';
  score: number;
  shared: number;
  alternatives: number[];
  explanation: string;
  /** Indices into `lineage.changes` of the changes both versions make (the evidence). */
  evidence: number[];
}

export interface MatrixView {
  /** The folder compared. */
  folder: string;
  canonical: { name: string; path: string; uri: string };
  language: string;
  versions: MatrixViewVersion[];
  rows: MatrixViewRow[];
  summary: CoverageMatrix['summary'];
  lineage: { edges: MatrixViewEdge[]; changes: MatrixViewChange[]; independent: number[]; notes: string[] };
  /** Files of the folder that could not be compared, with why. */
  skipped: { name: string; uri: string; error: string }[];
  /** Dismissed findings are shown (the `wirediff.showDismissed` setting). */
  showDismissed: boolean;
  /** Findings left out because they were dismissed, over all versions. */
  dismissed: number;
}

export interface MatrixViewMeta {
  folder: string;
  canonical: { name: string; path: string; uri: string };
  /** One per matrix column, in order. */
  versions: { name: string; path: string; uri: string }[];
  skipped?: { name: string; uri: string; error: string }[];
  showDismissed?: boolean;
}

function cellOf(c: MatrixCell): MatrixViewCell {
  return {
    s: c.status === 'verbatim' ? 'v' : c.status === 'translated' ? 't' : c.status === 'changed' ? 'c' : 'a',
    code: cellCode(c) + (c.moved ? '^' : ''),
    sev: c.findings[0]?.severity ?? null,
    kinds: c.kinds,
    article: c.article,
    finding: c.findings[0]?.id ?? null,
    n: c.findings.length,
    moved: c.moved,
    dismissed: c.dismissed,
  };
}

/** The webview's model of a matrix and its lineage. */
export function buildMatrixView(matrix: CoverageMatrix, lineage: Lineage, meta: MatrixViewMeta): MatrixView {
  const versions: MatrixViewVersion[] = matrix.versions.map((v, i) => ({
    index: v.index,
    label: v.label,
    name: meta.versions[i]?.name ?? v.path ?? v.label,
    path: meta.versions[i]?.path ?? v.path ?? '',
    uri: meta.versions[i]?.uri ?? '',
    language: v.language,
    translation: v.translation,
    verbatim: v.verbatim,
    translated: v.translated,
    changed: v.changed,
    absent: v.absent,
    added: v.added,
    high: v.high,
    medium: v.medium,
    low: v.low,
    dismissed: v.dismissed,
    ...(hardlyMatchingVersion(v, matrix) ? { fewMatches: true as const } : {}),
  }));
  const anyFew = versions.some((v) => v.fewMatches);
  const rows: MatrixViewRow[] = matrix.rows.map((r) => {
    const cells = r.cells.map(cellOf);
    const carriers = cells.map((c, i) => (c.s === 'a' ? -1 : i)).filter((i) => i >= 0);
    const otherStory = r.type === 'added' && anyFew && carriers.length > 0 && carriers.every((i) => versions[i]?.fewMatches);
    return {
      id: r.id,
      label: rowLabel(r.id),
      type: r.type,
      kind: r.kind,
      canonical: r.canonical,
      text: r.text,
      disagrees: r.disagrees,
      severity: r.severity,
      present: r.present,
      cells,
      ...(otherStory ? { otherStory: true as const } : {}),
    };
  });
  const changes: MatrixViewChange[] = lineage.changes.map((c) => ({
    kind: c.kind,
    description: c.description,
    versions: c.versions,
    row: c.row,
    universal: c.universal,
  }));
  const edges: MatrixViewEdge[] = lineage.edges.map((e) => ({
    relation: e.relation,
    a: e.a,
    b: e.b,
    parent: e.parent,
    child: e.child,
    confidence: e.confidence,
    score: e.score,
    shared: e.shared,
    alternatives: e.alternatives,
    explanation: e.explanation,
    evidence: changes.flatMap((c, i) => (!c.universal && c.versions.includes(e.a) && c.versions.includes(e.b) ? [i] : [])),
  }));
  return {
    folder: meta.folder,
    canonical: meta.canonical,
    language: matrix.language,
    versions,
    rows,
    summary: matrix.summary,
    lineage: { edges, changes, independent: lineage.independent, notes: lineage.notes },
    skipped: meta.skipped ?? [],
    showDismissed: meta.showDismissed ?? false,
    dismissed: versions.reduce((n, v) => n + v.dismissed, 0),
  };
}

/** The cell of a row and version, or undefined. */
export function cellAt(view: MatrixView, rowId: string, version: number): { row: MatrixViewRow; cell: MatrixViewCell; version: MatrixViewVersion } | undefined {
  const row = view.rows.find((r) => r.id === rowId);
  const cell = row?.cells[version];
  const v = view.versions[version];
  return row && cell && v ? { row, cell, version: v } : undefined;
}

/** The filter the page applies (mirrored in media/matrix.js): only rows where versions disagree, and words of the text. */
export function rowMatches(row: MatrixViewRow, filter: { disagreeing: boolean; search: string }): boolean {
  if (filter.disagreeing && !row.disagrees) return false;
  const q = filter.search.trim().toLowerCase();
  if (!q) return true;
  const hay = `${row.label} ${row.text}`.toLowerCase();
  return q.split(/\s+/).every((w) => hay.includes(w));
}

