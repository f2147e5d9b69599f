/**
 * A scope dropped: a phrase that opens a sentence and limits its claim to a part of a whole
 * ("In some areas, the water is still rising", "For many farmers, the damage is severe") gone
 * from the copy while the claim after it stays ("The water is still rising"): the claim now
 * reads as holding everywhere. A `hedge` finding, medium. The words are data
 * (`QualifierWords.scope` in `data/qualifiers.ts`).
 */
import type { Detector } from './context';
import { boundaryBetween, phraseAt, range } from './tokens';

/** How many words a scope phrase may run to before its comma. */
const MAX_SCOPE = 10;

export const scopeDetector: Detector = {
  name: 'scope',
  summary: 'skip',
  // The word that opens a scope it reports has no match in the copy.
  changedWords: (lex) => (lex.qualifiers?.scope ? scopeLeads(lex.qualifiers.scope.leads) : undefined),
  run(ctx) {
    const { C, ct, lex, aBag, cEq, cClaim, claim } = ctx;
    const scope = lex.qualifiers?.scope;
    if (!scope) return;
    for (const s of C.sentences) {
      const lead = s.from;
      if (lead + 2 >= s.to || !scope.leads.includes(ct[lead]!.norm)) continue;
      const part = scope.parts.filter((p) => phraseAt(ct, lead + 1, p, s.to)).sort((x, y) => y.length - x.length)[0];
      if (!part) continue;
      // The phrase ends at a comma within a few words, and what it scopes follows.
      let end = -1;
      for (let k = lead; k < Math.min(s.to - 1, lead + MAX_SCOPE); k++) {
        if (!boundaryBetween(C, k, k + 1)) continue;
        if (/^\s*,\s*$/.test(C.text.slice(ct[k]!.end, ct[k + 1]!.start))) end = k;
        break;
      }
      if (end < 0) continue;
      const words = range(lead, lead + 1 + part.length);
      // What it counts: the run of content words after the part word ("some farmers", "parts of the old town").
      const first = range(lead + 1 + part.length, end + 1).find((k) => ct[k]!.content);
      if (first === undefined) continue;
      let noun = first;
      while (noun < end && ct[noun + 1]!.content && !boundaryBetween(C, noun, noun + 1)) noun++;
      const phrase = range(lead, noun + 1);
      // Gone: the part word has no match in the copy, nor its noun, no finding took them, and the
      // copy does not say both elsewhere ("The river is still rising in some districts").
      if (words.some((k) => cEq[k] || cClaim[k]) || cEq[first] || cClaim[first]) continue;
      if (aBag.has(ct[first]!.key) && words.every((k) => aBag.has(ct[k]!.key))) continue;
      // The claim stays: half the content words after the comma at least are in the copy.
      const claimWords = range(end + 1, s.to).filter((k) => ct[k]!.content && ct[k]!.num === null);
      const kept = claimWords.filter((k) => aBag.has(ct[k]!.key)).length;
      if (claimWords.length < 2 || kept * 2 < claimWords.length) continue;
      claim({
        kind: 'hedge',
        severity: 'medium',
        cTok: phrase,
        aTok: [],
        reason: `Drops the scope ‘${C.text.slice(ct[lead]!.start, ct[noun]!.end)}’: the claim no longer says it holds for only part of the whole.`,
      });
    }
  },
};

const leadSets = new WeakMap<readonly string[], ReadonlySet<string>>();
/** The words that open a scope, as a set (made once per list). */
function scopeLeads(leads: readonly string[]): ReadonlySet<string> {
  let set = leadSets.get(leads);
  if (!set) leadSets.set(leads, (set = new Set(leads)));
  return set;
}
