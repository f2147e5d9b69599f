/**
 * The words a sentence or a heading never ends on, by language, as data: articles, the
 * conjunctions that join two words or clauses, the determiners that always stand before their noun,
 * the words that open a clause ("that", "because"). A line that stops on one of them, written in
 * lower case, stops mid-sentence: "There is a fair chance that" / "River Town will …", where a
 * page's or a PDF's line break fell, goes on in the next line whatever that one begins with.
 *
 * Not prepositions (a question or a quotation may end on one: "what it is made of"), nor words that
 * are also pronouns standing alone (German "das", "die"; "his", "each", "these"), nor a separable
 * verb's particle (German "ein"). A title ends on such a word only written as a title ("Nobody Saw
 * That"): the test is on the word in lower case.
 */

/** Each language's words, by BCP 47 code. */
const OPEN_ENDS: Record<string, string> = {
  en: 'a an the and or nor but its their our your my whose than because although whether that',
  fr: 'le la les un une des du au aux et ou ni mais que dont son sa ses leurs cette ces notre nos votre vos',
  es: 'el la los las un una unos unas y e o u ni que del al sus',
  pt: 'o os um uma uns umas e ou nem que do da dos das ao aos',
  de: 'und oder sondern dass',
  it: 'il lo gli un uno una e ed o che del dello della dei degli delle',
  id: 'yang dan atau bahwa serta',
};

/**
 * The words, by language, a heading's line never stops on, though a sentence may (a question, a
 * quotation: "what it is made of"): the prepositions that need their object. A short line without
 * punctuation that stops on one, over another, is one heading run over two lines ("Statement of" /
 * "Director Ana Costa"). Not the particles a phrase ends on ("in", "on", "up": "Sign in").
 */
const HEADING_OPEN_ENDS: Record<string, string> = {
  en: 'of for by with from at to into',
  fr: 'de à pour par avec sur',
  es: 'de para por con sobre',
  pt: 'de para por com sobre',
  de: 'von für mit zu zur zum',
  it: 'di per con da su',
  id: 'dari untuk oleh dengan',
};

const NONE: ReadonlySet<string> = new Set();

/** A locale's language's word set, built once per language into `cache`. */
function perLanguage(cache: Map<string, ReadonlySet<string>>, locale: string, build: (lang: string) => ReadonlySet<string>): ReadonlySet<string> {
  const lang = locale.toLowerCase().split(/[-_]/)[0]!;
  let s = cache.get(lang);
  if (!s) cache.set(lang, (s = build(lang)));
  return s;
}

const sets = new Map<string, ReadonlySet<string>>();

/** The words no sentence or heading of a locale's language ends on (`OPEN_ENDS`); none for a language without a list. */
export function openEndsFor(locale: string): ReadonlySet<string> {
  return perLanguage(sets, locale, (lang) => (OPEN_ENDS[lang] === undefined ? NONE : new Set(OPEN_ENDS[lang].split(' '))));
}

const headingSets = new Map<string, ReadonlySet<string>>();

/** The words no heading's line of a locale's language ends on (`OPEN_ENDS` and `HEADING_OPEN_ENDS`). */
export function headingOpenEndsFor(locale: string): ReadonlySet<string> {
  return perLanguage(headingSets, locale, (lang) => new Set([...openEndsFor(lang), ...(HEADING_OPEN_ENDS[lang]?.split(' ') ?? [])]));
}
