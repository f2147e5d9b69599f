/**
 * The word lists the detectors use, per language: which language has them, and the questions
 * asked of them. The lists are data (`data/lexicons.ts`), and so is their type
 * (`data/lexiconType.ts`). A language without a lexicon gets the universal detectors only
 * (numbers, quotes, names, clauses, added, omitted and moved sentences).
 */
import { EMPTY_LEXICON, type Lexicon } from './data/lexiconType';
import { ENGLISH, LEXICONS } from './data/lexicons';

export type { Lexicon, Stance } from './data/lexiconType';

/** The lexicon of a language (ISO 639-3), or an empty one. */
export function lexiconFor(language: string): Lexicon {
  return LEXICONS[language] ?? EMPTY_LEXICON;
}

/** Whether a lexicon is the English one (the WordNet relations and the loaded terms are English). */
export function isEnglish(lex: Lexicon): boolean {
  return lex === ENGLISH;
}

/** Does the word negate (a negation word, or one with a negation written into it)? */
export function isNegation(norm: string, lex: Lexicon): boolean {
  if (lex.negations.has(norm)) return true;
  for (const x of lex.negationSuffixes ?? NONE) if (norm.length > x.length && norm.endsWith(x)) return true;
  for (const x of lex.negationPrefixes ?? NONE) if (norm.length > x.length && norm.startsWith(x)) return true;
  return false;
}
/**
 * Does the word deny, with `next` the word after it: a negation (`isNegation`) that the next
 * word does not make an addition ("not only", "non seulement": the lexicon's `notOnly`)?
 */
export function deniesAt(norm: string, next: string | undefined, lex: Lexicon): boolean {
  return isNegation(norm, lex) && !(next !== undefined && lex.notOnly?.has(next));
}
/** Two qualifiers of one sense: the same words, or one group of the lexicon's `hedgeSenses` ("more than" / "at least", "some" / "about"). */
export function sameHedgeSense(a: string, b: string, lex: Lexicon): boolean {
  const s = lex.hedgeSenses?.get(a);
  return a === b || (s !== undefined && s === lex.hedgeSenses?.get(b));
}

/** No affixes: one shared list, not a new empty array per word asked about. */
const NONE: readonly string[] = [];

/** True when the language has word lists for the lexical detectors (negation, hedge, attribution). */
export function hasLexicon(language: string): boolean {
  return language in LEXICONS;
}

/** The function-word list of every language that has a lexicon (for fast language detection). */
export function functionWordProfiles(): Array<[string, ReadonlySet<string>]> {
  return PROFILES;
}
/** One a language: Malay ('zlm') shares the Indonesian lexicon. */
const PROFILES: Array<[string, ReadonlySet<string>]> = ['eng', 'fra', 'spa', 'por', 'deu', 'ind', 'ita'].map((l) => [l, LEXICONS[l]!.functionWords]);
