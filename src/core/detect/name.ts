/** Names: a name spelled differently, or replaced by another. */
import { distance } from 'fastest-levenshtein';
import { HEADLINE_LABELS } from '../credits';
import { escapeRegExp, quoted } from '../text';
import type { DetectContext, Detector } from './context';
import type { GroupSide } from './group';
import { isAcronym, isSentenceInitial, pairOff, perSide, range, sentenceOf, titleCaseSentences, tokensText } from './tokens';
import { formsOfOneName, isNameForm } from '../placeNames';
import { isEnglish } from '../lexicon';

/** A name spelled differently, or another name in the same place. */
export const nameDetector: Detector = {
  name: 'name',
  summary: 'run',
  run(ctx) {
    // The spelling pairs are read before any claim of this detector, the others after the claims before them.
    const pairs = spellingPairs(ctx);
    compassPoints(ctx);
    respelledNames(ctx, pairs);
    replacedNames(ctx);
  },
};

/**
 * Pairs of a lost and a new capitalised word (neither claimed) close enough in spelling to be
 * one name misspelt, with their edit distance; the same name in another form is no pair.
 */
function spellingPairs(ctx: DetectContext): Array<[number, number, number]> {
  const { C, A, ct, at, cLost, aNew, cClaim, aClaim } = ctx;
  const lostCaps = ct
    .map((_, i) => i)
    .filter((i) => ct[i]!.cap && ct[i]!.content && cLost[i] && !cClaim[i] && ct[i]!.num === null);
  const newCaps = at
    .map((_, i) => i)
    .filter((i) => at[i]!.cap && at[i]!.content && aNew[i] && !aClaim[i] && at[i]!.num === null);
  const sameFirstName = (i: number, j: number): boolean => {
    const p = ct[i - 1];
    const q = at[j - 1];
    return !!p && !!q && p.cap && q.cap && p.content && p.key === q.key && !isSentenceInitial(C, i - 1) && !isSentenceInitial(A, j - 1);
  };
  const pairs: Array<[number, number, number]> = [];
  for (const i of lostCaps) {
    for (const j of newCaps) {
      const a = ct[i]!.norm.replace(/'s$/, '');
      const b = at[j]!.norm.replace(/'s$/, '');
      if (a[0] !== b[0] || Math.min(a.length, b.length) < 4) continue;
      const [short, long] = a.length <= b.length ? [a, b] : [b, a];
      // Iran / Iranian, Iraq / Iraqi: the same name in another form; but not after the same
      // first name ("Deli Borsari" / "Deli Borsar"), where it is the one person's surname.
      // A name in a vowel and the same with "n" is a demonym even after the same word ("West Africa" / "West African").
      const suffix = long.slice(short.length);
      const demonym = suffix === 'n' && /[aeiouy]$/.test(short);
      // With "i" ("Iraq" / "Iraqi") only before a noun, as an adjective: "in Nairob." / "in Nairobi." is a name misspelt.
      const longer = a.length > b.length ? ct[i + 1] : at[j + 1];
      const adjective = suffix !== 'i' || (!!longer && longer.content && !longer.cap);
      if (isNameForm(short, long) && adjective && (demonym || !sameFirstName(i, j))) continue;
      // A word capitalised only because it opens its sentence, and another form of it there
      // ("Rescue crews" / "Rescuers pulled"): an inflection of a common word, not a name misspelt.
      if (long.startsWith(short) && isSentenceInitial(C, i) && isSentenceInitial(A, j)) continue;
      const d = distance(a, b);
      if (d <= Math.max(1, Math.floor(Math.max(a.length, b.length) * 0.3))) pairs.push([i, j, d]);
    }
  }
  return pairs;
}

/**
 * A place put at another point of the compass ("northern Bihar" → "southern Bihar", "the
 * central province" → "the southwestern province"): where it happened changed. (In a name,
 * "North Korea" / "South Korea", it is another name: `replacedNames`.)
 */
function compassPoints(ctx: DetectContext): void {
  const { C, A, hunks, cLost, aNew, cClaim, aClaim } = ctx;
  if (!ctx.lex.compass) return;
  const point = compassPoint(ctx);
  const turned = turnedClaim(ctx);
  for (const h of hunks) {
    const ci = range(h.c0, h.c1).filter((i) => !cClaim[i] && cLost[i] && point(C, i));
    const aj = range(h.a0, h.a1).filter((j) => !aClaim[j] && aNew[j] && point(A, j));
    if (ci.length === 1 && aj.length === 1) turned(ci, aj);
  }
}

/** Whether token `i` of a side is a point of the compass in lower case ("northern", not "North Korea"). */
const compassPoint =
  (ctx: DetectContext) =>
  (side: GroupSide, i: number): boolean =>
    !!ctx.lex.compass?.has(side.tokens[i]!.norm) && (!side.tokens[i]!.cap || isSentenceInitial(side, i));

/** Claims a point of the compass changed, canonical tokens `ci` for article tokens `aj`. */
const turnedClaim =
  (ctx: DetectContext) =>
  (ci: number[], aj: number[]): void =>
    ctx.claim({
      kind: 'name',
      severity: 'medium',
      cTok: ci,
      aTok: aj,
      reason: `The direction changes from ${quoted(tokensText(ctx.C, ci), 20)} to ${quoted(tokensText(ctx.A, aj), 20)}: check where it happened.`,
    });

/**
 * The same place at another point of the compass where the sentence was rewritten around it
 * ("killed a dozen people in central Burma" → "the death toll in northern Burma"): the point
 * before one word both sides have, the only one before it on either side. It runs before the
 * clause and number detectors, whose dropped and added phrases would otherwise take the point
 * with them.
 */
export const compassDetector: Detector = {
  name: 'compass',
  summary: 'run',
  run(ctx) {
    const { C, A, cLost, aNew, cClaim, aClaim } = ctx;
    if (!ctx.lex.compass) return;
    const point = compassPoint(ctx);
    const before = (side: GroupSide, lost: ArrayLike<boolean>, claimed: ArrayLike<number>, key: string): number[] =>
      range(0, side.tokens.length - 1).filter(
        (k) => lost[k] && !claimed[k] && point(side, k) && side.tokens[k + 1]!.content && side.tokens[k + 1]!.key === key && sentenceOf(side, k) === sentenceOf(side, k + 1),
      );
    const keys = new Set(range(0, C.tokens.length - 1).filter((i) => cLost[i] && !cClaim[i] && point(C, i)).map((i) => C.tokens[i + 1]!.key));
    for (const key of keys) {
      const ci = before(C, cLost, cClaim, key);
      const aj = before(A, aNew, aClaim, key);
      if (ci.length === 1 && aj.length === 1 && C.tokens[ci[0]!]!.norm !== A.tokens[aj[0]!]!.norm) turnedClaim(ctx)(ci, aj);
    }
    compassDroppedOrAdded(ctx);
  },
};

/**
 * A point of the compass dropped before a place both sides keep ("the northern Indonesian island
 * of Sumatra" → "the Indonesian island of Sumatra", "in western Nepal" → "in Nepal"), or added
 * before one: where it happened is given less, or more, precisely. Only a point that stands
 * alone in its run of change, before a capitalised word kept on both sides (a place, not "the
 * central bank"), and with nothing in its place on the other side.
 */
function compassDroppedOrAdded(ctx: DetectContext): void {
  const { C, A, hunks, cLost, aNew, cClaim, aClaim, claim } = ctx;
  const point = compassPoint(ctx);
  const lone = (side: GroupSide, from: number, to: number, changed: ArrayLike<boolean>, claimed: ArrayLike<number>): number => {
    const words = range(from, to).filter((k) => side.tokens[k]!.content);
    if (words.length !== 1) return -1;
    const k = words[0]!;
    const next = side.tokens[k + 1];
    const placeKept = !!next && next.cap && next.content && !changed[k + 1] && sentenceOf(side, k) === sentenceOf(side, k + 1);
    return changed[k] && !claimed[k] && point(side, k) && placeKept ? k : -1;
  };
  const none = (side: GroupSide, from: number, to: number): boolean => !range(from, to).some((k) => side.tokens[k]!.content);
  for (const h of hunks) {
    const i = none(A, h.a0, h.a1) ? lone(C, h.c0, h.c1, cLost, cClaim) : -1;
    if (i >= 0) {
      claim({ kind: 'name', severity: 'low', cTok: [i], aTok: [], reason: `Drops ${quoted(tokensText(C, [i]), 20)} before ${quoted(tokensText(C, [i + 1]), 30)}: the article says less precisely where.` });
      continue;
    }
    const j = none(C, h.c0, h.c1) ? lone(A, h.a0, h.a1, aNew, aClaim) : -1;
    if (j >= 0) claim({ kind: 'name', severity: 'low', cTok: [], aTok: [j], reason: `Adds ${quoted(tokensText(A, [j]), 20)} before ${quoted(tokensText(A, [j + 1]), 30)}, which the canonical does not say: check where it happened.` });
  }
}

/**
 * A name spelled differently: the spelling pairs paired off, one finding for one name respelled
 * in two of its words ("Anneliese Vorberg" → "Annaliese Vorburg"), with the neighbouring words
 * of the name the diff took as equal (one stem) but written otherwise ("Kowalsky" / "Kowalski").
 */
function respelledNames(ctx: DetectContext, pairs: Array<[number, number, number]>): void {
  const { C, A, ct, at, cClaim, aClaim, claim } = ctx;
  const spelled: Array<[number[], number[]]> = [];
  for (const [i, j] of pairOff(pairs).sort((x, y) => x[0] - y[0])) {
    const last = spelled[spelled.length - 1];
    const next = (side: GroupSide, xs: number[], k: number): boolean => xs[xs.length - 1] === k - 1 && /^[\s-]*$/.test(side.text.slice(side.tokens[k - 1]!.end, side.tokens[k]!.start));
    if (last && next(C, last[0], i) && next(A, last[1], j)) (last[0].push(i), last[1].push(j));
    else spelled.push([[i], [j]]);
  }
  const written = (side: GroupSide, k: number): string => side.text.slice(side.tokens[k]!.start, side.tokens[k]!.end);
  const respelt = (i: number, j: number): boolean => {
    const [u, v] = [ct[i], at[j]];
    return !!u && !!v && u.cap && v.cap && u.num === null && !cClaim[i] && !aClaim[j] && u.key === v.key && written(C, i).toLowerCase() !== written(A, j).toLowerCase();
  };
  const joined = (side: GroupSide, k: number): boolean => /^[\s-]*$/.test(side.text.slice(side.tokens[k]!.end, side.tokens[k + 1]!.start));
  for (const [cs, as] of spelled) {
    while (respelt(cs[cs.length - 1]! + 1, as[as.length - 1]! + 1) && joined(C, cs[cs.length - 1]!) && joined(A, as[as.length - 1]!)) (cs.push(cs[cs.length - 1]! + 1), as.push(as[as.length - 1]! + 1));
    while (respelt(cs[0]! - 1, as[0]! - 1) && joined(C, cs[0]! - 1) && joined(A, as[0]! - 1)) (cs.unshift(cs[0]! - 1), as.unshift(as[0]! - 1));
    claim({
      kind: 'name',
      severity: 'medium',
      cTok: cs,
      aTok: as,
      reason: `The name is spelled ${quoted(tokensText(A, as), 60)} here but ${quoted(tokensText(C, cs), 60)} in the canonical: check which is right.`,
    });
  }
}

/**
 * A different name in the same place: within a run of change, a run of 1–3 names replaced by
 * another (each side's only run of names there), unless they are one name in two forms.
 */
function replacedNames(ctx: DetectContext): void {
  const { C, A, ct, at, hunks, cLost, aNew, cClaim, aClaim, claim, lex } = ctx;
  const titled = perSide(C, A, headings);
  const english = isEnglish(lex);
  const nameRuns = (side: GroupSide, from: number, to: number, changed: boolean[], claimed: Uint8Array): number[][] => {
    const runs: number[][] = [];
    let cur: number[] = [];
    const heading = titled(side === C);
    for (let i = from; i <= to; i++) {
      const t = side.tokens[i];
      const isName =
        i < to && !!t && t.cap && t.content && t.num === null && changed[i] && !claimed[i] && !lex.dateWords.has(t.norm) &&
        (placeLabel(side, i) || (!isSentenceInitial(side, i) && (!heading.has(sentenceOf(side, i)) || nameInProse(side, i))));
      if (isName) cur.push(i);
      else if (cur.length) (runs.push(cur), (cur = []));
    }
    return runs;
  };
  for (const h of hunks) {
    const cRuns = nameRuns(C, h.c0, h.c1, cLost, cClaim);
    const aRuns = nameRuns(A, h.a0, h.a1, aNew, aClaim);
    if (cRuns.length !== 1 || aRuns.length !== 1) continue;
    const cRun = cRuns[0]!;
    const aRun = aRuns[0]!;
    if (cRun.length > 3 || aRun.length > 3) continue;
    // Iran / Iranian, Syria's / Syrian, Mars / Martian: the same name in another form.
    if (cRun.some((i) => aRun.some((j) => formsOfOneName(ct[i]!, at[j]!, english)))) continue;
    // "HRW" / "Human Rights Watch", "United Nations" / "UN": one name, as an acronym and in full.
    if (spellsInitials(C, cRun, A, aRun) || spellsInitials(A, aRun, C, cRun)) continue;
    claim({
      kind: 'name',
      severity: 'medium',
      cTok: cRun,
      aTok: aRun,
      reason: `Names ${quoted(tokensText(A, aRun), 40)} where the canonical names ${quoted(tokensText(C, cRun), 40)}.`,
    });
  }
}

/**
 * The side's headings: sentences in title case (most words capitalised) that end with no full
 * stop, as headlines do (“Relief Convoys Reach Flooded Valley”).
 */
function headings(side: GroupSide): Set<number> {
  const out = new Set<number>();
  for (const k of titleCaseSentences(side)) {
    const s = side.sentences[k]!;
    if (!/[.!?]["”’»)]*\s*$/u.test(side.text.slice(s.start, s.end))) out.add(k);
  }
  return out;
}

/**
 * In a heading every word has a capital: a word there is read as a name only when the text writes
 * it with a capital inside a sentence elsewhere (“near Lake Kivu”) and never in lower case, not
 * “Toll Reaches” (the prose has “toll”) or “Head” (written nowhere else).
 */
function nameInProse(side: GroupSide, i: number): boolean {
  const t = side.tokens[i]!;
  const s = side.sentences[sentenceOf(side, i)]!;
  const word = side.text.slice(t.start, t.end).replace(/['’]s$/u, '');
  const lower = word.toLowerCase();
  if (lower !== word && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(lower)}(?![\\p{L}\\p{N}])`, 'u').test(side.text)) return false;
  for (const m of side.text.matchAll(new RegExp(`[\\p{L}\\p{N},;]\\s+(${escapeRegExp(word)})(?![\\p{L}\\p{N}])`, 'gu'))) {
    const at = m.index! + m[0].length - m[1]!.length;
    if (at < s.start || at >= s.end) return true;
  }
  return false;
}

/**
 * Whether a capitalised token of `xs` (on side X), written in capitals ("HRW", "U.N."), spells
 * the initials of the capitalised words of `ys` (on side Y: "Human Rights Watch").
 */
export function spellsInitials(X: GroupSide, xs: readonly number[], Y: GroupSide, ys: readonly number[]): boolean {
  const initials = ys
    .filter((j) => Y.tokens[j]!.cap && Y.tokens[j]!.content)
    .map((j) => Y.text[Y.tokens[j]!.start]!)
    .join('')
    .toUpperCase();
  if (initials.length < 2) return false;
  return xs.some((i) => {
    const w = X.text.slice(X.tokens[i]!.start, X.tokens[i]!.end).replace(/\./g, '');
    return isAcronym(w) && initials.includes(w);
  });
}

/**
 * A headline's opening label that names a place ("Pakistan: Death Toll Rises"): the first word of
 * its sentence, a colon right after it, and not one of the labels that name no one ("Analysis:").
 */
function placeLabel(side: GroupSide, i: number): boolean {
  const t = side.tokens[i]!;
  const next = side.tokens[i + 1];
  if (!side.sentences.some((s) => s.from === i) || !next) return false;
  return /^\s*:\s*$/.test(side.text.slice(t.end, next.start)) && !HEADLINE_LABELS.has(t.norm);
}
