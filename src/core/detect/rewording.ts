/** Rewording: what is left of a changed sentence once the specific detectors have had their say. */
import { isEnglish } from '../lexicon';
import { relation } from '../synonyms';
import { excerpt } from '../text';
import type { Detector } from './context';
import type { GroupSide } from './group';
import { percentWordsAfter, range, tokensText } from './tokens';

/** Content words reworded beside a finding before they make a finding of their own. */
const ALSO_MIN = 3;

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

/** What is left when nothing else found a change: rewording, or one word swapped in a sentence carried word for word. */
export const rewordingDetector: Detector = {
  name: 'rewording',
  summary: 'skip',
  run(ctx) {
    const { input, C, A, ct, at, lex, hunks, cLost, aNew, cClaim, aClaim, findings, claim } = ctx;
    // Beside a finding, only rewording of some size is worth a line of its own ("also reworded").
    const also = findings.length > 0;
    // "5 percent" / "5%": the word of a sign the other side writes on the figure is no rewording.
    const residualC = ct.map((_, i) => i).filter((i) => ct[i]!.content && cLost[i] && !cClaim[i] && !signWord(C, i, A));
    const residualA = at.map((_, i) => i).filter((i) => at[i]!.content && aNew[i] && !aClaim[i] && !signWord(A, i, C));
    const residual = residualC.length + residualA.length;
    if (also ? residual >= ALSO_MIN : residual >= 2 || (residual >= 1 && input.similarity < 0.9)) {
      const pieces: string[] = [];
      for (const h of hunks) {
        const c = range(h.c0, h.c1).filter((i) => ct[i]!.content);
        const a = range(h.a0, h.a1).filter((j) => at[j]!.content);
        if (!c.some((i) => cLost[i] && !(also && cClaim[i])) && !a.some((j) => aNew[j] && !(also && aClaim[j]))) continue;
        const cs = h.c1 > h.c0 ? excerpt(tokensText(C, range(h.c0, h.c1)), 30) : '';
        const as = h.a1 > h.a0 ? excerpt(tokensText(A, range(h.a0, h.a1)), 30) : '';
        pieces.push(cs && as ? `‘${cs}’ → ‘${as}’` : cs ? `drops ‘${cs}’` : `adds ‘${as}’`);
        if (pieces.length === 3) break;
      }
      const more = hunks.length > pieces.length ? '; …' : '';
      // One word swapped for another in a sentence otherwise carried word for word
      // ("were killed" → "were injured"): no paraphrase, a deliberate change to check.
      const only = !also && hunks.length === 1 ? hunks[0]! : null;
      const swap =
        only !== null &&
        only.c1 - only.c0 === 1 &&
        only.a1 - only.a0 === 1 &&
        residualC.length === 1 &&
        residualA.length === 1 &&
        ct.filter((t) => t.content).length >= 4 &&
        !(lex.attributionVerbs.has(ct[residualC[0]!]!.norm) && lex.attributionVerbs.has(at[residualA[0]!]!.norm)) &&
        !(ct[residualC[0]!]!.cap && at[residualA[0]!]!.cap);
      if (swap) {
        const [i, j] = [residualC[0]!, residualA[0]!];
        // A synonym by WordNet (“help” → “aid”) keeps the fact: rewording, low.
        if (isEnglish(lex) && relation(ct[i]!.key, at[j]!.key) === 'synonym') {
          claim({
            kind: 'changed',
            severity: 'low',
            cTok: residualC,
            aTok: residualA,
            reason: `‘${tokensText(C, [i])}’ becomes its synonym ‘${tokensText(A, [j])}’ (WordNet); no fact-level change found.`,
          });
          return;
        }
        claim({
          kind: 'changed',
          severity: 'medium',
          cTok: residualC,
          aTok: residualA,
          reason: `‘${tokensText(C, [residualC[0]!])}’ becomes ‘${tokensText(A, [residualA[0]!])}’ in a sentence otherwise carried word for word: check that it still says the same.`,
        });
        return;
      }
      claim({
        kind: 'changed',
        severity: 'low',
        cTok: residualC,
        aTok: residualA,
        reason: also
          ? `Also reworded: ${pieces.join('; ')}${more}.`
          : input.similarity < 0.5
            ? `Paraphrased; no fact-level change found (${pieces.join('; ')}${more}).`
            : `Reworded: ${pieces.join('; ')}${more}.`,
      });
    }
  },
};

/** A per cent word ("percent", "pct", "per cent") after a figure that the other side writes with a per cent sign. */
function signWord(side: GroupSide, i: number, other: GroupSide): boolean {
  // The figure one or two words before, whose per cent words reach this one.
  const figureAt = percentWordsAfter(side, i - 1) >= 1 ? i - 1 : percentWordsAfter(side, i - 2) === 2 ? i - 2 : -1;
  const n = side.tokens[figureAt]?.num;
  if (n === null || n === undefined) return false;
  return other.tokens.some((u) => u.num === n && other.text.slice(u.start, u.end).endsWith('%'));
}
