/**
 * Language detection: which language and script a text is written in. Detection uses franc
 * (trigram profiles, loaded on first use: `load.ts`) and each lexicon's function words. How a
 * language's words are then read (its stemmer, its decimal mark) is `tokenizerContext.ts`.
 */
import { functionWordProfiles, lexiconFor } from './lexicon';
import { loadFranc } from './load';
import { once } from './once';
import { SENTENCE_STOPS } from './scripts';

export { iso6393Of } from './languageCodes';

/** How many characters of text franc looks at: enough to be sure, cheap enough for every compare. */
const SAMPLE = 700;

/**
 * Detects the language of a text as an ISO 639-3 code, or `und` when the text is too
 * short or too mixed to tell. Looks at a sample of running text (lines with sentence
 * punctuation), not headlines or chrome.
 */
export function detectLanguage(text: string): string {
  return readLanguage(text).language;
}

/**
 * `detectLanguage`, and the language its function words alone tell beyond doubt (`clear`,
 * else null), from one reading of the text's sample.
 */
export function readLanguage(text: string): { language: string; clear: string | null; guessed: boolean } {
  const sample = sampleOf(text);
  const clear = byFunctionWords(sample);
  const short = clear ? null : vocabularyHits(sample);
  const leading = short ? leader(short, 2, 2) : null;
  // `guessed`: franc's reading of letter trigrams, the function words naming none.
  return { language: clear ?? leading ?? (loadFranc()(sample, { minLength: 20, only: short ? candidates(short) : undefined }) || 'und'), clear, guessed: !clear && !leading };
}

/**
 * A text of fewer words than this is too short to be clear. The words of each language's lexicon
 * that it has (function words, and the words its detectors know: reporting verbs, negations,
 * pronouns, number words, week days and months) decide when they name one language ("Police
 * said at least 12 people died.", "Gunmen killed 40 villagers on Sunday.": two or more of them,
 * a fifth of its words, twice any other language's), and else name the languages franc may
 * choose from. Trigram statistics are a guess on so few letters, among some eighty languages:
 * franc read those sentences as French and Swedish, "Prices rose in March." as Romanian and "La
 * policía dijo que tres hombres murieron." as French ("la", "que": French function words too;
 * "dijo", "tres" are Spanish only). Not `clear`: too few words to call the text a translation.
 */
const SHORT_TEXT = 12;

/** How many of a short text's words are in each language's lexicon (see `SHORT_TEXT`); null for a longer text. */
function vocabularyHits(sample: string): FunctionWordHits | null {
  const words = sampleWords(sample);
  if (!words || words.length >= SHORT_TEXT) return null;
  const { codes, languagesOf } = vocabularyIndex();
  const hits = new Array<number>(codes.length).fill(0);
  for (const w of words) for (const k of languagesOf.get(w) ?? []) hits[k]!++;
  return { words: words.length, hits, codes };
}

let vocabulary: { codes: string[]; languagesOf: Map<string, number[]> } | null = null;
/** Word → the languages (indexes into `codes`) whose lexicon has it. */
function vocabularyIndex(): { codes: string[]; languagesOf: Map<string, number[]> } {
  if (!vocabulary) {
    const codes = functionWordProfiles().map(([code]) => code);
    const languagesOf = new Map<string, number[]>();
    codes.forEach((code, k) => {
      const lx = lexiconFor(code);
      const words = new Set([...lx.functionWords, ...lx.attributionVerbs, ...lx.negations, ...lx.denials, ...lx.pronouns, ...lx.numberWords.keys(), ...lx.dateWords]);
      for (const w of words) if (!w.includes(' ')) languagesOf.set(w, [...(languagesOf.get(w) ?? []), k]);
    });
    vocabulary = { codes, languagesOf };
  }
  return vocabulary;
}

/** The languages whose words a short text has, for franc to choose from (none: any). */
function candidates({ hits, codes }: FunctionWordHits): string[] | undefined {
  const found = codes.filter((_, k) => hits[k]! > 0);
  return found.length ? found : undefined;
}

/** How a line of running text ends: a sentence's stop, in any script ("。", "।"), and a closing mark. */
const SAMPLE_LINE_END = new RegExp(`[${SENTENCE_STOPS}]["”’»)]?$`, 'u');

/** A sample of running text (lines with sentence punctuation), not headlines or chrome. */
function sampleOf(text: string): string {
  let sample = '';
  // Line by line from the top, only as far as the sample needs (not a split of a long text).
  for (let from = 0; from <= text.length && sample.length < SAMPLE; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const t = text.slice(from, to).trim();
    from = to + 1;
    if (t.length < 40 || !SAMPLE_LINE_END.test(t)) continue;
    sample += (sample ? ' ' : '') + t;
  }
  if (sample.length < 60) sample = text.slice(0, SAMPLE);
  sample = sample.slice(0, SAMPLE);
  return sample;
}

/**
 * The fast path: in running text a fifth or more of the words are function words of its
 * language. When one language with a lexicon clearly leads on that count, it is the
 * answer; when none does (or two are close, as Spanish and Portuguese can be), franc
 * decides.
 */
function byFunctionWords(sample: string): string | null {
  const read = functionWordHits(sample);
  return read ? leader(read) : null;
}

interface FunctionWordHits {
  /** Words in the sample. */
  words: number;
  /** Per language (index into `codes`), how many of those words are its function words. */
  hits: number[];
  codes: string[];
}

/** How many of the sample's words are function words of each language; null below `min` words. */
function functionWordHits(sample: string, min = 12): FunctionWordHits | null {
  const words = sampleWords(sample);
  if (!words || words.length < min) return null;
  const { codes, languagesOf } = functionWordIndex();
  const hits = new Array<number>(codes.length).fill(0);
  for (const w of words) {
    // Most words are no function word of any language: nothing to count (no empty list made for each).
    const ks = languagesOf.get(w);
    if (ks) for (const k of ks) hits[k]!++;
  }
  return { words: words.length, hits, codes };
}

/** Letters (and what may join them), with an apostrophe inside a word: "l'eau", "don't". Made on first use (once.ts): most samples are ASCII. */
const WORD = once(() => /\p{L}+(?:'\p{L}+)?/gu);
/** The same words in a text whose letters are all ASCII (and in lower case). */
const ASCII_WORD = /[a-z]+(?:'[a-z]+)?/g;
/** A character that may be a letter beyond ASCII: not ASCII, nor a no-break space, dash or typographic quote. */
const BEYOND_ASCII = /[^\x00-\x7f\u00a0\u2010-\u201f]/;

/**
 * The words of a sample, in lower case. Most English samples have no letter beyond ASCII
 * (curly quotes and dashes are none): the ASCII pattern finds the same words there, and
 * about four times faster than the Unicode one.
 */
export function sampleWords(sample: string): string[] | null {
  const lower = sample.toLowerCase();
  return lower.match(BEYOND_ASCII.test(lower) ? WORD() : ASCII_WORD);
}

/**
 * The language whose function words clearly lead (a fifth of the words, `ratio` times the next,
 * at least `minHits` of them), else null.
 */
function leader({ words, hits, codes }: FunctionWordHits, ratio = 1.6, minHits = 0): string | null {
  let best = -1;
  let second = 0;
  hits.forEach((h, k) => {
    if (best < 0 || h > hits[best]!) {
      if (best >= 0) second = hits[best]!;
      best = k;
    } else if (h > second) second = h;
  });
  const bestHits = hits[best]!;
  return bestHits >= minHits && bestHits >= words * 0.2 && bestHits >= second * ratio ? codes[best]! : null;
}

/**
 * Below this share of `other`'s function words a text is not in `other`. Running text has far
 * more: in the English texts we measured (65 news texts, 700-character samples) never under a
 * quarter and a median of 0.40, while texts in nine other languages had at most 0.04 of English
 * function words (German 0.125, but German has its own table and leads on it).
 */
const FOREIGN_SHARE = 0.1;

/**
 * The language of a text that is beyond doubt not `other` (whose script is `otherScript`), or
 * null when the text may be in `other`, or when nothing tells which language it is in:
 * - written in another script than `other` (Arabic or Chinese for English): franc's guess, or
 *   `und` when franc cannot tell which;
 * - its function words name another language (`readLanguage(…).clear`);
 * - two close languages lead together (Spanish and Portuguese share many) while `other`'s function
 *   words are few, and franc names one of the two;
 * - `other`'s function words are far fewer than any running text in `other` has (under
 *   `FOREIGN_SHARE`), and franc names another language (Swahili, Turkish, Vietnamese: languages
 *   with no function-word table of their own);
 * - the same, franc naming `other`, and the words the text repeats are its own, not `other`'s
 *   function words (`repeatsOwnWords`): a language franc does not know (franc-min reads Haitian
 *   Creole as French), `und`.
 * `other` null (the canonical's language is in doubt) leaves only the script to tell.
 */
export function languageOtherThan(text: string, other: string | null, otherScript: string | null = null): string | null {
  const sample = sampleOf(text);
  if (otherScript) {
    const script = scriptOf(sample);
    if (script && script !== otherScript) {
      const guess = loadFranc()(sample, { minLength: 20 });
      return guess !== other && guess !== 'und' ? guess : 'und';
    }
  }
  if (!other) return null;
  const read = functionWordHits(sample);
  if (!read) return null;
  const clear = leader(read);
  if (clear) return clear === other ? null : clear;
  const best = Math.max(...read.hits);
  const k = read.codes.indexOf(other);
  const own = read.hits[k] ?? 0;
  if (k < 0 || own >= read.words * FOREIGN_SHARE) return closeLanguage(sample, read, other, best, own);
  const guess = loadFranc()(sample, { minLength: 20 });
  if (guess === other) return repeatsOwnWords(sample, k) ? 'und' : null;
  return guess !== 'und' ? guess : null;
}

/** A word a sample has this many times or more is one its language repeats (a function word, mostly). */
const REPEATED = 3;

/**
 * Whether the words a sample repeats (`REPEATED` times or more) are mostly not function words of
 * language `k` (an index into `functionWordProfiles()`), three of them at least. Running text in
 * any language repeats its own function words: a French text "de", "la", "les", a Haitian Creole
 * one "yo", "nan", "pou" (and "la", "a", which French has too). A list of names or headlines in
 * language `k`, with few of its function words, repeats hardly a word: still read as in it.
 */
function repeatsOwnWords(sample: string, k: number): boolean {
  const counts = new Map<string, number>();
  for (const w of sampleWords(sample) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const { languagesOf } = functionWordIndex();
  let own = 0;
  let others = 0;
  for (const [w, n] of counts) if (n >= REPEATED) languagesOf.get(w)?.includes(k) ? others++ : own++;
  return own >= 3 && own > others;
}

/** Two close languages lead together on function words while `other`'s are few: the one franc names, else null. */
function closeLanguage(sample: string, read: FunctionWordHits, other: string, best: number, own: number): string | null {
  if (best < read.words * 0.2 || own * 4 > best) return null;
  const guess = loadFranc()(sample, { minLength: 20 });
  const k = read.codes.indexOf(guess);
  return k >= 0 && guess !== other && read.hits[k]! * 1.6 >= best ? guess : null;
}

/**
 * Scripts told apart (Unicode script names); Han, Hiragana and Katakana count as one, as Japanese mixes them.
 * Made on first use (once.ts): a text of ASCII letters alone never asks.
 */
const SCRIPTS = once((): Array<[string, RegExp]> => [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Tamil', /\p{Script=Tamil}/u],
]);

/**
 * The script most letters of a text's sample are written in ('Latin', 'Cyrillic', 'Arabic',
 * 'Han', …), when it holds most of them (a Latin name or acronym in Arabic text does not
 * decide); null with fewer than 20 letters, no clear majority, or a script not listed.
 */
export function scriptOf(text: string): string | null {
  const s = text.slice(0, SAMPLE * 2);
  // ASCII letters, most of most texts, are counted apart: Latin, with no map entry nor regular expression each.
  let latin = 0;
  let others: Map<string, number> | null = null;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) {
        latin++;
        letters++;
      }
      continue;
    }
    // Typographic spaces, dashes and quotes (General Punctuation, U+2000–U+206F): no letters.
    if (code >= 0x2000 && code <= 0x206f) continue;
    // One character: a surrogate pair whole, as a string's iterator gives it.
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const ch = pair ? s.slice(i, i + 2) : s[i]!;
    if (pair) i++;
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    const hit = SCRIPTS().find(([, re]) => re.test(ch));
    if (hit?.[0] === 'Latin') latin++;
    else if (hit) (others ??= new Map()).set(hit[0], (others.get(hit[0]) ?? 0) + 1);
  }
  if (letters < 20) return null;
  if (latin > letters * 0.6) return 'Latin';
  for (const [name, n] of others ?? []) if (n > letters * 0.6) return name;
  return null;
}

/** The script of a text's running-text sample (`scriptOf` of what language detection reads). */
export function scriptOfText(text: string): string | null {
  return scriptOf(sampleOf(text));
}

let fwIndex: { codes: string[]; languagesOf: Map<string, number[]> } | null = null;
/** Function word → the languages (indexes into `codes`) that have it: one lookup per word of the sample. */
function functionWordIndex(): { codes: string[]; languagesOf: Map<string, number[]> } {
  if (!fwIndex) {
    const profiles = functionWordProfiles();
    const languagesOf = new Map<string, number[]>();
    profiles.forEach(([, set], k) => {
      for (const w of set) languagesOf.set(w, [...(languagesOf.get(w) ?? []), k]);
    });
    fwIndex = { codes: profiles.map(([code]) => code), languagesOf };
  }
  return fwIndex;
}
