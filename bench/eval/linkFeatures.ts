/**
 * The features of a candidate link between two sentences, as the aligner has them once its steps
 * are done (the `rules` trace, alignState.ts), for the calibrated link score fitted and validated
 * by linkscore.ts: of the pair (similarity, shared and rare terms, how much of each sentence they
 * carry, place in the two texts, order, margins over the next best partner, figures and names both
 * give, the cosine of the sentences' mean word vectors, the rules' own "two statements" tests), of
 * the two texts as a whole (the share of sentences linked firmly, and linked at all, their length),
 * and the step that made the link.
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
  const mean = new Map<string, Float64Array | null>();
  const vec = (side: 'c' | 'a', i: number): Float64Array | null => {
    if (!ctx.vectors) return null;
    const k = side + i;
    if (!mean.has(k)) mean.set(k, meanVector(s, (side === 'c' ? canon : art).tokens[i]!, ctx.vectors));
    return mean.get(k)!;
  };
  return out.map((x) => ({ ...x, features: pairFeatures(s, x, { byC, byA, text, ctx, vec }) }));
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
  ];
}

/** The model's probability that a link is right: the logistic of the dot product of weights and features. */
export function linkProbability(weights: readonly number[], features: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += weights[i]! * features[i]!;
  return 1 / (1 + Math.exp(-z));
}
