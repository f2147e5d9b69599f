/**
 * The analysis of a group whose sides are in two languages (a translation). Words do not
 * compare across languages, so there is no word diff and none of the word detectors runs:
 * what a translation must carry unchanged, and what this checks, are its figures written
 * in digits (a number word, "one" or "une", is too often not a figure to count) and its
 * months, read by name in each language ("July", "juillet") or as the month's number
 * ("tháng 7", the 7th month).
 */
import type { Lexicon } from '../lexicon';
import type { GroupAnalysis, Finding, GroupSide } from './group';
import { findHedges } from './hedge';
import { isAcronym, range, tokensText } from './tokens';
import { inlineCredits } from '../credits';
import { quoted } from '../excerpt';
import { monthOf, monthsOf, relativeDaysOf, weekdaysOf, type Months } from '../months';
import { marksAcross } from './acrossMarks';
import { clocksCarried } from './acrossClock';
import type { Token } from '../text';
import { foldDiacritics } from '../fold';
import { stampTokens } from './time';

function figures(side: GroupSide): number[] {
  const out: number[] = [];
  side.tokens.forEach((t, i) => {
    if (t.num !== null && /\p{Nd}/u.test(t.norm)) out.push(i);
  });
  return out;
}

/** Takes out of `figures` (of `side`) each one that `other` writes as a number word of the same value, each word once. */
function spelledOut(figures: number[], side: GroupSide, other: GroupSide): void {
  const words = other.tokens.flatMap((t, j) => (t.num !== null && !/\p{Nd}/u.test(t.norm) ? [j] : []));
  for (let k = figures.length - 1; k >= 0; k--) {
    const w = words.findIndex((j) => other.tokens[j]!.num === side.tokens[figures[k]!]!.num);
    if (w >= 0) {
      words.splice(w, 1);
      figures.splice(k, 1);
    }
  }
}

/** Takes out of `figures` (of `side`) each one whose value a figure of `other`'s date stamp (`stamps`) has, each stamp figure once. */
function takeStamped(figures: number[], side: GroupSide, other: GroupSide, stamps: ReadonlySet<number>): void {
  const values = [...stamps].map((i) => other.tokens[i]!.num).filter((v): v is number => v !== null);
  for (let k = figures.length - 1; k >= 0 && values.length; k--) {
    const v = values.indexOf(side.tokens[figures[k]!]!.num ?? NaN);
    if (v >= 0) {
      values.splice(v, 1);
      figures.splice(k, 1);
    }
  }
}

/**
 * The size words after a figure, read with the side's own number words ("1.5 million", "1,5
 * milliard", "1,5 mil millones": each word multiplies): their tokens and product, 1 where there
 * is none; null where the language has no number words (a size word may follow unread).
 */
function sizeOf(side: GroupSide, i: number, lex: Lexicon): { toks: number[]; scale: number | null } {
  const toks: number[] = [];
  let scale = 1;
  for (let k = i + 1; k < side.tokens.length; k++) {
    const w = side.tokens[k]!;
    if (w.num === null || /\p{Nd}/u.test(w.norm) || w.num < 1000 || !lex.numberWords.has(w.norm)) break;
    scale *= w.num;
    toks.push(k);
  }
  return { toks, scale: scale === 1 && !lex.numberWords.size ? null : scale };
}

/**
 * Whether two figures say the same amount: the same value with their size words ("1.5 million"
 * / "1 500 000"), or the same figure where one side has no size word it reads (a word it does
 * not know may stand there: French "billion" is a thousand times English "billion"). Only two
 * sizes read, and different, change the amount ("1.5 billion" / "1,5 million").
 */
function sameFigure(cScale: number | null, aScale: number | null, c: number | null, a: number | null): boolean {
  if (c === null || a === null) return false;
  if (c === a && (cScale === null || aScale === null || cScale === 1 || aScale === 1)) return true;
  if (cScale === null || aScale === null) return false;
  return Math.abs(c * cScale - a * aScale) <= 1e-9 * Math.max(1, Math.abs(c * cScale));
}

/** Figures below this may be written as words in any language. */
const SPELLED_BELOW = 100;

/** The side's month names, by token index, with the month's number. */
function monthNames(side: GroupSide, months: Months): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  side.tokens.forEach((t, i) => {
    const m = t.num === null ? monthOf(t, months) : 0;
    if (m) out.push([i, m]);
  });
  return out;
}

/**
 * Pairs the months of the two sides: a month name with the same month by name on the other side
 * or with that month's number among the other side's figures (which are then taken, not
 * compared as figures). What is left of the names: the canonical's and the article's, in order.
 */
function pairMonths(C: GroupSide, A: GroupSide, cf: number[], af: number[], months: { canonical: Months; article: Months }): { lostC: number[]; leftA: number[] } {
  const cm = monthNames(C, months.canonical);
  const am = monthNames(A, months.article);
  const leftA = [...am];
  const lostC: number[] = [];
  for (const [i, m] of cm) {
    const k = leftA.findIndex(([, n]) => n === m);
    if (k >= 0) leftA.splice(k, 1);
    else {
      const f = af.findIndex((j) => A.tokens[j]!.num === m);
      if (f >= 0) af.splice(f, 1);
      else lostC.push(i);
    }
  }
  const left: number[] = [];
  for (const [j, m] of leftA) {
    const f = cf.findIndex((i) => C.tokens[i]!.num === m);
    if (f >= 0) cf.splice(f, 1);
    else left.push(j);
  }
  return { lostC, leftA: left };
}

/** The qualifier of each figure of a side ("about" in "about 300"), by the figure's token index, read with the side's own lexicon. */
function qualifiersOfFigures(side: GroupSide, lex: Lexicon): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const h of findHedges(side, lex, new Uint8Array(side.tokens.length))) {
    if (h.target >= 0 && side.tokens[h.target]!.num !== null) out.set(h.target, h.toks);
  }
  return out;
}

/**
 * Figures the translation changed, dropped or added, in the order they stand; and a figure
 * carried whose qualifier ("more than 100" / "plus de 100") one side has and the other
 * lacks, each side's qualifiers read with its own language's word list.
 */
export function analyzeAcross(
  C: GroupSide,
  A: GroupSide,
  cLex: Lexicon,
  aLex: Lexicon,
  locales: { canonical: string; article: string; articleNames?: ReadonlySet<string> } = { canonical: 'en', article: 'en' },
): GroupAnalysis {
  // The figures of a date stamp ("Press Briefing – February 2, 2021") are the layout's: neither carried nor dropped.
  const cStamps = stampTokens(C, cLex.time);
  const aStamps = stampTokens(A, aLex.time);
  const cf = figures(C).filter((i) => !cStamps.has(i));
  const af = figures(A).filter((j) => !aStamps.has(j));
  // A stamp's date written on the other side in words the stamp rule does not read ("22 DE ENERO DE 2025"): the same figures, carried.
  takeStamped(af, A, C, cStamps);
  takeStamped(cf, C, A, aStamps);
  const months = pairMonths(C, A, cf, af, { canonical: monthsOf(locales.canonical), article: monthsOf(locales.article) });
  clocksCarried(C, A, { canonical: cLex.time, article: aLex.time }, cf, af);
  const left = [...af];
  const lostC: number[] = [];
  const carried: Array<[number, number]> = [];
  // Each article figure's size words, read once (not once per canonical figure it is tried with).
  const aScale = new Map(af.map((j) => [j, sizeOf(A, j, aLex).scale]));
  for (const i of cf) {
    const cScale = sizeOf(C, i, cLex).scale;
    const k = left.findIndex((j) => sameFigure(cScale, aScale.get(j) ?? null, C.tokens[i]!.num, A.tokens[j]!.num));
    if (k >= 0) carried.push([i, left.splice(k, 1)[0]!]);
    else lostC.push(i);
  }
  // A figure the other side writes as a number word of its language ("2" / "deux") is carried;
  // a number word with no figure says nothing (it is too often not a figure).
  spelledOut(lostC, C, A);
  spelledOut(left, A, C);
  const findings: Finding[] = [];
  if (carried.length) {
    const cq = qualifiersOfFigures(C, cLex);
    const aq = qualifiersOfFigures(A, aLex);
    for (const [i, j] of carried) {
      const q = cq.get(i);
      const r = aq.get(j);
      if (q && !r) {
        findings.push({ kind: 'hedge', severity: 'high', cTok: q, aTok: [], cMark: [i], aMark: [j], reason: `Drops the qualifier ‘${tokensText(C, q)}’ before ‘${tokensText(C, [i])}’: an estimate now reads as an exact figure.` });
      } else if (r && !q) {
        findings.push({ kind: 'hedge', severity: 'medium', cTok: [], aTok: r, cMark: [i], aMark: [j], reason: `Adds the qualifier ‘${tokensText(A, r)}’ before ‘${tokensText(A, [j])}’, which the canonical does not have.` });
      }
    }
  }
  const text = (side: GroupSide, i: number): string => tokensText(side, [i]);
  const n = Math.min(lostC.length, left.length);
  for (let k = 0; k < n; k++) {
    // The figure with its size words: "1.5 billion" → "1,5 million" changes the amount, not the figure.
    const c = [lostC[k]!, ...sizeOf(C, lostC[k]!, cLex).toks];
    const a = [left[k]!, ...sizeOf(A, left[k]!, aLex).toks];
    findings.push({
      kind: 'number',
      severity: 'high',
      cTok: c,
      aTok: a,
      reason: `The figure changes from ‘${tokensText(C, c)}’ to ‘${tokensText(A, a)}’ in the translation.`,
    });
  }
  for (const i of lostC.slice(n)) {
    // A translation into a language whose number words are not read may write a small figure
    // as words ("43" / "الثالثة والأربعين", the forty-third): only a figure of 100 or more,
    // which every language writes in digits, is known to be dropped.
    if (!aLex.numberWords.size && Math.abs(C.tokens[i]!.num!) < SPELLED_BELOW) continue;
    findings.push({ kind: 'number', severity: 'medium', cTok: [i], aTok: [], reason: `Drops the figure ‘${text(C, i)}’: the translation does not carry it.` });
  }
  for (const j of left.slice(n)) {
    findings.push({ kind: 'number', severity: 'medium', cTok: [], aTok: [j], reason: `Adds the figure ‘${text(A, j)}’, which the canonical sentence does not have.` });
  }
  // A month named on both sides, but not the same month: the date changed.
  for (let k = 0; k < Math.min(months.lostC.length, months.leftA.length); k++) {
    const i = months.lostC[k]!;
    const j = months.leftA[k]!;
    findings.push({ kind: 'time', severity: 'high', cTok: [i], aTok: [j], reason: `The month changes from ‘${text(C, i)}’ to ‘${text(A, j)}’ in the translation.` });
  }
  if (locales.articleNames) findings.push(...droppedNames(C, A, cLex, locales.articleNames), ...droppedCredits(C, A, locales.articleNames));
  const days = (locale: string) => ({ weekdays: weekdaysOf(locale), months: monthsOf(locale), relative: relativeDaysOf(locale) });
  findings.push(...marksAcross(C, A, cLex, aLex, { canonical: days(locales.canonical), article: days(locales.article) }));
  const start = A.sentences[0]!.start;
  return { diff: [], identical: false, findings, canonicalAnchors: C.tokens.map(() => start) };
}

/** A word's folded, lower-case form, as names are compared across languages ("Çavuşoğlu" is "cavusoglu"). */
function nameKey(t: Token): string {
  return foldDiacritics(t.norm.toLowerCase());
}

/**
 * The capitalised words a text writes anywhere (folded): the names a translation spells as the
 * original does. A sentence left in the original's language (`original`, its function words: a
 * page's letterhead "Office of the Harbour Authority") is skipped: its words are the original's,
 * not the translation's way of writing them.
 */
export function namesOf(tokens: readonly Token[][], original?: { own: ReadonlySet<string>; other: ReadonlySet<string> }): Set<string> {
  const out = new Set<string>();
  for (const sentence of tokens) {
    if (original && leftInOriginal(sentence, original.own, original.other)) continue;
    for (const t of sentence) if (t.cap && t.num === null) out.add(nameKey(t));
  }
  return out;
}

/** Whether a sentence has a function word of the original (`other`) that is not one of its own language's, and none of its own. */
function leftInOriginal(sentence: readonly Token[], own: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  let original = false;
  for (const t of sentence) {
    const w = t.norm.toLowerCase();
    if (own.has(w)) return false;
    if (other.has(w)) original = true;
  }
  return original;
}

/**
 * Names of the canonical sentence that the translation writes elsewhere, spelled alike (so it
 * keeps names as they are, and this one is not translated), but not in its counterpart: the
 * name was dropped. A capitalised word that opens a sentence, a function word, an acronym (an
 * agency a translation names once and then calls "the centre", "l'agence"), or a name the
 * translation writes nowhere (a place or body it translates: "Tehran", "Teerã") says nothing.
 */
function droppedNames(C: GroupSide, A: GroupSide, cLex: Lexicon, articleNames: ReadonlySet<string>): Finding[] {
  const opening = new Set(C.sentences.map((s) => s.from));
  const here = A.tokens.map(nameKey);
  const written = (name: string, words: Iterable<string>): boolean => {
    for (const w of words) if (w.startsWith(name)) return true;
    return false;
  };
  const seen = new Set<string>();
  const out: Finding[] = [];
  C.tokens.forEach((t, i) => {
    if (!t.cap || t.num !== null || opening.has(i) || !/^\p{L}{3,}$/u.test(t.norm) || isAcronym(C.text.slice(t.start, t.end))) return;
    const name = nameKey(t);
    if (seen.has(name) || cLex.functionWords.has(name)) return;
    seen.add(name);
    if (written(name, articleNames) && !written(name, here)) {
      out.push({ kind: 'name', severity: 'medium', cTok: [i], aTok: [], reason: `Drops the name ‘${tokensText(C, [i])}’, which the translation writes elsewhere.` });
    }
  });
  return out;
}

/**
 * Credits inside the canonical's sentences ("…: NASA", "(Reuters)", "via AFP") that the group's
 * translation does not write, where it writes the name elsewhere (so it keeps the name as it is,
 * and has not translated it here): the claim has lost its source. A credit the translation
 * writes nowhere may be translated ("WHO" / "OMS") and says nothing.
 */
function droppedCredits(C: GroupSide, A: GroupSide, articleNames: ReadonlySet<string>): Finding[] {
  const here = new Set(A.tokens.map(nameKey));
  const out: Finding[] = [];
  for (const s of C.sentences) {
    for (const c of inlineCredits(C.text, s.start, s.end)) {
      const toks = range(s.from, s.to).filter((i) => C.tokens[i]!.start >= c.start && C.tokens[i]!.end <= c.end);
      const words = toks.map((i) => nameKey(C.tokens[i]!));
      if (!words.length || !words.every((w) => articleNames.has(w)) || words.every((w) => here.has(w))) continue;
      out.push({ kind: 'attribution', severity: 'low', cTok: toks, aTok: [], reason: `Drops the credit to ${quoted(c.agency)}; the translation still names it elsewhere.` });
    }
  }
  return out;
}
