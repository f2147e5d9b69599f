/** Time references: “on Monday”, “last week”, “overnight”, “Dec. 1” changed, dropped or added. */
import { findTimes, sameInstant, storyDate, type TimeRef } from '../time';
import { compareTimes, deicticDay, precision, yearByDate } from '../timeCompare';
import type { TimeWords } from '../data/time';
import { readUnclaimed, type DetectContext, type Detector, type SideReading } from './context';
import type { GroupSide } from './group';
import { isSentenceInitial, pairEqual, perSide, range, tokensText } from './tokens';

/** The reference's tokens, with the linking word before it when that word went with it (“on Monday” dropped). */
function withLead(side: GroupSide, ref: TimeRef, lost: boolean[], claimed: Uint8Array, links: readonly string[]): number[] {
  const k = ref.toks[0]! - 1;
  const t = side.tokens[k];
  if (t && !t.content && lost[k] && !claimed[k] && links.includes(t.norm)) return [k, ...ref.toks];
  return ref.toks;
}

/** The hunk a reference's words are in (-1 when all of them are matched words). */
function hunkOf(ref: TimeRef, hunk: (i: number) => number): number {
  return ref.toks.map(hunk).find((h) => h >= 0) ?? -1;
}

/**
 * The verb a future word puts ahead (“will close”, “will be closed”: the next content word
 * within three), or -1.
 */
function verbAfter(side: GroupSide, i: number): number {
  for (let k = i + 1; k < Math.min(side.tokens.length, i + 4); k++) if (side.tokens[k]!.content) return k;
  return -1;
}

/**
 * A tense shift: a verb the one side puts in the future (“will close”) and the other, the same
 * verb, in the past (“closed”, “has closed”, “was closed”). A thing to come reported as done,
 * or the other way round: a change of when, which a later version of a story makes when the
 * event has happened, and a rewrite should not.
 */
function tenseShifts(ctx: DetectContext, tense: NonNullable<TimeWords['tense']>): void {
  const { C, A, cClaim, aClaim, claim } = ctx;
  const near = (side: GroupSide, j: number, words: readonly string[]): number => {
    for (let k = j - 1; k >= Math.max(0, j - 3); k--) if (words.includes(side.tokens[k]!.norm)) return k;
    return -1;
  };
  const past = (side: GroupSide, j: number): boolean => {
    const t = side.tokens[j]!;
    const prev = side.tokens[j - 1]?.norm ?? '';
    const participle = tense.notFinite.includes(prev) || near(side, j, tense.future) >= 0;
    return (t.norm.endsWith(tense.pastEnding) && !participle) || near(side, j, tense.past) >= 0;
  };
  for (const canonical of [true, false]) {
    const [F, P, fClaim, pClaim] = canonical ? [C, A, cClaim, aClaim] : [A, C, aClaim, cClaim];
    for (let i = 0; i < F.tokens.length; i++) {
      if (fClaim[i] || !tense.future.includes(F.tokens[i]!.norm)) continue;
      // A noun (“the will of the people”) or a name (“Will Smith”), not the future.
      if (ctx.lex.determiners?.has(F.tokens[i - 1]?.norm ?? '') || (F.tokens[i]!.cap && !isSentenceInitial(F, i))) continue;
      const v = verbAfter(F, i);
      if (v < 0 || fClaim[v] || past(F, v)) continue;
      const key = F.tokens[v]!.key;
      const j = P.tokens.findIndex((t, k) => t.key === key && !pClaim[k]);
      if (j < 0 || near(P, j, tense.future) >= 0 || !past(P, j)) continue;
      let aux = near(P, j, tense.past);
      while (aux > 0 && tense.past.includes(P.tokens[aux - 1]!.norm)) aux--; // “has been reopened”
      const pTok = aux >= 0 ? range(aux, j + 1) : [j];
      const fTok = range(i, v + 1);
      const fText = tokensText(F, fTok);
      const pText = tokensText(P, pTok);
      claim({
        kind: 'time',
        severity: 'medium',
        cTok: canonical ? fTok : pTok,
        aTok: canonical ? pTok : fTok,
        reason: canonical
          ? `What the canonical says is to come (‘${fText}’) now reads as done (‘${pText}’).`
          : `What the canonical reports as done (‘${pText}’) now reads as still to come (‘${fText}’).`,
      });
    }
  }
}

/**
 * The other side's unclaimed token that gives, alone, the year of reference `r` of side `X`
 * ("September 2017" / "2017"), or -1: the same year, said with less or more of its date.
 */
function keptYear(X: GroupSide, r: TimeRef, Y: GroupSide, yClaim: Uint8Array): number {
  for (const i of r.toks) {
    const n = X.tokens[i]!.num;
    if (n === null || !Number.isInteger(n) || n < 1000 || n > 2999 || r.toks.length < 2) continue;
    const j = Y.tokens.findIndex((u, k) => u.num === n && !yClaim[k]);
    if (j >= 0) return j;
  }
  return -1;
}

/**
 * A date written year-month-day with hyphens ("2015-09-15", "2015-09-15 09:54"): the form of a
 * feed's or a site's filing stamp, which news prose writes, if ever, after a word that leads a time
 * ("approved on 2025-06-17"): not led so, a stamp of the layout wherever it stands on its line
 * ("AS IT IS 2015-09-15 A Story of …", "2015-10-09 source: …").
 */
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}\b/;
const isoDate = (text: string): boolean => ISO_DATE.test(text);

/** What ends a line after a date stamp: spaces, then the line's end (no full stop: a heading's or a date line's date). */
const STAMP_END = /[ \t]*(?:\r?\n|$)/y;
/** What sets a date stamp apart from the words before it on its line: a dash, a comma, a colon, a bar or a slash. */
const STAMP_SEPARATOR = /[-–—,:|/][ \t]*$/;

/**
 * A date stamp: a date (a year, or a month and its day) that ends its line with no full stop
 * after it, set apart from the line's words by a dash, comma, colon or bar before it ("Remarks at
 * the University, February 2013", "… - 2004-10-06"), or a full date after a word that does not
 * lead a time ("VOA News 03 August 2010"). The date a page or an item was filed under, added or
 * dropped by the layout of a copy: not a fact its line states ("Probe enters orbit on July 15").
 */
function dateStamp(side: GroupSide, r: TimeRef, links: readonly string[]): boolean {
  const [d, m, y] = [r.parts.has('d'), r.parts.has('m'), r.parts.has('y')];
  if (!y && !(m && d)) return false;
  const t = side.tokens;
  const lead = t[r.toks[0]! - 1];
  if (isoDate(side.text.slice(t[r.toks[0]!]!.start, t[r.toks[r.toks.length - 1]!]!.end)) && !(lead && links.includes(lead.norm))) return true;
  STAMP_END.lastIndex = t[r.toks[r.toks.length - 1]!]!.end;
  if (!STAMP_END.test(side.text)) return false;
  const before = t[r.toks[0]! - 1];
  const lineStart = side.text.lastIndexOf('\n', t[r.toks[0]!]!.start - 1) + 1;
  if (!before || before.end < lineStart) return true; // the line is the date
  const between = side.text.slice(before.end, t[r.toks[0]!]!.start);
  if (STAMP_SEPARATOR.test(between)) return true;
  return d && m && y && /^[ \t]+$/.test(between) && !links.includes(before.norm);
}

/** The tokens of a side's date stamps (`dateStamp`), read with a language's time words: figures of the layout, not of the story. */
export function stampTokens(side: GroupSide, words: TimeWords | undefined): Set<number> {
  const out = new Set<number>();
  if (!words) return out;
  for (const r of findTimes(side.text, side.tokens, words)) if (dateStamp(side, r, words.links)) for (const i of r.toks) out.add(i);
  return out;
}

/** The parts that place a reference on the calendar or the clock: week day, month, day, year, clock time. */
const PLACING = ['w', 'm', 'd', 'y', 'c', 'h'];

/**
 * A reference that places nothing on the calendar ("One Year Later", "A Day After Storm",
 * "Today"): in a headline, the story's framing in time, which its sentences give in their own
 * words. A headline that adds or drops one says no other time; one that adds or drops a date does.
 */
function framing(r: TimeRef): boolean {
  return !PLACING.some((p) => r.parts.has(p));
}

/** A side's time references with no token claimed, read once per group (`DetectContext.read`); none without the language's time words. */
export const TIMES: SideReading<readonly TimeRef[]> = { name: 'times', read: (side, lex) => (lex.time ? findTimes(side.text, side.tokens, lex.time) : []) };

export const timeDetector: Detector = {
  name: 'time',
  summary: 'run',
  run(ctx: DetectContext) {
    const { C, A, lex, summary, cClaim, aClaim, cLost, aNew, hunkOfC, hunkOfA, claim } = ctx;
    const words = lex.time;
    if (!words) return;
    if (words.tense && !summary) tenseShifts(ctx, words.tense);
    const timesOf = (side: GroupSide, claimed: Uint8Array): readonly TimeRef[] => findTimes(side.text, side.tokens, words, claimed);
    const cr = readUnclaimed(ctx, TIMES, true, cClaim, timesOf);
    const ar = readUnclaimed(ctx, TIMES, false, aClaim, timesOf);
    // The same instant in another zone (“2:10 a.m. Pacific time” / “5:10 a.m. Eastern time”) pairs too.
    const { pairs, lost: cLeft, rest: aLeft } = pairEqual(cr, ar, (r, x) => sameInstant(x.utc, r.utc));
    // A date stamp left over on either side is the layout's, not the line's (`dateStamp`): its words are explained.
    const unstamped = (side: GroupSide, refs: TimeRef[], claimed: Uint8Array): TimeRef[] =>
      refs.filter((r) => {
        if (!dateStamp(side, r, words.links)) return true;
        for (const i of r.toks) claimed[i] = 1;
        return false;
      });
    const lost = unstamped(C, cLeft, cClaim);
    const rest = unstamped(A, aLeft, aClaim);
    for (const [r, x] of pairs) {
      // The same time written another way ("5 p.m." / "17:00", "Dec. 3, 2024" / "2024-12-03"): its
      // words are explained, no number dropped nor words reworded.
      for (const i of r.toks) cClaim[i] = 1;
      for (const j of x.toks) aClaim[j] = 1;
    }
    // The values each side names anywhere, claimed words included (made when first needed):
    // a reference inside a quotation another finding took is still said there.
    const saidBy = perSide(C, A, (side) => new Set(ctx.read(TIMES, side === C).map((r) => r.value)));
    // Each story's date, read only when a deictic day meets a week day, and once per group.
    let dates: [Date | null, Date | null] | undefined;
    const datesOf = (): [Date | null, Date | null] => (dates ??= [storyDate(C.text, C.head ?? C.tokens, words), storyDate(A.text, A.head ?? A.tokens, words)]);
    const cDate = (): Date | null => datesOf()[0];
    const aDate = (): Date | null => datesOf()[1];
    // A reference that places the claim is paired first; a vague one ("soon") only with what is left.
    lost.sort((x, y) => Number(!!x.vague) - Number(!!y.vague));
    for (const r of lost) {
      // A replacement: a reference of the other side in the same run of change, or the only one left on each side.
      const h = hunkOf(r, hunkOfC);
      let k = rest.findIndex((x) => h >= 0 && hunkOf(x, hunkOfA) === h);
      // Elsewhere in the sentence, a reference to the same day or month said otherwise ("late
      // Wednesday or early Thursday" → "on Wednesday").
      if (k < 0) k = rest.findIndex((x) => NAMED_PARTS.some((p) => r.parts.has(p) && r.parts.get(p) === x.parts.get(p)));
      if (k < 0 && lost.length === 1 && rest.length === 1) k = 0;
      const cText = tokensText(C, r.toks);
      if (k >= 0) {
        const x = rest.splice(k, 1)[0]!;
        // "yesterday" / "Friday", the day of the week a copy desk writes for it: the same day when the
        // stories' dates say so. Its words are explained.
        // Another day by those dates is a conflict.
        const day = deicticDay(r, x, cDate, aDate) ?? deicticDay(x, r, aDate, cDate);
        // "June 25, 2006" / "June 25" in a story dated 2006: the current year left out, the same day.
        if (day === 'same' || yearByDate(r, x, aDate, cDate) || yearByDate(x, r, cDate, aDate) || sameDate(r.parts, x.parts)) {
          for (const i of r.toks) cClaim[i] = 1;
          for (const j of x.toks) aClaim[j] = 1;
          continue;
        }
        const how = day === 'other' ? 'conflict' : compareTimes(r, x);
        claim({
          kind: 'time',
          severity: how === 'conflict' ? 'high' : 'medium',
          cTok: r.toks,
          aTok: x.toks,
          reason:
            how === 'conflict'
              ? `The time changes from ‘${cText}’ to ‘${tokensText(A, x.toks)}’.`
              : how === 'refined' && precision(x) !== precision(r)
                ? `The time reference changes from ‘${cText}’ to ‘${tokensText(A, x.toks)}’: ${precision(x) < precision(r) ? 'less' : 'more'} precise than the canonical.`
                : `The time reference changes from ‘${cText}’ to ‘${tokensText(A, x.toks)}’: check that it says the same time.`,
        });
        continue;
      }
      // A headline drops the day as a rule, and one frames its story in time in its own words (`framing`); a vague reference alone places nothing.
      if (summary || r.vague || saidBy(false).has(r.value) || (ctx.input.headings && framing(r))) continue;
      // Every word still in the article's sentence, a qualifier now inside it ("for 10 years" →
      // "for over 10 years"): not dropped; the qualifier is the hedge detector's.
      if (insertedInto(C, r.toks, A) || countedAsOne(C, r.toks, A)) continue;
      // Its year still there alone (“in September 2017” → “in 2017”): less precise, not dropped.
      const year = keptYear(C, r, A, aClaim);
      if (year >= 0) {
        claim({
          kind: 'time',
          severity: 'medium',
          cTok: r.toks,
          aTok: [year],
          reason: `The time reference changes from ‘${cText}’ to ‘${tokensText(A, [year])}’: less precise than the canonical.`,
        });
        continue;
      }
      const toks = withLead(C, r, cLost, cClaim, words.links);
      // (Given by a sentence near it in the article, the reference moved: elsewhere.ts.)
      claim({
        kind: 'time',
        severity: 'medium',
        cTok: toks,
        aTok: [],
        fact: r.toks,
        reason: `Drops the time reference ‘${tokensText(C, toks)}’: the sentence no longer says ${r.parts.get('a') === 'span' ? 'over what time' : 'when'}.`,
      });
    }
    for (const x of rest) {
      if (x.vague || saidBy(true).has(x.value) || insertedInto(A, x.toks, C) || countedAsOne(A, x.toks, C)) continue;
      if ((summary || ctx.input.headings) && framing(x)) continue;
      // Its year given alone by the canonical as a time ("in 1897" → "in May 1897"; not a year
      // before the word it qualifies, "the 2006 season" → "August 2006"): more precise, not added.
      const year = keptYear(A, x, C, cClaim);
      if (year >= 0 && !C.tokens[year + 1]?.content) {
        claim({
          kind: 'time',
          severity: 'medium',
          cTok: [year],
          aTok: x.toks,
          reason: `The time reference changes from ‘${tokensText(C, [year])}’ to ‘${tokensText(A, x.toks)}’: more precise than the canonical.`,
        });
        continue;
      }
      const toks = withLead(A, x, aNew, aClaim, words.links);
      claim({
        kind: 'time',
        severity: 'medium',
        cTok: [],
        aTok: toks,
        fact: x.toks,
        reason: `Adds the time reference ‘${tokensText(A, toks)}’, which the canonical sentence does not give.`,
      });
    }
  },
};

/** The article that counts one before a unit of time ("a year before", "an hour later"), read as the figure. */
const ONE = new Set(['a', 'an', 'one']);

/**
 * Whether the words of a reference (`toks` of `X`) stand in `Y` in their order with "a" or "an"
 * written "one" there, or the other way ("a year before" / "one year before"): the same
 * reference, its count written as a figure. ("one" alone is no count: a pronoun as often.)
 */
function countedAsOne(X: GroupSide, toks: readonly number[], Y: GroupSide): boolean {
  const key = (t: { key: string; norm: string }): string => (ONE.has(t.norm) ? 'one' : t.key);
  const keys = toks.map((i) => key(X.tokens[i]!));
  if (!toks.some((i) => ONE.has(X.tokens[i]!.norm))) return false;
  const yt = Y.tokens;
  outer: for (let start = 0; start + keys.length <= yt.length; start++) {
    for (let k = 0; k < keys.length; k++) if (key(yt[start + k]!) !== keys[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether the words of a reference (`toks` of `X`) stand in `Y` in their order with one or two
 * words put between them ("for 10 years" in "for over 10 years"): the same reference, qualified.
 */
function insertedInto(X: GroupSide, toks: readonly number[], Y: GroupSide): boolean {
  const keys = toks.map((i) => X.tokens[i]!.key);
  const yt = Y.tokens;
  for (let start = 0; start < yt.length; start++) {
    if (yt[start]!.key !== keys[0]) continue;
    let k = 1;
    let gaps = 0;
    for (let j = start + 1; j < yt.length && k < keys.length && gaps <= 2; j++) {
      if (yt[j]!.key === keys[k]) k++;
      else gaps++;
    }
    if (k === keys.length && gaps > 0 && gaps <= 2) return true;
  }
  return false;
}

/** The parts of a time reference that name a day: week day, month, day of the month, year. */
const NAMED_PARTS = ['w', 'm', 'd', 'y'] as const;

/**
 * The same date, one side naming its week day too ("Wednesday, Sept. 6" / "September 6"): the
 * month, the day of the month and the year (or its absence) agree, and neither says more
 * (no hour, no part of the day).
 */
function sameDate(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (!a.has('m') || !a.has('d') || a.get('m') !== b.get('m') || a.get('d') !== b.get('d')) return false;
  if (a.get('y') !== b.get('y')) return false;
  if (a.has('w') && b.has('w') && a.get('w') !== b.get('w')) return false;
  return [...a.keys(), ...b.keys()].every((k) => (NAMED_PARTS as readonly string[]).includes(k));
}
