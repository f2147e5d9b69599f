/**
 * The terms of alignment: each sentence as a set of weighted terms (content-word keys, a word
 * the other text has only as a synonym counted as that synonym, weighted by inverse document
 * frequency over both texts), their overlap and Dice similarity, and the candidate search
 * through an inverted index, so that long texts never build an n×m matrix. Used by align.ts.
 */
import type { Sentence } from './types';
import type { Token } from './text';
import { IdBytes } from './idBytes';
import { mapList } from './lists';

/** A document prepared for alignment. */
export interface AlignDoc {
  sentences: Sentence[];
  tokens: Token[][];
  /** The document's text, which the tokens' offsets point into (read by `alignWhen.ts`). */
  text?: string;
  /** Per sentence, per token: 1 inside a quotation (read by `carriesQuotations`, contrast.ts). */
  quoted?: readonly Uint8Array[];
}

export interface Vec {
  /** Sorted unique term ids. */
  terms: Int32Array;
  weight: number;
}
/** Candidates kept per sentence. */
export const TOP_K = 6;
/** How many of a sentence's terms (the rarest) are looked up in the index. */
export const LOOKUP_TERMS = 12;
/** How much of a long posting list is read, around the expected position. */
export const WINDOW = 64;
/** Keeps every term: `keep`'s default (one function, not a new one per call). */
const ALL = (): boolean => true;

/** What the last `walkShared` found: read by its callers right after it returns. */
const found = { ov: 0, shared: 0, rare: 0 };

/**
 * One merge walk over the terms two sorted term arrays share that `keep` accepts: their idf
 * weight (summed in the order of the terms), how many, and how many occur in no other item
 * (`df` at most 2), into `found`. No callback of its own and no object per call: the
 * candidate search weighs some hundred thousand pairs on a long text, and a closure per call
 * (with its context) and a result object were most of what it allocated.
 */
function walkShared(a: Int32Array, b: Int32Array, idf: Float64Array | null, df: number[] | null, keep: (term: number) => boolean): void {
  let i = 0;
  let j = 0;
  let ov = 0;
  let n = 0;
  let rare = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      if (keep(x)) {
        n++;
        if (df !== null && df[x]! <= 2) rare++;
        if (idf !== null) ov += idf[x]!;
      }
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  found.ov = ov;
  found.shared = n;
  found.rare = rare;
}

/** How many terms two sorted term arrays share that occur in no other item (rare: names, figures, key words); `keep`: of those it accepts. */
export function rareShared(a: Int32Array, b: Int32Array, df: number[], keep: (term: number) => boolean = ALL): number {
  walkShared(a, b, null, df, keep);
  return found.rare;
}

/** How many terms two sorted term arrays share; `keep`: of those it accepts. */
export function sharedCount(a: Int32Array, b: Int32Array, keep: (term: number) => boolean = ALL): number {
  walkShared(a, b, null, null, keep);
  return found.shared;
}

/**
 * What two sorted term arrays share, in one merge walk: the weighted overlap, how many terms,
 * and how many of those occur in no other item (as `overlap`, `sharedCount` and `rareShared`).
 */
export function shared(a: Int32Array, b: Int32Array, idf: Float64Array, df: number[]): { ov: number; shared: number; rare: number } {
  walkShared(a, b, idf, df, ALL);
  return { ov: found.ov, shared: found.shared, rare: found.rare };
}

/** Weighted overlap of two sorted term arrays. */
export function overlap(a: Int32Array, b: Int32Array, idf: Float64Array): number {
  walkShared(a, b, idf, null, ALL);
  return found.ov;
}

/** The terms of two sorted term arrays, sorted, each once (a merge: no set, no sort). */
export function mergeTerms(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) {
      out[n++] = x;
      i++;
      if (x === y) j++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return n === out.length ? out : out.slice(0, n);
}

/** The vector of several items together: their terms, each once, weighted as one item. */
export function union(vs: Vec[], idf: Float64Array): Vec {
  if (vs.length === 1) return vs[0]!;
  let terms = vs[0]?.terms ?? new Int32Array(0);
  for (let k = 1; k < vs.length; k++) terms = mergeTerms(terms, vs[k]!.terms);
  let weight = 0;
  for (const t of terms) weight += idf[t]!;
  return { terms, weight };
}

export function dice(a: Vec, b: Vec, idf: Float64Array): number {
  const d = a.weight + b.weight;
  return d > 0 ? (2 * overlap(a.terms, b.terms, idf)) / d : 0;
}

/**
 * Term vectors of several lists of token sequences (a `null` item gets an empty vector),
 * with idf weights over every item of every list: the terms are the content words'
 * comparison keys, each counted once per item.
 */
export function termVectors(
  lists: Array<Array<Token[] | null>>,
  remap?: ReadonlyMap<number, number>,
): { vecs: Vec[][]; idf: Float64Array; df: number[]; termOf: (t: Token) => number } {
  // Key ids (global to the language context) → term ids (dense, local to this call). Key ids
  // are small dense integers, so the dictionary is an array indexed by key id, -1 for a key
  // not seen yet in this call.
  // The remap as an array by key id (-1: not remapped), looked up once per token.
  let maxId = 0;
  for (const l of lists) for (const toks of l) if (toks) for (const t of toks) if (t.id > maxId) maxId = t.id;
  let maxKey = maxId;
  let remapped: Int32Array | null = null;
  if (remap?.size) {
    remapped = new Int32Array(maxId + 1).fill(-1);
    for (const [from, to] of remap) {
      if (from <= maxId) remapped[from] = to;
      if (to > maxKey) maxKey = to;
    }
  }
  const dict = new Int32Array(maxKey + 1).fill(-1);
  let terms = 0;
  const df: number[] = [];
  const seen: number[] = [];
  let items = 0;
  const EMPTY_TERMS = new Int32Array(0);
  // Reused for every item: the result is copied out as a sorted Int32Array.
  const ids: number[] = [];
  // The items' terms side by side in one buffer (an item has no more terms than tokens), each
  // item's a view of its part: a typed array of more than 64 bytes is a buffer of its own
  // outside the heap, slow to make one per item.
  let tokenCount = 0;
  for (const l of lists) for (const toks of l) if (toks) tokenCount += toks.length;
  const pool = new Int32Array(tokenCount);
  let used = 0;
  const toVecTerms = (tokens: Token[] | null): Int32Array => {
    if (!tokens) return EMPTY_TERMS;
    ids.length = 0;
    // Content words; a sentence of function words only (or symbols) is matched on all of its words.
    const anyContent = tokens.some((t) => t.content);
    for (const t of tokens) {
      if (anyContent && !t.content) continue;
      const to = remapped ? remapped[t.id]! : -1;
      const key = to >= 0 ? to : t.id;
      let id = dict[key]!;
      if (id < 0) {
        id = dict[key] = terms++;
        df.push(0);
        seen.push(-1);
      }
      // Once per item: `seen` holds the last item that counted the term.
      if (seen[id] !== items) {
        seen[id] = items;
        df[id]!++;
        ids.push(id);
      }
    }
    items++;
    const out = pool.subarray(used, used + ids.length);
    used += ids.length;
    for (let k = 0; k < ids.length; k++) out[k] = ids[k]!;
    // A typed array sorts numerically without a comparator.
    return out.sort();
  };
  const vecTerms = mapList(lists, (l) => mapList(l, toVecTerms));
  const n = lists.reduce((k, l) => k + l.length, 0);
  const idf = new Float64Array(terms);
  for (let t = 0; t < idf.length; t++) idf[t] = Math.log(1 + n / df[t]!);
  const mk = (ts: Int32Array): Vec => {
    let w = 0;
    for (const t of ts) w += idf[t]!;
    return { terms: ts, weight: w };
  };
  // A token's term id (-1: a word no item had), for a part of a sentence weighed on its own.
  const termOf = (t: Token): number => {
    const to = remapped && t.id < remapped.length ? remapped[t.id]! : -1;
    const key = to >= 0 ? to : t.id;
    return key < dict.length ? dict[key]! : -1;
  };
  return { vecs: mapList(vecTerms, (l) => mapList(l, mk)), idf, df, termOf };
}

/**
 * Inverted index: term id (dense) → the items that have it, ascending, all in one array:
 * term t's items are `items[start[t]]` to `items[start[t + 1] - 1]` (none for a term past
 * the end of `start`). Two typed arrays, not an array per term.
 */
export interface Postings {
  start: Int32Array;
  items: Int32Array;
}

/** The inverted index of `vecs` (see `Postings`), in two passes: count per term, then place. */
export function postings(vecs: Vec[]): Postings {
  let terms = 0;
  let total = 0;
  for (const v of vecs) {
    total += v.terms.length;
    // Sorted terms: the last is the largest.
    if (v.terms.length) terms = Math.max(terms, v.terms[v.terms.length - 1]! + 1);
  }
  const start = new Int32Array(terms + 1);
  for (const v of vecs) for (const t of v.terms) start[t + 1]!++;
  for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
  const next = start.slice(0, terms);
  const items = new Int32Array(total);
  for (let i = 0; i < vecs.length; i++) for (const t of vecs[i]!.terms) items[next[t]!++] = i;
  return { start, items };
}

/**
 * The candidates of each item of `from` among the items of an inverted `index`: the
 * `topK` that share the most idf weight with it. Each item looks up only its
 * `LOOKUP_TERMS` rarest terms, and a posting list longer than `WINDOW` is read only in a
 * window around the item's expected position (the same relative place in the other
 * list), so the work per item is bounded however repetitive the texts are.
 * `window` overrides `WINDOW` (a caller that knows how many copies to expect).
 * `visit(i, j)` is called for each candidate pair, best first per item.
 */
export function forEachCandidate(
  from: Vec[],
  index: Postings,
  otherCount: number,
  weights: { idf: Float64Array; df: number[] },
  topK: number,
  visit: (i: number, j: number) => void,
  skip?: (i: number, j: number) => boolean,
  window = WINDOW,
): void {
  const { idf, df } = weights;
  const { start: starts, items } = index;
  const acc = new Float64Array(otherCount);
  // Reused for every item, never shrunk (no allocation per item): counts say how much is in use.
  const touched: number[] = [];
  const best: number[] = [];
  const rare: number[] = [];
  const scale = from.length > 0 ? otherCount / from.length : 1;
  for (let i = 0; i < from.length; i++) {
    const v = from[i]!;
    if (v.terms.length === 0) continue;
    let nTouched = 0;
    const nRare = rarest(v.terms, df, rare);
    for (let r = 0; r < nRare; r++) {
      const t = rare[r]!;
      if (t + 1 >= starts.length) continue;
      // Term t's items: items[from] to items[from + length - 1].
      const from = starts[t]!;
      const length = starts[t + 1]! - from;
      if (length === 0) continue;
      let lo = 0;
      let hi = length;
      if (length > window) {
        const expected = i * scale;
        let a = 0;
        let b = length;
        while (a < b) {
          const mid = (a + b) >> 1;
          if (items[from + mid]! < expected) a = mid + 1;
          else b = mid;
        }
        lo = Math.max(0, Math.min(a - (window >> 1), length - window));
        hi = lo + window;
      }
      const w = idf[t]!;
      for (let k = lo; k < hi; k++) {
        const j = items[from + k]!;
        if (skip?.(i, j)) continue;
        if (acc[j] === 0) touched[nTouched++] = j;
        acc[j] += w;
      }
    }
    // The top K by accumulated weight (ties: lower index), by insertion into a short sorted list.
    let nBest = 0;
    for (let x = 0; x < nTouched; x++) {
      const j = touched[x]!;
      const w = acc[j]!;
      if (nBest === topK) {
        const last = best[topK - 1]!;
        if (w < acc[last]! || (w === acc[last]! && j > last)) continue;
        nBest--;
      }
      let k = nBest;
      while (k > 0 && (acc[best[k - 1]!]! < w || (acc[best[k - 1]!]! === w && best[k - 1]! > j))) {
        best[k] = best[k - 1]!;
        k--;
      }
      best[k] = j;
      nBest++;
    }
    for (let x = 0; x < nBest; x++) visit(i, best[x]!);
    for (let x = 0; x < nTouched; x++) acc[touched[x]!] = 0;
  }
}

/**
 * The `LOOKUP_TERMS` terms of a vector found in the fewest items (ties: lower id), by a
 * bounded insertion into `out` (all the terms when there are no more than that). Returns
 * how many of `out` are in use.
 */
export function rarest(terms: Int32Array, df: number[], out: number[]): number {
  if (terms.length <= LOOKUP_TERMS) {
    for (let k = 0; k < terms.length; k++) out[k] = terms[k]!;
    return terms.length;
  }
  let n = 0;
  for (const t of terms) {
    if (n === LOOKUP_TERMS && df[t]! >= df[out[LOOKUP_TERMS - 1]!]!) continue;
    if (n === LOOKUP_TERMS) n--;
    let k = n;
    while (k > 0 && df[out[k - 1]!]! > df[t]!) {
      out[k] = out[k - 1]!;
      k--;
    }
    out[k] = t;
    n++;
  }
  return n;
}

/** A pair of similar items found by `similarPairs`. */
export interface SimilarPair {
  a: number;
  b: number;
  /** Weighted Dice similarity, 0..1, the measure `align` links sentences by. */
  similarity: number;
}

/**
 * Pairs of similar items within one collection of token sequences (sentences), by the
 * same measure `align` uses to link sentences: weighted Dice over the content words'
 * comparison keys, idf-weighted over the collection. Candidates come from an inverted
 * index (the `topK` items sharing the most weight with each item, reading at most
 * `window` entries of a posting list; see `forEachCandidate`), so no all-pairs pass is made.
 * Items with the same `group` value are never paired (e.g. sentences of one document).
 * Returns the pairs at or above `threshold`, best first (ties by `a`, then `b`), `a < b`.
 */
export function similarPairs(
  items: Token[][],
  group: ArrayLike<number>,
  threshold: number,
  options: { topK?: number; window?: number } = {},
): SimilarPair[] {
  const {
    vecs: [vs],
    idf,
    df,
  } = termVectors([items]) as { vecs: [Vec[]]; idf: Float64Array; df: number[]; termOf: (t: Token) => number };
  const index = postings(vs);
  const seen = new Set<number>();
  const out: SimilarPair[] = [];
  forEachCandidate(
    vs,
    index,
    vs.length,
    { idf, df },
    options.topK ?? TOP_K,
    (i, j) => {
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      const k = a * items.length + b;
      if (seen.has(k)) return;
      seen.add(k);
      const sim = dice(vs[a]!, vs[b]!, idf);
      if (sim >= threshold) out.push({ a, b, similarity: round(sim) });
    },
    (i, j) => j === i || group[j] === group[i],
    options.window,
  );
  return out.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
}

/** Each document's content words (see `contentWords`), by its token lists: a canonical compared again is not read again. */
const contentMemo = new WeakMap<Token[][], Token[]>();

/**
 * A document's words that carry content and are no figure, each key once: the first token of
 * each key id, in the order of the text. A pass that asks about the words a text has, not about
 * each time it has one, reads these: a long text has some thousands, not some hundred thousand.
 * Equal keys have equal ids, so one per id is one per key.
 */
export function contentWords(doc: AlignDoc): readonly Token[] {
  let out = contentMemo.get(doc.tokens);
  if (out) return out;
  out = [];
  const seen = new IdBytes();
  for (const ts of doc.tokens)
    for (const t of ts) {
      if (!t.content || t.num !== null || seen.get(t.id)) continue;
      seen.set(t.id, 1);
      out.push(t);
    }
  contentMemo.set(doc.tokens, out);
  return out;
}

/**
 * Synonyms shared across the two texts: each content word of the article that the canonical
 * text lacks, mapped (by key id) to a synonym that only the canonical text has ("aid" in the
 * article, "help" in the canonical), so that a paraphrase links by what it means. Which text
 * has which word is kept by key in sets of the two texts' words alone: the key ids are global
 * to a language and grow with every text read, so nothing here is sized by them.
 */
export function synonymRemap(canon: AlignDoc, art: AlignDoc, synonyms: (key: string) => readonly string[]): Map<number, number> {
  const cByKey = new Map<string, number>();
  const inA = new Set<string>();
  const aOnly: Token[] = [];
  for (const t of contentWords(canon)) cByKey.set(t.key, t.id);
  for (const t of contentWords(art)) {
    inA.add(t.key);
    if (!cByKey.has(t.key)) aOnly.push(t);
  }
  const remap = new Map<number, number>();
  for (const t of aOnly) {
    for (const syn of synonyms(t.key)) {
      const to = cByKey.get(syn);
      if (to !== undefined && !inA.has(syn)) {
        remap.set(t.id, to);
        break;
      }
    }
  }
  return remap;
}

/** The least and the greatest of a list of sentence numbers (no spread of the list into arguments). */
export const lowest = (xs: readonly number[]): number => xs.reduce((m, x) => (x < m ? x : m), Infinity);
export const highest = (xs: readonly number[]): number => xs.reduce((m, x) => (x > m ? x : m), -Infinity);

/** A similarity rounded to three decimals, as the output carries it. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
