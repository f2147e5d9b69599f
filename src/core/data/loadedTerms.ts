/**
 * Loaded news terms (English): words a style guide or a legal definition tells apart,
 * though a thesaurus may call them synonyms. A copy that puts one where the canonical has
 * another of the same set shifts the meaning ("regime" for "government" takes a side;
 * "refugees" for "displaced people" changes a legal status). WordNet says how words
 * relate in general (`synonyms.ts`); this list overrides it for these sets.
 *
 * Each set: the words (as written; matched by the engine's comparison keys, so inflected
 * forms count), what telling them apart is about, and the source that does.
 */
export interface LoadedTermSet {
  words: readonly string[];
  /** What the choice of word says, in a few words for the finding's reason. */
  about: string;
  source: string;
}

export const LOADED_TERMS: readonly LoadedTermSet[] = [
  {
    words: ['government', 'regime', 'junta'],
    about: 'how the ruling power is characterised',
    source: 'AP Stylebook, “government, junta, regime”',
  },
  {
    words: ['militant', 'rebel', 'terrorist', 'insurgent', 'jihadist', 'extremist', 'gunman', 'fighter', 'guerrilla', 'separatist'],
    about: 'how an armed group is characterised',
    source: 'AP Stylebook, “terrorism”; Reuters Handbook of Journalism, “terrorism”; BBC Editorial Guidelines, “Language when reporting terrorism”',
  },
  {
    words: ['refugee', 'displaced', 'migrant', 'asylum-seeker', 'evacuee', 'immigrant'],
    about: 'a legal status (a refugee has crossed a border; a displaced person has not)',
    source: 'UNHCR viewpoint, “Refugee or migrant – which is right?” (2016); UN Guiding Principles on Internal Displacement (1998)',
  },
  {
    words: ['killed', 'died', 'murdered', 'executed', 'assassinated', 'slain'],
    about: 'who caused a death, and whether it was a crime',
    source: 'AP Stylebook, “homicide, murder, manslaughter” and “execute”',
  },
  {
    words: ['illegal', 'undocumented', 'unauthorized'],
    about: 'how a person’s immigration status is described',
    source: 'AP Stylebook, “illegal immigration”',
  },
  {
    words: ['protesters', 'demonstrators', 'rioters', 'mob'],
    about: 'how a crowd is characterised',
    source: 'AP Stylebook, “riot”',
  },
  {
    words: ['arrested', 'detained', 'charged', 'indicted', 'convicted', 'sentenced'],
    about: 'the stage of a legal process (held, accused, found guilty, punished)',
    source: 'Black’s Law Dictionary, “arrest”, “charge”, “indictment”, “conviction” and “sentence”',
  },
  {
    words: ['occupied', 'disputed', 'annexed', 'liberated'],
    about: 'whose control of a territory is recognised',
    source: 'AP Stylebook, “West Bank” and “annex”; BBC Editorial Guidelines, “Key terms: Israel and the Palestinians”',
  },
];
