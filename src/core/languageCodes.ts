/**
 * Language codes: ISO 639-3 (what WireDiff names languages by) and the BCP 47 tags of
 * Intl.Segmenter. Apart from lang.ts so that a settings check does not load the word lists.
 */

/** ISO 639-3 → BCP 47 tag for Intl.Segmenter. */
export const BCP47: Record<string, string> = {
  eng: 'en', ind: 'id', zlm: 'ms', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', ita: 'it', nld: 'nl',
  rus: 'ru', ukr: 'uk', tur: 'tr', pol: 'pl', ron: 'ro', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi',
  hun: 'hu', ell: 'el', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', ces: 'cs', arb: 'ar', pes: 'fa',
  hin: 'hi', vie: 'vi', tgl: 'tl', swh: 'sw', lit: 'lt', gle: 'ga', hye: 'hy', npi: 'ne',
  // Codes franc names for languages read as translations.
  cmn: 'zh', jpn: 'ja', kor: 'ko', ben: 'bn', urd: 'ur', tha: 'th', heb: 'he', mar: 'mr', hau: 'ha',
  som: 'so', yor: 'yo', ibo: 'ig', kin: 'rw', zul: 'zu', amh: 'am', bel: 'be', kaz: 'kk', uzn: 'uz', azj: 'az',
};

/**
 * True for an ISO 639-3 code of a language WireDiff reads (one `BCP47` names). Any other three
 * letters ("xyz", "abc") would compare with no segmenter language, stemmer or word lists.
 */
export function isKnownLanguage(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(BCP47, code);
}

/** The ISO 639-3 code of a two-letter BCP 47 language tag that WireDiff knows ("en" → "eng"), or undefined. */
export function iso6393Of(tag: string): string | undefined {
  const t = tag.toLowerCase();
  return Object.keys(BCP47).find((code) => BCP47[code] === t);
}

/** English names of the languages WireDiff reads, by ISO 639-3 code (for reasons and reports). */
const LANGUAGE_NAMES: Record<string, string> = {
  eng: 'English', fra: 'French', deu: 'German', spa: 'Spanish', por: 'Portuguese', ita: 'Italian', nld: 'Dutch',
  ind: 'Indonesian', zlm: 'Malay', rus: 'Russian', ukr: 'Ukrainian', tur: 'Turkish', pol: 'Polish', ron: 'Romanian',
  swe: 'Swedish', dan: 'Danish', nob: 'Norwegian', fin: 'Finnish', hun: 'Hungarian', ell: 'Greek', arb: 'Arabic',
  und: 'Language unknown',
};

/** The English name of an ISO 639-3 code, or the code. */
export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}
