/** Time references: “on Monday”, “last week”, “overnight”, “Dec. 1” changed, dropped or added. */
import { compareTimes, findTimes, type TimeRef } from '../time';
import type { DetectContext, Detector } from './context';
import type { GroupSide } from './group';
import { tokensText } from './tokens';

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

export const timeDetector: Detector = {
  name: 'time',
  summary: 'run',
  run(ctx: DetectContext) {
    const { C, A, lex, summary, cClaim, aClaim, cLost, aNew, hunkOfC, hunkOfA, claim } = ctx;
    const words = lex.time;
    if (!words) return;
    const cr = findTimes(C.text, C.tokens, words, cClaim);
    const ar = findTimes(A.text, A.tokens, words, aClaim);
    const rest = [...ar];
    const lost: TimeRef[] = [];
    for (const r of cr) {
      const k = rest.findIndex((x) => x.value === r.value);
      if (k >= 0) rest.splice(k, 1);
      else lost.push(r);
    }
    // The values each side names anywhere, claimed words included (made when first needed):
    // a reference inside a quotation another finding took is still said there.
    let said: [Set<string>, Set<string>] | null = null;
    const saidBy = (canonical: boolean): Set<string> => {
      said ??= [new Set(findTimes(C.text, C.tokens, words).map((r) => r.value)), new Set(findTimes(A.text, A.tokens, words).map((r) => r.value))];
      return said[canonical ? 0 : 1];
    };
    for (const r of lost) {
      // A replacement: a reference of the other side in the same run of change, or the only one left on each side.
      const h = hunkOf(r, hunkOfC);
      let k = rest.findIndex((x) => h >= 0 && hunkOf(x, hunkOfA) === h);
      if (k < 0 && lost.length === 1 && rest.length === 1) k = 0;
      const cText = tokensText(C, r.toks);
      if (k >= 0) {
        const x = rest.splice(k, 1)[0]!;
        const how = compareTimes(r, x);
        claim({
          kind: 'time',
          severity: how === 'conflict' ? 'high' : 'medium',
          cTok: r.toks,
          aTok: x.toks,
          reason:
            how === 'conflict'
              ? `The time changes from ‘${cText}’ to ‘${tokensText(A, x.toks)}’.`
              : how === 'refined' && x.parts.size !== r.parts.size
                ? `The time reference changes from ‘${cText}’ to ‘${tokensText(A, x.toks)}’: ${x.parts.size < r.parts.size ? 'less' : 'more'} precise than the canonical.`
                : `The time reference changes from ‘${cText}’ to ‘${tokensText(A, x.toks)}’: check that it says the same time.`,
        });
        continue;
      }
      if (summary || r.vague || saidBy(false).has(r.value)) continue; // a headline drops the day as a rule; a vague reference alone places nothing
      const toks = withLead(C, r, cLost, cClaim, words.links);
      claim({
        kind: 'time',
        severity: 'medium',
        cTok: toks,
        aTok: [],
        reason: `Drops the time reference ‘${tokensText(C, toks)}’: the sentence no longer says when.`,
      });
    }
    for (const x of rest) {
      if (x.vague || saidBy(true).has(x.value)) continue;
      const toks = withLead(A, x, aNew, aClaim, words.links);
      claim({
        kind: 'time',
        severity: 'medium',
        cTok: [],
        aTok: toks,
        reason: `Adds the time reference ‘${tokensText(A, toks)}’, which the canonical sentence does not give.`,
      });
    }
  },
};
