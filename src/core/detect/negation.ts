/** Negation and denial: a sentence that may now say the opposite. */
import { isNegation, type Lexicon } from '../lexicon';
import type { Token } from '../text';
import type { Detector } from './context';
import type { GroupSide } from './group';
import { tokensText } from './tokens';

/**
 * The negation (`neg`) and denial (`deny`) words of a side, claimed or not: a negation
 * inside a quotation the quote detector reported still counts.
 */
function cues(toks: Token[], lex: Lexicon): Map<string, number[]> {
  const m = new Map<string, number[]>();
  toks.forEach((t, i) => {
    let k: string | null = null;
    if (isNegation(t.norm, lex)) k = 'neg';
    else if (lex.denials.has(t.norm)) k = 'deny';
    if (!k) return;
    const l = m.get(k) ?? [];
    l.push(i);
    m.set(k, l);
  });
  return m;
}

// Negation words close together in one clause are one negation: Spanish “no … nunca”,
// French “n'… jamais”, Italian “non … mai” (negative concord), so that “no habíamos
// vivido nunca” → “nunca antes” keeps its negation.
function negationUnits(side: GroupSide, cueIdx: number[]): number[][] {
  const units: number[][] = [];
  for (const i of cueIdx) {
    const last = units[units.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev !== undefined && i - prev <= 4 && !/[,;:.!?]/.test(side.text.slice(side.tokens[prev]!.end, side.tokens[i]!.start))) last.push(i);
    else units.push([i]);
  }
  return units;
}

/** A negation or denial more on one side than the other (headings may drop one: a summary only reports one added). */
export const negationDetector: Detector = {
  name: 'negation',
  summary: 'run',
  run(ctx) {
    const { C, A, ct, at, lex, summary, confident, cEq, aEq, claim } = ctx;
    const cn = cues(ct, lex);
    const an = cues(at, lex);
    for (const k of ['neg', 'deny']) {
      const cl = negationUnits(C, cn.get(k) ?? []);
      const al = negationUnits(A, an.get(k) ?? []);
      if (cl.length === al.length) continue;
      const denial = k === 'deny';
      // The unmatched ones: those with a word outside the equal runs first.
      const carried = (u: number[], eq: Uint8Array): number => (u.every((i) => eq[i]) ? 1 : 0);
      if (cl.length > al.length) {
        if (summary) continue;
        const extra = [...cl].sort((x, y) => carried(x, cEq) - carried(y, cEq)).slice(0, cl.length - al.length).flat();
        const words = extra.map((i) => `‘${tokensText(C, [i])}’`).join(', ');
        claim({
          kind: 'negation',
          severity: confident || denial ? 'high' : 'medium',
          cTok: extra,
          aTok: [],
          reason: denial
            ? `Drops the denial (${words}): the article no longer reports that the claim was denied.`
            : `Drops the negation ${words}: the sentence may now say the opposite of the canonical.`,
        });
      } else {
        const extra = [...al].sort((x, y) => carried(x, aEq) - carried(y, aEq)).slice(0, al.length - cl.length).flat();
        const words = extra.map((i) => `‘${tokensText(A, [i])}’`).join(', ');
        claim({
          kind: 'negation',
          severity: confident || denial ? 'high' : 'medium',
          cTok: [],
          aTok: extra,
          reason: denial
            ? `Adds a denial (${words}) that the canonical sentence does not report.`
            : `Adds the negation ${words}: check that the meaning has not been reversed.`,
        });
      }
    }
  },
};
