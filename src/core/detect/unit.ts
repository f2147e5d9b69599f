/**
 * Units: the same figure counting something else ("30 km" → "30 miles", "300 fighters" →
 * "300 civilians"): a word or two right after a figure both sides share, replaced. It runs
 * after the name and mistranslation detectors, which say more about a look-alike word
 * ("30 children" → "30 childants").
 */
import type { Detector } from './context';
import { isWeighty } from './number';
import { sameMeaning } from './similarity';
import { relation } from '../synonyms';
import { isEnglish } from '../lexicon';
import { boundaryBetween, range, tokensText } from './tokens';
import { sameUnit } from '../data/units';
import { CUE_SENSE } from './facts';

export const unitDetector: Detector = {
  name: 'unit',
  summary: 'skip',
  run(ctx) {
    const { C, A, ct, at, lex, hunks, cEq, aEq, cClaim, aClaim, claim } = ctx;
    for (const h of hunks) {
      const nc = h.c1 - h.c0;
      const na = h.a1 - h.a0;
      if (nc < 1 || na < 1 || nc > 2 || na > 2) continue;
      const fc = ct[h.c0 - 1];
      const fa = at[h.a0 - 1];
      if (!fc || !fa || fc.num === null || fa.num === null || fc.key !== fa.key || !cEq[h.c0 - 1] || !aEq[h.a0 - 1]) continue;
      // A year counts nothing: "in 2015 entry into" / "in 2015 decisively shifted".
      if (/^\d{4}$/.test(fc.norm) && fc.num >= 1800 && fc.num <= 2100) continue;
      const cTok = range(h.c0, h.c1);
      const aTok = range(h.a0, h.a1);
      if (cTok.some((i) => cClaim[i] || ct[i]!.num !== null) || aTok.some((j) => aClaim[j] || at[j]!.num !== null)) continue;
      // What the figure counts is a content word ("km", "fighters"), not a function word ("30 of them"),
      // and follows it in the same phrase: "a vote of 70-29, sending …" counts nothing.
      if (!ct[h.c0]!.content || !at[h.a0]!.content) continue;
      if (boundaryBetween(C, h.c0 - 1, h.c0) || boundaryBetween(A, h.a0 - 1, h.a0)) continue;
      // One unit written otherwise ("100 meters" / "100m", "40 percent" / "40 pct"): house style. Claimed,
      // so that no later detector reads the two forms as a word changed.
      if (sameUnit(tokensText(C, cTok), tokensText(A, aTok))) {
        for (const i of cTok) cClaim[i] = 1;
        for (const j of aTok) aClaim[j] = 1;
        continue;
      }
      // A word of the same meaning counts the same thing ("40 homes" / "40 houses").
      if (nc === 1 && na === 1 && sameMeaning(ct[h.c0]!.key, at[h.a0]!.key, lex)) continue;
      // Two words of one sense of a news count ("12 killed" / "12 dead" / "12 die": facts.ts) count the same.
      const sense = isEnglish(lex) && nc === 1 && na === 1 ? CUE_SENSE.get(ct[h.c0]!.norm) : undefined;
      if (sense && sense === CUE_SENSE.get(at[h.a0]!.norm)) continue;
      const weighty = isWeighty(C, h.c0 - 1, lex) || isWeighty(A, h.a0 - 1, lex);
      const from = `‘${tokensText(C, [h.c0 - 1, ...cTok])}’ becomes ‘${tokensText(A, [h.a0 - 1, ...aTok])}’`;
      // One a kind of the other ("300 residents" / "300 inhabitants", "300 people" / "300 soldiers"):
      // the same things counted in broader words, or a narrower group claimed.
      const kind = nc === 1 && na === 1 && isEnglish(lex) ? relation(ct[h.c0]!.key, at[h.a0]!.key) : null;
      claim({
        kind: 'number',
        severity: kind === 'broader' ? 'low' : kind === 'narrower' ? 'medium' : weighty ? 'high' : 'medium',
        cTok,
        aTok,
        cMark: [h.c0 - 1],
        aMark: [h.a0 - 1],
        reason:
          kind === 'broader'
            ? `${from}: the same figure, counted in broader words.`
            : kind === 'narrower'
              ? `${from}: the figure now counts a narrower group than the canonical says.`
              : `${from}: the same figure now counts something else.`,
      });
    }
  },
};
