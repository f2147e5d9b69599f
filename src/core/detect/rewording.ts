/** Rewording: what is left of a changed sentence once the specific detectors have had their say. */
import { isEnglish } from '../lexicon';
import { relation } from '../synonyms';
import { excerpt } from '../excerpt';
import type { Detector } from './context';
import type { GroupSide } from './group';
import { acronymLetters, nameSpelling } from './initials';
import { contractionParts, range, signWord, tokensText } from './tokens';

/** Content words reworded beside a finding before they make a finding of their own. */
const ALSO_MIN = 3;

/** What is left when nothing else found a change: rewording, or one word swapped in a sentence carried word for word. */
export const rewordingDetector: Detector = {
  name: 'rewording',
  summary: 'skip',
  run(ctx) {
    const { input, C, A, ct, at, lex, hunks, cLost, aNew, cClaim, aClaim, findings, claim } = ctx;
    // Beside a finding, only rewording of some size is worth a line of its own ("also reworded").
    const also = findings.length > 0;
    // "5 percent" / "5%": the word of a sign the other side writes on the figure is no rewording.
    let residualC = residualOf(C, cLost, cClaim, A);
    let residualA = residualOf(A, aNew, aClaim, C);
    // "did not" / "didn't", "U.S." / "United States": the same words written another way.
    const [sameC, sameA] = writtenOtherwise(C, residualC, A, residualA);
    if (sameC.size || sameA.size) {
      residualC = residualC.filter((i) => !sameC.has(i));
      residualA = residualA.filter((j) => !sameA.has(j));
    }
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

/** The content words of `side` the other side lacks and no finding took, but a sign word the other side writes on its figure. */
function residualOf(side: GroupSide, lost: readonly boolean[], claimed: Uint8Array, other: GroupSide): number[] {
  const out: number[] = [];
  for (let i = 0; i < side.tokens.length; i++) if (side.tokens[i]!.content && lost[i] && !claimed[i] && !signWord(side, i, other)) out.push(i);
  return out;
}

/**
 * Residual words of each side that are the other side's words written another way: a
 * contraction and its two words ("didn't" / "did not"), an acronym and the capitalised words
 * it spells ("U.S." / "United States").
 */
function writtenOtherwise(C: GroupSide, rc: readonly number[], A: GroupSide, ra: readonly number[]): [Set<number>, Set<number>] {
  const sameC = new Set<number>();
  const sameA = new Set<number>();
  const pass = (X: GroupSide, sx: Set<number>, Y: GroupSide, ry: readonly number[], sy: Set<number>): void => {
    const inY = new Set(ry);
    // Any word of X (it may be carried elsewhere, or not count as content): the words of Y it explains are no rewording.
    for (let i = 0; i < X.tokens.length; i++) {
      const norm = X.tokens[i]!.norm;
      // "one" / "1": the word writes the figure (alone it is no figure to the number detector, a pronoun as often).
      if (norm === 'one') {
        const j = ry.find((m) => !sy.has(m) && Y.text.slice(Y.tokens[m]!.start, Y.tokens[m]!.end) === '1');
        if (j !== undefined) {
          sx.add(i);
          sy.add(j);
          continue;
        }
      }
      const parts = contractionParts(norm);
      if (parts)
        for (let k = 0; k + 1 < Y.tokens.length; k++) {
          if (Y.tokens[k]!.norm !== parts.first || !parts.words.includes(Y.tokens[k + 1]!.norm)) continue;
          sx.add(i);
          for (const m of [k, k + 1]) if (inY.has(m)) sy.add(m);
          break;
        }
      // An acronym: its letters are the initials of a name whose words the other side lost.
      // (A word that opens with an ASCII character other than a capital is none: no string to cut out.)
      const c0 = X.text.charCodeAt(X.tokens[i]!.start);
      if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) continue;
      const letters = acronymLetters(X, i);
      if (letters === null) continue;
      for (const j of ry) {
        // The name from a lost word on: its capitalised words all lost, its small words ("of") whatever they are.
        const name = nameSpelling(Y, range(j, Math.min(Y.tokens.length, j + 2 * letters.length)), letters);
        if (!name || name[0] !== j || !name.every((m) => inY.has(m) || !Y.tokens[m]!.content)) continue;
        sx.add(i);
        for (const m of name) if (inY.has(m)) sy.add(m);
        break;
      }
    }
  };
  pass(C, sameC, A, ra, sameA);
  pass(A, sameA, C, rc, sameC);
  return [sameC, sameA];
}
