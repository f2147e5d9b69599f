/**
 * Agency credits inside sentences and headlines, compared within an aligned group: "(Reuters)"
 * gone, "via AFP" added, "…: Yonhap" dropped from a headline, "(JPL)" put after one. Part of the
 * attribution detector (a credit is the story's first source); credits that stand as units of
 * their own (datelines, credit lines) are compared by `compareCredits` in ../credits.ts.
 */
import { inlineCredits, sameAgency, type InlineCredit } from '../credits';
import { quoted } from '../text';
import type { DetectContext } from './context';
import type { GroupSide } from './group';
import { range } from './tokens';

/** The credits inside a side's sentences, each with its tokens. */
function sideCredits(side: GroupSide): Array<InlineCredit & { toks: number[] }> {
  return side.sentences.flatMap((s) =>
    inlineCredits(side.text, s.start, s.end).map((c) => ({ ...c, toks: range(s.from, s.to).filter((i) => side.tokens[i]!.start >= c.start && side.tokens[i]!.end <= c.end) })),
  );
}

/**
 * Credits inside the group's sentences ("(Reuters)", "…: Yonhap", "via AFP", "… FIREWORKS (JPL)")
 * dropped, added or put for another: who the story or claim comes from. Medium; low when the
 * other text still credits that agency somewhere. A credit both keep is claimed (no name finding).
 */
export function compareInlineCredits(ctx: DetectContext): void {
  const { C, A, cClaim, aClaim, claim } = ctx;
  const cc = sideCredits(C);
  const ac = sideCredits(A);
  if (!cc.length && !ac.length) return;
  const kept = (x: InlineCredit, list: readonly InlineCredit[]): boolean => list.some((y) => sameAgency(x.agency, y.agency));
  for (const c of cc) if (kept(c, ac)) for (const i of c.toks) cClaim[i] = 1;
  for (const a of ac) if (kept(a, cc)) for (const j of a.toks) aClaim[j] = 1;
  const lost = cc.filter((c) => !kept(c, ac) && c.toks.length);
  const gained = ac.filter((a) => !kept(a, cc) && a.toks.length);
  for (let k = 0; k < Math.min(lost.length, gained.length); k++) {
    const c = lost[k]!;
    const a = gained[k]!;
    claim({ kind: 'attribution', severity: 'medium', cTok: c.toks, aTok: a.toks, reason: `Credits ${quoted(a.agency)} where the canonical credits ${quoted(c.agency)}: the story is attributed to another source.` });
  }
  for (const c of lost.slice(gained.length)) {
    const still = A.text.includes(c.agency);
    claim({
      kind: 'attribution',
      severity: still ? 'low' : 'medium',
      cTok: c.toks,
      aTok: [],
      reason: `Drops the credit to ${quoted(c.agency)}${still ? '; the copy still names it elsewhere' : ': the copy no longer says where the story comes from'}.`,
    });
  }
  for (const a of gained.slice(lost.length)) {
    const known = C.text.includes(a.agency);
    claim({
      kind: 'attribution',
      severity: known ? 'low' : 'medium',
      cTok: [],
      aTok: a.toks,
      reason: `Adds a credit to ${quoted(a.agency)}${known ? ', which the canonical names elsewhere' : ', which the canonical does not give'}.`,
    });
  }
}
