/** Small string helpers with no idea of words or sentences. */

/** A string with the characters a regular expression reads as syntax escaped: it matches itself. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a character is white space (none is: the end of a text). */
export function isSpace(c: string | undefined): boolean {
  return !!c && /\s/.test(c);
}

/**
 * How many words `text` has (runs of characters other than white space, as `/\S+/g` matches
 * them), counted no further than `max + 1`: whether a text has more than `max` words, read
 * without a list of its words (a long article's whole text: hundreds of thousands of strings).
 */
export function wordsUpTo(text: string, max: number): number {
  const word = /\S+/g;
  let n = 0;
  while (n <= max && word.test(text)) n++;
  return n;
}

/** Length of the common prefix of two strings. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
