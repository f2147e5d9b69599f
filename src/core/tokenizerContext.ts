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

/**
 * The stemmers load on first use, each on its own (`require` with a literal name: the bundler
 * keeps every module behind its own initialiser), so that starting the CLI or the engine's
 * worker loads no language data, and a comparison of English text loads the English stemmer only.
 */
declare const require: (id: string) => unknown;
type StemmerModule = { stemmer: (word: string) => string };

const LOAD_STEMMER = {
  arabic: () => (require('@orama/stemmers/arabic') as StemmerModule).stemmer,
  armenian: () => (require('@orama/stemmers/armenian') as StemmerModule).stemmer,
  bulgarian: () => (require('@orama/stemmers/bulgarian') as StemmerModule).stemmer,
  danish: () => (require('@orama/stemmers/danish') as StemmerModule).stemmer,
  dutch: () => (require('@orama/stemmers/dutch') as StemmerModule).stemmer,
  english: () => (require('@orama/stemmers/english') as StemmerModule).stemmer,
  finnish: () => (require('@orama/stemmers/finnish') as StemmerModule).stemmer,
  french: () => (require('@orama/stemmers/french') as StemmerModule).stemmer,
  german: () => (require('@orama/stemmers/german') as StemmerModule).stemmer,
  greek: () => (require('@orama/stemmers/greek') as StemmerModule).stemmer,
  hungarian: () => (require('@orama/stemmers/hungarian') as StemmerModule).stemmer,
  indonesian: () => (require('@orama/stemmers/indonesian') as StemmerModule).stemmer,
  irish: () => (require('@orama/stemmers/irish') as StemmerModule).stemmer,
  italian: () => (require('@orama/stemmers/italian') as StemmerModule).stemmer,
  lithuanian: () => (require('@orama/stemmers/lithuanian') as StemmerModule).stemmer,
  nepali: () => (require('@orama/stemmers/nepali') as StemmerModule).stemmer,
  norwegian: () => (require('@orama/stemmers/norwegian') as StemmerModule).stemmer,
  portuguese: () => (require('@orama/stemmers/portuguese') as StemmerModule).stemmer,
  romanian: () => (require('@orama/stemmers/romanian') as StemmerModule).stemmer,
  russian: () => (require('@orama/stemmers/russian') as StemmerModule).stemmer,
  serbian: () => (require('@orama/stemmers/serbian') as StemmerModule).stemmer,
  spanish: () => (require('@orama/stemmers/spanish') as StemmerModule).stemmer,
  swedish: () => (require('@orama/stemmers/swedish') as StemmerModule).stemmer,
  turkish: () => (require('@orama/stemmers/turkish') as StemmerModule).stemmer,
  ukrainian: () => (require('@orama/stemmers/ukrainian') as StemmerModule).stemmer,
};

/** ISO 639-3 code → stemmer. Malay shares the Indonesian stemmer; Bosnian and Croatian the Serbian one. */
const STEMMERS: Record<string, keyof typeof LOAD_STEMMER> = {
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

/** The stemmer of a language, or the identity when there is none. */
export function stemmerFor(language: string): (word: string) => string {
  const name = STEMMERS[language];
  if (!name) return identity;
  let stem = loadedStemmers.get(name);
  if (!stem) loadedStemmers.set(name, (stem = LOAD_STEMMER[name]()));
  return stem;
}

const loadedStemmers = new Map<keyof typeof LOAD_STEMMER, (word: string) => string>();

/** True when a stemmer exists for the language. */
export function hasStemmer(language: string): boolean {
  return language in STEMMERS;
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
