/** Mistranslation: a look-alike word with another meaning in the place of the original. */
import { distance } from 'fastest-levenshtein';
import { isEnglish } from '../lexicon';
import { knows } from '../synonyms';
import type { Detector } from './context';
import { lookalike } from './similarity';
import { isSentenceInitial, pairOff, range } from './tokens';

/** A look-alike word in the place of the original. */
export const mistranslationDetector: Detector = {
  name: 'mistranslation',
  summary: 'run',
  run(ctx) {
    const { input, C, A, ct, at, lex, hunks, cLost, aNew, cClaim, aClaim, claim } = ctx;
    const english = isEnglish(lex);
    for (const h of hunks) {
      const lost = range(h.c0, h.c1).filter((i) => !cClaim[i] && ct[i]!.content && cLost[i] && ct[i]!.num === null && ct[i]!.norm.length >= 5);
      const added = range(h.a0, h.a1).filter((j) => !aClaim[j] && at[j]!.content && aNew[j] && at[j]!.num === null && at[j]!.norm.length >= 5);
      const cand: Array<[number, number, number]> = [];
      for (const i of lost) {
        if (ct[i]!.cap && !isSentenceInitial(C, i)) continue; // names are the name detector's
        for (const j of added) {
          if (at[j]!.cap && !isSentenceInitial(A, j)) continue;
          const a = ct[i]!.norm;
          const b = at[j]!.norm;
          const ka = ct[i]!.key;
          const kb = at[j]!.key;
          if (ka.startsWith(kb) || kb.startsWith(ka)) continue; // derivation: rebel / rebellion
          // Compared on stems, so a shared ending (-ing, -tion) does not make two words look alike.
          // A compound and its head (warplanes / planes), a prefixed form (destabilise / stability): related, not swapped.
          if (a.endsWith(b) || b.endsWith(a) || ka.endsWith(kb) || kb.endsWith(ka)) continue;
          const sim = lookalike(ka, kb);
          if (sim > 0) cand.push([i, j, -sim]);
        }
      }
      for (const [i, j] of pairOff(cand)) {
        // One letter off a word, and no word of its own (“additon” for “addition”): a misspelling,
        // which says nothing else. English only: WordNet is English.
        if (english && distance(ct[i]!.norm, at[j]!.norm) === 1 && knows(ct[i]!.key) && !knows(at[j]!.key) && !knows(at[j]!.norm)) {
          claim({ kind: 'changed', severity: 'low', cTok: [i], aTok: [j], reason: `‘${A.text.slice(at[j]!.start, at[j]!.end)}’ stands where the canonical has ‘${C.text.slice(ct[i]!.start, ct[i]!.end)}’: a misspelling.` });
          continue;
        }
        claim({
          kind: 'mistranslation',
          severity: input.similarity >= 0.6 ? 'high' : 'medium',
          cTok: [i],
          aTok: [j],
          reason: `‘${A.text.slice(at[j]!.start, at[j]!.end)}’ stands where the canonical has ‘${C.text.slice(ct[i]!.start, ct[i]!.end)}’: a look-alike word with another meaning, a likely mistranslation.`,
        });
      }
    }
  },
};
