/**
 * What a language's lexicon holds (`Lexicon`: each list and what the detectors read it for),
 * the lexicon of a language without one (`EMPTY_LEXICON`), and the helpers each language's
 * lexicon is written with (`data/lexicons.ts`: the words). Everything in a lexicon is lower
 * case and written as the tokenizer normalises it (curly apostrophes folded to `'`).
 */
import type { TimeWords } from './time';
import type { QualifierWords } from './qualifiers';

export interface Lexicon {
  /** Articles, prepositions, pronouns, auxiliaries: words that carry no fact of their own. */
  functionWords: ReadonlySet<string>;
  /** Words that negate or deny. */
  negations: ReadonlySet<string>;
  /**
   * Words after a negation that make it add rather than deny: "not only", "non seulement", "no
   * sólo", "nicht nur" (`deniesAt`).
   */
  notOnly?: ReadonlySet<string>;
  /**
   * Phrases whose negation word negates nothing: a connective that contrasts or orders
   * (Spanish "sin embargo", however; "antes que nada", first of all), an alternative left open
   * ("or not", "ou non"), a booster ("no doubt", "sans doute"), "nothing but" (only).
   */
  nonNegating?: readonly string[][];
  /** Negations written into a word: English "n't" (doesn't), French "n'" (n'a). */
  negationSuffixes?: readonly string[];
  negationPrefixes?: readonly string[];
  /**
   * Words that negate only beside the language's negation particle (`negationParticles`) or
   * another negation word in their clause, and are other words alone: French "personne" (a
   * person), "plus" (more), "jamais" ("plus que jamais"), "pas" (a step); German "noch"
   * (still; "weder … noch"). Read where a sentence's polarity is judged by its negation words
   * alone (a translation's).
   */
  negationsWithAnother?: ReadonlySet<string>;
  /**
   * The particle of a two-part negation (French "ne … pas"), which negates only with one of
   * `negationsWithAnother` in its clause: "ne … que" is "only", "avant qu'il ne parte" negates
   * nothing. A form ending in an apostrophe ("n'") stands for every word it opens.
   */
  negationParticles?: ReadonlySet<string>;
  /**
   * Verbs that negate the verb after them ("failed to reach", "refused to sign"), as phrases
   * with the word that links them: counted as a negation only so.
   */
  implicitNegations?: readonly string[][];
  /** Verbs and nouns of denial (stems are compared, so list inflected forms). */
  denials: ReadonlySet<string>;
  /** Qualifiers, as token sequences. */
  hedges: readonly string[][];
  /**
   * Hedges that bear on a whole claim, not on one word or figure: epistemic adverbs, verbs and
   * modals ("reportedly", "appears to", "may"), and an outcome framed as foreseen ("as
   * anticipated"). Dropped from a claim the copy puts in other words, the claim reads as fact
   * even though the word they stood before went with the rewording.
   */
  claimHedges?: ReadonlySet<string>;
  /** Hedges that only count right before a number ("about 300", "over 40"). */
  numericHedges: ReadonlySet<string>;
  /** Of those, the ones that count only before a figure with no noun after it ("the toll passed 2,000", not "passed 3 laws"). */
  bareFigureHedges?: ReadonlySet<string>;
  /**
   * Hedges that count only before a figure or one of `absolutes`, a word that admits no degree
   * ("a near total loss", "virtually complete", "all but certain"): that word is what they qualify.
   */
  absoluteHedges?: ReadonlySet<string>;
  absolutes?: ReadonlySet<string>;
  /**
   * A report verb made a passive of hearsay by a form of "be" before it ("are reported injured",
   * "were feared dead", "is reported to have fled"): a hedge when a state or "to be"/"to have"
   * follows it; "was reported by police" or "no damage was reported" is not one.
   */
  passiveHedges?: { verbs: ReadonlySet<string>; be: ReadonlySet<string>; infinitive: ReadonlySet<string> };
  /**
   * The last words of a headline's source label before a colon ("Aid Group: Toll Rises to 26",
   * "Police: …", "Red Cross: …"): who gives the headline's claim; a place ("Pakistan: …") is a topic.
   */
  headlineSources?: ReadonlySet<string>;
  /**
   * Hedges that say the same of a figure, by group ("about", "some", "roughly": near it;
   * "at least", "more than": not below it): one for another is no change.
   */
  hedgeSenses?: ReadonlyMap<string, number>;
  /** Speech and reporting verbs that introduce a source. */
  attributionVerbs: ReadonlySet<string>;
  /**
   * More reporting verbs, read from a lexical resource (English: WordNet's communication verbs
   * that take a that-clause, `data/reportingVerbs.ts`): they introduce a source as
   * `attributionVerbs` do, in the attribution detectors only (the aligner and the language guess
   * read `attributionVerbs`).
   */
  reportingVerbs?: ReadonlySet<string>;
  /** Verbs that continue an earlier source's statement ("adding", "added") rather than name a new one. */
  continuationVerbs: ReadonlySet<string>;
  /** Reporting verbs that take a stance (a neutral "said" that becomes "claimed" changes the story). */
  loadedVerbs: ReadonlySet<string>;
  /**
   * The stance a reporting verb takes, by verb (any verb listed here also introduces a
   * source): `doubt` ("claimed"), `concession` ("admitted"), `certainty` ("confirmed"),
   * `warning` ("warned"), `suggestion` ("suggested"). A verb not listed is neutral ("said"):
   * a copy that swaps one stance for another changes how the claim reads.
   */
  stances?: ReadonlyMap<string, Stance>;
  /**
   * Verbs that source a claim to evidence ("footage showed", "documents reveal"), counted as
   * attribution when their subject has one of `evidenceNouns`.
   */
  evidenceVerbs?: ReadonlySet<string>;
  evidenceNouns?: ReadonlySet<string>;
  /** Phrases that put the source after them ("according to X", "citing X"). */
  attributionLeads: readonly string[][];
  /**
   * Lead phrases that put a source after them only where they stand apart, after a comma or at a
   * sentence's start ("…, per the ministry"): elsewhere they are other words ("40 cents per the kilo").
   */
  setOffLeads?: ReadonlySet<string>;
  /** Pronouns that can stand for a source. */
  pronouns: ReadonlySet<string>;
  /** Number words and their values. */
  numberWords: ReadonlyMap<string, number>;
  /**
   * Ordinals ("third" = 3) and multiples ("twice", "doubled" = 2): figures that a copy may
   * change ("the third week" → "the second week") but that are compared only with their
   * own sort, never reported dropped or added alone.
   */
  ordinalWords?: ReadonlyMap<string, number>;
  /**
   * Nouns that make the figure after them a label of a thing, not a count ("Flight 214", "Route
   * 66", "Resolution 1973"): a changed figure there names another thing (a `name` finding); dropped
   * or added alone it is the thing named more or less fully, no changed quantity.
   */
  labelWords?: ReadonlySet<string>;
  /**
   * Nouns whose figure is a degree on a scale, not a label, capitalised or not ("Category 5",
   * "Level 3", "Phase 2"): the figure stays a quantity, its change a changed fact.
   */
  scaleWords?: ReadonlySet<string>;
  /** The endings that make a figure an ordinal, run into it ("3rd", "3,968th"): the same sort as the words ("3rd" is "third"). */
  ordinalSuffixes?: ReadonlySet<string>;
  /** Fractions as per cent ("half" = 50, "quarter" = 25; "thirds" as in "two thirds"): "half" and "50 percent" say the same. */
  fractionWords?: ReadonlyMap<string, number>;
  multipleWords?: ReadonlyMap<string, number>;
  /** Vague quantities ("hundreds", "dozens"). */
  vagueQuantities: ReadonlySet<string>;
  /** Words that make a number a count of people, harm or money. */
  weightyWords: ReadonlySet<string>;
  /** Week days and months (dates). */
  dateWords: ReadonlySet<string>;
  /** Words of time references (week days, months, "last week", "overnight"): see `time.ts`. */
  time?: TimeWords;
  /** Qualifiers beyond the hedges: quantity, evidence, degree and aspect words (see `data/qualifiers.ts`). */
  qualifiers?: QualifierWords;
  /** Abbreviations that end in a full stop but do not end a sentence. */
  abbreviations: ReadonlySet<string>;
  /**
   * Capitalised short forms read as their full word, so that a copy that spells them out
   * says the same: titles (Gov. / Governor) and months (Dec. / December).
   */
  expansions?: ReadonlyMap<string, string>;
  /**
   * Irregular forms of reporting verbs and their base forms (said / say, told / tell): the stemmer
   * folds a verb's regular forms ("says", "stated") but not these. A sentence that reports in
   * another tense ("… he says.") is still carried word for word (alignExact.ts).
   */
  baseForms?: ReadonlyMap<string, string>;
  /** Words that commonly start a sentence (to tell "in the U.S. The …" from "U.S. President …"). */
  sentenceStarters: ReadonlySet<string>;
  /** The points of the compass and the parts of a place they name ("north", "southern", "central"). */
  compass?: ReadonlySet<string>;
  /**
   * Articles and determiners that a verb never follows: a reporting verb right after one is
   * a noun ("the state", "a report"). English only: other languages write nouns and verbs apart.
   */
  determiners?: ReadonlySet<string>;
  /** Coordinating conjunctions that join the items of a list ("and", "or"): a name never runs across one ("Jamaica and the Bahamas"). */
  conjunctions?: ReadonlySet<string>;
}

/** How a reporting verb presents the claim it reports (see `Lexicon.stances`). */
export type Stance = 'doubt' | 'concession' | 'certainty' | 'warning' | 'suggestion';

/** `a b c` as a set of words. */
export const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));
/** `stance: verb verb …; stance: …` as a map from each verb to its stance. */
export const stances = (s: string): ReadonlyMap<string, Stance> =>
  new Map(
    s.split(';').flatMap((part) => {
      const [stance, verbs] = part.split(':') as [Stance, string];
      return verbs.trim().split(/\s+/).map((v) => [v, stance.trim() as Stance] as const);
    }),
  );
/** `a b|c` as phrases, each a list of words. */
export const phrases = (s: string): string[][] => s.split('|').map((p) => p.trim().split(/\s+/));
/** `a|b; c|d` as a map from each phrase to the number of its group. */
export const senses = (s: string): ReadonlyMap<string, number> =>
  new Map(s.split(';').flatMap((g, i) => g.split('|').map((p) => [p.trim().split(/\s+/).join(' '), i] as const)));

/** `one=1 two=2` as a map from each word to its value. */
export const numbers = (words: string): Map<string, number> => {
  const m = new Map<string, number>();
  for (const pair of words.trim().split(/\s+/)) {
    const [w, v] = pair.split('=');
    m.set(w!, Number(v));
  }
  return m;
};

/** No word lists: a language without a lexicon (the universal detectors only). */
export const EMPTY_LEXICON: Lexicon = {
  functionWords: new Set(),
  negations: new Set(),
  denials: new Set(),
  hedges: [],
  numericHedges: new Set(),
  attributionVerbs: new Set(),
  continuationVerbs: new Set(),
  loadedVerbs: new Set(),
  attributionLeads: [],
  pronouns: new Set(),
  numberWords: new Map(),
  vagueQuantities: new Set(),
  weightyWords: new Set(),
  dateWords: new Set(),
  abbreviations: new Set(),
  sentenceStarters: new Set(),
};
