/**
 * The features of a candidate link between two sentences, as the aligner already has them, for
 * a fitted model to weigh (`data/linkModel.ts`; fitted by bench/eval/linkfit.ts on the tune
 * gold). A link's score is a dot product of these and the weights: no search, no new data.
 */
import type { Token } from './text';
import { anchorsOk, link, type Pair, type State } from './alignState';
import { saysOtherThing } from './contrast';
import { sharesMoreThanSource, sharesOnePhrase } from './alignShared';
import type { LinkModel } from './data/linkModel';
import { shared } from './alignTerms';

/** The features, in the order of a model's weights. */
export const LINK_FEATURES = [
  'bias',
  /** Similarity (Dice over idf-weighted terms). */
  'dice',
  /** Terms the two share that no other sentence has (names, figures, key words), at most 3, over 3. */
  'rare',
  /** Terms the two share, at most 6, over 6. */
  'shared',
  /** Share of the longer sentence's weight, and of the shorter's, that the two share. */
  'contLong',
  'contShort',
  /** How far apart the two stand in their texts, as shares of each text. */
  'posGap',
  /** 1 when the pair lies between the same linked groups (keeps the story's order). */
  'inOrder',
  /** Figures, and names (capitalised words inside a sentence), both sentences give: at most 2, over 2. */
  'figures',
  'names',
  /** 1 when each is the other's most alike sentence among those left over. */
  'mutual',
  /** How much more alike the two are than the canonical's, and than the article's, next best leftover partner (−1 to 1). */
  'marginC',
  'marginA',
  /** 1 when the pair lies between the same linked groups give or take two sentences (a neighbour swapped); 1 when there is a linked group on each side too. */
  'near',
  'bounded',
  /** 1 when both are headings; 1 when one is a heading and the other not. */
  'headings',
  'kindDiffers',
  /** 1 when the rules find them two statements: neither carries a good part of the other, or opposite words (`contrast.ts`). */
  'otherThing',
  /** 1 when they share no more than the source each opens with, or a single phrase (`alignShared.ts`). */
  'sourceOnly',
] as const;

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

/**
 * The features of linking canonical sentence `c` with article sentence `a` in the state `s`
 * (order of `LINK_FEATURES`); `rank`: how the pair stands among the leftovers' candidates; `opposes`: the language's antonym test.
 */
export function linkFeatures(s: State, c: number, a: number, rank: Rank = NO_RANK, opposes?: Opposes): number[] {
  const cv = s.cv[c]!;
  const av = s.av[a]!;
  const sh = shared(cv.terms, av.terms, s.idf, s.df);
  const long = Math.max(cv.weight, av.weight);
  const short = Math.min(cv.weight, av.weight);
  const d = cv.weight + av.weight;
  const ct = s.canon.tokens[c]!;
  const at = s.art.tokens[a]!;
  const posGap = Math.abs((c + 0.5) / s.cv.length - (a + 0.5) / s.av.length);
  const ck = s.canon.sentences[c]!.kind;
  const ak = s.art.sentences[a]!.kind;
  return [
    1,
    d > 0 ? (2 * sh.ov) / d : 0,
    Math.min(sh.rare, 3) / 3,
    Math.min(sh.shared, 6) / 6,
    long > 0 ? sh.ov / long : 0,
    short > 0 ? sh.ov / short : 0,
    posGap,
    anchorsOk(s, c, a) ? 1 : 0,
    Math.min(common(termsWhere(s, ct, isFigure), termsWhere(s, at, isFigure)), 2) / 2,
    Math.min(common(termsWhere(s, ct, isName), termsWhere(s, at, isName)), 2) / 2,
    rank.marginC >= 0 && rank.marginA >= 0 ? 1 : 0,
    rank.marginC,
    rank.marginA,
    anchorsOk(s, c, a, false, 2) ? 1 : 0,
    anchorsOk(s, c, a, true) ? 1 : 0,
    ck === 'heading' && ak === 'heading' ? 1 : 0,
    ck !== ak ? 1 : 0,
    saysOtherThing(s, c, a, sh.ov) || !!opposes?.(ct, at) ? 1 : 0,
    !sharesMoreThanSource(s, c, a, s.reporting) || sharesOnePhrase(ct, at) ? 1 : 0,
  ];
}

type Opposes = (c: Token[], a: Token[]) => boolean;

/** How a pair stands among the candidates left over: its similarity less that of the best other partner of each sentence. */
export interface Rank {
  marginC: number;
  marginA: number;
}
const NO_RANK: Rank = { marginC: 0, marginA: 0 };

/** Each sentence's best and second best candidate similarity, and the pair that is best. */
function ranks(cands: readonly Pair[], side: 'c' | 'a'): Map<number, { best: Pair; second: number }> {
  const out = new Map<number, { best: Pair; second: number }>();
  for (const p of cands) {
    const r = out.get(p[side]);
    if (!r) out.set(p[side], { best: p, second: 0 });
    else if (p.dice > r.best.dice) out.set(p[side], { best: p, second: r.best.dice });
    else if (p.dice > r.second) r.second = p.dice;
  }
  return out;
}

function margin(p: Pair, r: { best: Pair; second: number }): number {
  return Math.max(-1, Math.min(1, p.dice - (r.best === p ? r.second : r.best.dice)));
}

/**
 * The model's step of `align`: the leftover candidate pairs at least `minDice` alike, most
 * likely first by the fitted model (`data/linkModel.ts`), each linked when still free and as
 * likely as the model's cutoff, weighed again then (a link made moves the anchors).
 */
export function modelLinks(s: State, model: LinkModel, minDice: number, opposes?: Opposes): void {
  const free = (p: Pair): boolean => s.cGroup[p.c]! < 0 && s.aGroup[p.a]! < 0;
  const cands = s.overlapping.filter((p) => p.dice >= minDice && free(p) && isAlignable(s, p));
  const byC = ranks(cands, 'c');
  const byA = ranks(cands, 'a');
  const rank = (p: Pair): Rank => ({ marginC: margin(p, byC.get(p.c)!), marginA: margin(p, byA.get(p.a)!) });
  const weigh = (p: Pair): number => {
    const x = linkFeatures(s, p.c, p.a, rank(p), opposes);
    s.trace?.('candidate', p.c, p.a, s, x);
    return linkProbability(model.weights, x);
  };
  const scored = cands.map((p) => ({ p, prob: weigh(p) })).filter((x) => x.prob >= model.cutoff);
  scored.sort((x, y) => y.prob - x.prob || x.p.c - y.p.c || x.p.a - y.p.a);
  for (const { p } of scored) {
    if (!free(p)) continue;
    if (linkProbability(model.weights, linkFeatures(s, p.c, p.a, rank(p), opposes)) >= model.cutoff) link(s, p.c, p.a, 'model');
  }
}

function isAlignable(s: State, p: Pair): boolean {
  const ok = (k: string): boolean => k === 'sentence' || k === 'heading';
  return ok(s.canon.sentences[p.c]!.kind) && ok(s.art.sentences[p.a]!.kind);
}

/** The model's probability that a link is right: the logistic of the dot product of weights and features. */
export function linkProbability(weights: readonly number[], features: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += weights[i]! * features[i]!;
  return 1 / (1 + Math.exp(-z));
}
