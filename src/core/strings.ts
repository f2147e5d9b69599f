/** Small string helpers with no idea of words or sentences. */

/** A string with the characters a regular expression reads as syntax escaped: it matches itself. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a character is white space (none is: the end of a text). */
export function isSpace(c: string | undefined): boolean {
  return !!c && /\s/.test(c);
}

/** Length of the common prefix of two strings. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
