/**
 * The coverage matrix: one canonical text against N versions of the story.
 *
 * - Rows are the canonical content sentences (sentences and headings; datelines and page
 *   chrome are left out), then the content the versions add, clustered across versions:
 *   the same added sentence in two versions is one row. Added rows stand after the
 *   canonical row they follow in the first version that has them.
 * - Columns are the versions, in the order given.
 * - A cell says whether the version carries the row `verbatim`, `translated` (a translation
 *   of the canonical, whose figures, dates and names agree), `changed` (with the finding kinds
 *   and ids) or `absent`, and whether it was `moved`.
 *
 * Everything is computed from the per-version `Comparison`s (passed in, or computed here
 * with `compare`); the added rows are made in matrixAdded.ts, the types are in
 * matrixTypes.ts. The result is plain data, ready for `JSON.stringify`.
 */
import type { CompareOptions, Comparison, Discrepancy, DiscrepancyKind, Severity } from './types';
import type { CellFinding, CellStatus, CoverageMatrix, MatrixOptions, MatrixRow, MatrixVersion, MatrixVersionInput } from './matrixTypes';
import { kindRank, severityCounts, severityRank } from './filter';
import { compareWith, DEFAULT_SIMILARITY_THRESHOLD, prepareCanonical } from './compare';
import { addedItems, addedRows as addedRowsOf, foldWording, isContent, type AddedItem } from './matrixAdded';
import { round } from './alignTerms';
import { contentHash } from './hash';

export type * from './matrixTypes';
export { foldWording } from './matrixAdded';

/** Kinds that alter a fact (as opposed to rewording or order): they make a cell "altered". */
const MATERIAL: ReadonlySet<DiscrepancyKind> = new Set<DiscrepancyKind>([
  'number',
  'time',
  'hedge',
  'quote',
  'name',
  'attribution',
  'negation',
  'mistranslation',
  'clause',
]);

const byRank = (a: CellFinding, b: CellFinding): number =>
  severityRank(a.severity) - severityRank(b.severity) || kindRank(a.kind) - kindRank(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The comparisons for the versions: the precomputed ones, the others computed with `compare`. */
export function comparisonsFor(canonicalText: string, versions: readonly MatrixVersionInput[], options: CompareOptions = {}): Comparison[] {
  let prepared: ReturnType<typeof prepareCanonical> | null = null;
  return versions.map((v) => v.comparison ?? compareWith((prepared ??= prepareCanonical(canonicalText, options, v.text ?? '')), v.text ?? ''));
}

/**
 * Builds the coverage matrix of one canonical text and N versions. Versions without a
 * precomputed `comparison` are compared here (with `options`); all comparisons must be
 * against the same canonical text. Never throws on any strings.
 */
export function buildMatrix(canonicalText: string, versions: readonly MatrixVersionInput[], options: MatrixOptions = {}): CoverageMatrix {
  const comparisons = comparisonsFor(canonicalText, versions, options);
  return matrixOf(comparisons, {
    ...options,
    labels: options.labels ?? versions.map((v, i) => v.label ?? `V${i + 1}`),
    paths: options.paths ?? versions.map((v) => v.path ?? null),
  });
}

/** The matrix of comparisons already made (all against the same canonical text). */
export function matrixOf(comparisons: readonly Comparison[], options: MatrixOptions = {}): CoverageMatrix {
  const N = comparisons.length;
  const first = comparisons[0];
  const canonSentences = first ? first.canonical.sentences : [];
  const language = first?.language ?? 'und';
  const canonRows = canonicalRows(canonSentences);
  const versionsOut: MatrixVersion[] = [];
  const added: AddedItem[] = [];
  const hide = options.hide ?? ((): boolean => false);
  comparisons.forEach((c, v) => {
    const visible = c.discrepancies.filter((d) => !hide(v, d));
    const hiddenIds = new Set(c.discrepancies.filter((d) => hide(v, d)).map((d) => d.id));
    const col = versionColumn(c, v, visible, hiddenIds.size, options);
    fillCanonicalCells(c, col, hiddenIds, canonRows);
    for (const item of addedItems(c, v, hiddenIds)) added.push(item);
    versionsOut.push(col);
  });
  const threshold = options.clusterThreshold ?? options.similarityThreshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const addedRows = addedRowsOf(added, language, threshold, versionsOut);
  const rows = interleave(canonRows, addedRows);
  for (const row of rows) rowStatistics(row, N);
  return {
    version: 1,
    language,
    canonical: {
      path: options.canonicalPath ?? null,
      sentences: canonSentences.length,
      contentSentences: canonRows.size,
    },
    versions: versionsOut,
    rows,
    summary: {
      rows: rows.length,
      canonicalRows: canonRows.size,
      addedRows: addedRows.length,
      disagreements: rows.filter((r) => r.disagrees).length,
    },
  };
}

/** One row per canonical content sentence (sentences and headings), by sentence id, with no cells yet. */
function canonicalRows(canonSentences: Comparison['canonical']['sentences']): Map<number, MatrixRow> {
  const canonRows = new Map<number, MatrixRow>();
  for (const s of canonSentences) {
    if (!isContent(s.kind)) continue;
    canonRows.set(s.id, {
      id: `c${s.id}`,
      type: 'canonical',
      canonical: s.id,
      after: s.id,
      kind: s.kind,
      text: s.text,
      cells: [],
      present: 0,
      disagreement: 0,
      disagrees: false,
      severity: null,
    });
  }
  return canonRows;
}

/** The column of version `v`: its label, language and counts by severity (the row counts filled in later). */
function versionColumn(c: Comparison, v: number, visible: readonly Discrepancy[], dismissed: number, options: MatrixOptions): MatrixVersion {
  return {
    index: v,
    label: options.labels?.[v] ?? `V${v + 1}`,
    path: options.paths?.[v] ?? null,
    language: c.articleLanguage ?? c.language,
    translation: c.articleLanguage !== undefined,
    verbatim: 0,
    translated: 0,
    changed: 0,
    absent: 0,
    added: 0,
    ...severityCounts(visible),
    dismissed,
  };
}

/**
 * The findings of one comparison per canonical sentence (in aligned groups; a headline's
 * findings against the sentence it sums up, on no alignment, excluded: they say nothing of
 * that sentence), and the omission of each omitted sentence.
 */
function findingsByCanonical(c: Comparison): { findingsOf: Map<number, Discrepancy[]>; omittedOf: Map<number, Discrepancy> } {
  const onHeadline = (d: Discrepancy): boolean => d.alignment === null && d.article.some((x) => c.article.sentences[x]?.kind === 'heading');
  const findingsOf = new Map<number, Discrepancy[]>();
  const omittedOf = new Map<number, Discrepancy>();
  for (const d of c.discrepancies) {
    if (d.kind === 'added' || d.kind === 'boilerplate' || onHeadline(d)) continue;
    for (const x of d.canonical) {
      if (d.kind === 'omitted') omittedOf.set(x, d);
      else {
        let l = findingsOf.get(x);
        if (!l) findingsOf.set(x, (l = []));
        l.push(d);
      }
    }
  }
  return { findingsOf, omittedOf };
}

/** Adds version `col`'s cell to every canonical row, and counts the cells by status in the column. */
function fillCanonicalCells(c: Comparison, col: MatrixVersion, hiddenIds: ReadonlySet<string>, canonRows: ReadonlyMap<number, MatrixRow>): void {
  // The canonical sentence's group (a headline over the lead is no alignment: it does not carry it).
  const groupOf = new Map<number, (typeof c.alignments)[number]>();
  for (const a of c.alignments) for (const x of a.canonical) groupOf.set(x, a);
  const { findingsOf, omittedOf } = findingsByCanonical(c);
  for (const [id, row] of canonRows) {
    const g = groupOf.get(id);
    const ds = findingsOf.get(id) ?? [];
    const om = omittedOf.get(id);
    let dismissed = 0;
    const findings: CellFinding[] = [];
    for (const d of om ? [om] : ds) {
      if (hiddenIds.has(d.id)) dismissed++;
      else findings.push({ id: d.id, kind: d.kind, severity: d.severity });
    }
    findings.sort(byRank);
    const kinds = [...new Set(findings.map((f) => f.kind).filter((k) => k !== 'moved' && k !== 'omitted'))];
    let status: CellStatus;
    if (!g) status = 'absent';
    else status = kinds.length > 0 ? 'changed' : col.translation ? 'translated' : 'verbatim';
    col[status]++;
    row.cells.push({
      status,
      kinds,
      findings,
      article: g ? [...g.article] : [],
      moved: g ? g.moved : false,
      identical: g ? g.identical : false,
      similarity: g ? g.similarity : null,
      dismissed,
    });
  }
}

/** The canonical rows in order, each added row placed before the first canonical row it does not follow. */
function interleave(canonRows: ReadonlyMap<number, MatrixRow>, addedRows: readonly MatrixRow[]): MatrixRow[] {
  const rows: MatrixRow[] = [];
  let k = 0;
  const pushAddedUpTo = (c: number): void => {
    while (k < addedRows.length && addedRows[k]!.after < c) rows.push(addedRows[k++]!);
  };
  for (const [id, row] of [...canonRows].sort((x, y) => x[0] - y[0])) {
    pushAddedUpTo(id);
    rows.push(row);
  }
  pushAddedUpTo(Infinity);
  return rows;
}

/** Fills a row's `present`, `disagreement`, `severity` and `disagrees` from its cells. */
function rowStatistics(row: MatrixRow, N: number): void {
  const states = new Map<string, number>();
  let sev: Severity | null = null;
  for (const cell of row.cells) {
    if (cell.status !== 'absent') row.present++;
    const material = cell.findings.filter((f) => MATERIAL.has(f.kind) || (f.severity !== 'low' && f.kind !== 'added' && f.kind !== 'moved'));
    const state = cell.status === 'absent' ? 'absent' : material.length ? 'altered:' + [...new Set(material.map((f) => f.kind))].sort().join(',') : 'carried';
    states.set(state, (states.get(state) ?? 0) + 1);
    for (const f of cell.findings) if (!sev || severityRank(f.severity) < severityRank(sev)) sev = f.severity;
  }
  const top = Math.max(0, ...states.values());
  row.disagreement = N > 0 ? round(1 - top / N) : 0;
  row.severity = sev;
  // Canonical rows: any two versions in different states. Added rows: content several
  // versions (but not all) carry, or a weighty claim (high severity) one version alone adds;
  // background that a single version adds is visible in the matrix but not flagged.
  row.disagrees = row.type === 'canonical' ? states.size > 1 : row.present < N && (row.present >= 2 || sev === 'high');
}

/** A short content key of a row (for links and caches): the hash of its folded text. */
export function rowKey(row: Pick<MatrixRow, 'text'>): string {
  return contentHash(foldWording(row.text));
}
