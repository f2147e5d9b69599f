/**
 * Lineage: which versions share changes that the canonical text lacks, and which version
 * was most likely derived from which.
 *
 * ## Method (shared innovations, as in textual criticism)
 *
 * 1. **Changes.** Every visible finding of a version against the canonical becomes a
 *    change with a content key: the kind, the canonical sentence(s) and the changed words
 *    on each side, folded (case, quotes, punctuation, white space). An added sentence is
 *    keyed by its row in the coverage matrix, so the same added sentence in two versions
 *    (even reworded a little) is one change. Page chrome is not a change.
 * 2. **Shared changes.** A change that two or more versions make is shared. Two versions
 *    that independently copied the canonical rarely make the same substitution, drop the
 *    same qualifier or add the same sentence; a shared change is evidence that one copied
 *    the other, or that both copied a common source that is not among the inputs.
 * 3. **Weights.** Omissions (a dropped sentence, a dropped clause) and moves are weak
 *    evidence (weight 0.5): editors cutting for length drop the same tail independently.
 *    Substitutions and additions weigh 1. A change made by every version (when there are
 *    three or more) says nothing about who copied whom, only that the canonical lacks
 *    something they all have (it may be a shortened or earlier copy); it is reported but
 *    left out of the inference. A change shared by k versions adds w/(k−1) to each pair of
 *    them, so each version gets one weight's worth of evidence from it in total.
 * 4. **Forest.** The pairwise scores make a weighted graph; its maximum spanning forest
 *    (Kruskal, edges of score ≥ 1 only) links each version to the one it shares the most
 *    with. A version with no such edge shares nothing material with the others: it was
 *    most likely taken from the canonical (or its source) directly.
 * 5. **Direction.** For an edge u–v: if (nearly) all of u's changes are also in v
 *    (containment ≥ 0.8 by weight) and v has more of its own, v was likely derived from u
 *    (a copy keeps its source's changes and adds its own). If both contain each other,
 *    they are near-duplicates and the direction is unknown. If neither does, each has
 *    changes the other lacks: they are most likely siblings, copies of a common source
 *    that is not among the inputs.
 * 6. **Uncertainty.** An edge is `strong` when its score is ≥ 3 and no other partner comes
 *    within 1 of it, `weak` otherwise; when another partner scores the same, the edge is a
 *    tie (listed in `alternatives`) and the forest's choice between them is arbitrary.
 *
 * This is an inference from the texts alone. Shared changes can also come from shared
 * house style, the same translation engine, or the engine's own alignment choices; the
 * explanations say what the evidence is so that a person can judge it.
 */
import type { Comparison, Discrepancy, DiscrepancyKind } from './types';
import type { CoverageMatrix } from './matrix';
import { foldWording } from './matrix';
import { excerpt } from './excerpt';
import { DisjointSets } from './disjointSets';

/** A change made by two or more versions that the canonical text lacks. */
export interface SharedChange {
  /** Content key of the change (stable for the same inputs). */
  key: string;
  kind: DiscrepancyKind;
  /** One line: what the change is. */
  description: string;
  /** Canonical sentence ids involved (empty for an added sentence). */
  canonical: number[];
  from: string | null;
  to: string | null;
  /** Matrix row id (`c3`, `a7`), when the change sits on one row. */
  row: string | null;
  /** Versions that make the change (indices), ascending. */
  versions: number[];
  /** Evidence weight (0.5 omission or move, 1 otherwise). */
  weight: number;
  /** Made by every version (3 or more): not used to infer derivation. */
  universal: boolean;
}

/** Evidence shared by two versions. */
export interface PairEvidence {
  a: number;
  b: number;
  /** Number of shared changes, universal ones excluded. */
  shared: number;
  /** Weighted evidence (see the method). */
  score: number;
}

/** One inferred link of the derivation forest. */
export interface LineageEdge {
  a: number;
  b: number;
  /**
   * `derived`: `child` was most likely derived from `parent`.
   * `sibling`: both most likely derive from a common source not among the inputs.
   * `duplicate`: they share (nearly) all their changes; the direction is unknown.
   */
  relation: 'derived' | 'sibling' | 'duplicate';
  parent: number | null;
  child: number | null;
  score: number;
  shared: number;
  confidence: 'strong' | 'weak';
  /** Other versions that scored the same with `a` or `b` (a tie the forest broke arbitrarily). */
  alternatives: number[];
  /** One or two lines a person can read. */
  explanation: string;
}

/** The lineage of a set of versions (JSON-serialisable). */
export interface Lineage {
  version: 1;
  /** Short statement of the method (the full one is in the module's documentation). */
  method: string;
  /** Changes made by two or more versions, most widely shared first. */
  changes: SharedChange[];
  /** Pairs of versions with shared changes, strongest first. */
  pairs: PairEvidence[];
  /** The derivation forest. */
  edges: LineageEdge[];
  /** Versions linked to no other: most likely taken from the canonical (or its source) directly. */
  independent: number[];
  /** Caveats and overall observations, one line each. */
  notes: string[];
}

export interface LineageOptions {
  /** Findings to leave out (dismissed ones). */
  hide?: (version: number, d: Discrepancy) => boolean;
  /** Names of the versions for the explanations (default V1, V2, …). */
  labels?: readonly string[];
}

const WEAK: ReadonlySet<DiscrepancyKind> = new Set<DiscrepancyKind>(['omitted', 'moved']);
const MIN_EDGE = 1;
const CONTAINS = 0.8;

const fold = (s: string | null): string =>
  s === null ? '' : foldWording(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A change one version makes (a `SharedChange` before it is described and its versions counted). */
type Change = Omit<SharedChange, 'description' | 'versions' | 'universal'>;

/** The changes of one version, keyed by content (see the method). */
function changesOf(c: Comparison, v: number, matrix: CoverageMatrix, hide: LineageOptions['hide']): Map<string, Change> {
  const out = new Map<string, Change>();
  // Added sentences: the matrix row that holds them.
  const addedRow = new Map<number, string>();
  for (const row of matrix.rows) {
    if (row.type !== 'added') continue;
    const cell = row.cells[v];
    if (cell && cell.status !== 'absent') for (const s of cell.article) addedRow.set(s, row.id);
  }
  // A change links to the matrix row of its canonical sentence, when the matrix has one (datelines and credits have none).
  const rows = new Set(matrix.rows.map((r) => r.id));
  const rowOf = (d: Discrepancy): string | null => (d.canonical.length === 1 && rows.has(`c${d.canonical[0]}`) ? `c${d.canonical[0]}` : null);
  for (const d of c.discrepancies) {
    if (d.kind === 'boilerplate' || hide?.(v, d)) continue;
    let ch: Change;
    if (d.kind === 'added') {
      const row = addedRow.get(d.article[0]!);
      if (!row) continue;
      ch = { key: `added:${row}`, kind: d.kind, canonical: [], from: null, to: d.to, row, weight: 1 };
    } else if (d.kind === 'omitted' || d.kind === 'moved') {
      ch = {
        key: `${d.kind}:${d.canonical.join(',')}`,
        kind: d.kind,
        canonical: d.canonical,
        from: d.kind === 'omitted' ? d.from : null,
        to: null,
        row: rowOf(d),
        weight: 0.5,
      };
    } else {
      const dropped = d.kind === 'clause' && d.to === null;
      ch = {
        key: `${d.kind}:${d.canonical.join(',')}:${fold(d.from)}→${fold(d.to)}`,
        kind: d.kind,
        canonical: d.canonical,
        from: d.from,
        to: d.to,
        row: rowOf(d),
        weight: dropped || WEAK.has(d.kind) ? 0.5 : 1,
      };
    }
    if (!out.has(ch.key)) out.set(ch.key, ch);
  }
  return out;
}

function describe(ch: Change): string {
  const q = (s: string | null): string => `‘${excerpt(s ?? '', 70)}’`;
  const where = ch.canonical.length ? ` (canonical sentence ${ch.canonical.map((x) => x + 1).join(', ')})` : '';
  switch (ch.kind) {
    case 'added':
      return `adds ${q(ch.to)}`;
    case 'omitted':
      return `omits ${q(ch.from)}`;
    case 'moved':
      return `moves canonical sentence ${ch.canonical.map((x) => x + 1).join(', ')} out of order`;
    case 'clause':
      return ch.to === null ? `drops ${q(ch.from)}${where}` : ch.from === null ? `adds ${q(ch.to)}${where}` : `changes ${q(ch.from)} to ${q(ch.to)}${where}`;
    default:
      if (ch.from !== null && ch.to !== null) return `${ch.kind}: ${q(ch.from)} → ${q(ch.to)}${where}`;
      if (ch.from !== null) return `${ch.kind}: drops ${q(ch.from)}${where}`;
      return `${ch.kind}: adds ${q(ch.to)}${where}`;
  }
}

/** Who makes which change: every change with the versions that make it. */
interface Makers {
  N: number;
  /** Each version's changes by key. */
  sets: Map<string, Change>[];
  byKey: Map<string, { ch: Change; versions: number[] }>;
}

/** Made by every version (3 or more): not used to infer derivation. */
const isUniversal = (m: Makers, key: string): boolean => m.N >= 3 && m.byKey.get(key)!.versions.length === m.N;

/**
 * Infers the lineage of the versions from the changes they share (see the module's
 * documentation for the method). `comparisons[i]` is version i against the canonical and
 * `matrix` their coverage matrix (built with the same `hide`). Never throws.
 */
export function inferLineage(comparisons: readonly Comparison[], matrix: CoverageMatrix, options: LineageOptions = {}): Lineage {
  const N = comparisons.length;
  const label = (v: number): string => options.labels?.[v] ?? matrix.versions[v]?.label ?? `V${v + 1}`;
  const makers = makersOf(comparisons.map((c, v) => changesOf(c, v, matrix, options.hide)));
  const changes = sharedChanges(makers);
  const { pairs, scoreOf } = pairEvidence(changes, N);
  const { edges, linked } = spanningForest(makers, pairs, scoreOf, label);
  const independent: number[] = [];
  for (let v = 0; v < N; v++) if (!linked.has(v)) independent.push(v);
  return {
    version: 1,
    method:
      'Shared innovations: changes two or more versions make that the canonical lacks, weighted (omissions and moves 0.5, others 1, divided among the versions sharing them; changes every version makes are left out), linked into a maximum spanning forest; direction from which version contains the other\'s changes.',
    changes,
    pairs,
    edges,
    independent,
    notes: lineageNotes(changes, independent, edges, N, label),
  };
}

function makersOf(sets: Map<string, Change>[]): Makers {
  const byKey = new Map<string, { ch: Change; versions: number[] }>();
  sets.forEach((s, v) => {
    for (const ch of s.values()) {
      let m = byKey.get(ch.key);
      if (!m) byKey.set(ch.key, (m = { ch, versions: [] }));
      m.versions.push(v);
    }
  });
  return { N: sets.length, sets, byKey };
}

/** The changes two or more versions make, most widely shared first. */
function sharedChanges(makers: Makers): SharedChange[] {
  return [...makers.byKey.values()]
    .filter((m) => m.versions.length >= 2)
    .map((m) => ({
      key: m.ch.key,
      kind: m.ch.kind,
      description: describe(m.ch),
      canonical: m.ch.canonical,
      from: m.ch.from,
      to: m.ch.to,
      row: m.ch.row,
      versions: m.versions,
      weight: m.ch.weight,
      universal: isUniversal(makers, m.ch.key),
    }))
    .sort((x, y) => y.versions.length - x.versions.length || y.weight - x.weight || (x.key < y.key ? -1 : 1));
}

/** The pairs of versions with shared changes (universal ones left out), strongest first, and the score of any pair. */
function pairEvidence(changes: readonly SharedChange[], N: number): { pairs: PairEvidence[]; scoreOf: (a: number, b: number) => number } {
  const score = new Map<number, { shared: number; score: number }>();
  const pk = (a: number, b: number): number => Math.min(a, b) * N + Math.max(a, b);
  for (const c of changes) {
    if (c.universal) continue;
    const w = c.weight / (c.versions.length - 1);
    for (let i = 0; i < c.versions.length; i++) {
      for (let j = i + 1; j < c.versions.length; j++) {
        const k = pk(c.versions[i]!, c.versions[j]!);
        const e = score.get(k) ?? { shared: 0, score: 0 };
        e.shared++;
        e.score += w;
        score.set(k, e);
      }
    }
  }
  const pairs: PairEvidence[] = [...score.entries()]
    .map(([k, e]) => ({ a: Math.floor(k / N), b: k % N, shared: e.shared, score: round(e.score) }))
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const scoreOf = (a: number, b: number): number => (a === b ? 0 : score.get(pk(a, b))?.score ?? 0);
  return { pairs, scoreOf };
}

/** The maximum spanning forest (Kruskal) over the pairs of score ≥ MIN_EDGE, each edge judged by `edgeOf`. */
function spanningForest(makers: Makers, pairs: readonly PairEvidence[], scoreOf: (a: number, b: number) => number, label: (v: number) => string): { edges: LineageEdge[]; linked: Set<number> } {
  const sets = new DisjointSets(makers.N);
  const edges: LineageEdge[] = [];
  const linked = new Set<number>();
  for (const p of pairs) {
    if (p.score < MIN_EDGE) break;
    const ra = sets.find(p.a);
    const rb = sets.find(p.b);
    if (ra === rb) continue;
    sets.link(ra, rb);
    linked.add(p.a);
    linked.add(p.b);
    edges.push(edgeOf(makers, p, scoreOf, label));
  }
  return { edges, linked };
}

/** Ties and margins of a pair: the other partners of a or b that score the same, and the best score below. */
function rivals(p: PairEvidence, N: number, scoreOf: (a: number, b: number) => number): { alt: Set<number>; runnerUp: number } {
  const alt = new Set<number>();
  let runnerUp = 0;
  for (const x of [p.a, p.b]) {
    const y = x === p.a ? p.b : p.a;
    for (let z = 0; z < N; z++) {
      if (z === x || z === y) continue;
      const s = scoreOf(x, z);
      if (Math.abs(s - p.score) < 1e-9) alt.add(z);
      else if (s < p.score) runnerUp = Math.max(runnerUp, s);
    }
  }
  return { alt, runnerUp };
}

/** One link of the forest: its confidence, its direction (which version contains the other's changes) and its explanation. */
function edgeOf(makers: Makers, p: PairEvidence, scoreOf: (a: number, b: number) => number, label: (v: number) => string): LineageEdge {
  const { sets } = makers;
  const { alt, runnerUp } = rivals(p, makers.N, scoreOf);
  const confidence: LineageEdge['confidence'] = p.score >= 3 && alt.size === 0 && p.score - runnerUp >= 1 ? 'strong' : 'weak';
  const weightOf = (v: number): number => {
    let w = 0;
    for (const ch of sets[v]!.values()) if (!isUniversal(makers, ch.key)) w += ch.weight;
    return w;
  };
  let sw = 0;
  for (const ch of sets[p.a]!.values()) if (sets[p.b]!.has(ch.key) && !isUniversal(makers, ch.key)) sw += ch.weight;
  const wa = weightOf(p.a);
  const wb = weightOf(p.b);
  const ca = wa > 0 ? sw / wa : 1;
  const cb = wb > 0 ? sw / wb : 1;
  let relation: LineageEdge['relation'];
  let par: number | null = null;
  let child: number | null = null;
  if (ca >= CONTAINS && cb >= CONTAINS) relation = 'duplicate';
  else if (ca >= CONTAINS) {
    relation = 'derived';
    par = p.a;
    child = p.b;
  } else if (cb >= CONTAINS) {
    relation = 'derived';
    par = p.b;
    child = p.a;
  } else relation = 'sibling';
  const own = (x: number): number => sets[x]!.size - p.shared - [...sets[x]!.values()].filter((ch) => isUniversal(makers, ch.key)).length;
  const A = label(p.a);
  const B = label(p.b);
  const evidence = `${A} and ${B} share ${p.shared} change${p.shared === 1 ? '' : 's'} the canonical lacks (score ${round(p.score)})`;
  let explanation: string;
  if (relation === 'derived') {
    explanation = `${evidence}; ${label(child!)} carries ${Math.round((par === p.a ? ca : cb) * 100)}% of ${label(par!)}'s changes and ${own(child!)} of its own: ${label(child!)} was most likely derived from ${label(par!)} (or both from one source, ${label(par!)} being the closer copy).`;
  } else if (relation === 'duplicate') {
    explanation = `${evidence}, and almost no others: near-duplicate copies; which came first cannot be told.`;
  } else {
    explanation = `${evidence}, but each has changes the other lacks (${A}: ${own(p.a)}, ${B}: ${own(p.b)}): most likely copies of a common source that is not among the inputs.`;
  }
  if (alt.size) explanation += ` Tie: ${[...alt].map(label).join(', ')} ${alt.size === 1 ? 'scores' : 'score'} the same; this link is one of equally likely ones.`;
  else if (confidence === 'weak') explanation += ' Weak evidence.';
  return {
    a: p.a,
    b: p.b,
    relation,
    parent: par,
    child,
    score: round(p.score),
    shared: p.shared,
    confidence,
    alternatives: [...alt].sort((x, y) => x - y),
    explanation,
  };
}

/** Caveats and overall observations: the changes every version makes, the versions linked to none, ties. */
function lineageNotes(changes: readonly SharedChange[], independent: readonly number[], edges: readonly LineageEdge[], N: number, label: (v: number) => string): string[] {
  const notes: string[] = [];
  const uni = changes.filter((c) => c.universal);
  if (uni.length) {
    const adds = uni.filter((c) => c.kind === 'added' || (c.kind === 'clause' && c.from === null)).length;
    const drops = uni.filter((c) => c.kind === 'omitted' || (c.kind === 'clause' && c.to === null)).length;
    const parts: string[] = [];
    if (adds) parts.push(`${adds} addition${adds === 1 ? '' : 's'}`);
    if (drops) parts.push(`${drops} omission${drops === 1 ? '' : 's'}`);
    if (uni.length - adds - drops) parts.push(`${uni.length - adds - drops} other${uni.length - adds - drops === 1 ? '' : 's'}`);
    const why =
      adds && adds >= drops
        ? 'the canonical text may be a shortened or earlier copy of the story they share'
        : drops > adds
          ? 'the canonical text has content none of the versions carry: it may be a later or longer version (an update) of the story they copied'
          : 'the versions share a reading the canonical text lacks';
    notes.push(
      `${uni.length} change${uni.length === 1 ? ' is' : 's are'} made by every version (${parts.join(', ')}): ${why}. These changes are not used to infer who copied whom.`,
    );
  }
  if (independent.length && N > 1) {
    notes.push(
      `${independent.map(label).join(', ')} share${independent.length === 1 ? 's' : ''} no material change with any other version: most likely taken from the canonical text (or its source) directly.`,
    );
  }
  if (N < 2) notes.push('Lineage needs at least two versions.');
  if (edges.some((e) => e.alternatives.length)) notes.push('Some links are ties: the evidence cannot tell between equally close versions.');
  return notes;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
