/** Helpers over the tokens of one side of a group, shared by the detectors. */
import type { Lexicon } from '../lexicon';
import { sortedInts } from '../lists';
import type { GroupSide } from './group';
import { isTitleCase } from '../text';
import { percentWords } from '../data/units';

/** The text of some tokens of a side: one slice when contiguous, pieces joined with " … " otherwise. */
export function tokensText(side: GroupSide, idx: number[]): string {
  if (idx.length === 0) return '';
  // One token (most calls: a word in a reason): its slice, no sort and no pieces.
  if (idx.length === 1) {
    const t = side.tokens[idx[0]!]!;
    return side.text.slice(t.start, t.end);
  }
  // Sorted as numbers: a typed array needs no comparator.
  const sorted = sortedInts(idx);
  const parts: string[] = [];
  let runStart = sorted[0]!;
  let prev = runStart;
  const flush = (): void => {
    parts.push(side.text.slice(side.tokens[runStart]!.start, side.tokens[prev]!.end));
  };
  for (let k = 1; k < sorted.length; k++) {
    const i = sorted[k]!;
    if (i !== prev + 1) {
      flush();
      runStart = i;
    }
    prev = i;
  }
  flush();
  return parts.join(' … ');
}

/** Clause punctuation or a quote mark, or a dash set off by spaces. */
const CLAUSE_MARK = /[,;:()"“”«»„—–]|\s-\s/;

/** Is there clause punctuation (or a quote mark) between two tokens? */
export function boundaryBetween(side: GroupSide, i: number, j: number): boolean {
  const a = side.tokens[i];
  const b = side.tokens[j];
  if (!a || !b) return true;
  if (sentenceOf(side, i) !== sentenceOf(side, j)) return true;
  // Most words stand a single space apart (or none): no punctuation there, and nothing to slice.
  const gap = b.start - a.end;
  if (gap <= 0 || (gap === 1 && side.text.charCodeAt(a.end) === 32)) return false;
  return CLAUSE_MARK.test(side.text.slice(a.end, b.start));
}

/** The sentence of `side` that token `i` is in: the first that ends after it (the last for a token past them all; -1 for none). By halves: the sentences are in order. */
export function sentenceOf(side: GroupSide, i: number): number {
  const all = side.sentences;
  let [lo, hi] = [0, all.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]!.to > i) hi = mid;
    else lo = mid + 1;
  }
  return lo < all.length ? lo : all.length - 1;
}

export function isSentenceInitial(side: GroupSide, i: number): boolean {
  for (const s of side.sentences) if (s.from === i) return true;
  // After an opening quote at the start of a sentence.
  const prev = side.tokens[i - 1];
  return !!prev && /[.!?]["”’»]?\s+["“‘«]?$/.test(side.text.slice(prev.end, side.tokens[i]!.start));
}

const phraseIndexes = new WeakMap<readonly string[][], Map<string, string[][]>>();
/** Phrases by their first word, longest first (built once per list). */
export function phraseIndex(phrases: readonly string[][]): Map<string, string[][]> {
  let m = phraseIndexes.get(phrases);
  if (!m) {
    m = new Map();
    for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
      const l = m.get(p[0]!) ?? [];
      l.push(p);
      m.set(p[0]!, l);
    }
    phraseIndexes.set(phrases, m);
  }
  return m;
}
/**
 * Whether phrase `p` (normalised words) is at token `i`, within `end` and, with `claimed`,
 * on no claimed token. A function rather than a closure in the callers' token loops, which
 * would cost a context per token.
 */
export function phraseAt(
  toks: ReadonlyArray<{ norm: string }>,
  i: number,
  p: readonly string[],
  end = toks.length,
  claimed?: Uint8Array,
): boolean {
  if (i + p.length > end) return false;
  for (let k = 0; k < p.length; k++) if (toks[i + k]!.norm !== p[k] || claimed?.[i + k]) return false;
  return true;
}
/**
 * The tokens inside a phrase of the lexicon's `nonNegating` ("sin embargo", "or not"): negation
 * words there negate nothing. Null when the lexicon lists none.
 */
export function nonNegatingMask(toks: ReadonlyArray<{ norm: string }>, lex: Lexicon): Uint8Array | null {
  if (!lex.nonNegating?.length) return null;
  const index = phraseIndex(lex.nonNegating);
  const mask = new Uint8Array(toks.length);
  toks.forEach((t, i) => {
    const p = index.get(t.norm)?.find((q) => phraseAt(toks, i, q));
    if (p) mask.fill(1, i, i + p.length);
  });
  return mask;
}
/**
 * Whether a verb that negates the next one (`implicitNegations`, "declined to", "refused to")
 * starts at token `i` and does so: a figure after it makes it a change of level, no refusal
 * ("declined to 4.5 percent", "fell to").
 */
export function implicitNegationAt(toks: ReadonlyArray<{ norm: string; num: number | null }>, i: number, implicit: Map<string, string[][]> | null): boolean {
  const p = implicit?.get(toks[i]!.norm)?.find((q) => phraseAt(toks, i, q));
  return !!p && toks[i + p.length]?.num == null;
}
export const hedgeIndex = (lex: Lexicon): Map<string, string[][]> => phraseIndex(lex.hedges);
export const leadIndex = (lex: Lexicon): Map<string, string[][]> => phraseIndex(lex.attributionLeads);

/** Candidate pairs [canonical token, article token, cost], taken cheapest first, each token at most once. */
export function pairOff(cands: Array<[number, number, number]>): Array<[number, number]> {
  const usedC = new Set<number>();
  const usedA = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [i, j] of [...cands].sort((x, y) => x[2] - y[2])) {
    if (usedC.has(i) || usedA.has(j)) continue;
    usedC.add(i);
    usedA.add(j);
    out.push([i, j]);
  }
  return out;
}

/**
 * The facts of the two sides that say the same (equal `value`): each canonical fact, in order,
 * with the first article fact of its value not yet taken (`pairs`); the canonical facts with none
 * (`lost`), and the article facts none took (`rest`), in order. Given `alike`, a canonical fact with no
 * equal value takes the first article fact left that `alike` finds the same (another way of writing it).
 * Given `apart`, an equal value that `apart` finds another fact's ("12 killed" / "12 missing") is no pair.
 */
export function pairEqual<T extends { value: string }>(
  cs: readonly T[],
  as: readonly T[],
  alike?: (c: T, a: T) => boolean,
  apart?: (c: T, a: T) => boolean,
): { pairs: Array<[T, T]>; lost: T[]; rest: T[] } {
  const rest = [...as];
  const pairs: Array<[T, T]> = [];
  const lost: T[] = [];
  for (const c of cs) {
    let k = rest.findIndex((x) => x.value === c.value && !apart?.(c, x));
    // Failing an equal value, one the caller's test finds alike.
    if (k < 0 && alike) k = rest.findIndex((x) => alike(c, x));
    if (k < 0) lost.push(c);
    else pairs.push([c, rest.splice(k, 1)[0]!]);
  }
  return { pairs, lost, rest };
}

export function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** How many words after token `i` write a per cent sign out ("percent", "pct": 1; "per cent": 2; the forms of `data/units.ts`), 0 for none. */
export function percentWordsAfter(side: GroupSide, i: number): number {
  return percentWords(side.tokens[i + 1]?.norm, side.tokens[i + 2]?.norm);
}

/** Whether the figure at token `i` is a per cent: the sign on it ("40%") or written out after it ("40 percent", "40 per cent"). */
export function isPercent(side: GroupSide, i: number): boolean {
  const t = side.tokens[i]!;
  return t.norm.endsWith('%') || percentWordsAfter(side, i) > 0;
}

/**
 * A per cent word ("percent", "pct", "per cent") after a figure that the other side writes with
 * a per cent sign or its own per cent words ("40 percent" / "40%" / "40 per cent"): house style, or a currency word ("1.2 billion dollars") after a figure the other side
 * writes with its sign ("$1.2 billion"), or a sum's "million" the other side runs into it as "m"
 * ("$100 million" / "$100m").
 */
export function signWord(side: GroupSide, i: number, other: GroupSide): boolean {
  if (millionWritten(side, i, other)) return true;
  const sign = currencySignOf(side.tokens[i]!.norm);
  if (sign) {
    for (let f = i - 1; f >= Math.max(0, i - 3); f--) {
      const n = side.tokens[f]!.num;
      if (n === null || currencyWordAfter(side, f) !== sign) continue;
      // "1.2 billion dollars": the figure is "1.2", the sign on it ("$1.2 billion").
      if (other.tokens.some((u) => u.num === n && (other.text.slice(u.start, u.end).startsWith(sign) || other.text.slice(Math.max(0, u.start - 1), u.start) === sign))) return true;
    }
    return false;
  }
  // The figure one or two words before, whose per cent words reach this one.
  const figureAt = percentWordsAfter(side, i - 1) >= 1 ? i - 1 : percentWordsAfter(side, i - 2) === 2 ? i - 2 : -1;
  const n = side.tokens[figureAt]?.num;
  if (n === null || n === undefined) return false;
  return other.tokens.some((u, j) => u.num === n && isPercent(other, j));
}

/** A sum of money with its "m" run into it ("$100m"): the figure's token, or -1. */
export function moneyBeforeM(side: GroupSide, i: number): number {
  const t = side.tokens[i];
  const f = side.tokens[i - 1];
  if (t?.norm !== 'm' || !f || f.num === null || f.end !== t.start) return -1;
  return /^[$€£¥₹]/.test(f.norm) ? i - 1 : -1;
}

/** "million" after a figure of one side and "m" run into the same sum on the other ("$100 million" / "$100m"), either way. */
function millionWritten(side: GroupSide, i: number, other: GroupSide): boolean {
  const f = moneyBeforeM(side, i);
  if (f >= 0) {
    const n = side.tokens[f]!.num;
    return other.tokens.some((u, j) => u.num === n && other.tokens[j + 1]?.norm === 'million');
  }
  const n = side.tokens[i - 1]?.num;
  if (side.tokens[i]!.norm !== 'million' || n === null || n === undefined) return false;
  return other.tokens.some((u, j) => u.num === n && moneyBeforeM(other, j + 1) === j);
}

/** English contractions: the ending, and the words it stands for after its stem. */
const CONTRACTIONS: ReadonlyArray<[string, readonly string[]]> = [
  ["n't", ['not']],
  ["'ll", ['will', 'shall']],
  ["'re", ['are']],
  ["'ve", ['have']],
  ["'m", ['am']],
  ["'d", ['would', 'had']],
];
/** Stems a negative contraction changes ("won't" is "will not", "can't" is "can not"). */
const NEGATIVE_STEMS: ReadonlyMap<string, string> = new Map([
  ['wo', 'will'],
  ['ca', 'can'],
  ['sha', 'shall'],
]);

/**
 * The two words an English contraction stands for ("didn't" → "did" + "not", "won't" → "will" +
 * "not", "they're" → "they" + "are"; the second may be one of several, "'d" → "would" or "had"),
 * or null for a word that is none. Takes a token's `norm` (apostrophes folded to ').
 */
export function contractionParts(norm: string): { first: string; words: readonly string[] } | null {
  // Every contraction has an apostrophe; most words have none.
  if (!norm.includes("'")) return null;
  for (const [ending, words] of CONTRACTIONS) {
    if (!norm.endsWith(ending) || norm.length === ending.length) continue;
    const stem = norm.slice(0, -ending.length);
    return { first: ending === "n't" ? (NEGATIVE_STEMS.get(stem) ?? stem) : stem, words };
  }
  return null;
}

/** Currency words and the sign each stands for ("3 million dollars" is "$3 million"). */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', '$'], ['dollars', '$'], ['euro', '€'], ['euros', '€'], ['pound', '£'], ['pounds', '£'],
  ['yen', '¥'], ['rupee', '₹'], ['rupees', '₹'],
]);
/** Words of size between a figure and its currency ("3 million dollars", "2bn US dollars"). */
const SIZE_WORDS: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion', 'm', 'bn', 'us', 'u.s.']);

/** The currency sign a currency word stands for ("dollars" → "$"), or '' for another word. */
export function currencySignOf(norm: string): string {
  return CURRENCY_WORDS.get(norm) ?? '';
}

/**
 * The currency sign a currency word after figure `i` stands for ("5 dollars", "3 million
 * euros", "2 billion US dollars" → "$", "€"), or '' when none follows.
 */
export function currencyWordAfter(side: GroupSide, i: number): string {
  for (let k = i + 1; k <= i + 3; k++) {
    const norm = side.tokens[k]?.norm;
    if (norm === undefined) return '';
    const sign = CURRENCY_WORDS.get(norm);
    if (sign) return sign;
    if (!SIZE_WORDS.has(norm)) return '';
  }
  return '';
}

/**
 * What `of` reads on each side of a group, made the first time either side is asked for
 * (most groups never ask): `read(true)` is the canonical's, `read(false)` the article's.
 */
export function perSide<T>(C: GroupSide, A: GroupSide, of: (side: GroupSide) => T): (canonical: boolean) => T {
  let both: [T, T] | null = null;
  return (canonical) => (both ??= [of(C), of(A)])[canonical ? 0 : 1];
}

/** Two to six capitals (a capital beyond the BMP is two code units: at most twelve in all). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Whether a word is an acronym: two to six capitals ("WHO", "HRW"). */
export const isAcronym = (word: string): boolean => word.length >= 2 && word.length <= 12 && ACRONYM.test(word);

/** Sentences written in title case (isTitleCase, over three content words or more): no word in them reads as a name by its capital. */
export function titleCaseSentences(side: GroupSide): Set<number> {
  const out = new Set<number>();
  side.sentences.forEach((s, k) => {
    if (isTitleCase(side.tokens.slice(s.from, s.to), 3)) out.add(k);
  });
  return out;
}
