/**
 * Untranslated words: a word of another language left in an English copy where the
 * canonical has an English word (a machine translation that kept its source's word). A
 * word counts as foreign when one of the other languages' word lists has it (function
 * words, days and months, qualifiers, reporting verbs, …) and English does not (neither the
 * English lexicon nor WordNet's common senses know it). A `mistranslation` finding.
 */
import { functionWordProfiles, isEnglish, lexiconFor, type Lexicon } from '../lexicon';
import { knows } from '../synonyms';
import { namingTimeWords } from '../time';
import type { DetectContext, Detector } from './context';
import { isSentenceInitial, range, tokensText } from './tokens';
import { languageName } from '../languageCodes';

/** The other languages' words, by word, with the language they belong to (ISO 639-3). */
let foreign: Map<string, string> | null = null;

function wordsOf(lex: Lexicon): string[] {
  const out: string[] = [...lex.functionWords, ...lex.negations, ...lex.denials, ...lex.attributionVerbs, ...lex.weightyWords, ...lex.dateWords];
  for (const p of lex.hedges) out.push(...p);
  const q = lex.qualifiers;
  if (q) for (const p of [...q.quantity.flat(), ...q.evidence, ...q.degree, ...q.aspect]) out.push(...p);
  if (lex.time) out.push(...namingTimeWords(lex.time));
  return out;
}

function foreignWords(english: Lexicon): Map<string, string> {
  if (foreign) return foreign;
  foreign = new Map();
  const own = new Set(wordsOf(english));
  for (const [language] of functionWordProfiles()) {
    if (language === 'eng') continue;
    // Short words are shared across languages and names (“de”, “la”, “al”): four letters or more only.
    for (const w of wordsOf(lexiconFor(language))) if (w.length >= 4 && !own.has(w) && !foreign.has(w)) foreign.set(w, language);
  }
  return foreign;
}

export const untranslatedDetector: Detector = {
  name: 'untranslated',
  summary: 'run',
  // Each word it reports is a new word of the article that another language's lists have.
  changedWords: (lex) => (isEnglish(lex) ? foreignWords(lex) : undefined),
  run(ctx: DetectContext) {
    const { C, A, ct, at, lex, hunks, aNew, cClaim, aClaim, claim } = ctx;
    if (!isEnglish(lex)) return;
    const words = foreignWords(lex);
    // One foreign word in an English sentence is a word left untranslated; several are a
    // sentence in another language (a translated copy, a quotation), which is no mistranslation.
    // Counted when a word would be claimed (most groups have none): nothing is claimed before.
    const severalForeign = (): boolean => {
      let foreignCount = 0;
      for (const t of at) if (words.has(t.norm) && !knows(t.key) && ++foreignCount > 1) return true;
      return false;
    };
    for (const h of hunks) {
      // Where the canonical has English words of its own in the same place.
      const cs = range(h.c0, h.c1).filter((i) => !cClaim[i] && ct[i]!.num === null);
      if (cs.length === 0) continue;
      for (const j of range(h.a0, h.a1)) {
        const t = at[j]!;
        if (aClaim[j] || !aNew[j] || t.num !== null) continue;
        // A capital inside a sentence is a name, unless the word before has one too (a headline in title case).
        const titleCase = j > 0 && at[j - 1]!.cap && !isSentenceInitial(A, j - 1);
        if (t.cap && !titleCase && !isSentenceInitial(A, j)) continue;
        const language = words.get(t.norm);
        if (!language || knows(t.key)) continue;
        if (severalForeign()) return;
        claim({
          kind: 'mistranslation',
          severity: 'medium',
          cTok: cs,
          aTok: [j],
          reason: `‘${tokensText(A, [j])}’ stands where the canonical has ‘${tokensText(C, cs)}’: a ${languageName(language)} word left untranslated.`,
        });
        break;
      }
    }
  },
};
