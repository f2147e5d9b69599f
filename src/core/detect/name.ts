/** Names: a name spelled differently, or replaced by another. */
import { distance } from 'fastest-levenshtein';
import { HEADLINE_LABELS } from '../credits';
import { quoted } from '../excerpt';
import type { DetectContext, Detector } from './context';
import type { GroupSide } from './group';
import { isSentenceInitial, pairOff, perSide, sentenceOf, titleCaseSentences, tokensText } from './tokens';
import { formsOfOneName, isNameForm } from '../placeNames';
import { spellsInitials } from './initials';
import { isEnglish } from '../lexicon';
import { compassPoints } from './compass';
import { once } from '../once';

/** A name spelled differently, or another name in the same place. */
export const nameDetector: Detector = {
  name: 'name',
  summary: 'run',
  // A name respelled or replaced: a capitalised word lost and one added (`spellingPairs`,
  // `replacedNames`); a point of the compass turned: one lost and one added (`compassPoints`).
  needs: [
    { lost: 'capital', added: 'capital' },
    { lost: 'compass', added: 'compass' },
  ],
  run(ctx) {
    // The spelling pairs are read before any claim of this detector, the others after the claims before them.
    const pairs = spellingPairs(ctx);
    compassPoints(ctx);
    respelledNames(ctx, pairs);
    replacedNames(ctx);
  },
};

/** The figure of a footnote or reference mark, written on the end of a word: one or two digits. */
const FOOTNOTE_MARK = /^\d{1,2}$/;

/**
 * Pairs of a lost and a new capitalised word (neither claimed) close enough in spelling to be
 * one name misspelt, with their edit distance; the same name in another form is no pair.
 */
function spellingPairs(ctx: DetectContext): Array<[number, number, number]> {
  const { C, A, ct, at, cLost, aNew, cClaim, aClaim } = ctx;
  // (Plain loops, the lost or new word asked first: no list of every index made in each group.)
  const lostCaps: number[] = [];
  for (let i = 0; i < ct.length; i++) if (cLost[i] && !cClaim[i] && ct[i]!.cap && ct[i]!.content && ct[i]!.num === null) lostCaps.push(i);
  const newCaps: number[] = [];
  for (let j = 0; j < at.length; j++) if (aNew[j] && !aClaim[j] && at[j]!.cap && at[j]!.content && at[j]!.num === null) newCaps.push(j);
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
      // A reference mark glued to the word ("Assessment2", a footnote's number): the same word.
      if (FOOTNOTE_MARK.test(long.slice(short.length)) && long.startsWith(short) && !/\d/.test(short)) continue;
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
      // The same letters with one of them put a place or two off ("Zanaib" / "Zainab", "Danile" / "Daniel"):
      // one slip of the hand, not two edits.
      const raw = distance(a, b);
      const d = raw === 2 && sameLetters(a, b) ? 1 : raw;
      if (d <= Math.max(1, Math.floor(Math.max(a.length, b.length) * 0.3))) pairs.push([i, j, d]);
    }
  }
  return pairs;
}

/** Whether two words of five letters or more write the same letters in another order ("Zainab" / "Zanaib"). */
export function sameLetters(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5 || a === b) return false;
  return [...a].sort().join('') === [...b].sort().join('');
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

/** Whether `names` are half or more of the words of content and figures of a side's run of change `from`–`to` (exclusive), as name-dropped asks. */
function mostlyNames(side: GroupSide, from: number, to: number, names: readonly number[]): boolean {
  let n = 0;
  for (let i = from; i < to; i++) if (side.tokens[i]!.content || side.tokens[i]!.num !== null || names.includes(i)) n++;
  return names.length * 2 >= n;
}

/**
 * A different name in the same place: within a run of change, a run of 1–3 names replaced by
 * another (each side's only run of names there, and half or more of that side's words there),
 * unless they are one name in two forms.
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
    // In the same place: the names are most of what changed there, on each side (a sentence retold
    // around a name of each names other things: "the lift-off from Kennedy" / "the space shuttle Atlantis").
    if (!mostlyNames(C, h.c0, h.c1, cRun) || !mostlyNames(A, h.a0, h.a1, aRun)) continue;
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
  if (lower !== word && wholeWordIn(side.text, lower)) return false;
  return someInnerWord(side.text, word, (at) => at < s.start || at >= s.end);
}

/** What stands at a word's edges, made on first use (once.ts: a text with no heading never asks). */
const wordEdges = once(() => ({
  /** A letter or a digit (a code point, as a string). */
  letterOrDigit: /^[\p{L}\p{N}]$/u,
  /** What may stand before the blank before a word inside a sentence: a letter, a digit, a comma or a semicolon. */
  insideBefore: /^[\p{L}\p{N},;]$/u,
}));
const BLANK = /\s/;

/** The code point of `s` that ends at `i` ('' at the start). */
function pointBefore(s: string, i: number): string {
  if (i <= 0) return '';
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1]!;
}

/** The code point of `s` that starts at `i` ('' at the end). */
const pointAt = (s: string, i: number): string => (i < s.length ? String.fromCodePoint(s.codePointAt(i)!) : '');

/**
 * Whether `text` has `w` (not empty) as a whole word, no letter or digit on either side: what
 * `/(?<![\p{L}\p{N}])w(?![\p{L}\p{N}])/u` tests, by `indexOf` (a pattern made for each word costs
 * more to build than to run, and a heading asks about each of its words).
 */
export function wholeWordIn(text: string, w: string): boolean {
  const { letterOrDigit } = wordEdges();
  for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + 1))
    if (!letterOrDigit.test(pointBefore(text, p)) && !letterOrDigit.test(pointAt(text, p + w.length))) return true;
  return false;
}

/**
 * Whether `visit` is true of the offset of an occurrence of `word` (not empty) inside a sentence:
 * after a blank after a letter, a digit, a comma or a semicolon, and with no letter or digit
 * right after it. The occurrences are those `matchAll` finds, in order, of
 * `/[\p{L}\p{N},;]\s+(word)(?![\p{L}\p{N}])/gu` (one match never starts inside the one before),
 * found by `indexOf`, as `wholeWordIn` is.
 */
export function someInnerWord(text: string, word: string, visit: (at: number) => boolean): boolean {
  let next = 0; // where the pattern would search from (its lastIndex)
  const { letterOrDigit, insideBefore } = wordEdges();
  for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
    let k = p;
    while (k > 0 && BLANK.test(text[k - 1]!)) k--;
    if (k === p || k === 0) continue;
    const before = pointBefore(text, k);
    if (k - before.length < next || !insideBefore.test(before) || letterOrDigit.test(pointAt(text, p + word.length))) continue;
    if (visit(p)) return true;
    next = p + word.length;
  }
  return false;
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
