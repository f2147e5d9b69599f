/**
 * The packages the engine loads on first use, in one place: franc (`lang.ts`, when function words
 * leave a text's language open), each stemmer on its own (`tokenizerContext.ts`: a comparison of
 * English text loads the English stemmer only), htmlparser2 (`markup.ts`, on the first page read:
 * a command over plain text never builds its entity tables) and markdown-it (`markdown.ts`, on
 * the first Markdown file read). So starting the CLI or the engine's worker loads no language data
 * and no parser.
 *
 * Each is a `require` with a literal name, which the bundler keeps behind an initialiser of the
 * module's own, run on the call. The engine's tsconfig has no Node types (core is pure): `require`
 * is declared here, for these calls, and no other file of `core/` calls it
 * (`test/core/load.test.ts`). Each loader loads once and hands back the same object after.
 */
import type { Parser as HtmlParser } from 'htmlparser2';
import type MarkdownIt from 'markdown-it';
import { once } from './once';

declare const require: (id: string) => unknown;

/** franc's options: the shortest text it reads, and the languages it may answer. */
export type FrancOptions = { minLength: number; only?: string[] };

/** franc (trigram language profiles): a text's language as an ISO 639-3 code, `und` when it cannot tell. */
export const loadFranc = once(() => (require('franc-min') as { franc: (text: string, options: FrancOptions) => string }).franc);

/** htmlparser2's streaming parser. */
export const loadHtmlParser = once(() => (require('htmlparser2') as { Parser: typeof HtmlParser }).Parser);

/** markdown-it's parser class. */
export const loadMarkdownIt = once(() => require('markdown-it') as typeof MarkdownIt);

type StemmerModule = { stemmer: (word: string) => string };

/** The Snowball-family stemmers of @orama/stemmers, by name: each loads on the first word it stems. */
export const STEMMERS = {
  arabic: once(() => (require('@orama/stemmers/arabic') as StemmerModule).stemmer),
  armenian: once(() => (require('@orama/stemmers/armenian') as StemmerModule).stemmer),
  bulgarian: once(() => (require('@orama/stemmers/bulgarian') as StemmerModule).stemmer),
  danish: once(() => (require('@orama/stemmers/danish') as StemmerModule).stemmer),
  dutch: once(() => (require('@orama/stemmers/dutch') as StemmerModule).stemmer),
  english: once(() => (require('@orama/stemmers/english') as StemmerModule).stemmer),
  finnish: once(() => (require('@orama/stemmers/finnish') as StemmerModule).stemmer),
  french: once(() => (require('@orama/stemmers/french') as StemmerModule).stemmer),
  german: once(() => (require('@orama/stemmers/german') as StemmerModule).stemmer),
  greek: once(() => (require('@orama/stemmers/greek') as StemmerModule).stemmer),
  hungarian: once(() => (require('@orama/stemmers/hungarian') as StemmerModule).stemmer),
  indonesian: once(() => (require('@orama/stemmers/indonesian') as StemmerModule).stemmer),
  irish: once(() => (require('@orama/stemmers/irish') as StemmerModule).stemmer),
  italian: once(() => (require('@orama/stemmers/italian') as StemmerModule).stemmer),
  lithuanian: once(() => (require('@orama/stemmers/lithuanian') as StemmerModule).stemmer),
  nepali: once(() => (require('@orama/stemmers/nepali') as StemmerModule).stemmer),
  norwegian: once(() => (require('@orama/stemmers/norwegian') as StemmerModule).stemmer),
  portuguese: once(() => (require('@orama/stemmers/portuguese') as StemmerModule).stemmer),
  romanian: once(() => (require('@orama/stemmers/romanian') as StemmerModule).stemmer),
  russian: once(() => (require('@orama/stemmers/russian') as StemmerModule).stemmer),
  serbian: once(() => (require('@orama/stemmers/serbian') as StemmerModule).stemmer),
  spanish: once(() => (require('@orama/stemmers/spanish') as StemmerModule).stemmer),
  swedish: once(() => (require('@orama/stemmers/swedish') as StemmerModule).stemmer),
  turkish: once(() => (require('@orama/stemmers/turkish') as StemmerModule).stemmer),
  ukrainian: once(() => (require('@orama/stemmers/ukrainian') as StemmerModule).stemmer),
};

/** The name of a stemmer of `STEMMERS`. */
export type StemmerName = keyof typeof STEMMERS;
