/**
 * One place or people named in two forms: "Iran" / "Iranian", "Kenya" / "Kenyans", "Iraq" /
 * "Iraqi", "Sudan" / "Sudanese", "Pakistan" / "Pakistan's", and in English WordNet's
 * "France" / "French". The engine's one answer to "is this the same name in another form?",
 * asked by the cross-sentence fact check (are two statements about one place?), by the name
 * detector (is a changed name a misspelling, or the same name as a demonym?), and by the
 * name-dropped and meaning detectors (does the copy keep a dropped name in another form?).
 * Words as the engine's `norm`s (lower case) and comparison `key`s.
 */
import { pertainymsOf } from './pertainyms';
import { commonPrefix } from './strings';

/** Endings that make a place's name its people's or its adjective, or inflect it. */
const NAME_FORM_ENDING = /^(?:n|an|ian|i|is|ese|ish|ic|s|es|'s|ans|ians|ns|ite|ites)$/;

/** The shortest name whose forms are read (shorter ones are too often another word's start: "Ur" / "Urban"). */
const MIN_NAME = 4;

/** Whether `long` is `short` (four letters or more) with a demonym or inflection ending. */
export function isNameForm(short: string, long: string): boolean {
  return short.length >= MIN_NAME && long.length > short.length && long.startsWith(short) && NAME_FORM_ENDING.test(long.slice(short.length));
}

/** Whether two words name one place or people: the same word, or one a form of the other ("India" / "Indian"). */
export function samePlaceName(x: string, y: string): boolean {
  if (x === y) return true;
  return x.length < y.length ? isNameForm(x, y) : isNameForm(y, x);
}

/** A word as the place-name checks read it: its lower-case form and its comparison key. */
export interface NameWord {
  norm: string;
  key: string;
}

/** Whether WordNet (English) gives one word as the other's pertainym: "France" / "French", "Netherlands" / "Dutch". */
function pertain(x: NameWord, y: NameWord, english: boolean): boolean {
  return english && pertainymsOf(x.key).includes(y.key);
}

/** Whether two words name one place or people: `samePlaceName` by spelling, or in English one the other's pertainym. */
export function samePlace(x: NameWord, y: NameWord, english: boolean): boolean {
  return samePlaceName(x.norm, y.norm) || pertain(x, y, english);
}

/**
 * Whether two capitalised words are one name in two forms. In English, WordNet's pertainyms
 * first, by the words' keys ("France" / "French", "Netherlands" / "Dutch", "Peru" /
 * "Peruvian"); then by spelling, looser than `samePlaceName` (a name beside a changed name
 * is more likely its other form than a new name): they share their first four letters
 * ("Iran" / "Iranian", "Syria's" / "Syrian"), or their
 * first three and the longer ends as an adjective of a place or a people does, in "-ian",
 * "-ean", "-ese", "-ish" or "-ic" ("Mars" / "Martian"; not "Malta" / "Malaysia").
 */
export function formsOfOneName(x: NameWord, y: NameWord, english: boolean): boolean {
  if (pertain(x, y, english)) return true;
  const p = commonPrefix(x.norm, y.norm);
  if (p >= 4) return true;
  const long = x.norm.length >= y.norm.length ? x.norm : y.norm;
  return p >= 3 && long.length > p + 2 && /(?:ian|ean|ese|ish|ic)$/.test(long);
}
