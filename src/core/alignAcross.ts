/**
 * Alignment of a translation: the canonical text in one language, the article in another.
 *
 * The words of the two texts are not comparable, so the term vectors of align.ts find
 * nothing. What a translation keeps is the order of the sentences, their length (a
 * sentence and its translation are about as long, relative to the two texts' lengths:
 * Gale & Church 1993) and the strings that cross languages unchanged or nearly so:
 * figures, names and cognates (words that share their first four letters once case and
 * diacritics are folded: Simard, Foster & Isabelle 1992). A dynamic programme over the
 * two sentence sequences, in order, picks the links (one to one, two to one, one to two)
 * and leaves a sentence unlinked when nothing on the other side is like it.
 */
import type { AlignmentRelation, Sentence } from './types';
import type { Token } from './text';
import { foldDiacritics } from './fold';
import type { AlignResult, Group } from './align';
import type { AlignDoc } from './alignTerms';
import { round } from './alignTerms';
import { monthOf, monthsOf, type Months } from './months';

/** Below this, a link costs more than leaving both sentences unlinked. */
const LINK_BAR = 0.3;
/** Share of the score from shared figures, names and cognates (the rest from length). */
const ANCHOR_SHARE = 0.6;
/** Gale & Church's variance of the length of a translation, per character. */
const LENGTH_VARIANCE = 6.8;
/** What a split or merge costs against a one-to-one link. */
const SPLIT_COST = 0.05;
/** What the length alone is worth when neither side has an anchor that crosses to the other text. */
const NO_ANCHOR_SHARE = 0.7;
/** What a title linked with a sentence keeps of its score. */
const KIND_MISMATCH = 0.7;
/** What the length is worth when one side has anchors that cross to the other text and the two share none. */
const NO_SHARED = 0.3;
/** Cognate prefix length. */
const PREFIX = 4;
/** Beyond this many cells the programme keeps to a band around the diagonal (memory: 9 bytes a cell). */
const FULL_CELLS = 1_000_000;

/** One sentence or heading of a text, as the programme sees it (exported for bench/eval/linkfit.ts). */
export interface AcrossItem {
  /** Sentence id in its document. */
  id: number;
  length: number;
  /** A heading (title, crosshead) rather than a sentence: a translation keeps a title a title. */
  heading: boolean;
  anchors: Set<string>;
  /** The anchors that pin a link (`pinned`): figures, months, and names written inside the sentence (not its first word). */
  pins: Set<string>;
}

/**
 * What a sentence carries across languages: its figures, its month names as the month's number
 * ("July", "juillet" and "Julai" are one anchor; the name's prefix too, for a month written in
 * lower case where the language capitalises it), the folded prefixes of its longer content
 * words, its shorter capitalised words whole (names and acronyms: "Iran", "NASA", "UN"), and the
 * prefix of a name written in two words ("Việt Nam" crosses to "Vietnam").
 */
function anchorsOf(tokens: Token[], months: Months): { anchors: Set<string>; pins: Set<string> } {
  const anchors = new Set<string>();
  const pins = new Set<string>();
  const add = (a: string, pin: boolean): void => {
    anchors.add(a);
    if (pin) pins.add(a);
  };
  tokens.forEach((t, i) => {
    const month = t.num === null ? monthOf(t, months) : 0;
    const name = t.cap && i > 0;
    if (month) add(`@${month}`, true);
    if (t.num !== null) add(`#${t.num}`, true);
    else if ((t.content || t.cap) && t.norm.length >= PREFIX + 1) add(foldDiacritics(t.norm).slice(0, PREFIX), name);
    else if (t.cap && t.norm.length >= 2 && /^\p{L}+$/u.test(t.norm)) add(`=${foldDiacritics(t.norm)}`, name);
    const next = tokens[i + 1];
    if (t.cap && next?.cap && next.start - t.end === 1 && t.num === null && next.num === null) {
      const joined = foldDiacritics(t.norm + next.norm);
      if (/^\p{L}+$/u.test(joined) && joined.length >= PREFIX + 1) add(joined.slice(0, PREFIX), name);
    }
  });
  return { anchors, pins };
}

function itemsOf(doc: AlignDoc, locale: string): AcrossItem[] {
  const months = monthsOf(locale);
  const out: AcrossItem[] = [];
  doc.sentences.forEach((s: Sentence, i) => {
    if (s.kind !== 'sentence' && s.kind !== 'heading') return;
    out.push({ id: i, length: s.end - s.start, heading: s.kind === 'heading', ...anchorsOf(doc.tokens[i]!, months) });
  });
  return out;
}

/**
 * Keeps of each sentence's anchors those the other text has somewhere: a word that crosses to
 * no sentence of the other text (most words of a translation into a language that shares few
 * cognates, all of them into another script) is no evidence against a link.
 */
function keepCrossing(items: AcrossItem[], other: AcrossItem[]): void {
  const there = new Set<string>();
  for (const x of other) for (const a of x.anchors) there.add(a);
  for (const x of items) for (const a of [...x.anchors]) if (!there.has(a)) x.anchors.delete(a);
}

/**
 * The debugging hook of a translation's alignment (`CompareOptions.alignTrace`): told once, as
 * step `across`, of the two texts' items with their crossing anchors and the programme's path
 * (before `parallel` keeps or drops it); never part of the result.
 */
export type AcrossTrace = (step: 'across', c: number, a: number, items: { canonical: AcrossItem[]; article: AcrossItem[]; path: readonly Group[] }) => boolean | void;

/**
 * Aligns a text with its translation (`locales`: the BCP 47 tags of the two languages, for
 * their month names). Every group is in order (a translation keeps the order of its
 * original); sentences with no counterpart stay out of every group. Two texts that do not read
 * as one text in two languages (`parallel`) keep only the links their anchors pin.
 */
export function alignAcross(canon: AlignDoc, art: AlignDoc, locales: { canonical: string; article: string } = { canonical: 'en', article: 'en' }, trace?: AcrossTrace): AlignResult {
  const C = itemsOf(canon, locales.canonical);
  const A = itemsOf(art, locales.article);
  const figures = { canonical: figuresOf(C).size, article: figuresOf(A).size };
  keepCrossing(C, A);
  keepCrossing(A, C);
  const ratio = lengthRatio(C, A);
  const score = (cs: AcrossItem[], as: AcrossItem[]): number => {
    const lc = lengthOf(cs);
    const la = lengthOf(as);
    const d = (la - lc * ratio) / Math.sqrt(Math.max(1, (lc + la / ratio) / 2) * LENGTH_VARIANCE);
    const lengthSim = Math.exp((-d * d) / 2);
    const ca = union(cs);
    const aa = union(as);
    // Neither side has an anchor that crosses: the length alone speaks, discounted, and by half for
    // a title or a letterhead line (a few words: only a close fit of length says anything).
    if (ca.size + aa.size === 0) return NO_ANCHOR_SHARE * lengthSim * (kindOf(cs) === 'sentence' && kindOf(as) === 'sentence' ? 1 : 0.5);
    let shared = 0;
    for (const x of ca) if (aa.has(x)) shared++;
    const anchorSim = (2 * shared) / (ca.size + aa.size);
    if (shared === 0) return NO_SHARED * lengthSim * kindFit(cs, as);
    return (ANCHOR_SHARE * anchorSim + (1 - ANCHOR_SHARE) * lengthSim) * kindFit(cs, as);
  };
  const { groups, value } = programme(C, A, score);
  trace?.('across', -1, -1, { canonical: C, article: A, path: groups });
  return { groups: parallel(groups, C, A, figures, () => orderSpeaks(value, C, A, score)) ? groups : [], repeats: [] };
}

/** Whether two sides share what pins a link: a figure, a month or a name that both write, or two anchors. */
function pinned(cs: AcrossItem[], as: AcrossItem[]): boolean {
  const aa = union(as);
  const pa = pinsOf(as);
  const pc = pinsOf(cs);
  let shared = 0;
  for (const x of union(cs)) if (aa.has(x) && (++shared >= 2 || (pc.has(x) && pa.has(x)))) return true;
  return false;
}

function pinsOf(items: AcrossItem[]): Set<string> {
  return items.length === 1 ? items[0]!.pins : new Set(items.flatMap((x) => [...x.pins]));
}

/** The figures and months of a text's sentences (before `keepCrossing`): what any translation writes again. */
function figuresOf(items: AcrossItem[]): Set<string> {
  const out = new Set<string>();
  for (const x of items) for (const a of x.anchors) if (a[0] === '#' || a[0] === '@') out.add(a);
  return out;
}

/**
 * Whether two texts read as one text in two languages, so that the length of the sentences
 * between pinned links may link them: one in `PARALLEL_SHARE` of the shorter text's sentences
 * linked with a pin (`pinned`), or nothing that could cross at all (one side writes no figure or
 * month and no anchor crosses: only the length can speak, as between a statement and its
 * translation into another script) and the order of the sentences' lengths speaks (`order`,
 * `orderSpeaks`). Two reports of different events share a pin here and there (a year, a round
 * figure, a name), seldom one in every few sentences along one path.
 */
function parallel(groups: readonly Group[], C: AcrossItem[], A: AcrossItem[], figures: { canonical: number; article: number }, order: () => boolean): boolean {
  const cById = new Map(C.map((x) => [x.id, x]));
  const aById = new Map(A.map((x) => [x.id, x]));
  const pins = groups.filter((g) => pinned(g.canonical.map((i) => cById.get(i)!), g.article.map((i) => aById.get(i)!))).length;
  if (pins * PARALLEL_SHARE >= Math.min(C.length, A.length)) return true;
  return Math.min(figures.canonical, figures.article) === 0 && ![...C, ...A].some((x) => x.anchors.size > 0) && order();
}

/** How many shuffled orders of the article `orderSpeaks` draws, and how many of them may fit as well as the text's own. */
const SHUFFLES = 40;
const BY_CHANCE = 2;
/** The cells of each of `orderSpeaks`'s programmes: longer texts keep to a narrower band around the diagonal (time). */
const ORDER_CELLS = 4_000;

/**
 * Whether the path through the two texts as written (`value`: the programme's best) fits better
 * than the article's sentences in another order would: a permutation test, the article shuffled
 * `SHUFFLES` times (a fixed seed: the same answer every run), the order speaking when at most
 * `BY_CHANCE` of them (5%) fit as well. A translation keeps its original's order, so the lengths
 * of its sentences follow the original's one after another; two texts of different events fit by
 * length only where the programme picks sentences of a like length out of each, which a shuffled
 * order offers as well. Asked only where length alone would link (nothing crosses): the anchors of
 * the other pairs say more.
 */
function orderSpeaks(value: number, C: AcrossItem[], A: AcrossItem[], score: (cs: AcrossItem[], as: AcrossItem[]) => number): boolean {
  let seed = 0x2545f491;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  // Long texts: the text as written and each shuffle through the same narrow band, so that the
  // test costs about what the programme did.
  const banded = (C.length + 1) * (A.length + 1) > ORDER_CELLS;
  const fit = (B: AcrossItem[]): number => programme(C, B, score, ORDER_CELLS, 5).value;
  const own = banded ? fit(A) : value;
  let asGood = 0;
  for (let k = 0; k < SHUFFLES; k++) {
    const shuffled = A.slice();
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    if (fit(shuffled) >= own - 1e-9 && ++asGood > BY_CHANCE) return false;
  }
  return true;
}

/** One pinned link in this many sentences of the shorter text makes two texts parallel. */
const PARALLEL_SHARE = 4;

/**
 * The dynamic programme: the best path of links, in order, through the two sequences, each link
 * worth how far its `score` clears the bar (`value`: what the path is worth, the sum).
 */
function programme(C: AcrossItem[], A: AcrossItem[], score: (cs: AcrossItem[], as: AcrossItem[]) => number, cellBudget = FULL_CELLS, minHalf = 50): { groups: Group[]; value: number } {
  const n = C.length;
  const m = A.length;
  // The value of a link: how far its score clears the bar, a little less for a split or a
  // merge (most sentences of a translation are translated one for one).
  const value = (s: number, sentences: number): number => s - LINK_BAR - (sentences > 2 ? SPLIT_COST : 0);

  // The cells of the programme: every cell for texts of ordinary length; for very long ones a
  // band of columns around the diagonal of each row, so that memory stays bounded (a
  // translation keeps its order, so its path stays near the diagonal).
  const half = (n + 1) * (m + 1) <= cellBudget ? m : Math.max(minHalf, Math.ceil(cellBudget / (2 * (n + 1))));
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const rowAt = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) {
    const centre = n > 0 ? Math.round((i * m) / n) : 0;
    lo[i] = Math.max(0, centre - half);
    hi[i] = Math.min(m, centre + half);
    rowAt[i + 1] = rowAt[i]! + (hi[i]! - lo[i]! + 1);
  }
  const cells = rowAt[n + 1]!;
  const best = new Float64Array(cells).fill(-Infinity);
  // Move into each cell: 0 skip canonical, 1 skip article, then (dc, da) of a link, coded dc * 3 + da.
  const move = new Uint8Array(cells);
  const at = (i: number, j: number): number => (j < lo[i]! || j > hi[i]! ? -1 : rowAt[i]! + j - lo[i]!);
  const bestAt = (i: number, j: number): number => {
    const k = at(i, j);
    return k < 0 ? -Infinity : best[k]!;
  };
  best[0] = 0;
  // The one or two items that end at each index, made once (each is scored in many cells).
  const runsOf = (xs: AcrossItem[]): AcrossItem[][][] => [xs.map((x) => [x]), xs.map((x, k) => (k > 0 ? [xs[k - 1]!, x] : [x]))];
  const cRuns = runsOf(C);
  const aRuns = runsOf(A);
  const LINKS: Array<[number, number]> = [
    [1, 1],
    [2, 1],
    [1, 2],
  ];
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let b = -Infinity;
      let mv = 0;
      if (i > 0 && bestAt(i - 1, j) > b) {
        b = bestAt(i - 1, j);
        mv = 0;
      }
      if (j > 0 && bestAt(i, j - 1) > b) {
        b = bestAt(i, j - 1);
        mv = 1;
      }
      for (const [dc, da] of LINKS) {
        if (i < dc || j < da) continue;
        const prev = bestAt(i - dc, j - da);
        if (prev === -Infinity) continue;
        const v = value(score(cRuns[dc - 1]![i - 1]!, aRuns[da - 1]![j - 1]!), dc + da);
        if (v > 0 && prev + v > b) {
          b = prev + v;
          mv = dc * 3 + da;
        }
      }
      const k = at(i, j);
      best[k] = b;
      move[k] = mv;
    }
  }

  const groups: Group[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const k = at(i, j);
    if (k < 0 || best[k] === -Infinity) break;
    const mv = move[k]!;
    if (mv === 0) i--;
    else if (mv === 1) j--;
    else {
      const dc = Math.floor(mv / 3);
      const da = mv % 3;
      const cs = C.slice(i - dc, i);
      const as = A.slice(j - da, j);
      const relation: AlignmentRelation = dc === 1 && da === 1 ? 'match' : dc === 1 ? 'split' : 'merge';
      groups.push({
        canonical: cs.map((x) => x.id),
        article: as.map((x) => x.id),
        similarity: round(score(cs, as)),
        relation,
        // The programme links in order: no group of a translation stands out of order.
        moved: false,
      });
      i -= dc;
      j -= da;
    }
  }
  groups.reverse();
  const end = at(n, m);
  return { groups, value: end < 0 ? 0 : best[end]! };
}

/**
 * How much longer the translation writes: the ratio of the two texts' lengths, counting
 * sentences only when both have some (a title, a byline or a ministry's letterhead on one side
 * only would skew it).
 */
function lengthRatio(C: AcrossItem[], A: AcrossItem[]): number {
  const sentences = (xs: AcrossItem[]): AcrossItem[] => xs.filter((x) => !x.heading);
  const [cs, as] = sentences(C).length && sentences(A).length ? [sentences(C), sentences(A)] : [C, A];
  const totalC = cs.reduce((k, x) => k + x.length, 0);
  const totalA = as.reduce((k, x) => k + x.length, 0);
  return totalC > 0 && totalA > 0 ? totalA / totalC : 1;
}

/** 1 when both sides are sentences or both headings; a title linked with a sentence (or with a title and a sentence) counts less. */
function kindFit(cs: AcrossItem[], as: AcrossItem[]): number {
  return kindOf(cs) === kindOf(as) ? 1 : KIND_MISMATCH;
}

function kindOf(items: AcrossItem[]): 'heading' | 'sentence' | 'mixed' {
  let h = 0;
  for (const x of items) if (x.heading) h++;
  return h === 0 ? 'sentence' : h === items.length ? 'heading' : 'mixed';
}

function union(items: AcrossItem[]): Set<string> {
  if (items.length === 1) return items[0]!.anchors;
  const out = new Set<string>();
  for (const x of items) for (const a of x.anchors) out.add(a);
  return out;
}

function lengthOf(items: AcrossItem[]): number {
  let k = 0;
  for (const x of items) k += x.length;
  return k;
}
