/**
 * The matrix's added rows: the content the versions add, clustered across versions (the same
 * added sentence in two versions is one row) with `similarPairs`, the similarity `align`
 * links sentences by, through an inverted index (no all-pairs pass).
 */
import type { Comparison, Discrepancy } from './types';
import type { CellFinding, MatrixCell, MatrixRow, MatrixVersion } from './matrixTypes';
import { similarPairs } from './align';
import { round } from './alignTerms';
import { tokenizerContext } from './tokenizerContext';
import { tokenize, type Token, type TokenizerContext } from './text';
import { foldPunctuation } from './fold';
import { DisjointSets } from './disjointSets';

/** Text compared for "same wording": typographic variants and white space folded. */
export function foldWording(s: string): string {
  return foldPunctuation(s).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Sentences and headings are content; datelines and page chrome are not. */
export const isContent = (k: string): k is 'sentence' | 'heading' => k === 'sentence' || k === 'heading';

/** An added content sentence of one version. */
export interface AddedItem {
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

/** The added content sentences of version `v`, each with the canonical sentence it follows in that version. */
export function addedItems(c: Comparison, v: number, hiddenIds: ReadonlySet<string>): AddedItem[] {
  const canonOfArticle = new Map<number, number>();
  for (const a of c.alignments) {
    const last = a.canonical[a.canonical.length - 1]!;
    for (const x of a.article) canonOfArticle.set(x, last);
  }
  let after = -1;
  const addedBySentence = new Map<number, Discrepancy>();
  for (const d of c.discrepancies) if (d.kind === 'added' && d.article.length === 1) addedBySentence.set(d.article[0]!, d);
  const out: AddedItem[] = [];
  for (const s of c.article.sentences) {
    const cc = canonOfArticle.get(s.id);
    if (cc !== undefined) {
      after = cc;
      continue;
    }
    const d = addedBySentence.get(s.id);
    if (!d || !isContent(s.kind)) continue;
    out.push({
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
  return out;
}

/**
 * The added rows: the versions' added sentences clustered across versions (`threshold`:
 * the lowest similarity at which two are one row), one row per cluster that is not
 * dismissed wherever it occurs, in order: after their canonical row, then by the first
 * version that has them, then position. Counts each version's added rows in its column.
 */
export function addedRows(items: AddedItem[], language: string, threshold: number, versionsOut: MatrixVersion[]): MatrixRow[] {
  const N = versionsOut.length;
  const addedRows: MatrixRow[] = [];
  for (const members of clusterAdded(items, language, threshold, N)) {
    const shown = members.filter((m) => !m.hidden);
    if (shown.length === 0) continue; // dismissed wherever it occurs
    // The row's text: the most common wording, the earliest version's on a tie.
    const counts = new Map<string, number>();
    for (const m of members) counts.set(m.fold, (counts.get(m.fold) ?? 0) + 1);
    let rep = members[0]!;
    for (const m of members) if (counts.get(m.fold)! > counts.get(rep.fold)!) rep = m;
    const byVersion = new Map(members.map((m) => [m.version, m]));
    const cells: MatrixCell[] = [];
    for (let v = 0; v < N; v++) {
      const m = byVersion.get(v);
      cells.push(m ? addedCell(m, rep, language) : { status: 'absent', kinds: [], findings: [], article: [], moved: false, identical: false, similarity: null, dismissed: 0 });
      if (m && !m.hidden) versionsOut[v]!.added++;
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
  return addedRows;
}

/** A version's cell in an added row: the row's wording (`rep`'s), a reworded variant of it, or dismissed. */
function addedCell(m: AddedItem, rep: AddedItem, language: string): MatrixCell {
  const same = m.fold === rep.fold;
  return {
    status: m.hidden ? 'absent' : same ? 'verbatim' : 'changed',
    kinds: m.hidden ? [] : ['added'],
    findings: m.hidden || !m.finding ? [] : [m.finding],
    article: m.hidden ? [] : [m.sentence],
    moved: false,
    identical: same,
    similarity: m.hidden ? null : same ? 1 : round(m === rep ? 1 : similarityOf(m, rep, language)),
    dismissed: m.hidden ? 1 : 0,
  };
}

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
  const sets = new DisjointSets(items.length);
  const find = (i: number): number => sets.find(i);
  const vset = items.map((it) => new Set([it.version]));
  const unite = (i: number, j: number): void => {
    const a = find(i);
    const b = find(j);
    if (a === b) return;
    const [small, big] = vset[a]!.size < vset[b]!.size ? [a, b] : [b, a];
    for (const v of vset[small]!) if (vset[big]!.has(v)) return;
    for (const v of vset[small]!) vset[big]!.add(v);
    sets.link(small, big);
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

