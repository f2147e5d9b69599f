/**
 * Sources that are evidence, not speakers ("a survey indicated", "footage showed",
 * "preliminary figures suggest"): how firmly each side says the evidence bears the claim out.
 * Read by the attribution detector (attribution.ts) over the attributions of sources.ts.
 */
import type { Lexicon } from '../lexicon';
import type { DetectContext } from './context';
import type { GroupSide } from './group';
import { proofSwapReason } from './qualifier';
import { tokensOf, type Attribution } from './sources';
import { isSentenceInitial, tokensText } from './tokens';
import { madeGeneral } from './vaguer';

/**
 * Both sides source the claim to evidence ("a survey conducted in July indicated" → "a study
 * in July found"): one study for another is the same kind of source, not someone else, so
 * their words are explained; what can change is how firmly the evidence is said to bear the
 * claim out, its verb's rank of proof (`proof` in data/qualifiers.ts): a hedge finding. Its
 * names are left to the name detectors.
 */
export function evidenceFrames(ctx: DetectContext, c: Attribution, a: Attribution): void {
  const { C, A, ct, at, lex, cClaim, aClaim, claim } = ctx;
  // A name in it stays for the name detectors ("a Pew survey" → "a survey").
  const name = (side: GroupSide, i: number): boolean => side.tokens[i]!.cap && side.tokens[i]!.content && !isSentenceInitial(side, i);
  for (const i of tokensOf(c)) if (!name(C, i)) cClaim[i] = 1;
  for (const j of tokensOf(a)) if (!name(A, j)) aClaim[j] = 1;
  // Its name dropped for a description ("A Gallup study" → "A telephone survey"): a name made general.
  const general = madeGeneral(ctx, c, a);
  if (general && general !== 'kept') claim({ ...general, aTok: general.aTok.filter((j) => j !== a.verb) });
  const from = proofRank(lex, ct[c.verb]!.norm);
  const to = proofRank(lex, at[a.verb]!.norm);
  if (from < 0 || to < 0 || from === to) return;
  claim({
    kind: 'hedge',
    severity: 'medium',
    cTok: [c.verb],
    aTok: [a.verb],
    reason: proofSwapReason(tokensText(C, [c.verb]), tokensText(A, [a.verb]), to < from),
  });
}

/** Whether some of these tokens (in order) say a report is provisional ("initial", "preliminary", "early reports"): the evidence words of data/qualifiers.ts. */
export function provisional(side: GroupSide, toks: readonly number[], lex: Lexicon): boolean {
  const phrases = lex.qualifiers?.evidence ?? [];
  const sorted = [...toks].sort((x, y) => x - y);
  return sorted.some((i) => phrases.some((p) => p.every((w, k) => sorted.includes(i + k) && side.tokens[i + k]!.norm === w)));
}

/** A one-word verb's rank of proof (0: the firmest), -1 when it has none. */
export function proofRank(lex: Lexicon, norm: string): number {
  const groups = lex.qualifiers?.proof ?? [];
  return groups.findIndex((g) => g.some((p) => p.length === 1 && p[0] === norm));
}
