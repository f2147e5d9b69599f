/**
 * The evidence bundle behind the many-version outputs (terminal matrix, HTML and
 * Markdown reports, JSON): the inputs with their fingerprints, the comparisons with
 * verdicts applied, the coverage matrix and the lineage. Pure: the caller supplies the
 * texts, the SHA-256 of each file, the tool version and the time (the core neither reads
 * files nor the clock).
 */
import { FEW_MATCHES_NOTE, hardlyMatchingVersion } from './related';
import type { Alignment, Comparison, Discrepancy, Sentence, Span } from '../core/types';
import { matrixOf, type CoverageMatrix, type MatrixOptions } from '../core/matrix';
import { inferLineage, type Lineage } from '../core/lineage';
import { applyVerdicts, emptyStore, type Verdict, type VerdictStore } from '../core/verdicts';
import { toSourceComparison, toSourceSpan, type ReadText } from '../core/readText';
import { lineColumn } from './labels';
import { cutAtWord } from '../core/excerpt';

/** One input file as the report names it. */
export interface EvidenceFile {
  /** The path as the user gave it. */
  path: string;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
  /** Size in bytes. */
  bytes: number;
}

/**
 * A file and the text compared (for a web page or Markdown, what a reader sees in it, with
 * `read`, what was read out of the markup, to give offsets in the file).
 */
export interface EvidenceText extends EvidenceFile {
  text: string;
  read?: ReadText | null;
  /** The file's own text, when `text` was read out of markup: the lines the reports name are its lines. */
  source?: string;
}

export interface EvidenceInput {
  tool: { name: string; version: string };
  /** ISO 8601 time the report was made. */
  generatedAt: string;
  canonical: EvidenceText;
  versions: Array<EvidenceText & { comparison: Comparison }>;
  /** Verdicts to apply (default: none). */
  verdicts?: VerdictStore;
  /** Keep dismissed findings (marked as such) instead of hiding them. */
  showDismissed?: boolean;
  /** Options of the matrix (cluster threshold). */
  matrixOptions?: Omit<MatrixOptions, 'hide' | 'canonicalPath' | 'labels' | 'paths'>;
  /** When the comparisons were filtered (e.g. by severity), what the filter was, for the reader. */
  filter?: string;
  /** Inputs given as versions that could not be read, and why (shown in the report's header). */
  notCompared?: readonly NotCompared[];
}

/** An input that was not compared, and why (one line). */
export interface NotCompared {
  path: string;
  problem: string;
}

/** One version in the bundle. */
export interface EvidenceVersion extends EvidenceText {
  index: number;
  /** `V1`, `V2`, … as in the matrix's columns. */
  label: string;
  /** The comparison with dismissed findings removed (unless shown). */
  comparison: Comparison;
  /** Verdicts of the findings shown, by discrepancy id. */
  verdicts: Map<string, Verdict>;
  /** Ids of dismissed findings (hidden, or shown and marked when `showDismissed`). */
  dismissed: Set<string>;
}

export interface Evidence {
  tool: { name: string; version: string };
  generatedAt: string;
  canonical: EvidenceText;
  versions: EvidenceVersion[];
  matrix: CoverageMatrix;
  lineage: Lineage;
  showDismissed: boolean;
  /** The filter the findings went through, if any (shown in the report's header). */
  filter: string | null;
  /** Inputs given as versions that could not be read (none: empty). */
  notCompared: readonly NotCompared[];
}

/** Applies verdicts, builds the matrix (columns V1…VN) and the lineage. */
export function buildEvidence(input: EvidenceInput): Evidence {
  const store = input.verdicts ?? emptyStore();
  const showDismissed = input.showDismissed ?? false;
  const versions: EvidenceVersion[] = input.versions.map((v, i) => {
    const j = applyVerdicts(v.comparison, store, { showDismissed });
    return {
      path: v.path,
      sha256: v.sha256,
      bytes: v.bytes,
      index: i,
      label: `V${i + 1}`,
      text: v.text,
      read: v.read ?? null,
      ...(v.source !== undefined ? { source: v.source } : {}),
      comparison: j.comparison,
      verdicts: j.verdicts,
      dismissed: j.dismissed,
    };
  });
  const comparisons = versions.map((v) => v.comparison);
  const labels = versions.map((v) => v.label);
  const matrix = matrixOf(comparisons, {
    ...input.matrixOptions,
    labels,
    paths: versions.map((v) => v.path),
    canonicalPath: input.canonical.path,
  });
  const lineage = inferLineage(comparisons, matrix, { labels });
  return {
    tool: input.tool,
    generatedAt: input.generatedAt,
    canonical: input.canonical,
    versions,
    matrix,
    lineage,
    showDismissed,
    filter: input.filter ?? null,
    notCompared: input.notCompared ?? [],
  };
}

/**
 * Notes on the inputs for the reader, as plain sentences: a version whose bytes are those of
 * an earlier one (the same file twice), a version that hardly shares a sentence with the
 * canonical.
 */
export function inputNotes(e: Evidence): string[] {
  const notes: string[] = [];
  const first = new Map<string, EvidenceVersion>();
  for (const v of e.versions) {
    const same = first.get(v.sha256);
    if (same) notes.push(`${v.label} has the same bytes as ${same.label} (the same file twice).`);
    else first.set(v.sha256, v);
    if (v.sha256 === e.canonical.sha256) notes.push(`${v.label} has the same bytes as the canonical text.`);
  }
  e.matrix.versions.forEach((mv, i) => {
    if (hardlyMatchingVersion(mv, e.matrix)) notes.push(`${e.versions[i]!.label}: ${FEW_MATCHES_NOTE}`);
  });
  return notes;
}

/** The JSON form of the bundle (what `wirediff report --format json` prints). */
export function evidenceJson(e: Evidence): unknown {
  return {
    version: 1,
    tool: e.tool,
    generatedAt: e.generatedAt,
    filter: e.filter,
    canonical: { path: e.canonical.path, sha256: e.canonical.sha256, bytes: e.canonical.bytes },
    versions: e.versions.map((v) => ({
      label: v.label,
      path: v.path,
      sha256: v.sha256,
      bytes: v.bytes,
      language: v.comparison.language,
      ...(v.comparison.articleLanguage ? { articleLanguage: v.comparison.articleLanguage } : {}),
      summary: v.comparison.summary,
      dismissed: v.dismissed.size,
      // Offsets into the files, as `compare --format json` gives them.
      discrepancies: toSourceComparison({ ...v.comparison, alignments: [] }, e.canonical.read ?? null, v.read ?? null).discrepancies.map((d) => withVerdict(d, v)),
    })),
    matrix: e.matrix,
    lineage: e.lineage,
    ...(e.notCompared.length ? { notCompared: e.notCompared } : {}),
  };
}

/** The most characters of a finding's words the evidence reports show (`findingWords`). */
const FINDING_WORDS_MAX = 400;

/**
 * The words both evidence reports (HTML and Markdown) show under a finding: the canonical's
 * (`from`; none for page chrome or an added sentence) and the version's (`to`; none for page
 * chrome or an omitted sentence), each cut at a word's end past `FINDING_WORDS_MAX` characters
 * (`cutAtWord`).
 */
export function findingWords(d: Discrepancy): { from?: string; to?: string } {
  const out: { from?: string; to?: string } = {};
  if (d.from && d.kind !== 'boilerplate' && d.kind !== 'added') out.from = cutAtWord(d.from, FINDING_WORDS_MAX);
  if (d.to && d.kind !== 'boilerplate' && d.kind !== 'omitted') out.to = cutAtWord(d.to, FINDING_WORDS_MAX);
  return out;
}

/** The line of the version's file where an offset of its compared text stands (for a page, the line of the HTML). */
export function fileLine(v: EvidenceText, offset: number): number {
  if (v.read && v.source !== undefined) return lineColumn(v.source, toSourceSpan(v.read, { start: offset, end: offset }).start).line;
  return lineColumn(v.text, offset).line;
}

/** A discrepancy with its verdict (and `dismissed: true` when shown despite a dismissal). */
export function withVerdict(d: Discrepancy, v: Pick<EvidenceVersion, 'verdicts' | 'dismissed'>): Discrepancy & { verdict?: Verdict } {
  const verdict = v.verdicts.get(d.id);
  return verdict ? { ...d, verdict } : d;
}

// ---------------------------------------------------------------------------------------
// The aligned reading of one version, shared by the HTML and Markdown reports

/** One row of a version's side-by-side reading, in the version's order. */
export type ReadingRow =
  | { type: 'aligned'; alignment: Alignment; canonical: Sentence[]; article: Sentence[]; findings: Discrepancy[]; matrixRow: string }
  | { type: 'added'; article: Sentence; findings: Discrepancy[]; matrixRow: string | null }
  | { type: 'omitted'; canonical: Sentence; findings: Discrepancy[]; matrixRow: string }
  | { type: 'chrome'; article: Sentence; findings: Discrepancy[] };

/**
 * The version read in its own order: aligned groups, added sentences, page chrome, and
 * the canonical sentences it omits where they would have stood.
 */
export function readingOf(v: EvidenceVersion, matrix: CoverageMatrix): ReadingRow[] {
  const c = v.comparison;
  const C = c.canonical.sentences;
  const A = c.article.sentences;
  const groupOfArticle = new Map<number, Alignment>();
  for (const a of c.alignments) for (const x of a.article) groupOfArticle.set(x, a);
  const byAlignment = new Map<number, Discrepancy[]>();
  const byArticle = new Map<number, Discrepancy[]>();
  const omitted: Discrepancy[] = [];
  for (const d of c.discrepancies) {
    if (d.kind === 'omitted') omitted.push(d);
    else if (d.alignment !== null) push(byAlignment, d.alignment, d);
    else for (const x of d.article) push(byArticle, x, d);
  }
  omitted.sort((x, y) => x.articleAnchor - y.articleAnchor || x.canonical[0]! - y.canonical[0]!);
  const addedRowOf = new Map<number, string>();
  for (const row of matrix.rows) {
    if (row.type !== 'added') continue;
    const cell = row.cells[v.index];
    if (cell) for (const s of cell.article) addedRowOf.set(s, row.id);
  }
  const out: ReadingRow[] = [];
  const done = new Set<number>();
  let k = 0;
  const flushOmitted = (upTo: number): void => {
    while (k < omitted.length && omitted[k]!.articleAnchor <= upTo) {
      const d = omitted[k++]!;
      out.push({ type: 'omitted', canonical: C[d.canonical[0]!]!, findings: [d], matrixRow: `c${d.canonical[0]}` });
    }
  };
  for (const s of A) {
    flushOmitted(s.start);
    const g = groupOfArticle.get(s.id);
    if (g) {
      if (done.has(g.id)) continue;
      done.add(g.id);
      // With the group's own findings, those of no alignment that name its article sentences (a fact compared across sentences).
      const findings = [...(byAlignment.get(g.id) ?? []), ...g.article.flatMap((x) => byArticle.get(x) ?? [])];
      const canonical = g.canonical.map((i) => C[i]!);
      const article = g.article.map((i) => A[i]!);
      out.push({ type: 'aligned', alignment: g, canonical, article, findings, matrixRow: `c${g.canonical[0]}` });
      continue;
    }
    const findings = byArticle.get(s.id) ?? [];
    if (s.kind === 'boilerplate' || s.kind === 'dateline' || s.kind === 'speaker' || s.kind === 'credit') out.push({ type: 'chrome', article: s, findings });
    else out.push({ type: 'added', article: s, findings, matrixRow: addedRowOf.get(s.id) ?? null });
  }
  flushOmitted(Infinity);
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  let l = m.get(k);
  if (!l) m.set(k, (l = []));
  l.push(v);
}

/** Pieces of `text.slice(start, end)`, each marked or not: the spans (sorted or not) are marked. */
export function markedPieces(text: string, start: number, end: number, spans: readonly Span[]): Array<{ text: string; marked: boolean }> {
  const ss = spans
    .map((s) => ({ start: Math.max(start, s.start), end: Math.min(end, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((x, y) => x.start - y.start);
  const out: Array<{ text: string; marked: boolean }> = [];
  let at = start;
  for (const s of ss) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    if (from > at) out.push({ text: text.slice(at, from), marked: false });
    out.push({ text: text.slice(from, s.end), marked: true });
    at = s.end;
  }
  if (at < end) out.push({ text: text.slice(at, end), marked: false });
  return out;
}

/** The word diff of an alignment as marked pieces of each side, one list per sentence. */
export function diffSides(
  g: Alignment,
  canonicalText: string,
  articleText: string,
  canonical: Sentence[],
  article: Sentence[],
): { canonical: Array<Array<{ text: string; marked: boolean }>>; article: Array<Array<{ text: string; marked: boolean }>> } {
  const del = g.diff.filter((p) => p.op === 'delete' && p.canonical).map((p) => p.canonical!);
  const ins = g.diff.filter((p) => p.op === 'insert' && p.article).map((p) => p.article!);
  return {
    canonical: canonical.map((s) => markedPieces(canonicalText, s.start, s.end, del)),
    article: article.map((s) => markedPieces(articleText, s.start, s.end, ins)),
  };
}
