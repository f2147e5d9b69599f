/** Names: a name spelled differently, or replaced by another. */
import { distance } from 'fastest-levenshtein';
import { commonPrefix, quoted } from '../text';
import type { Detector } from './context';
import type { GroupSide } from './group';
import { isSentenceInitial, pairOff, range, tokensText } from './tokens';

/** A name spelled differently, or another name in the same place. */
export const nameDetector: Detector = {
  name: 'name',
  summary: 'run',
  run(ctx) {
    const { C, A, ct, at, hunks, cLost, aNew, cClaim, aClaim, claim } = ctx;
    const variantSuffix = /^(?:n|an|ian|i|is|ese|ish|ic|s|es|'s|ans|ians|ns|ite|ites)$/;
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
        if (long.startsWith(short) && variantSuffix.test(long.slice(short.length)) && !sameFirstName(i, j)) continue;
        const d = distance(a, b);
        if (d <= Math.max(1, Math.floor(Math.max(a.length, b.length) * 0.3))) pairs.push([i, j, d]);
      }
    }
    for (const [i, j] of pairOff(pairs)) {
      claim({
        kind: 'name',
        severity: 'medium',
        cTok: [i],
        aTok: [j],
        reason: `The name is spelled ‘${A.text.slice(at[j]!.start, at[j]!.end)}’ here but ‘${C.text.slice(ct[i]!.start, ct[i]!.end)}’ in the canonical: check which is right.`,
      });
    }
    // A different name in the same place: a 1–3 word run of names replaced by another.
    for (const h of hunks) {
      const cRun = range(h.c0, h.c1).filter((i) => ct[i]!.content && !cClaim[i]);
      const aRun = range(h.a0, h.a1).filter((j) => at[j]!.content && !aClaim[j]);
      if (cRun.length === 0 || aRun.length === 0 || cRun.length > 3 || aRun.length > 3) continue;
      const names = (side: GroupSide, run: number[], lost: boolean[]): boolean =>
        run.every((i) => side.tokens[i]!.cap && lost[i] && !isSentenceInitial(side, i));
      if (!names(C, cRun, cLost) || !names(A, aRun, aNew)) continue;
      // Iran / Iranian, Syria's / Syrian: the same name in another form.
      if (cRun.some((i) => aRun.some((j) => commonPrefix(ct[i]!.norm, at[j]!.norm) >= 4))) continue;
      claim({
        kind: 'name',
        severity: 'medium',
        cTok: cRun,
        aTok: aRun,
        reason: `Names ${quoted(tokensText(A, aRun), 40)} where the canonical names ${quoted(tokensText(C, cRun), 40)}.`,
      });
    }
  },
};
