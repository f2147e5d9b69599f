/**
 * What a rewrite keeps when it changes most of the words, for align.ts: a figure both
 * sentences give ("30,000 people" / "a combined population of 30,000"), which links two
 * sentences that share few words besides; and the part of a sentence a copy cut off and
 * reworded, which joins the split although its own words make the group less alike.
 */
import type { Token } from './text';
import { overlap, type AlignDoc, type Vec } from './alignTerms';
import { significantDigits } from './detect/number';
import type { TimeWords } from './data/time';

/** The smallest figure that tells a statement apart: one-digit counts ("2 people", "3 days") are said of many things. */
const MIN_FIGURE = 10;

/**
 * Whether a token is a figure written in digits of at least `MIN_FIGURE` ("30,000", "$50";
 * not "7", not "three"), and not a year ("2019", four digits from 1800 to 2100 without a
 * separator): a year places many statements of a story, a count is said of one thing.
 */
function isFigure(t: Token): boolean {
  return t.num !== null && Math.abs(t.num) >= MIN_FIGURE && /\d/.test(t.norm) && !/^(1[89]|20)\d\d$|^2100$/.test(t.norm);
}

/** The most a figure may be to be the day of a date ("September 11", "11 September"). */
const MAX_DAY = 31;

/** Every spelling of the language's months, worked out once per list. */
const MONTH_NAMES = new WeakMap<object, ReadonlySet<string>>();
function monthNames(time: Pick<TimeWords, 'months'>): ReadonlySet<string> {
  let out = MONTH_NAMES.get(time.months);
  if (!out) MONTH_NAMES.set(time.months, (out = new Set(time.months.flat())));
  return out;
}

/**
 * Whether two sentences give one figure written in digits ("30,000" / "30,000", "$50" /
 * "50"), with at least `MIN_FIGURE`: a figure is what a rewrite keeps when it changes the words.
 * `time`, the language's time words: `units`, each group one unit ("hour hours"): a figure that
 * counts one of them is another figure than the same number of anything else ("24 hours" /
 * "24 miles", "10 days" / "10 years"), so it is shared only with one that counts the same unit;
 * `months`: a figure beside a month's name is the day of a date ("the September 11 attacks"),
 * which places many statements of a story, as a year does, and counts nothing.
 */
export function sharesFigure(c: readonly Token[], a: readonly Token[], time?: Pick<TimeWords, 'units' | 'months' | 'capitalised'>): boolean {
  const units = time?.units ?? [];
  const unitOf = (ts: readonly Token[], i: number): number => {
    const next = ts[i + 1];
    return next ? units.findIndex((u) => u.includes(next.norm)) : -1;
  };
  const counts = countsAt(time);
  const values = new Map<number, Set<number>>();
  c.forEach((t, i) => {
    if (counts(c, i)) values.set(t.num!, (values.get(t.num!) ?? new Set()).add(unitOf(c, i)));
  });
  if (values.size === 0) return false;
  return a.some((t, i) => counts(a, i) && !!values.get(t.num!)?.has(unitOf(a, i)));
}

/**
 * Whether the token at `i` is a figure that counts something (`isFigure`), not the day of a
 * date: a figure of at most 31 beside a month's name ("the September 11 attacks", "23 August"),
 * by `time`'s months (none without it).
 */
function countsAt(time?: Pick<TimeWords, 'months' | 'capitalised'>): (ts: readonly Token[], i: number) => boolean {
  const months = time ? monthNames(time) : null;
  const isMonth = (t: Token | undefined): boolean => !!t && !!months?.has(t.norm) && (!time!.capitalised || t.cap);
  return (ts, i) => isFigure(ts[i]!) && !(ts[i]!.num! <= MAX_DAY && (isMonth(ts[i - 1]) || isMonth(ts[i + 1])));
}

/**
 * Whether two sentences give one figure (as `sharesFigure`) that no other sentence of either
 * text gives (`df`: in how many sentences each term is; `termOf`: a token's term): one count
 * said of one thing, wherever the copy moved it. The day of a date is no count (`time`'s months,
 * as in `sharesFigure`): "died Aug. 23" places a statement, it does not tell which one.
 */
export function sharesRareFigure(
  c: readonly Token[],
  a: readonly Token[],
  termOf: (t: Token) => number,
  df: readonly number[],
  time?: Pick<TimeWords, 'months' | 'capitalised'>,
): boolean {
  const counts = countsAt(time);
  const terms = new Set<number>();
  c.forEach((t, i) => {
    if (counts(c, i)) terms.add(termOf(t));
  });
  return a.some((t, i) => {
    const term = counts(a, i) ? termOf(t) : -1;
    return term >= 0 && terms.has(term) && df[term]! <= 2;
  });
}

/** The most of a group's other side that its own side may say for a part to be missing from it (`fillsPart`). */
const MISSING = 2 / 3;
/** The least share of a leftover inside a group's other side for it to be a clause the other side kept (`fillsPart`). */
const INSIDE = 0.5;

/**
 * Whether a leftover sentence fills in a part of a group's sentence that a rewrite cut off
 * and reworded: the group's side says less than two-thirds of the other side (a part is
 * missing), or half the leftover or more sits inside the other side (a clause it merged in:
 * "…, and that it would appeal"), and the leftover gives a word of the other side that its
 * own side lacks and no other sentence has (a name, a key word: `df` at most 2), and no
 * figure that the other side does not give (a figure of its own makes it a statement of its
 * own: "could pass 25,000").
 * `own`, `side` and `other` are the vectors of the leftover, of the group's sentences on its
 * side and on the other side; `ownTokens` and `otherTokens` the words.
 */
export function fillsPart(
  own: Vec,
  side: Vec,
  other: Vec,
  weights: { idf: Float64Array; df: readonly number[] },
  ownTokens: readonly Token[],
  otherTokens: ReadonlyArray<readonly Token[]>,
): boolean {
  const { idf, df } = weights;
  if (other.weight <= 0 || own.weight <= 0) return false;
  // A part missing from the side, or a leftover mostly inside the other side (a clause it kept).
  if (overlap(other.terms, side.terms, idf) >= MISSING * other.weight && overlap(own.terms, other.terms, idf) < INSIDE * own.weight) return false;
  const sideTerms = new Set(side.terms);
  const otherTerms = new Set(other.terms);
  if (!own.terms.some((t) => df[t]! <= 2 && otherTerms.has(t) && !sideTerms.has(t))) return false;
  const given: number[] = [];
  for (const ts of otherTokens) for (const t of ts) if (isFigure(t)) given.push(t.num!);
  return !ownTokens.some((t) => isFigure(t) && !given.some((g) => g === t.num || roundsTo(g, t.num!)));
}

/** The most a rounded figure may stand from the exact one (a share of it). */
const ROUNDING = 0.05;
/** The most figures of the other text within `ROUNDING` of a figure that `withRounded` reads. */
const NEARBY = 16;

/**
 * Whether `rounded` is figure `exact` rounded: within 5% of it, written with fewer significant
 * digits ("6,200" / "6,000", "61.3" / "61"): a rewrite for simpler reading rounds the figures
 * it keeps, and a rounded figure is no statement of its own.
 */
export function roundsTo(exact: number, rounded: number): boolean {
  return exact > 0 && rounded > 0 && Math.abs(exact - rounded) <= ROUNDING * exact && significantDigits(rounded) < significantDigits(exact);
}

/**
 * Figures a text rounds ("killing more than 6,000 people" / "killed more than 6,200 people"):
 * a figure in digits that the other text does not write, which rounds one figure the other
 * text writes and no other, one its own text does not write as well (`roundsTo`), counts as
 * that figure. Returns the token lists so read (the others as they were); `docs` are the two
 * texts, `lists` their token lists.
 */
export function withRounded(docs: readonly [AlignDoc, AlignDoc], lists: Array<Array<Token[] | null>>): Array<Array<Token[] | null>> {
  const figures = docs.map((doc) => {
    const out = new Map<number, Token>();
    for (const ts of doc.tokens) for (const t of ts) if (isFigure(t) && !out.has(t.num!)) out.set(t.num!, t);
    return out;
  });
  return lists.map((list, side) => {
    const own = figures[side]!;
    const other = figures[1 - side]!;
    const sorted = Float64Array.from(other.keys()).sort();
    // What each figure of this text only counts as: the one figure of the other text it rounds
    // (looked for among those within 5% of it, in sorted order: no pass over all of them).
    const as = new Map<number, Token>();
    for (const value of own.keys()) {
      if (other.has(value)) continue;
      let exact: number | null = null;
      let n = 0;
      const from = lowerBound(sorted, value / (1 + ROUNDING));
      let k = from;
      for (; k < sorted.length && sorted[k]! <= value / (1 - ROUNDING) && n < 2 && k - from < NEARBY; k++) {
        const v = sorted[k]!;
        if (roundsTo(v, value) && !own.has(v)) (exact = v), n++;
      }
      // Among many figures near it (a table of figures), a figure says nothing of which it rounds.
      if (n === 1 && k - from < NEARBY) as.set(value, other.get(exact!)!);
    }
    if (!as.size) return list;
    // A figure it reads as another (asked of its value first: most words are no figure, most figures not rounded).
    const rounded = (t: Token): boolean => t.num !== null && as.has(t.num) && isFigure(t);
    return list.map((ts) => (ts && ts.some(rounded) ? ts.map((t) => (rounded(t) ? as.get(t.num!)! : t)) : ts));
  });
}

/** The first index of a sorted array whose value is at least `x`. */
function lowerBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
