/** A headline that swaps one word of the sentence it sums up, between words the two share. */
import type { Detector } from './context';
import { tokensText } from './tokens';

/** A heading with one word swapped between words it shares with its sentence. */
export const headingSwapDetector: Detector = {
  name: 'heading swap',
  summary: 'only',
  run(ctx) {
    const { C, A, ct, at, hunks, aNew, cClaim, aClaim, claim } = ctx;
    for (const h of hunks) {
      if (h.c1 - h.c0 !== 1 || h.a1 - h.a0 !== 1) continue;
      if (h.c0 === 0 || h.a0 === 0 || h.c1 >= ct.length || h.a1 >= at.length) continue;
      if (cClaim[h.c0] || aClaim[h.a0] || !ct[h.c0]!.content || !at[h.a0]!.content || !aNew[h.a0]) continue;
      // Between words carried on both sides, as in a sentence carried word for word: a swap to check.
      claim({
        kind: 'changed',
        severity: 'medium',
        cTok: [h.c0],
        aTok: [h.a0],
        reason: `The heading has ‘${tokensText(A, [h.a0])}’ where the canonical sentence has ‘${tokensText(C, [h.c0])}’, between the same words: check that it still says the same.`,
      });
    }
  },
};
