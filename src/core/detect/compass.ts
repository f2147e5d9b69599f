/**
 * Points of the compass: a place put at another point ("northern Bihar" → "southern Bihar"),
 * or one dropped or added before a place both sides keep. `compassPoints` runs inside the name
 * detector (the spelling pairs are read before its claims); `compassDetector` runs in its own
 * place in the declared order.
 */
import { quoted } from '../excerpt';
import type { DetectContext, Detector } from './context';
import type { GroupSide } from './group';
import { isSentenceInitial, range, sentenceOf, tokensText } from './tokens';

/**
 * A place put at another point of the compass ("northern Bihar" → "southern Bihar", "the
 * central province" → "the southwestern province"): where it happened changed. (In a name,
 * "North Korea" / "South Korea", it is another name: `replacedNames`.)
 */
export function compassPoints(ctx: DetectContext): void {
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
  // Each point it reports is a word lost or new.
  changedWords: (lex) => lex.compass,
  run(ctx) {
    const { C, A, cLost, aNew, cClaim, aClaim } = ctx;
    if (!ctx.lex.compass) return;
    const point = compassPoint(ctx);
    const before = (side: GroupSide, lost: ArrayLike<boolean>, claimed: ArrayLike<number>, key: string): number[] =>
      range(0, side.tokens.length - 1).filter(
        (k) => lost[k] && !claimed[k] && point(side, k) && side.tokens[k + 1]!.content && side.tokens[k + 1]!.key === key && sentenceOf(side, k) === sentenceOf(side, k + 1),
      );
    // The words after a lost point (a loop over the side's tokens: no list of every index made in each group).
    const keys = new Set<string>();
    for (let i = 0; i < C.tokens.length - 1; i++) if (cLost[i] && !cClaim[i] && point(C, i)) keys.add(C.tokens[i + 1]!.key);
    for (const key of keys) {
      const ci = before(C, cLost, cClaim, key);
      const aj = before(A, aNew, aClaim, key);
      if (ci.length === 1 && aj.length === 1 && C.tokens[ci[0]!]!.norm !== A.tokens[aj[0]!]!.norm) turnedClaim(ctx)(ci, aj);
    }
    compassDroppedOrAdded(ctx);
    regionChanged(ctx);
  },
};

/**
 * The words that say which part of a place both sides keep, changed, with a point of the compass
 * among them on one side and not the other ("across sub-Saharan Africa" → "in West and Central
 * Africa", "the western equatorial Pacific" → "the tropical Pacific"): another region of the
 * place. The words are the end of a run of change right before the place (a capitalised word the
 * diff matched), back to the first word of no content but "and" or "or"; each side has some.
 */
function regionChanged(ctx: DetectContext): void {
  const { C, A, ct, at, hunks, cClaim, aClaim, claim } = ctx;
  if (!ctx.lex.compass) return;
  const compass = ctx.lex.compass!;
  const points = (side: GroupSide, ks: number[]): Set<string> => new Set(ks.map((k) => side.tokens[k]!.norm).filter((w) => compass.has(w)));
  // Every word capitalised on both sides ("North Korea" / "South Korea"): one name put for another, the name detector's.
  const named = (side: GroupSide, ks: number[]): boolean => ks.every((k) => side.tokens[k]!.cap || !side.tokens[k]!.content);
  for (const h of hunks) {
    const [p, q] = [ct[h.c1], at[h.a1]];
    if (!p || !q || !p.cap || !p.content || p.num !== null || p.key !== q.key) continue;
    const cMods = modifiersBefore(C, h.c0, h.c1, cClaim);
    const aMods = modifiersBefore(A, h.a0, h.a1, aClaim);
    if (!cMods.length || !aMods.length || (named(C, cMods) && named(A, aMods))) continue;
    const [cp, ap] = [points(C, cMods), points(A, aMods)];
    if (![...cp].some((w) => !ap.has(w)) && ![...ap].some((w) => !cp.has(w))) continue;
    const cTok = [...cMods, h.c1];
    const aTok = [...aMods, h.a1];
    claim({
      kind: 'name',
      severity: 'medium',
      cTok,
      aTok,
      reason: `The region changes from ${quoted(tokensText(C, cTok), 50)} to ${quoted(tokensText(A, aTok), 50)}: check where it happened.`,
    });
  }
}

/** The words of a run of change [from, to) right before token `to` that describe it: back from it, words of content (none claimed, no figure), "and" or "or" between two; none past a sentence's start. */
function modifiersBefore(side: GroupSide, from: number, to: number, claimed: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let k = to - 1; k >= from && sentenceOf(side, k) === sentenceOf(side, to); k--) {
    const t = side.tokens[k]!;
    if (claimed[k] || t.num !== null) break;
    if (t.content) out.unshift(k);
    else if ((t.norm === 'and' || t.norm === 'or') && k - 1 >= from && side.tokens[k - 1]!.content && !isSentenceInitial(side, k - 1)) out.unshift(k);
    else break;
  }
  // A run that opens with "and" leaves it out.
  while (out.length && !side.tokens[out[0]!]!.content) out.shift();
  return out;
}

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
