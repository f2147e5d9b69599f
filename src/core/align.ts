/**
 * Sentence alignment.
 *
 * Each sentence becomes a set of weighted terms (content-word keys, a word the other text
 * has only as a synonym counted as that synonym; weighted by inverse
 * document frequency over both texts). Candidate pairs come from an inverted index, so
 * long texts never build an n×m matrix. Then:
 *
 * 1. one-to-one links, best first, above the similarity threshold;
 * 2. splits and merges: a sentence left over whose words sit inside a sentence already
 *    linked joins that link if it makes the group more alike;
 * 3. gap filling: two sentences left over between the same anchors are linked at a
 *    lower threshold (paraphrase and translation drift), and lower still when they are
 *    each other's best and share rare terms (rewrites that keep the facts, not the words);
 * 4. headings that sum up a sentence (a headline over the lead) are linked as summaries;
 * 5. groups that stand out of canonical order are marked moved (longest increasing
 *    subsequence of the canonical positions in article order).
 */
import type { AlignmentRelation, Sentence } from './types';
import type { Token } from './text';

/** A document prepared for alignment. */
export interface AlignDoc {
  sentences: Sentence[];
  tokens: Token[][];
}

/** One group of linked sentences, before the word-level analysis. */
export interface Group {
  canonical: number[];
  article: number[];
  similarity: number;
  relation: AlignmentRelation;
  moved: boolean;
}

/** Sentences the alignment found repeated: an article sentence that restates an already matched canonical one. */
export interface Repeat {
  article: number;
  canonical: number;
}

export interface AlignResult {
  groups: Group[];
  repeats: Repeat[];
}

interface Vec {
  /** Sorted unique term ids. */
  terms: Int32Array;
  weight: number;
}

interface Pair {
  c: number;
  a: number;
  ov: number;
  dice: number;
}

/** Candidates kept per sentence. */
const TOP_K = 6;
/** How many of a sentence's terms (the rarest) are looked up in the index. */
const LOOKUP_TERMS = 12;
/** How much of a long posting list is read, around the expected position. */
const WINDOW = 64;
/** Codes per `String.fromCharCode.apply` call in an exact key (well under engines' argument limits). */
const KEY_CHUNK = 8192;

function isAlignable(s: Sentence): boolean {
  return s.kind === 'sentence' || s.kind === 'heading';
}

/** Share of the one-to-one threshold at which mutual best leftovers between the same anchors link (step 3b). */
const LOW_OVERLAP = 0.35;

/** How many terms two sorted term arrays share that occur in no other item (rare: names, figures, key words). */
function rareShared(a: Int32Array, b: Int32Array, df: number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      if (df[x]! <= 2) n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Weighted overlap of two sorted term arrays. */
function overlap(a: Int32Array, b: Int32Array, idf: Float64Array): number {
  let i = 0;
  let j = 0;
  let ov = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      ov += idf[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return ov;
}

function union(vs: Vec[], idf: Float64Array): Vec {
  if (vs.length === 1) return vs[0]!;
  const all = new Set<number>();
  for (const v of vs) for (const t of v.terms) all.add(t);
  const terms = Int32Array.from(all).sort();
  let weight = 0;
  for (const t of terms) weight += idf[t]!;
  return { terms, weight };
}

function dice(a: Vec, b: Vec, idf: Float64Array): number {
  const d = a.weight + b.weight;
  return d > 0 ? (2 * overlap(a.terms, b.terms, idf)) / d : 0;
}

/** Longest increasing subsequence of `keys`; returns a membership mask. */
export function lisMask(keys: number[]): boolean[] {
  const tails: number[] = [];
  const prev = new Array<number>(keys.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < keys[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const mask = new Array<boolean>(keys.length).fill(false);
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) mask[k] = true;
  return mask;
}

/**
 * Term vectors of several lists of token sequences (a `null` item gets an empty vector),
 * with idf weights over every item of every list: the terms are the content words'
 * comparison keys, each counted once per item.
 */
function termVectors(
  lists: Array<Array<Token[] | null>>,
  remap?: ReadonlyMap<number, number>,
): { vecs: Vec[][]; idf: Float64Array; df: number[] } {
  // Key ids (global to the language context) → term ids (dense, local to this call). Key ids
  // are small dense integers, so the dictionary is an array indexed by key id, -1 for a key
  // not seen yet in this call.
  let maxKey = 0;
  for (const l of lists) {
    for (const toks of l) {
      if (!toks) continue;
      for (const t of toks) {
        const key = remap?.get(t.id) ?? t.id;
        if (key > maxKey) maxKey = key;
      }
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
  const toVecTerms = (tokens: Token[] | null): Int32Array => {
    if (!tokens) return EMPTY_TERMS;
    ids.length = 0;
    // Content words; a sentence of function words only (or symbols) is matched on all of its words.
    const anyContent = tokens.some((t) => t.content);
    for (const t of tokens) {
      if (anyContent && !t.content) continue;
      const key = remap?.get(t.id) ?? t.id;
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
    // A typed array sorts numerically without a comparator.
    return Int32Array.from(ids).sort();
  };
  const vecTerms = lists.map((l) => l.map(toVecTerms));
  const n = lists.reduce((k, l) => k + l.length, 0);
  const idf = new Float64Array(terms);
  for (let t = 0; t < idf.length; t++) idf[t] = Math.log(1 + n / df[t]!);
  const mk = (ts: Int32Array): Vec => {
    let w = 0;
    for (const t of ts) w += idf[t]!;
    return { terms: ts, weight: w };
  };
  return { vecs: vecTerms.map((l) => l.map(mk)), idf, df };
}

/** Inverted index: term id (dense) → the items that have it, ascending. */
function postings(vecs: Vec[]): Array<number[] | undefined> {
  const m: Array<number[] | undefined> = [];
  for (let i = 0; i < vecs.length; i++) {
    for (const t of vecs[i]!.terms) {
      const l = m[t];
      if (l) l.push(i);
      else m[t] = [i];
    }
  }
  return m;
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
function forEachCandidate(
  from: Vec[],
  index: Array<number[] | undefined>,
  otherCount: number,
  weights: { idf: Float64Array; df: number[] },
  topK: number,
  visit: (i: number, j: number) => void,
  skip?: (i: number, j: number) => boolean,
  window = WINDOW,
): void {
  const { idf, df } = weights;
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
      const l = index[t];
      if (!l) continue;
      let lo = 0;
      let hi = l.length;
      if (l.length > window) {
        const expected = i * scale;
        let a = 0;
        let b = l.length;
        while (a < b) {
          const mid = (a + b) >> 1;
          if (l[mid]! < expected) a = mid + 1;
          else b = mid;
        }
        lo = Math.max(0, Math.min(a - (window >> 1), l.length - window));
        hi = lo + window;
      }
      const w = idf[t]!;
      for (let k = lo; k < hi; k++) {
        const j = l[k]!;
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
function rarest(terms: Int32Array, df: number[], out: number[]): number {
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
  } = termVectors([items]) as { vecs: [Vec[]]; idf: Float64Array; df: number[] };
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

/**
 * Synonyms shared across the two texts: each content word of the article that the canonical
 * text lacks, mapped (by key id) to a synonym that only the canonical text has ("aid" in the
 * article, "help" in the canonical), so that a paraphrase links by what it means.
 */
function synonymRemap(canon: AlignDoc, art: AlignDoc, synonyms: (key: string) => readonly string[]): Map<number, number> {
  // Key ids are small integers: which side has each, in flat arrays.
  let max = 0;
  for (const doc of [canon, art]) for (const ts of doc.tokens) for (const t of ts) if (t.id > max) max = t.id;
  const inC = new Uint8Array(max + 1);
  const inA = new Uint8Array(max + 1);
  const cByKey = new Map<string, number>();
  const aOnly: Token[] = [];
  for (const ts of canon.tokens) for (const t of ts) if (t.content && t.num === null && !inC[t.id]) (inC[t.id] = 1), cByKey.set(t.key, t.id);
  for (const ts of art.tokens) for (const t of ts) if (t.content && t.num === null && !inA[t.id]) (inA[t.id] = 1), !inC[t.id] && aOnly.push(t);
  const remap = new Map<number, number>();
  for (const t of aOnly) {
    for (const syn of synonyms(t.key)) {
      const to = cByKey.get(syn);
      if (to !== undefined && !inA[to]) {
        remap.set(t.id, to);
        break;
      }
    }
  }
  return remap;
}

export interface AlignOptions {
  /** A word's synonyms, by comparison key (the language's, when known): paraphrases link by them. */
  synonyms?: (key: string) => readonly string[];
}

/**
 * Aligns the sentences of two documents. `threshold` is the similarity above which two
 * sentences are linked one to one.
 */
export function align(canon: AlignDoc, art: AlignDoc, threshold: number, options: AlignOptions = {}): AlignResult {
  // --- term vectors and weights ---------------------------------------------------
  const {
    vecs: [cv, av],
    idf,
    df,
  } = termVectors(
    [
      canon.tokens.map((t, i) => (isAlignable(canon.sentences[i]!) ? t : null)),
      art.tokens.map((t, i) => (isAlignable(art.sentences[i]!) ? t : null)),
    ],
    options.synonyms ? synonymRemap(canon, art, options.synonyms) : undefined,
  ) as { vecs: [Vec[], Vec[]]; idf: Float64Array; df: number[] };

  // --- groups, kept as a map from sentence to group -------------------------------
  const cGroup = new Int32Array(canon.sentences.length).fill(-1);
  const aGroup = new Int32Array(art.sentences.length).fill(-1);
  const groups: Array<{ c: number[]; a: number[] } | null> = [];
  const link = (c: number, a: number): void => {
    const gc = cGroup[c]!;
    const ga = aGroup[a]!;
    if (gc < 0 && ga < 0) {
      groups.push({ c: [c], a: [a] });
      cGroup[c] = aGroup[a] = groups.length - 1;
    } else if (gc >= 0 && ga < 0) {
      groups[gc]!.a.push(a);
      aGroup[a] = gc;
    } else if (ga >= 0 && gc < 0) {
      groups[ga]!.c.push(c);
      cGroup[c] = ga;
    }
  };
  const kindOk = (c: number, a: number, d: number): boolean =>
    canon.sentences[c]!.kind === art.sentences[a]!.kind || d >= 0.6;

  // 0. Sentences carried word for word, once on each side, are linked before any search;
  //    only the others look for candidates (they still find these as split/merge partners).
  const codes: number[] = [];
  const exactKey = (tokens: Token[]): string => {
    // The key ids as a string of code units (two per id): cheap to build, exact to compare.
    // Built from an array of codes in one call (in chunks, to stay under the argument
    // limit): `+=` per token would make a chain of cons strings to flatten when hashed.
    codes.length = 0;
    for (const t of tokens) codes.push(t.id & 0xffff, t.id >>> 16);
    if (codes.length <= KEY_CHUNK) return String.fromCharCode.apply(null, codes);
    let k = '';
    for (let i = 0; i < codes.length; i += KEY_CHUNK) k += String.fromCharCode.apply(null, codes.slice(i, i + KEY_CHUNK));
    return k;
  };
  const exact = new Map<string, { c: number[]; a: number[] }>();
  const addExact = (side: 'c' | 'a', sentences: Sentence[], tokens: Token[][]): void => {
    sentences.forEach((s, i) => {
      if (!isAlignable(s) || tokens[i]!.length === 0) return;
      const k = exactKey(tokens[i]!);
      let e = exact.get(k);
      if (!e) exact.set(k, (e = { c: [], a: [] }));
      e[side].push(i);
    });
  };
  addExact('c', canon.sentences, canon.tokens);
  addExact('a', art.sentences, art.tokens);
  for (const e of exact.values()) if (e.c.length === 1 && e.a.length === 1) link(e.c[0]!, e.a[0]!);
  const EMPTY: Vec = { terms: new Int32Array(0), weight: 0 };
  const unlinked = (vecs: Vec[], group: Int32Array): Vec[] => vecs.map((v, i) => (group[i]! >= 0 ? EMPTY : v));

  // --- candidates through an inverted index, both ways -----------------------------
  const pairMap = new Map<number, Pair>();
  const addPair = (c: number, a: number): void => {
    const key = c * (art.sentences.length + 1) + a;
    if (pairMap.has(key)) return;
    const ov = overlap(cv[c]!.terms, av[a]!.terms, idf);
    const d = cv[c]!.weight + av[a]!.weight;
    pairMap.set(key, { c, a, ov, dice: d > 0 ? (2 * ov) / d : 0 });
  };
  forEachCandidate(unlinked(av, aGroup), postings(cv), cv.length, { idf, df }, TOP_K, (a, c) => addPair(c, a));
  forEachCandidate(unlinked(cv, cGroup), postings(av), av.length, { idf, df }, TOP_K, (c, a) => addPair(c, a));
  const pairs = [...pairMap.values()].sort((x, y) => y.dice - x.dice || x.c - y.c || x.a - y.a);

  // 1. One to one, best first.
  for (const p of pairs) {
    if (p.dice < threshold) break;
    if (cGroup[p.c]! < 0 && aGroup[p.a]! < 0 && kindOk(p.c, p.a, p.dice)) link(p.c, p.a);
  }

  // 2. Splits and merges: a leftover sentence joins a group when the group becomes more alike.
  const MAX_SIDE = 4;
  const groupVecs = (g: { c: number[]; a: number[] }): [Vec, Vec] => [
    union(g.c.map((i) => cv[i]!), idf),
    union(g.a.map((i) => av[i]!), idf),
  ];
  const byContainment = [...pairs].filter((p) => p.ov > 0);
  const tryJoin = (leftoverIsArticle: boolean): void => {
    // For each leftover, its candidates by how much of it sits inside the other sentence.
    const scored = byContainment
      .map((p) => {
        const own = leftoverIsArticle ? av[p.a]! : cv[p.c]!;
        return { p, cont: own.weight > 0 ? p.ov / own.weight : 0 };
      })
      .filter((x) => x.cont >= 0.34)
      .sort((x, y) => y.cont - x.cont || y.p.dice - x.p.dice);
    for (const { p, cont } of scored) {
      const leftover = leftoverIsArticle ? p.a : p.c;
      const target = leftoverIsArticle ? p.c : p.a;
      // Headings stand alone: a headline over the lead is a summary, not half of a split.
      if ((leftoverIsArticle ? art : canon).sentences[leftover]!.kind !== 'sentence') continue;
      if ((leftoverIsArticle ? aGroup : cGroup)[leftover]! >= 0) continue;
      const gi = (leftoverIsArticle ? cGroup : aGroup)[target]!;
      if (gi < 0) continue;
      const g = groups[gi]!;
      const members = leftoverIsArticle ? g.a : g.c;
      if (members.length >= MAX_SIDE) continue;
      // Less than half inside: only a neighbour of the group (the usual split) may join.
      if (cont < 0.5 && !members.some((m) => Math.abs(m - leftover) === 1)) continue;
      const [gc, ga] = groupVecs(g);
      const before = dice(gc, ga, idf);
      const after = leftoverIsArticle
        ? dice(gc, union([ga, av[leftover]!], idf), idf)
        : dice(union([gc, cv[leftover]!], idf), ga, idf);
      if (after > before + 0.02) {
        if (leftoverIsArticle) link(target, leftover);
        else link(leftover, target);
      }
    }
  };
  tryJoin(true);
  tryJoin(false);

  // 3. Gap filling: leftovers between the same anchors, at a lower threshold.
  /** Whether (c, a) lies between the same linked groups; `bounded`: and at least one such group exists. */
  const anchorsOk = (c: number, a: number, bounded = false): boolean => {
    let lo = -1;
    for (let i = a - 1; i >= 0; i--) {
      const g = aGroup[i]!;
      if (g >= 0) {
        lo = Math.max(...groups[g]!.c);
        break;
      }
    }
    let hi = Infinity;
    for (let i = a + 1; i < aGroup.length; i++) {
      const g = aGroup[i]!;
      if (g >= 0) {
        hi = Math.min(...groups[g]!.c);
        break;
      }
    }
    return lo < c && c < hi && (!bounded || lo >= 0 || hi < Infinity);
  };
  for (const p of pairs) {
    if (p.dice < threshold * 0.6) break;
    if (cGroup[p.c]! < 0 && aGroup[p.a]! < 0 && kindOk(p.c, p.a, p.dice) && anchorsOk(p.c, p.a)) link(p.c, p.a);
  }
  // 3b. Rewrites at low overlap: between the same anchors, a leftover pair that is each
  //     other's best candidate links at a lower threshold still, when what they share is
  //     more than common words: at least two rare terms (a name, a figure, a key word, or
  //     its synonym) that no other sentence of either text has. Only inside a text that
  //     links elsewhere: two unrelated texts have no anchors.
  const bestOf = (side: 'c' | 'a'): Map<number, Pair> => {
    const m = new Map<number, Pair>();
    for (const p of pairs) {
      if (cGroup[p.c]! >= 0 || aGroup[p.a]! >= 0) continue;
      const k = side === 'c' ? p.c : p.a;
      if (!m.has(k)) m.set(k, p);
    }
    return m;
  };
  const bestC = bestOf('c');
  const bestA = bestOf('a');
  for (const p of pairs) {
    if (p.dice < threshold * LOW_OVERLAP) break;
    if (cGroup[p.c]! >= 0 || aGroup[p.a]! >= 0 || bestC.get(p.c) !== p || bestA.get(p.a) !== p) continue;
    if (!kindOk(p.c, p.a, p.dice) || !anchorsOk(p.c, p.a, true)) continue;
    if (rareShared(cv[p.c]!.terms, av[p.a]!.terms, df) >= 2) link(p.c, p.a);
  }

  // 4. Summaries (a heading over a sentence) and repeats (a sentence restating one already matched).
  const out: Group[] = [];
  const repeats: Repeat[] = [];
  const bestByContainment = new Map<number, { c: number; cont: number }>();
  for (const p of pairs) {
    if (aGroup[p.a]! >= 0) continue;
    const w = av[p.a]!.weight;
    const cont = w > 0 ? p.ov / w : 0;
    const cur = bestByContainment.get(p.a);
    if (!cur || cont > cur.cont) bestByContainment.set(p.a, { c: p.c, cont });
  }
  for (const [a, { c, cont }] of bestByContainment) {
    const kind = art.sentences[a]!.kind;
    if (kind === 'heading' && cont >= 0.5 && av[a]!.terms.length >= 3) {
      out.push({ canonical: [c], article: [a], similarity: round(dice(cv[c]!, av[a]!, idf)), relation: 'summary', moved: false });
    } else if (kind === 'sentence' && cont >= 0.8 && cGroup[c]! >= 0) {
      repeats.push({ article: a, canonical: c });
    }
  }

  // --- finish groups: sort members, relation, similarity, moved ---------------------
  const real: Group[] = [];
  for (const g of groups) {
    if (!g) continue;
    g.c.sort((x, y) => x - y);
    g.a.sort((x, y) => x - y);
    const [gc, ga] = groupVecs(g);
    const relation: AlignmentRelation =
      g.c.length === 1 && g.a.length === 1 ? 'match' : g.c.length === 1 ? 'split' : g.a.length === 1 ? 'merge' : 'many';
    real.push({ canonical: g.c, article: g.a, similarity: round(dice(gc, ga, idf)), relation, moved: false });
  }
  real.sort((x, y) => x.article[0]! - y.article[0]!);
  const mask = lisMask(real.map((g) => g.canonical[0]!));
  real.forEach((g, i) => (g.moved = !mask[i]));
  return { groups: [...real, ...out], repeats: repeats.sort((x, y) => x.article - y.article) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
