/**
 * The features of a candidate link between two sentences, as the aligner has them once its steps
 * are done (the `rules` trace, alignState.ts), for the calibrated link score fitted and validated
 * by linkscore.ts: of the pair (similarity, shared and rare terms, how much of each sentence they
 * carry, place in the two texts, order, margins over the next best partner, figures and names both
 * give, the cosine of the sentences' mean word vectors, the rules' own "two statements" tests), of
 * the two texts as a whole (the share of sentences linked firmly, and linked at all, their length),
 * and the step that made the link; and three kinds of evidence the aligner does not use (embed14,
 * bench/embed/README.md): character 4-grams, each word's best vector cosine, and the order of the
 * gap the pair lies in. They rank the right pairs a little better on every fold left out, never
 * enough for a link (bench/embed/loso.ts).
 */
import type { Token } from '../../src/core/text';
import type { WordVectors } from '../../src/core/wordVectors';
import { anchorsOk, type LinkStep, type Pair, type State } from '../../src/core/alignState';
import { saysOtherThing } from '../../src/core/contrast';
import { sharesMoreThanSource, sharesOnePhrase } from '../../src/core/alignShared';
import { shared } from '../../src/core/alignTerms';

/** The features, in the order of a model's weights. */
export const LINK_FEATURES = [
  'bias',
  'dice',
  'rare',
  'shared',
  'contShort',
  'contLong',
  'posGap',
  'inOrder',
  'bounded',
  'mutual',
  'marginC',
  'marginA',
  'figures',
  'names',
  'vectors',
  'headings',
  'kindDiffers',
  'otherThing',
  'sourceOnly',
  'firmShare',
  'linkedShare',
  'size',
  'joins',
  'exact',
  'strong',
  'weak',
  'join',
  'gap',
  'rewrite',
  'fact',
  'title',
  // New evidence (embed14; bench/embed/README.md): spelling below the word, meaning by the vectors
  // word by word, and the order of the two texts around the pair.
  'chars',
  'soft',
  'onPath',
] as const;


/** What the score reads beyond the state: the language's antonym test and the English word vectors. */
export interface ScoreContext {
  opposes?: (c: Token[], a: Token[]) => boolean;
  vectors?: WordVectors;
}

/** A candidate the model weighs: a rule's one-to-one link (`step` the step that made it) or a leftover pair (`step` null). */
export interface LinkCandidate {
  c: number;
  a: number;
  step: LinkStep | null;
  features: number[];
}

const isAlignable = (k: string): boolean => k === 'sentence' || k === 'heading';

/** Each sentence's best and second best similarity among all candidate pairs, by side. */
function ranks(pairs: readonly Pair[], side: 'c' | 'a'): Map<number, { best: Pair; second: number }> {
  const out = new Map<number, { best: Pair; second: number }>();
  for (const p of pairs) {
    const r = out.get(p[side]);
    if (!r) out.set(p[side], { best: p, second: 0 });
    else if (p.dice > r.best.dice) out.set(p[side], { best: p, second: r.best.dice });
    else if (p.dice > r.second) r.second = p.dice;
  }
  return out;
}

function margin(dice: number, key: { c: number; a: number }, r: { best: Pair; second: number } | undefined): number {
  if (!r) return dice;
  const same = r.best.c === key.c && r.best.a === key.a;
  return Math.max(-1, Math.min(1, dice - (same ? r.second : r.best.dice)));
}

/** The terms of a sentence's figures, and of the words it writes as names (capitalised inside it). */
function termsWhere(s: State, tokens: readonly Token[], keep: (t: Token, i: number) => boolean): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (keep(t, i)) out.add(s.termOf(t));
  });
  return out;
}
function common(x: Set<number>, y: Set<number>): number {
  let n = 0;
  for (const t of x) if (y.has(t)) n++;
  return n;
}
const isFigure = (t: Token): boolean => t.num !== null;
const isName = (t: Token, i: number): boolean => i > 0 && t.cap && t.content && t.num === null;

/** A sentence's mean word vector, each content word weighted by its term's idf and scaled to unit length (null: no word in the table). */
function meanVector(s: State, tokens: readonly Token[], vectors: WordVectors): Float64Array | null {
  const out = new Float64Array(vectors.dims);
  let any = false;
  for (const t of tokens) {
    if (!t.content || t.num !== null) continue;
    const row = vectors.rowOf(t.norm);
    if (row < 0) continue;
    let len = 0;
    for (let d = row * vectors.dims, e = d + vectors.dims; d < e; d++) len += vectors.data[d]! * vectors.data[d]!;
    if (len === 0) continue;
    const term = s.termOf(t);
    const w = (term >= 0 ? s.idf[term]! : 1) / Math.sqrt(len);
    for (let k = 0, d = row * vectors.dims; k < vectors.dims; k++, d++) out[k] += w * vectors.data[d]!;
    any = true;
  }
  return any ? out : null;
}
function cosine(x: Float64Array | null, y: Float64Array | null): number {
  if (!x || !y) return 0;
  let xy = 0, xx = 0, yy = 0;
  for (let k = 0; k < x.length; k++) (xy += x[k]! * y[k]!), (xx += x[k]! * x[k]!), (yy += y[k]! * y[k]!);
  return xx > 0 && yy > 0 ? xy / Math.sqrt(xx * yy) : 0;
}

/** How many of a sentence's most alike leftover candidates the accept model weighs. */
const PER_SENTENCE = 3;

/**
 * The candidates the model weighs in the state the rules left, each with its features: every
 * one-to-one link below the firm bar (neither word for word nor well above the threshold: `step` the step that made it), and the pairs
 * of sentences at least one of which is left over, among the few most alike candidates of each
 * (`step` null: linked, a leftover pair makes a link, and a leftover joins its partner's group).
 */
export function linkCandidates(s: State, steps: ReadonlyMap<number, LinkStep>, ctx: ScoreContext): LinkCandidate[] {
  const { canon, art, cGroup, aGroup } = s;
  const byC = ranks(s.overlapping, 'c');
  const byA = ranks(s.overlapping, 'a');
  const out: Array<{ c: number; a: number; step: LinkStep | null }> = [];
  for (const g of s.groups) {
    if (!g || g.c.length !== 1 || g.a.length !== 1) continue;
    const step = steps.get(key(s, g.c[0]!, g.a[0]!)) ?? null;
    if (step && step !== 'exact') out.push({ c: g.c[0]!, a: g.a[0]!, step });
  }
  // The pairs with a leftover, most alike first (s.overlapping's order), the first few of each leftover sentence.
  const seenC = new Map<number, number>();
  const seenA = new Map<number, number>();
  for (const p of s.overlapping) {
    const cFree = cGroup[p.c]! < 0;
    const aFree = aGroup[p.a]! < 0;
    if ((!cFree && !aFree) || !isAlignable(canon.sentences[p.c]!.kind) || !isAlignable(art.sentences[p.a]!.kind)) continue;
    const nc = seenC.get(p.c) ?? 0;
    const na = seenA.get(p.a) ?? 0;
    if ((cFree && nc < PER_SENTENCE) || (aFree && na < PER_SENTENCE)) out.push({ c: p.c, a: p.a, step: null });
    if (cFree) seenC.set(p.c, nc + 1);
    if (aFree) seenA.set(p.a, na + 1);
  }
  const text = textFeatures(s, steps);
  const chars = charSimilarity(s);
  const soft = ctx.vectors ? softSimilarity(s, ctx.vectors) : (): number => 0;
  const onPath = monotonePath(s);
  const mean = new Map<string, Float64Array | null>();
  const vec = (side: 'c' | 'a', i: number): Float64Array | null => {
    if (!ctx.vectors) return null;
    const k = side + i;
    if (!mean.has(k)) mean.set(k, meanVector(s, (side === 'c' ? canon : art).tokens[i]!, ctx.vectors));
    return mean.get(k)!;
  };
  return out.map((x) => ({ ...x, features: pairFeatures(s, x, { byC, byA, text, ctx, vec, chars, soft, onPath }) }));
}

/** The key of a pair of sentences in the map of the steps that made each link. */
export function key(s: State, c: number, a: number): number {
  return c * (s.art.sentences.length + 1) + a;
}

/** Features of the two texts as a whole: the share of sentences linked firmly (exact or strong), and linked at all, and their length. */
function textFeatures(s: State, steps: ReadonlyMap<number, LinkStep>): { firmShare: number; linkedShare: number; size: number } {
  const n = (doc: State['canon']): number => doc.sentences.filter((x) => isAlignable(x.kind)).length;
  const least = Math.max(1, Math.min(n(s.canon), n(s.art)));
  let firm = 0;
  for (const step of steps.values()) if (step === 'exact' || step === 'strong') firm++;
  let linked = 0;
  for (const g of s.groups) if (g) linked += Math.min(g.c.length, g.a.length);
  return { firmShare: Math.min(1, firm / least), linkedShare: Math.min(1, linked / least), size: Math.min(1, Math.log2(least) / 6) };
}

interface FeatureContext {
  byC: ReturnType<typeof ranks>;
  byA: ReturnType<typeof ranks>;
  text: ReturnType<typeof textFeatures>;
  ctx: ScoreContext;
  vec: (side: 'c' | 'a', i: number) => Float64Array | null;
  chars: (c: number, a: number) => number;
  soft: (c: number, a: number) => number;
  onPath: (c: number, a: number) => boolean;
}

const STEPS: readonly LinkStep[] = ['exact', 'strong', 'weak', 'join', 'gap', 'rewrite', 'fact', 'title'];

function pairFeatures(s: State, x: { c: number; a: number; step: LinkStep | null }, f: FeatureContext): number[] {
  const { c, a } = x;
  const cv = s.cv[c]!;
  const av = s.av[a]!;
  const sh = shared(cv.terms, av.terms, s.idf, s.df);
  const long = Math.max(cv.weight, av.weight);
  const short = Math.min(cv.weight, av.weight);
  const d = cv.weight + av.weight;
  const dice = d > 0 ? (2 * sh.ov) / d : 0;
  const ct = s.canon.tokens[c]!;
  const at = s.art.tokens[a]!;
  const ck = s.canon.sentences[c]!.kind;
  const ak = s.art.sentences[a]!.kind;
  const mc = margin(dice, x, f.byC.get(c));
  const ma = margin(dice, x, f.byA.get(a));
  return [
    1,
    dice,
    Math.min(sh.rare, 3) / 3,
    Math.min(sh.shared, 6) / 6,
    short > 0 ? sh.ov / short : 0,
    long > 0 ? sh.ov / long : 0,
    Math.abs((c + 0.5) / s.cv.length - (a + 0.5) / s.av.length),
    anchorsOk(s, c, a) ? 1 : 0,
    anchorsOk(s, c, a, true) ? 1 : 0,
    mc >= 0 && ma >= 0 ? 1 : 0,
    mc,
    ma,
    Math.min(common(termsWhere(s, ct, isFigure), termsWhere(s, at, isFigure)), 2) / 2,
    Math.min(common(termsWhere(s, ct, isName), termsWhere(s, at, isName)), 2) / 2,
    cosine(f.vec('c', c), f.vec('a', a)),
    ck === 'heading' && ak === 'heading' ? 1 : 0,
    ck !== ak ? 1 : 0,
    saysOtherThing(s, c, a, sh.ov) || !!f.ctx.opposes?.(ct, at) ? 1 : 0,
    !sharesMoreThanSource(s, c, a, s.reporting) || sharesOnePhrase(ct, at) ? 1 : 0,
    f.text.firmShare,
    f.text.linkedShare,
    f.text.size,
    s.cGroup[c]! >= 0 || s.aGroup[a]! >= 0 ? 1 : 0,
    ...STEPS.map((st) => (x.step === st ? 1 : 0)),
    f.chars(c, a),
    f.soft(c, a),
    f.onPath(c, a) ? 1 : 0,
  ];
}

/** The model's probability that a link is right: the logistic of the dot product of weights and features. */
export function linkProbability(weights: readonly number[], features: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += weights[i]! * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** A content word's character 4-grams, the word padded with a space at each end (a word of two letters or fewer is one gram). */
function grams(word: string, out: Set<string>): void {
  const w = ` ${word} `;
  if (w.length < 5) return void out.add(w);
  for (let i = 0; i + 4 <= w.length; i++) out.add(w.slice(i, i + 4));
}

/**
 * Spelling below the word: the cosine of two sentences' sets of character 4-grams of their
 * content words (figures aside), each gram weighted by its idf over the sentences of both texts
 * (squared, as a tf-idf cosine of binary counts). Inflections and derivations the stems keep
 * apart ("decided" / "decision"), compounds, names transliterated two ways ("Gaddafi" / "Qaddafi").
 */
export function charSimilarity(s: State): (c: number, a: number) => number {
  const sets: Array<Array<Set<string>>> = [[], []];
  const df = new Map<string, number>();
  [s.canon, s.art].forEach((doc, side) => {
    for (const ts of doc.tokens) {
      const g = new Set<string>();
      for (const t of ts) if (t.content && t.num === null) grams(t.norm, g);
      sets[side]!.push(g);
      for (const x of g) df.set(x, (df.get(x) ?? 0) + 1);
    }
  });
  const n = s.canon.tokens.length + s.art.tokens.length;
  const w = (x: string): number => Math.log(1 + n / (df.get(x) ?? 1)) ** 2;
  const norms = sets.map((side) =>
    side.map((g) => {
      let sum = 0;
      for (const x of g) sum += w(x);
      return Math.sqrt(sum);
    }),
  );
  return (c, a) => {
    const x = sets[0]![c]!;
    const y = sets[1]![a]!;
    let dot = 0;
    for (const g of x) if (y.has(g)) dot += w(g);
    const d = norms[0]![c]! * norms[1]![a]!;
    return d > 0 ? dot / d : 0;
  };
}

/**
 * Meaning word by word (a static-vector BERTScore): each content word of one sentence is credited
 * with its best cosine to a word of the other (1 for the same term; 0 below 0.3; names and
 * figures only by their term), weighted by its term's idf; the F of the two directions.
 */
export function softSimilarity(s: State, vectors: WordVectors): (c: number, a: number) => number {
  type W = { term: number; row: number; idf: number };
  const words = (tokens: readonly Token[]): W[] => {
    const out: W[] = [];
    const seen = new Set<number>();
    tokens.forEach((t, i) => {
      if (!t.content) return;
      const term = s.termOf(t);
      if (term < 0 || seen.has(term)) return;
      seen.add(term);
      const plain = t.num === null && !(i > 0 && t.cap);
      out.push({ term, row: plain ? vectors.rowOf(t.norm) : -1, idf: s.idf[term]! });
    });
    return out;
  };
  const cw = s.canon.tokens.map(words);
  const aw = s.art.tokens.map(words);
  const credit = (x: W[], y: W[]): number => {
    let got = 0;
    let all = 0;
    for (const u of x) {
      let best = 0;
      for (const v of y) {
        if (u.term === v.term) {
          best = 1;
          break;
        }
        if (u.row >= 0 && v.row >= 0) best = Math.max(best, vectors.cosine(u.row, v.row));
      }
      got += u.idf * (best >= 0.3 ? best : 0);
      all += u.idf;
    }
    return all > 0 ? got / all : 0;
  };
  return (c, a) => {
    const p = credit(cw[c]!, aw[a]!);
    const r = credit(aw[a]!, cw[c]!);
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
  };
}

/**
 * The order of the two texts around a pair (Gale–Church, vecalign): where the sentences before
 * and after the pair are linked to one another on both sides (the pair lies in one gap between
 * the same two links, or between a link and a text's start or end), the best order-keeping
 * pairing of the gap's leftover sentences (a monotone path through the gap, one to one or
 * skipping, scored by each pair's similarity less 0.05) holds the pair.
 */
export function monotonePath(s: State): (c: number, a: number) => boolean {
  const sim = new Map<number, number>();
  const k = (c: number, a: number): number => c * (s.art.sentences.length + 1) + a;
  for (const p of s.overlapping) sim.set(k(p.c, p.a), p.dice);
  const done = new Map<string, Set<number>>();
  const edge = (group: Int32Array, i: number, step: number): number => {
    for (let j = i + step; j >= 0 && j < group.length; j += step) if (group[j]! >= 0) return j;
    return step < 0 ? -1 : group.length;
  };
  return (c, a) => {
    if (s.cGroup[c]! >= 0 || s.aGroup[a]! >= 0) return false;
    const c0 = edge(s.cGroup, c, -1), c1 = edge(s.cGroup, c, 1), a0 = edge(s.aGroup, a, -1), a1 = edge(s.aGroup, a, 1);
    const g = (group: Int32Array, i: number): number => (i < 0 ? -2 : i >= group.length ? -3 : group[i]!);
    if (g(s.cGroup, c0) !== g(s.aGroup, a0) || g(s.cGroup, c1) !== g(s.aGroup, a1)) return false;
    const id = `${c0} ${c1} ${a0} ${a1}`;
    let path = done.get(id);
    if (!path) {
      const cs: number[] = [];
      const as: number[] = [];
      for (let i = c0 + 1; i < c1; i++) if (isAlignable(s.canon.sentences[i]!.kind)) cs.push(i);
      for (let i = a0 + 1; i < a1; i++) if (isAlignable(s.art.sentences[i]!.kind)) as.push(i);
      path = bestPath(cs, as, (x, y) => (sim.get(k(x, y)) ?? 0) - 0.05, k);
      done.set(id, path);
    }
    return path.has(k(c, a));
  };
}

/** The most weight an order-keeping one-to-one pairing of `cs` with `as` can have (pairs of positive weight only), as its pairs' keys. */
function bestPath(cs: number[], as: number[], weight: (c: number, a: number) => number, k: (c: number, a: number) => number): Set<number> {
  const n = cs.length;
  const m = as.length;
  const f = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const back = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1));
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      let best = f[i - 1]![j]!;
      let b = 1;
      if (f[i]![j - 1]! > best) ((best = f[i]![j - 1]!), (b = 2));
      const w = weight(cs[i - 1]!, as[j - 1]!);
      if (w > 0 && f[i - 1]![j - 1]! + w > best) ((best = f[i - 1]![j - 1]! + w), (b = 3));
      f[i]![j] = best;
      back[i]![j] = b;
    }
  const out = new Set<number>();
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const b = back[i]![j];
    if (b === 3) (out.add(k(cs[i - 1]!, as[j - 1]!)), i--, j--);
    else if (b === 1) i--;
    else j--;
  }
  return out;
}
