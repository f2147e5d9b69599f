/**
 * How a language's words are read: its tokenizer context (one per language), with its stemmer
 * (the Snowball-family stemmers of @orama/stemmers; a language without one falls back to the
 * identity, which still works because every comparison also folds case, diacritics of quotes
 * and spelling variants), its decimal mark and its lexicon; and its BCP 47 locale. Which
 * language a text is in is `lang.ts`.
 */
import { lexiconFor } from './lexicon';
import type { TokenizerContext } from './text';
import { BCP47 } from './languageCodes';
import { STEMMERS, type StemmerName } from './load';

/** ISO 639-3 code → stemmer. Malay shares the Indonesian stemmer; Bosnian and Croatian the Serbian one. */
const STEMMER_OF: Record<string, StemmerName> = {
  arb: 'arabic',
  ara: 'arabic',
  hye: 'armenian',
  bul: 'bulgarian',
  dan: 'danish',
  nld: 'dutch',
  eng: 'english',
  fin: 'finnish',
  fra: 'french',
  deu: 'german',
  ell: 'greek',
  hun: 'hungarian',
  ind: 'indonesian',
  zlm: 'indonesian',
  msa: 'indonesian',
  gle: 'irish',
  ita: 'italian',
  lit: 'lithuanian',
  npi: 'nepali',
  nep: 'nepali',
  nob: 'norwegian',
  nno: 'norwegian',
  nor: 'norwegian',
  por: 'portuguese',
  ron: 'romanian',
  rus: 'russian',
  srp: 'serbian',
  bos: 'serbian',
  hrv: 'serbian',
  spa: 'spanish',
  swe: 'swedish',
  tur: 'turkish',
  ukr: 'ukrainian',
};

const identity = (w: string): string => w;

/** The stemmer of a language (loaded on first use, `load.ts`), or the identity when there is none. */
export function stemmerFor(language: string): (word: string) => string {
  const name = STEMMER_OF[language];
  return name ? STEMMERS[name]() : identity;
}

/** True when a stemmer exists for the language. */
export function hasStemmer(language: string): boolean {
  return language in STEMMER_OF;
}

/** A BCP 47 locale for Intl APIs, `en` when unknown. */
export function localeFor(language: string): string {
  return BCP47[language] ?? 'en';
}

const contexts = new Map<string, TokenizerContext>();

/**
 * Languages that write a decimal point (3.5), as the Unicode CLDR has it with Latin digits
 * (Swahili, Chinese and Bengali write 30.8); every other language writes a decimal comma
 * (French, German, Spanish, Indonesian, Turkish, Vietnamese: 30,8), and so does a language
 * WireDiff does not name. `und` (undetermined) is read the English way. A table rather than
 * asking Intl.NumberFormat: the first number format of a process loads ICU's number data and
 * its list of locales, milliseconds of the first text in such a language. test/core/lang.test.ts
 * checks the table against the runtime's CLDR for every language of `BCP47`, both ways.
 */
export const DECIMAL_POINT: ReadonlySet<string> = new Set([
  'eng', 'gle', 'ara', 'arb', 'pes', 'heb', 'hin', 'mar', 'ben', 'urd', 'npi', 'nep', 'msa', 'zlm', 'tha', 'tgl',
  'zho', 'cmn', 'jpn', 'kor', 'swh', 'hau', 'som', 'yor', 'ibo', 'zul', 'amh', 'und',
]);

/** Whether a language writes a decimal comma (`DECIMAL_POINT`). */
function writesDecimalComma(language: string): boolean {
  return !DECIMAL_POINT.has(language);
}

/** The tokenizer context of a language (one object per language, so memos keyed by it are shared). */
export function tokenizerContext(language: string): TokenizerContext {
  let ctx = contexts.get(language);
  if (!ctx) {
    ctx = {
      lexicon: lexiconFor(language),
      stem: stemmerFor(language),
      english: language === 'eng',
      decimalComma: writesDecimalComma(language),
    };
    contexts.set(language, ctx);
  }
  return ctx;
}
