/**
 * What a sentence splitter must know about a language's full stops, as data: which
 * abbreviations never end a sentence, which may, which usually do, which words start a
 * sentence, which names carry an exclamation mark. `stops.ts` applies them.
 */
import type { Lexicon } from '../lexicon';
import { headingOpenEndsFor, openEndsFor } from './openEnds';

/**
 * How an abbreviation (the word before a full stop, dots removed, lower case) behaves.
 * - `prefix`: stands before a name or a number (Mr. Smith, Mt. Fuji, p. 55, No. 3): never ends a sentence.
 * - `either`: may end a sentence (Co., Jr., U.S., Dec.): it does when the next word is one that starts sentences.
 * - `final`: usually ends a clause (5 p.m., etc.): a capitalised word after it starts a new sentence,
 *   unless it is a date word ("5 p.m. Monday") or what comes before is only a short lead-in ("At 5 a.m. Mr. Smith…").
 */
export type AbbreviationClass = 'prefix' | 'either' | 'final';

export interface StopRules {
  abbreviations: ReadonlyMap<string, AbbreviationClass>;
  /** Words (lower case) that commonly start a sentence: after an `either` abbreviation they start one. */
  sentenceStarters: ReadonlySet<string>;
  /** Words (lower case) that follow a `final` abbreviation within its sentence (week days, months). */
  dateWords: ReadonlySet<string>;
  /** Names written with an exclamation mark (Yahoo!): it ends no sentence unless a sentence starter follows. */
  exclamationNames: ReadonlySet<string>;
  /** A time zone named in words that may follow a `final` abbreviation within its sentence ("5:10 a.m. Eastern time"). */
  zoneAfter?: RegExp;
  /** The language writes ordinals with a full stop ("am 3. Dezember"). */
  ordinalStops?: boolean;
  /** Words (lower case) no sentence or heading ends on (`openEnds.ts`): a line that stops on one goes on in the next. */
  openEnds?: ReadonlySet<string>;
  /** Words (lower case) no heading's line ends on (`openEnds.ts`): a short line that stops on one runs on in the next. */
  headingOpenEnds?: ReadonlySet<string>;
}

const words = (s: string): string[] => s.trim().split(/\s+/);
const classed = (groups: Record<AbbreviationClass, string>): Map<string, AbbreviationClass> => {
  const m = new Map<string, AbbreviationClass>();
  for (const [cls, list] of Object.entries(groups) as Array<[AbbreviationClass, string]>) for (const w of words(list)) m.set(w, cls);
  return m;
};

const ENGLISH: StopRules = {
  abbreviations: classed({
    // Titles and ranks before a name, place prefixes, Latin abbreviations: never a word of their own.
    prefix: `
      mr mrs ms messrs mme mlle dr prof sen sens rep reps gov govs gen lt col maj capt cmdr cmdt adm sgt cpl pvt brig
      supt insp det atty amb pres rev hon mt pp approx vs cf viz eg ie pfc spc
    `,
    // May end a sentence: company and name suffixes, streets, months and days, and the short forms
    // before a number that are words too (no., art., fig.).
    either: `
      co corp inc ltd llc plc bros jr sr esq st ave blvd rd dept univ assn est
      jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
      no nos vol vols fig figs ch chap art sec para eq ref v ca ft fr p
    `,
    // Usually end a clause.
    final: `am pm etc al`,
  }),
  sentenceStarters: new Set(
    words(`
      the a an this that these those there here then thus so yet but and or nor for however meanwhile moreover
      instead still also now today yesterday tomorrow later earlier after before when while as if since although though
      i you he she it we they his her its their our my your some many most all any no none each every both several few one
      two three what how why where who whom whose which did do does is are was were has have had can could will would
      should may might must shall let please officials police
    `),
  ),
  dateWords: new Set(
    words(`
      monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun today tonight
      january february march april may june july august september october november december
      jan feb mar apr jun jul aug sep sept oct nov dec gmt utc est edt cst cdt pst pdt bst cet et pt
      hst hdt akst akdt mst mdt ast adt nst ndt cest eet eest msk jst kst aest aedt nzst nzdt sast pht
    `),
  ),
  exclamationNames: new Set(words('yahoo jeopardy wham oklahoma mamma')),
  openEnds: openEndsFor('en'),
  headingOpenEnds: headingOpenEndsFor('en'),
  // (Or a place's time, by its name or its initials: "Moscow time", "UAE time"; not "Next time", "This time".)
  zoneAfter:
    /^\s*(?:(?:Atlantic|Eastern|Central|Mountain|Pacific|Alaska|Hawaii)(?:\s+(?:Standard|Daylight|standard|daylight))?|(?!(?:Next|Last|This|That|Each|Every|Some|Any|The|A|One|Other|First|Same|Another|No)\s)\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+[Tt]ime\b/u,
};

const byLanguage: Record<string, StopRules> = { en: ENGLISH };

/**
 * The ends of a file's or a site's name, after its dot, in any language: a stop written without a
 * blank before one of them ("report.Pdf", "Example.Com") ends no sentence. File types, then the
 * generic top-level domains and the country ones a news text names most.
 */
export const NAME_ENDS: ReadonlySet<string> = new Set(
  words(`
    pdf doc docx txt rtf odt htm html xml json csv xls xlsx ppt pptx jpg jpeg png gif svg tif tiff mp3 mp4 mov avi wav zip gz tar exe js ts py
    com org net edu gov mil int info biz name io co uk us ca au de fr es it nl ru cn jp in br za ng ke tv me eu
  `),
);

/** Titles and prefixes of languages whose lexicon lists none, by BCP 47 language. */
const MORE_PREFIXES: Record<string, string> = {
  id: 'dr drs dra ir prof h hj jl no sdr bpk ny tn kec kab', // Indonesian
  ms: 'dr prof hj jln no en tn', // Malay
  it: 'sig sigg dott dr prof avv ing on', // Italian
};
/** Abbreviations that end a list, and often a sentence, in any language: "etc.", "usw.", "dll.". */
const LIST_ENDS = new Set(words('etc usw dll dsb ecc'));
/** Languages that write an ordinal with a full stop ("am 3. Dezember"): a stop after a figure before a month ends nothing. */
const ORDINAL_STOPS = new Set(words('de da nb nn no fi cs sk pl hu hr sl sr bs tr et lv lt is'));

/**
 * The stop rules for a locale. Languages without their own take the lexicon's abbreviations
 * as prefixes (titles, months), but for those that end a list, which end a sentence before a
 * capital.
 */
export function stopRulesFor(locale: string, lexicon: Lexicon): StopRules {
  const lang = locale.toLowerCase().split(/[-_]/)[0]!;
  const own = byLanguage[lang];
  if (own) return own;
  const key = `${lang}\u0000`;
  let perLexicon = derived.get(lexicon);
  if (!perLexicon) derived.set(lexicon, (perLexicon = new Map()));
  let memo = perLexicon.get(key);
  if (!memo) {
    const abbreviations = new Map<string, AbbreviationClass>();
    for (const w of [...lexicon.abbreviations, ...words(MORE_PREFIXES[lang] ?? '')]) if (w) abbreviations.set(w, LIST_ENDS.has(w) ? 'final' : 'prefix');
    for (const w of LIST_ENDS) if (!abbreviations.has(w)) abbreviations.set(w, 'final');
    memo = {
      abbreviations,
      sentenceStarters: lexicon.sentenceStarters,
      dateWords: lexicon.dateWords,
      exclamationNames: new Set(),
      ordinalStops: ORDINAL_STOPS.has(lang),
      openEnds: openEndsFor(lang),
      headingOpenEnds: headingOpenEndsFor(lang),
    };
    perLexicon.set(key, memo);
  }
  return memo;
}
const derived = new WeakMap<Lexicon, Map<string, StopRules>>();
