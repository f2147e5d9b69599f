/**
 * Sources that are evidence, not speakers ("a survey indicated", "footage showed",
 * "preliminary figures suggest"): how firmly each side says the evidence bears the claim out.
 * Read by the attribution detector (attribution.ts) over the attributions of sources.ts.
 */
import type { Lexicon } from '../lexicon';
import { quoted } from '../excerpt';
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
  provisionChanged(ctx, c, a);
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

/**
 * The evidence kept as the source on both sides, one of them saying it is provisional and the
 * other not ("preliminary figures showed" → "figures showed"): what was provisional now reads
 * as established, or the other way round. A hedge dropped or added, as when the whole frame goes.
 */
function provisionChanged(ctx: DetectContext, c: Attribution, a: Attribution): void {
  const { C, A, lex, claim } = ctx;
  const cWords = provisionalWords(C, tokensOf(c), lex);
  const aWords = provisionalWords(A, tokensOf(a), lex);
  if (cWords.length && !aWords.length) {
    claim({ kind: 'hedge', severity: 'medium', cTok: cWords, aTok: [], reason: `Drops ${quoted(tokensText(C, cWords), 40)} of the evidence: what was provisional now reads as established.` });
  } else if (aWords.length && !cWords.length) {
    claim({ kind: 'hedge', severity: 'medium', cTok: [], aTok: aWords, reason: `Adds ${quoted(tokensText(A, aWords), 40)} to the evidence: what the canonical gives as established now reads as provisional.` });
  }
}

/** Whether some of these tokens (in order) say a report is provisional ("initial", "preliminary", "early reports"): the evidence words of data/qualifiers.ts. */
export function provisional(side: GroupSide, toks: readonly number[], lex: Lexicon): boolean {
  return provisionalWords(side, toks, lex).length > 0;
}

/** The tokens among these that say a report is provisional (each phrase of the evidence words found in order among them), in order. */
function provisionalWords(side: GroupSide, toks: readonly number[], lex: Lexicon): number[] {
  const phrases = lex.qualifiers?.evidence ?? [];
  const sorted = [...toks].sort((x, y) => x - y);
  const out = new Set<number>();
  for (const i of sorted) {
    const p = phrases.find((q) => q.every((w, k) => sorted.includes(i + k) && side.tokens[i + k]!.norm === w));
    if (p) p.forEach((_, k) => out.add(i + k));
  }
  return [...out].sort((x, y) => x - y);
}

/** A one-word verb's rank of proof (0: the firmest), -1 when it has none. */
export function proofRank(lex: Lexicon, norm: string): number {
  const groups = lex.qualifiers?.proof ?? [];
  return groups.findIndex((g) => g.some((p) => p.length === 1 && p[0] === norm));
}
