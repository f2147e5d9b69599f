/** Figures, years and dates: changed, dropped or added, with the qualifier that went with them. */
import { sameHedgeSense, type Lexicon } from '../lexicon';
import { readUnclaimed, unquotedClaims, type DetectContext, type Detector, type SideReading } from './context';
import type { Finding, GroupSide } from './group';
import { isPercent, isSentenceInitial, moneyBeforeM, pairEqual, perSide, range, sentenceOf, tokensText } from './tokens';
import { boundSignBefore, gapText, isTitleCase } from '../text';
import { namesTimeUnitOrDay } from '../time';
import { unitKey } from '../data/units';
import { SENSE_CUES } from '../data/factSenses';
import { strayFigure } from './marker';

export interface NumFact {
  toks: number[];
  value: string;
  /** `period`: an ordinal of a unit of time ("the third week", "the 20th century"), which a copy changes only into another such. */
  kind: 'count' | 'year' | 'date' | 'vague' | 'ordinal' | 'period' | 'multiple' | 'identifier';
  weighty: boolean;
}

/** Is the figure at token i a count of people, harm or money (a word of that sort close by, or a currency or per cent sign)? */
export function isWeighty(side: GroupSide, i: number, lex: Lexicon): boolean {
  const toks = side.tokens;
  for (let k = Math.max(0, i - 2); k <= Math.min(toks.length - 1, i + 3); k++) {
    if (lex.weightyWords.has(toks[k]!.norm)) return true;
  }
  return /[$€£¥₹%]/.test(toks[i]!.norm);
}

/**
 * A person's age set off by commas after a name or a noun ("Maria Lopez, 34, was", "the
 * driver, 61,"): a figure about someone, not a count of the story's harm, whatever words stand near it.
 */
function isAge(side: GroupSide, i: number, length: number): boolean {
  const toks = side.tokens;
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (length !== 1 || !prev || prev.num !== null || !prev.content || !/^\d{1,3}$/.test(side.text.slice(t.start, t.end)) || t.num! < 1 || t.num! > 120) return false;
  return /^\s*,\s*$/.test(side.text.slice(prev.end, t.start)) && /^\s*(?:,|[.!?]?\s*$)/.test(side.text.slice(t.end, toks[i + 1]?.start ?? side.text.length));
}

/** A figure written as a word, not in digits ("forty", "thousand"). */
const isWordFigure = (t: { num: number | null; norm: string } | undefined): t is { num: number; norm: string } => !!t && t.num !== null && !/\d/.test(t.norm);

/**
 * The figure that starts at token `i`, read as English writes figures in words: a tens word
 * and a unit joined by a hyphen ("forty-six"); scale words that multiply what stands before them
 * ("1.5 million", "18-hundred", "sixty-four thousand"); a smaller figure after a scale added to it
 * ("two thousand five", "one hundred eighty-seven thousand", "two hundred and fifty"); "and a half"
 * before a scale ("one and a half billion"); and a year said as two numbers, a first from eleven
 * to twenty and a second from ten to ninety-nine ("nineteen eighty-one", "twenty twelve"). Only
 * the first word may be written in digits; the words go on only across a space or a hyphen (a
 * scale also run into its figure, "$1.2bn").
 */
export function readFigure(side: GroupSide, i: number, claimed: Uint8Array): { value: number; toks: number[]; year: boolean } {
  const toks = side.tokens;
  const joined = (k: number, sep: RegExp): boolean => !!toks[k] && !claimed[k] && sep.test(gapText(side.text, toks[k - 1]!.end, toks[k]!.start));
  /** A figure under a hundred in words at `k` ("twelve", "forty-six"): its value and length, or null. */
  const small = (k: number): { v: number; n: number } | null => {
    const t = toks[k];
    if (!isWordFigure(t) || t.num >= 100) return null;
    // The unit after a hyphen ("eighty-one": "one" is no figure alone, a pronoun as often).
    const u = toks[k + 1];
    const unit = isWordFigure(u) ? u.num : u?.norm === 'one' ? 1 : 0;
    const tens = t.num >= 20 && t.num % 10 === 0;
    return tens && unit >= 1 && unit <= 9 && joined(k + 1, /^-$/) ? { v: t.num + unit, n: 2 } : { v: t.num, n: 1 };
  };
  // "one" is a pronoun as often as a figure: a figure only before "and a half" and a scale.
  const first = small(i) ?? { v: toks[i]!.num ?? 1, n: 1 };
  const idx = range(i, i + first.n);
  // A year said as two numbers: not a scale after it ("nineteen hundred" is a count).
  if (first.n === 1 && isWordFigure(toks[i]) && first.v >= 11 && first.v <= 20 && joined(i + 1, /^ $/)) {
    const second = small(i + 1);
    const after = toks[i + 1 + (second?.n ?? 0)];
    if (second && second.v >= 10 && !(isWordFigure(after) && after.num >= 100 && joined(i + 1 + second.n, /^[ -]$/))) {
      return { value: first.v * 100 + second.v, toks: [...idx, ...range(i + 1, i + 1 + second.n)], year: true };
    }
  }
  let total = 0;
  let current = first.v;
  let scale = isWordFigure(toks[i]) && first.v >= 100 ? first.v : 0;
  while (idx.length < 10) {
    const k = i + idx.length;
    const n = toks[k];
    if (!n || claimed[k] || !joined(k, /^[ -]?$/)) break;
    // "$100m", "£5m": an "m" run into a sum of money is a million ("100m" alone is a distance).
    const million = !claimed[k] && moneyBeforeM(side, k) === i;
    if ((isWordFigure(n) && n.num >= 100) || million) {
      const num = million ? 1e6 : n.num!;
      if (num === 100) current *= 100;
      else {
        total += current * num;
        current = 0;
      }
      scale = num;
      idx.push(k);
      continue;
    }
    // "one and a half billion": a half before a scale.
    if (n.norm === 'and' && toks[k + 1]?.norm === 'a' && toks[k + 2]?.norm === 'half' && isWordFigure(toks[k + 3]) && toks[k + 3]!.num! >= 1000 && [1, 2, 3].every((d) => joined(k + d, /^ $/))) {
      current += 0.5;
      idx.push(k, k + 1, k + 2);
      continue;
    }
    // After a scale, a smaller figure in words adds to it ("two thousand five"; "hundred and five").
    if (!joined(k, /^ $/)) break;
    const at = n.norm === 'and' && scale > 0 && joined(k + 1, /^ $/) ? k + 1 : k;
    const add = scale > 0 ? small(at) : null;
    if (!add || add.v >= scale) break;
    current += add.v;
    idx.push(...range(k, at + add.n));
  }
  return { value: total + current, toks: idx, year: false };
}

/**
 * Whether figure `i` is part of a designation, hyphened to capital letters ("Launch Pad 39-B",
 * "STS-115", "F-16", "COVID-19"): the figure names a thing, it counts nothing.
 */
export function inDesignation(side: GroupSide, i: number): boolean {
  const [prev, t, next] = [side.tokens[i - 1], side.tokens[i]!, side.tokens[i + 1]];
  const letters = (u: typeof t): boolean => u.num === null && /^\p{Lu}{1,5}$/u.test(side.text.slice(u.start, u.end));
  // The hyphen first: most figures have none beside them, and their neighbours' letters are not read.
  const hyphen = (from: number, to: number): boolean => to === from + 1 && side.text.charCodeAt(from) === 45;
  return (!!prev && hyphen(prev.end, t.start) && letters(prev)) || (!!next && hyphen(t.end, next.start) && letters(next));
}

/** A figure of one or two digits. */
const SMALL = /^\d{1,2}$/;
/**
 * The second figure of a pair the figure at token `i` opens, both of one or two digits joined by a
 * hyphen or a dash ("1-0", "0–0", "2-3"): a score or a range, one fact of two figures (a reader
 * reads neither alone). Its token, or -1.
 */
export function pairedFigure(side: GroupSide, i: number, claimed: Uint8Array): number {
  const [t, u] = [side.tokens[i]!, side.tokens[i + 1]];
  if (!u || claimed[i + 1] || u.num === null || !SMALL.test(t.norm) || !SMALL.test(u.norm)) return -1;
  const gap = side.text.slice(t.end, u.start);
  return gap === '-' || gap === '–' ? i + 1 : -1;
}

/** A word after a figure that makes it a quantity: a count that matters ("people", "dead"), a unit of measure or of time ("kilometers", "days"). */
const measures = (norm: string, lex: Lexicon): boolean => lex.weightyWords.has(norm) || unitKey(norm) !== undefined || (!!lex.time && namesTimeUnitOrDay(lex.time, norm));

/**
 * The identifier the figure at token `i` is part of, as a reader takes it: a label of a thing, not
 * a quantity. A figure in digits (no comma, point or sign) after a label word of `lex.labelWords`
 * ("flight 507", "Route 66", "Resolution 1973"), or after a capitalised word of a name inside a
 * sentence in prose (not its first word, a date word or a possessive: "Boeing 777", "Apollo 11",
 * "Census 2010"; not a degree on a scale, `lex.scaleWords`: "Category 5"; a title-case headline
 * capitalises its verbs, "Quake Kills 75"), and then not before a word
 * that makes it a quantity ("Peru 500 dead", "Thailand 3300 kilometers"; after a label word what follows is said
 * of the thing: "Flight 214 killed three people"); never in a score ("the Netherlands 1-0"); a second figure joined by a hyphen goes with it
 * ("737-800"). Its tokens (the label word first) and its written value; null for a figure that is none.
 */
export function identifierAt(side: GroupSide, i: number, lex: Lexicon, claimed: Uint8Array): { toks: number[]; value: string } | null {
  const toks = side.tokens;
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (!prev || claimed[i - 1] || !/^\d+$/.test(side.text.slice(t.start, t.end)) || side.text.slice(prev.end, t.start) !== ' ') return null;
  if (pairedFigure(side, i, claimed) > 0) return null;
  // A label word names a thing, and what follows is said of it ("Flight 214 killed three people").
  const labelled = !!lex.labelWords?.has(prev.norm);
  if (!labelled) {
    const next = toks[i + 1];
    if (next && measures(next.norm, lex)) return null;
    if (lex.scaleWords?.has(prev.norm) || !prev.cap || !prev.content || prev.num !== null || /['’]s$/.test(prev.norm) || lex.dateWords.has(prev.norm) || isSentenceInitial(side, i - 1)) return null;
    const s = side.sentences[sentenceOf(side, i)]!;
    if (isTitleCase(toks.slice(s.from, s.to), 3)) return null;
  }
  const out = [i - 1, i];
  let value = t.norm;
  for (let k = i + 1; toks[k] && !claimed[k] && toks[k]!.num !== null && /^\d+$/.test(toks[k]!.norm) && side.text.slice(toks[k - 1]!.end, toks[k]!.start) === '-'; k++) {
    out.push(k);
    value += '-' + toks[k]!.norm;
  }
  return { toks: out, value };
}

/** An ordinal ending at token `i` ranks a unit of time when one follows it ("third week", "20th century"): a period, else an ordinal. */
function ordinalKind(side: GroupSide, i: number, lex: Lexicon): 'ordinal' | 'period' {
  const next = side.tokens[i + 1];
  return next && lex.time && namesTimeUnitOrDay(lex.time, next.norm) ? 'period' : 'ordinal';
}

/**
 * Whether the figure at token `i` is written as an ordinal, its ending run into it ("3rd",
 * "3,968th"): 1; -1 when a name follows it ("5th Avenue", "101st Airborne"), as an ordinal word
 * in a name ("Fifth Avenue") is none; 0 for a figure with no such ending.
 */
function ordinalEnding(side: GroupSide, i: number, lex: Lexicon, claimed: Uint8Array): number {
  const t = side.tokens[i]!;
  const e = side.tokens[i + 1];
  if (!e || claimed[i + 1] || e.start !== t.end || !lex.ordinalSuffixes?.has(e.norm) || !/\d/.test(t.norm)) return 0;
  return side.tokens[i + 2]?.cap && side.tokens[i + 2]!.content ? -1 : 1;
}

/**
 * "one" is a pronoun as often as a figure ("one of the miners"): a figure only where a figure's
 * company follows it: "and a half", a scale word ("one million", "one hundred") or a per cent word
 * ("one percent", "one per cent"), so "1 percent" written "one percent" is the same figure.
 */
function oneAsFigure(side: GroupSide, i: number): boolean {
  const toks = side.tokens;
  if (toks[i]!.norm !== 'one') return false;
  const next = toks[i + 1];
  if (next?.norm === 'and') return toks[i + 2]?.norm === 'a' && toks[i + 3]?.norm === 'half';
  return (isWordFigure(next) && next.num >= 100) || isPercent(side, i) || unitAfter(side, i);
}

/**
 * Whether a unit of measure follows token `i` ("one degree", "one meter", "one square kilometer"):
 * "one" there is the figure 1. A form of one letter ("m", "g") is left out: after "one" it is more
 * likely a word or an initial than a unit.
 */
function unitAfter(side: GroupSide, i: number): boolean {
  const toks = side.tokens;
  const next = toks[i + 1]?.norm;
  if (next === undefined || next.length < 2) return false;
  const then = toks[i + 2]?.norm;
  return unitKey(next) !== undefined || (then !== undefined && unitKey(`${next} ${then}`) !== undefined);
}

/** A side's figures with no token claimed, read once per group (`DetectContext.read`). */
export const NUMBERS: SideReading<readonly NumFact[]> = { name: 'numbers', read: (side, lex) => findNumbers(side, lex, new Uint8Array(side.tokens.length)) };

export function findNumbers(side: GroupSide, lex: Lexicon, claimed: Uint8Array): NumFact[] {
  const toks = side.tokens;
  const out: NumFact[] = [];
  const weighty = (i: number): boolean => isWeighty(side, i, lex);
  for (let i = 0; i < toks.length; i++) {
    if (claimed[i]) continue;
    const t = toks[i]!;
    if (t.num !== null && inDesignation(side, i)) continue;
    if (t.num !== null || oneAsFigure(side, i)) {
      const { value, toks: idx, year } = readFigure(side, i, claimed);
      if (t.num === null && idx.length === 1 && !isPercent(side, i) && !unitAfter(side, i)) continue;
      // A score or a range ("won 1-0", "tied at 0–0", "2-3 days"): one fact, both figures.
      const second = idx.length === 1 ? pairedFigure(side, i, claimed) : -1;
      if (second > 0) {
        out.push({ toks: [i, second], value: `#${t.norm}-${toks[second]!.norm}`, kind: 'count', weighty: weighty(i) });
        i = second;
        continue;
      }
      // A label of a thing ("Flight 214", "Boeing 737-800"): its label word with it.
      const label = idx.length === 1 ? identifierAt(side, i, lex, claimed) : null;
      if (label) {
        out.push({ toks: label.toks, value: '#' + label.value, kind: 'identifier', weighty: false });
        i = label.toks[label.toks.length - 1]!;
        continue;
      }
      // An ordinal in digits ("3rd", "3,968th") is the ordinal word's sort ("third"), in a name ("5th Avenue") none.
      const ending = idx.length === 1 ? ordinalEnding(side, i, lex, claimed) : 0;
      if (ending) {
        if (ending > 0) out.push({ toks: [i, i + 1], value: 'o:' + value, kind: ordinalKind(side, i + 1, lex), weighty: false });
        i += 1;
        continue;
      }
      const digits = /^\d{4}$/.test(t.norm) && value >= 1800 && value <= 2100 && idx.length === 1;
      // A figure bounded by a sign written onto it ("<1") is not the bare figure ("1").
      out.push({ toks: idx, value: '#' + boundSignBefore(side.text, t.start) + value, kind: digits || year ? 'year' : 'count', weighty: !isAge(side, i, idx.length) && weighty(i) });
      i += idx.length - 1;
    } else if (lex.vagueQuantities.has(t.norm)) {
      // "tens of thousands", "hundreds of thousands": one quantity.
      const of = toks[i + 1];
      const more = toks[i + 2];
      if (of && more && !claimed[i + 1] && !claimed[i + 2] && of.norm === 'of' && lex.vagueQuantities.has(more.norm)) {
        out.push({ toks: [i, i + 1, i + 2], value: `v:${t.key} ${more.key}`, kind: 'vague', weighty: weighty(i + 2) });
        i += 2;
        continue;
      }
      out.push({ toks: [i], value: 'v:' + t.key, kind: 'vague', weighty: weighty(i) });
    } else if (t.cap && lex.dateWords.has(t.norm)) {
      out.push({ toks: [i], value: 'd:' + t.norm, kind: 'date', weighty: false });
    } else if (lex.ordinalWords?.has(t.norm) && !(t.cap && !isSentenceInitial(side, i))) {
      // Not in a name (“the Fourth of July”, “Second Avenue”).
      out.push({ toks: [i], value: 'o:' + lex.ordinalWords.get(t.norm), kind: ordinalKind(side, i, lex), weighty: false });
    } else if (lex.multipleWords?.has(t.norm)) {
      out.push({ toks: [i], value: 'x:' + lex.multipleWords.get(t.norm), kind: 'multiple', weighty: weighty(i) });
    }
  }
  return out;
}

/** A vague quantity and a count: either can stand for the other. */
const sameSort = (f: NumFact, x: NumFact): boolean => {
  const sorts = new Set([f.kind, x.kind]);
  return sorts.has('vague') && sorts.has('count');
};

/** Figures that count only in place of another of their sort: a week day, an ordinal, a period, a multiple, an identifier. */
const replacedOnly = (f: NumFact): boolean => f.kind === 'date' || f.kind === 'ordinal' || f.kind === 'period' || f.kind === 'multiple' || f.kind === 'identifier';

/**
 * Whether count `n` falls within vague quantity `v` (of `vSide`): "hundreds" is
 * 200 to 999, "tens of thousands" 20,000 to 99,999, each word read by its singular's value
 * ("hundred", "ten"). False when a word has no such value.
 */
export function countWithin(n: NumFact, vSide: GroupSide, v: NumFact, lex: Lexicon): boolean {
  if (n.kind !== 'count' || v.kind !== 'vague') return false;
  let scale = 1;
  for (const i of v.toks) {
    const w = vSide.tokens[i]!.norm;
    if (w === 'of') continue;
    const value = lex.numberWords.get(w.replace(/s$/, ''));
    if (value === undefined) return false;
    scale *= value;
  }
  const count = Number(n.value.slice(1));
  return count >= 2 * scale && count < 10 * scale;
}

/** The words of a figure, as its side writes them. */
function figureText(side: GroupSide, f: NumFact): string {
  return boundSignBefore(side.text, side.tokens[f.toks[0]!]!.start) + tokensText(side, f.toks);
}

/** The unclaimed words of hunk `h` when it only drops (or only adds) a few words, else `toks`. */
function dropRun(ctx: DetectContext, h: number, canonical: boolean, toks: number[]): number[] {
  const { hunks, cClaim, aClaim } = ctx;
  const hk = h >= 0 ? hunks[h] : undefined;
  if (!hk) return toks;
  const [from, to, otherFrom, otherTo, claimed] = canonical ? [hk.c0, hk.c1, hk.a0, hk.a1, cClaim] : [hk.a0, hk.a1, hk.c0, hk.c1, aClaim];
  if (otherTo > otherFrom || to - from > 6) return toks;
  const run = range(from, to).filter((i) => !claimed[i] || toks.includes(i));
  const contiguous = run.every((i, k) => k === 0 || i === run[k - 1]! + 1);
  return contiguous && run.length > toks.length && toks.every((i) => run.includes(i)) ? run : toks;
}

/**
 * The index in `rest` of the one article figure that stands for canonical figure `f` when
 * each is the only one of its sort left on its side: weighty counts within a factor of two
 * of each other. -1 when none.
 */
function onlyCounterpart(f: NumFact, lost: readonly NumFact[], rest: readonly NumFact[]): number {
  if (f.kind !== 'count' || !f.weighty || lost.filter((x) => x.kind === 'count').length !== 1) return -1;
  const counts = rest.map((x, k) => (x.kind === 'count' ? k : -1)).filter((k) => k >= 0);
  if (counts.length !== 1) return -1;
  const x = rest[counts[0]!]!;
  const a = Number(f.value.slice(1));
  const b = Number(x.value.slice(1));
  return x.weighty && a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= 2 ? counts[0]! : -1;
}

/**
 * The index in `rest` of the one article figure that counts the fact canonical figure `f`
 * counts (one sense of `ctx.figureSenses`: the dead, the injured…), when `f` is the only lost
 * canonical figure of that sense and it the only article figure of it left. -1 when none.
 */
function sameFactCounterpart(ctx: DetectContext, f: NumFact, lost: readonly NumFact[], rest: readonly NumFact[]): number {
  const senses = ctx.figureSenses;
  if (!senses || (f.kind !== 'count' && f.kind !== 'vague')) return -1;
  const sense = senses.canonical(f.toks[0]!);
  if (!sense || lost.filter((x) => senses.canonical(x.toks[0]!) === sense).length !== 1) return -1;
  const same = rest.map((x, k) => (senses.article(x.toks[0]!) === sense ? k : -1)).filter((k) => k >= 0);
  return same.length === 1 ? same[0]! : -1;
}

/** Significant digits of a positive figure (trailing zeros of a whole number not counted). */
export function significantDigits(n: number): number {
  const digits = String(n).replace('.', '').replace(/^0+/, '');
  return Number.isInteger(n) ? digits.replace(/0+$/, '').length : digits.length;
}

/**
 * Whether `a`, said with a qualifier of sense `sense` (the order of `hedgeSenses`: about; at
 * least / more than; up to; less than; nearly), is exact figure `c` rounded: within 5% of it,
 * with fewer significant digits, and on the side of it the qualifier allows.
 */
export function roundedTo(c: number, a: number, sense: number | undefined): boolean {
  if (sense === undefined || !(c > 0) || !(a > 0) || a === c || Math.abs(a - c) > 0.05 * c) return false;
  if (significantDigits(a) >= significantDigits(c)) return false;
  if (sense === 0) return true;
  if (sense === 1) return a < c;
  if (sense === 2 || sense === 4) return a > c;
  return sense === 3 && a > c;
}

/** A qualifier's words as the hedge lists write them ("as many as"). */
const phraseOf = (side: GroupSide, toks: readonly number[]): string => toks.map((i) => side.tokens[i]!.norm).join(' ');
/** The hedge finding of a qualifier dropped, added or put for one of another sense on a figure that also changed, or is written another way. */
function qualifierOfChangedFigure(cq: number[], aq: number[], from?: string, to?: string): Finding {
  const reason =
    from && to
      ? `The qualifier of the figure changes from ‘${from}’ to ‘${to}’: the figure is bounded otherwise than in the canonical.`
      : from
        ? `Drops the qualifier ‘${from}’ of the figure: an estimate now reads as an exact figure.`
        : `Adds the qualifier ‘${to}’ to the figure, which the canonical gives as exact.`;
  return { kind: 'hedge', severity: 'high', cTok: cq, aTok: aq, reason };
}

/** Whether a canonical and an article figure count facts of known, different senses (the dead, the missing): no pair, equal or not. */
function otherFactOf(ctx: DetectContext): (f: NumFact, x: NumFact) => boolean {
  const s = ctx.figureSenses;
  return (f, x) => {
    const [a, b] = s ? [s.canonical(f.toks[0]!), s.article(x.toks[0]!)] : [null, null];
    return !!a && !!b && a !== b;
  };
}

/** The senses of fact that leave the fate of those they count unknown: a change to or from one says how sure the count is. */
const UNKNOWN_FATES: ReadonlySet<string> = new Set(['missing', 'trapped']);

/**
 * The same figure in the same words counting another fate ("Eleven workers are missing" →
 * "Eleven workers were killed", "14 were injured" → "14 died"): what the figure says changed,
 * with the words that give its sense, one put for the other (lost in its sentence, and new in
 * the other's: not "Two people were killed and 14 injured" cut to "Two people were injured",
 * where the words dropped are the finding). To or from the missing (or the trapped) it is a hedge
 * (a fate unknown given as known, or the other way); between known fates, a number finding.
 */
function fateChanged(ctx: DetectContext, f: NumFact, x: NumFact): Finding | null {
  const { C, A, cLost, aNew } = ctx;
  const senses = ctx.figureSenses!;
  const [cs, as] = [senses.canonical(f.toks[0]!)!, senses.article(x.toks[0]!)!];
  const cues = (side: GroupSide, changed: ArrayLike<boolean>, at: number, sense: string): number[] => {
    const words = new Set(SENSE_CUES[sense]!.split(' '));
    const s = side.sentences[sentenceOf(side, at)]!;
    return range(s.from, s.to).filter((k) => changed[k] && words.has(side.tokens[k]!.norm));
  };
  const [cCues, aCues] = [cues(C, cLost, f.toks[0]!, cs), cues(A, aNew, x.toks[0]!, as)];
  if (!cCues.length || !aCues.length) return null;
  const cTok = [...f.toks, ...cCues];
  const aTok = [...x.toks, ...aCues];
  const unsure = UNKNOWN_FATES.has(cs) || UNKNOWN_FATES.has(as);
  return {
    kind: unsure ? 'hedge' : 'number',
    severity: 'high',
    cTok,
    aTok,
    reason: `‘${figureText(C, f)}’ counts the ${cs} in the canonical (‘${tokensText(C, cTok)}’), the ${as} here (‘${tokensText(A, aTok)}’): ${unsure ? 'the fate of those counted is given with another certainty' : 'the same figure now says what happened to them otherwise'}.`,
  };
}

/** Whether two figures are written in the same words: one figure whatever its clause now says ("Two people were killed and 14 injured" / "Two people were injured"). */
const sameWords = (ctx: DetectContext, f: NumFact, x: NumFact): boolean =>
  f.toks.length === x.toks.length && f.toks.every((i, k) => ctx.ct[i]!.norm === ctx.at[x.toks[k]!]!.norm);

/** A figure, year or date changed, dropped or added. */
export const numberDetector: Detector = {
  name: 'number',
  summary: 'run',
  run(ctx) {
    const { C, A, lex, summary, hunkOfC, hunkOfA, cClaim, aClaim, claim, qualifiedFigures } = ctx;
    // The figures of a quotation one side alone quotes are read too, to pair with the other side's
    // (“more than 200 people have been killed” / “‘the death toll stands at 223,’ he said”); one of
    // them left over is the quote finding's, neither dropped nor added here.
    const cf = readUnclaimed(ctx, NUMBERS, true, unquotedClaims(ctx, true), (side, claimed) => findNumbers(side, lex, claimed));
    const af = readUnclaimed(ctx, NUMBERS, false, unquotedClaims(ctx, false), (side, claimed) => findNumbers(side, lex, claimed));
    const otherFact = otherFactOf(ctx);
    const { pairs, lost: lostF, rest } = pairEqual(cf, af, undefined, (f, x) => otherFact(f, x) && !sameWords(ctx, f, x));
    // The figures left over that stand on a claimed word (of such a quotation), told before this detector claims any.
    const quoted = new Set([...lostF.filter((f) => f.toks.some((i) => cClaim[i])), ...rest.filter((x) => x.toks.some((j) => aClaim[j]))]);
    for (const [f, x] of pairs) {
      // The same figure written another way (“20-thousand” / “20,000”): the hedge detector left
      // its qualifier here, as it does for a figure replaced; dropped, added or of another sense it is a hedge finding.
      const ch = f.toks.map((i) => qualifiedFigures.canonical.get(i)).find((v) => v);
      const ah = x.toks.map((i) => qualifiedFigures.article.get(i)).find((v) => v);
      if ((ch || ah) && !(ch && ah && sameHedgeSense(phraseOf(C, ch.toks), phraseOf(A, ah.toks), lex))) {
        const q = qualifierOfChangedFigure(ch?.toks ?? [], ah?.toks ?? [], ch?.text, ah?.text);
        claim(ch ? q : { ...q, severity: 'medium' });
      }
      // Paired though they count facts of other senses: the same words, another fate ("Eleven are missing" / "Eleven were killed").
      const fate = otherFact(f, x) ? fateChanged(ctx, f, x) : null;
      if (fate) claim(fate);
    }
    // The figures each side gives anywhere, claimed words included (made when first needed): a
    // figure inside a quotation another finding took is still given there.
    const givenBy = perSide(C, A, (side) => new Set(ctx.read(NUMBERS, side === C).map((f) => f.value)));
    /**
     * A per cent figure of `side` that `other` writes as a fraction (“50 percent” / “half”, “a
     * third” / “33%”), or a figure under one that it writes so (“0.25” / “a quarter”, as a
     * bracketed gloss restates the words before it: “a quarter of a point (0.25)”).
     */
    const asFraction = (other: GroupSide, side: GroupSide, f: NumFact): boolean => {
      const i = f.toks[f.toks.length - 1]!;
      let n = side.tokens[f.toks[0]!]!.num;
      if (n === null || f.kind !== 'count') return false;
      if (n > 0 && n < 1) n *= 100;
      else if (!isPercent(side, i)) return false;
      return other.tokens.some((t) => {
        const v = lex.fractionWords?.get(t.norm);
        return v !== undefined && Math.abs(v - n) <= 1.5;
      });
    };
    for (const f of lostF) {
      // A replacement: an unmatched figure of the same sort in the same hunk.
      // The hunk of any of its words: in “$1.2 billion” → “$1.2 million” only the scale changed.
      const h = f.toks.map(hunkOfC).find((x) => x >= 0) ?? -1;
      // One of its kind first, then a vague quantity for a count or the other way (“hundreds of people” → “1,800 people”).
      const inHunk = (x: NumFact): boolean => h >= 0 && x.toks.some((j) => hunkOfA(j) === h);
      // The one figure of the same fact first (“killed about a dozen” / “about 26 people have died,
      // 12 missing and 231 injured”): what a figure counts says more than where it stands.
      let k = sameFactCounterpart(ctx, f, lostF, rest);
      if (k < 0) k = rest.findIndex((x) => x.kind === f.kind && inHunk(x) && !otherFact(f, x));
      if (k < 0) k = rest.findIndex((x) => sameSort(f, x) && inHunk(x) && !otherFact(f, x));
      // Elsewhere in a reworded sentence: the only figure of its sort lost on one side and the only
      // one new on the other, both counts that matter and of one size (“as many as 30,000 residents
      // were killed” → “killing 31,000 people”).
      if (k < 0) k = onlyCounterpart(f, lostF, rest);
      if (k >= 0 && otherFact(f, rest[k]!)) k = -1;
      // A vague quantity that lost or gained words at one end ("tens of thousands" → "thousands",
      // "hundreds" → "hundreds of thousands"): the word both keep stayed in place, so no run of
      // change holds both.
      const key = (side: GroupSide, toks: number[], at: number): string => side.tokens[toks[at < 0 ? toks.length - 1 : at]!]!.key;
      if (k < 0 && f.kind === 'vague') k = rest.findIndex((x) => x.kind === 'vague' && (key(C, f.toks, -1) === key(A, x.toks, -1) || key(C, f.toks, 0) === key(A, x.toks, 0)));
      if (k >= 0) {
        const x = rest.splice(k, 1)[0]!;
        // The qualifiers of either figure: one of another sense ("as many as 30,000" → "at least
        // 40,000", "up to 50" → "60") is a change of its own, a hedge finding beside the figure's;
        // one of the same sense ("more than 900" → "at least 1,000") goes with the figure.
        const ch = f.toks.map((i) => qualifiedFigures.canonical.get(i)).find((v) => v);
        const ah = x.toks.map((i) => qualifiedFigures.article.get(i)).find((v) => v);
        // Beside a vague quantity a qualifier bounds nothing the other side gave exactly: it goes with the figure.
        const vague = f.kind === 'vague' || x.kind === 'vague';
        const own = (ch || ah) && !vague && !(ch && ah && sameHedgeSense(phraseOf(C, ch.toks), phraseOf(A, ah.toks), lex));
        const cTok = ch && !own ? [...ch.toks, ...f.toks] : f.toks;
        const aTok = ah && !own ? [...ah.toks, ...x.toks] : x.toks;
        const qualifier = ch && ah && !own ? `, and the qualifier from ‘${ch.text}’ to ‘${ah.text}’` : '';
        // An exact figure rounded and said to be approximate ("61.3%" → "about 61%", "1,287" →
        // "nearly 1,300"): the figure holds, given less exactly. One low finding for both.
        if (!ch && ah && f.kind === 'count' && x.kind === 'count' && roundedTo(Number(f.value.slice(1)), Number(x.value.slice(1)), lex.hedgeSenses?.get(phraseOf(A, ah.toks)))) {
          claim({
            kind: 'number',
            severity: 'low',
            cTok: f.toks,
            aTok: [...ah.toks, ...x.toks],
            reason: `Rounds ‘${figureText(C, f)}’ to ‘${tokensText(A, [...ah.toks, ...x.toks])}’: the figure holds, given less exactly than in the canonical.`,
          });
          continue;
        }
        // A count made vague where it falls within the quantity it becomes ("about 300" →
        // "hundreds"): less exact, not another figure. (The other way, a copy that gives a figure
        // the canonical does not, stays a changed figure: where did it come from?)
        if (countWithin(f, A, x, lex)) {
          claim({
            kind: 'number',
            severity: 'medium',
            cTok,
            aTok,
            reason: `‘${tokensText(C, cTok)}’ becomes ‘${tokensText(A, aTok)}’: the figure is made vague (it falls within it), and the copy no longer gives it.`,
          });
          continue;
        }
        // Another label on a thing ("Flight 214" → "Flight 241", "737-800" → "737-900"): another thing named.
        if (f.kind === 'identifier' && x.kind === 'identifier') {
          claim({ kind: 'name', severity: 'medium', cTok: f.toks, aTok: x.toks, reason: `The identifier changes from ‘${figureText(C, f)}’ to ‘${figureText(A, x)}’: another thing is named.` });
          continue;
        }
        claim({
          kind: 'number',
          severity: f.kind === 'date' || f.kind === 'ordinal' || f.kind === 'period' ? 'medium' : 'high',
          cTok,
          aTok,
          reason: vague
            ? `The figure changes from ‘${tokensText(C, cTok)}’ to ‘${tokensText(A, aTok)}’.`
            : `${f.kind === 'date' ? 'The date' : f.kind === 'year' ? 'The year' : 'The figure'} changes from ‘${figureText(C, f)}’ to ‘${figureText(A, x)}’${qualifier}.`,
        });
        if (own) claim(qualifierOfChangedFigure(ch?.toks ?? [], ah?.toks ?? [], ch?.text, ah?.text));
        continue;
      }
      if (replacedOnly(f) || summary || quoted.has(f) || givenBy(false).has(f.value) || asFraction(A, C, f) || strayFigure(ctx, f.toks, false)) continue; // a dropped week day is rewording, and headlines drop figures
      // A figure dropped with a few words around it (“killed and 14 injured” → “injured”): the words go with it.
      const words = dropRun(ctx, h, true, f.toks);
      claim({
        kind: 'number',
        severity: f.weighty ? 'high' : 'medium',
        cTok: words,
        aTok: [],
        reason:
          words.length > f.toks.length
            ? `Drops ‘${tokensText(C, words)}’, with the ${f.kind === 'year' ? 'year' : 'figure'} ‘${figureText(C, f)}’${f.weighty ? ', a count that matters to the story' : ''}.`
            : f.kind === 'year'
              ? `Drops the year ‘${figureText(C, f)}’.`
              : `Drops the figure ‘${figureText(C, f)}’${f.weighty ? ', a count that matters to the story' : ''}.`,
      });
    }
    for (const x of rest) {
      if (replacedOnly(x) || quoted.has(x) || givenBy(true).has(x.value) || asFraction(C, A, x) || strayFigure(ctx, x.toks, true)) continue;
      const words = dropRun(ctx, hunkOfA(x.toks[0]!), false, x.toks);
      claim({
        kind: 'number',
        severity: x.weighty ? 'high' : 'medium',
        cTok: [],
        aTok: words,
        reason:
          words.length > x.toks.length
            ? `Adds ‘${tokensText(A, words)}’, with the ${x.kind === 'year' ? 'year' : 'figure'} ‘${figureText(A, x)}’, which the canonical sentence does not give.`
            : `Adds the ${x.kind === 'year' ? 'year' : 'figure'} ‘${figureText(A, x)}’, which the canonical sentence does not give.`,
      });
    }
  },
};
