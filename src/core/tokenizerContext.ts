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
 * Languages that write a decimal point (3.5) and group thousands with commas, read so without
 * asking CLDR (which agrees on each); the others that WireDiff reads (French,
 * German, Spanish, Indonesian…) write a decimal comma. `und` (undetermined) is read the
 * English way.
 */
export const DECIMAL_POINT: ReadonlySet<string> = new Set(['eng', 'gle', 'ara', 'arb', 'heb', 'hin', 'npi', 'nep', 'msa', 'zlm', 'tha', 'tgl', 'zho', 'jpn', 'kor', 'und']);

/**
 * Whether a language writes a decimal comma: as the Unicode CLDR has it (Intl.NumberFormat with
 * Latin digits: Swahili, Chinese and Bengali write 30.8, Turkish and Vietnamese 30,8) for a
 * language not in `DECIMAL_POINT`; a comma when the runtime has no locale data for it.
 */
function writesDecimalComma(language: string): boolean {
  // A language of the list is not asked of CLDR, which agrees (test/core/lang.test.ts): making
  // a number format loads ICU's number data, tens of milliseconds of a command's start.
  if (DECIMAL_POINT.has(language)) return false;
  const tag = BCP47[language];
  if (tag && Intl.NumberFormat.supportedLocalesOf([tag]).length) {
    const parts = new Intl.NumberFormat(tag, { numberingSystem: 'latn' } as Intl.NumberFormatOptions).formatToParts(1.5);
    const sep = parts.find((p) => p.type === 'decimal')?.value;
    if (sep) return sep === ',';
  }
  return true;
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
