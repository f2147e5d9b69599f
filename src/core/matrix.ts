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
 * with `compare`); added sentences are clustered with `similarPairs`, the similarity
 * `align` links sentences by, through an inverted index (no all-pairs pass). The result
 * is plain data, ready for `JSON.stringify`.
 */
import type { CompareOptions, Comparison, Discrepancy, DiscrepancyKind, Severity } from './types';
import { kindRank, severityRank } from './filter';
import { compareWith, DEFAULT_SIMILARITY_THRESHOLD, prepareCanonical } from './compare';
import { similarPairs } from './align';
import { tokenizerContext } from './lang';
import { foldPunctuation, tokenize, type Token, type TokenizerContext } from './text';
import { contentHash } from './hash';

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

/** Text compared for "same wording": typographic variants and white space folded. */
export function foldWording(s: string): string {
  return foldPunctuation(s).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The comparisons for the versions: the precomputed ones, the others computed with `compare`. */
export function comparisonsFor(canonicalText: string, versions: readonly MatrixVersionInput[], options: CompareOptions = {}): Comparison[] {
  let prepared: ReturnType<typeof prepareCanonical> | null = null;
  return versions.map((v) => v.comparison ?? compareWith((prepared ??= prepareCanonical(canonicalText, options, v.text ?? '')), v.text ?? ''));
}

interface AddedItem {
  version: number;
  sentence: number;
  text: string;
  /** `foldWording(text)`, computed once. */
  fold: string;
  kind: 'sentence' | 'heading';
  /** Canonical id this sentence follows in its version (-1: before the first). */
  after: number;
  finding: CellFinding | null;
  hidden: boolean;
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
  const hide = options.hide ?? ((): boolean => false);
  const first = comparisons[0];
  const canonSentences = first ? first.canonical.sentences : [];
  const language = first?.language ?? 'und';
  const isContent = (k: string): k is 'sentence' | 'heading' => k === 'sentence' || k === 'heading';

  // --- canonical rows ---------------------------------------------------------------
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

  const versionsOut: MatrixVersion[] = [];
  const added: AddedItem[] = [];
  comparisons.forEach((c, v) => {
    const visible = c.discrepancies.filter((d) => !hide(v, d));
    const hiddenIds = new Set(c.discrepancies.filter((d) => hide(v, d)).map((d) => d.id));
    // The canonical sentence's group (a headline over the lead is no alignment: it does not carry it).
    const groupOf = new Map<number, (typeof c.alignments)[number]>();
    for (const a of c.alignments) for (const x of a.canonical) groupOf.set(x, a);
    // Findings per canonical sentence (in aligned groups; a headline's findings against the
    // sentence it sums up, on no alignment, excluded: they say nothing of that sentence).
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
    const col: MatrixVersion = {
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
      high: visible.filter((d) => d.severity === 'high').length,
      medium: visible.filter((d) => d.severity === 'medium').length,
      low: visible.filter((d) => d.severity === 'low').length,
      dismissed: hiddenIds.size,
    };
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
    // Added sentences, with the canonical sentence each follows in this version.
    const canonOfArticle = new Map<number, number>();
    for (const a of c.alignments) {
      const last = a.canonical[a.canonical.length - 1]!;
      for (const x of a.article) canonOfArticle.set(x, last);
    }
    let after = -1;
    const addedBySentence = new Map<number, Discrepancy>();
    for (const d of c.discrepancies) if (d.kind === 'added' && d.article.length === 1) addedBySentence.set(d.article[0]!, d);
    for (const s of c.article.sentences) {
      const cc = canonOfArticle.get(s.id);
      if (cc !== undefined) {
        after = cc;
        continue;
      }
      const d = addedBySentence.get(s.id);
      if (!d || !isContent(s.kind)) continue;
      added.push({
        version: v,
        sentence: s.id,
        text: s.text,
        fold: foldWording(s.text),
        kind: s.kind,
        after,
        finding: { id: d.id, kind: d.kind, severity: d.severity },
        hidden: hiddenIds.has(d.id),
      });
    }
    versionsOut.push(col);
  });

  // --- added rows: cluster the added sentences across versions ------------------------
  const threshold = options.clusterThreshold ?? options.similarityThreshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const clusters = clusterAdded(added, language, threshold, N);
  const addedRows: MatrixRow[] = [];
  for (const members of clusters) {
    const shown = members.filter((m) => !m.hidden);
    if (shown.length === 0) continue; // dismissed wherever it occurs
    // The row's text: the most common wording, the earliest version's on a tie.
    const counts = new Map<string, number>();
    for (const m of members) counts.set(m.fold, (counts.get(m.fold) ?? 0) + 1);
    let rep = members[0]!;
    for (const m of members) if (counts.get(m.fold)! > counts.get(rep.fold)!) rep = m;
    const repFold = rep.fold;
    const byVersion = new Map(members.map((m) => [m.version, m]));
    const cells: MatrixCell[] = [];
    for (let v = 0; v < N; v++) {
      const m = byVersion.get(v);
      if (!m) {
        cells.push({ status: 'absent', kinds: [], findings: [], article: [], moved: false, identical: false, similarity: null, dismissed: 0 });
        continue;
      }
      const same = m.fold === repFold;
      cells.push({
        status: m.hidden ? 'absent' : same ? 'verbatim' : 'changed',
        kinds: m.hidden ? [] : ['added'],
        findings: m.hidden || !m.finding ? [] : [m.finding],
        article: m.hidden ? [] : [m.sentence],
        moved: false,
        identical: same,
        similarity: m.hidden ? null : same ? 1 : round(m === rep ? 1 : similarityOf(m, rep, language)),
        dismissed: m.hidden ? 1 : 0,
      });
      if (!m.hidden) versionsOut[v]!.added++;
    }
    addedRows.push({
      id: '',
      type: 'added',
      canonical: null,
      after: rep.after,
      kind: rep.kind,
      text: rep.text,
      cells,
      present: 0,
      disagreement: 0,
      disagrees: false,
      severity: null,
    });
  }
  // Order: after their canonical row, then by the first version that has them, then position.
  const firstOf = (r: MatrixRow): [number, number] => {
    const v = r.cells.findIndex((c) => c.status !== 'absent');
    return [v, r.cells[v]?.article[0] ?? 0];
  };
  addedRows.sort((x, y) => {
    const [vx, sx] = firstOf(x);
    const [vy, sy] = firstOf(y);
    return x.after - y.after || vx - vy || sx - sy;
  });
  addedRows.forEach((r, i) => (r.id = `a${i}`));

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

  // --- row statistics -------------------------------------------------------------
  for (const row of rows) {
    const states = new Map<string, number>();
    let sev: Severity | null = null;
    for (const cell of row.cells) {
      if (cell.status !== 'absent') row.present++;
      const material = cell.findings.filter((f) => MATERIAL.has(f.kind) || (f.severity !== 'low' && f.kind !== 'added' && f.kind !== 'moved'));
      const state =
        cell.status === 'absent' ? 'absent' : material.length ? 'altered:' + [...new Set(material.map((f) => f.kind))].sort().join(',') : 'carried';
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

// ---------------------------------------------------------------------------------------
// Clustering of added sentences

function tokensOf(text: string, ctx: TokenizerContext): Token[] {
  return tokenize(text, 0, text.length, ctx);
}

/** Similarity of two added sentences by the engine's measure (used for a member that is not the row's wording). */
function similarityOf(a: AddedItem, b: AddedItem, language: string): number {
  const ctx = tokenizerContext(language);
  const pairs = similarPairs([tokensOf(a.text, ctx), tokensOf(b.text, ctx)], [0, 1], 0);
  return pairs[0]?.similarity ?? 0;
}

/**
 * Groups added sentences of different versions that say the same thing. Candidate pairs
 * come from `similarPairs` (inverted index, top candidates per sentence); pairs are taken
 * best first and join two clusters only when no version would then have two sentences in
 * one cluster. Identical wordings are grouped first, through a hash map, so a sentence
 * that recurs in many versions is one row however common it is.
 */
function clusterAdded(items: AddedItem[], language: string, threshold: number, versions: number): AddedItem[][] {
  const parent = items.map((_, i) => i);
  const vset = items.map((it) => new Set([it.version]));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const unite = (i: number, j: number): void => {
    const a = find(i);
    const b = find(j);
    if (a === b) return;
    const [small, big] = vset[a]!.size < vset[b]!.size ? [a, b] : [b, a];
    for (const v of vset[small]!) if (vset[big]!.has(v)) return;
    for (const v of vset[small]!) vset[big]!.add(v);
    parent[small] = big;
  };
  // 1. Same wording (folded): one cluster, whatever the count.
  const byWording = new Map<string, number>();
  items.forEach((it, i) => {
    const key = it.fold.toLowerCase();
    const j = byWording.get(key);
    if (j === undefined) byWording.set(key, i);
    else unite(j, i);
  });
  // 2. Similar wording: pairs through the index, best first. One representative per
  //    wording takes part (its cluster already holds the copies).
  const reps = [...byWording.values()];
  if (reps.length > 1) {
    const ctx = tokenizerContext(language);
    const tokens = reps.map((i) => tokensOf(items[i]!.text, ctx));
    // Each rep is its own group: the version constraint is checked by `unite`.
    const groups = reps.map((_, i) => i);
    // A sentence may recur in every version: let the index read that many postings.
    const indexOptions = { topK: 8, window: Math.max(64, 2 * versions), maxPostings: Math.max(64, 2 * versions) };
    const pairs = similarPairs(tokens, groups, threshold, indexOptions);
    for (const p of pairs) unite(reps[p.a]!, reps[p.b]!);
  }
  const out = new Map<number, AddedItem[]>();
  items.forEach((it, i) => {
    const r = find(i);
    let l = out.get(r);
    if (!l) out.set(r, (l = []));
    l.push(it);
  });
  return [...out.values()].map((l) => l.sort((x, y) => x.version - y.version || x.sentence - y.sentence));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A short content key of a row (for links and caches): the hash of its folded text. */
export function rowKey(row: Pick<MatrixRow, 'text'>): string {
  return contentHash(foldWording(row.text));
}
