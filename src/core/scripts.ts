import { once } from './once';

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese),
 * as the source of a regular-expression character class (use with the `u` flag). In them a line
 * break that a hard wrap put between two characters is no word break.
 */
export const UNSPACED_SCRIPTS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';

/**
 * Scripts that write no mark where a sentence ends (Thai, Lao): a space sets sentences and
 * phrases apart, and a paragraph ends where its text does.
 */
export const UNSTOPPED_SCRIPTS = '\\p{sc=Thai}\\p{sc=Lao}';

/**
 * The marks that end a sentence in scripts that write neither the Latin nor the full-width stops:
 * the Arabic question mark and full stop (Urdu, "؟", "۔"), the danda and double danda (Hindi,
 * Bengali and the other Indian scripts: "।", "॥"), the Burmese, Ethiopic, Khmer and Tibetan stops
 * ("။", "።", "។", "།", "༎") and the Armenian full stop ("։"). As characters for a regular
 * expression's class, like "。" beside ".".
 */
export const SCRIPT_STOPS = '؟۔।॥။።។།༎։';

/**
 * The marks that end a sentence, in every script WireDiff reads: the full stop, "!", "?" and the
 * ellipsis, their full-width forms ("。", "！", "？") and the stops of other scripts
 * (`SCRIPT_STOPS`). The one list of them, as characters for a regular expression's class.
 */
export const SENTENCE_STOPS = `.!?…。！？${SCRIPT_STOPS}`;

/** Made on first use (once.ts): only a character from Thai up asks. */
const UNSPACED_CHAR = once(() => new RegExp(`^[${UNSPACED_SCRIPTS}]$`, 'u'));

/** Is the character whose code point starts (or, with `before`, ends) at `i` of a script written without spaces? */
export function unspacedAt(s: string, i: number, before = false): boolean {
  let j = i;
  if (before) {
    j = i - 1;
    const c = s.charCodeAt(j);
    if (c >= 0xdc00 && c <= 0xdfff && j > 0) j--;
  }
  if (j < 0 || j >= s.length) return false;
  const cp = s.codePointAt(j)!;
  if (cp < 0x0e00) return false; // Thai is the first of them
  return UNSPACED_CHAR().test(String.fromCodePoint(cp));
}
