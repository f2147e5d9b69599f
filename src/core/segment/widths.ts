/**
 * How wide a line is as a wrap counts it (lines.ts): in characters, in UTF-8 bytes as `fold`
 * counts them, or on screen, where combining marks take no room; and where a wrap may break it.
 */

/**
 * A blank a line may be broken at. No-break spaces (U+00A0, U+202F, U+2007: French typography
 * sets them inside guillemets and between a figure and its unit) glue their neighbours into
 * one word, which a wrap moves down whole.
 */
export const isBreakable = (c: number): boolean =>
  c === 32 || c === 9 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a && c !== 0x2007) || c === 0x205f || c === 0x3000;

/** The UTF-8 bytes of text[from, to): what `fold` counts, for it wraps bytes, not characters. */
export function utf8Length(text: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // 2 bytes to U+07FF, 3 to U+FFFF; a surrogate pair is 4 bytes for its 2 code units.
    if (c > 0x7f) n += c > 0x7ff && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/**
 * A combining mark of the Latin, Greek and Cyrillic scripts (a tone mark or an accent typed apart
 * from its letter: Combining Diacritical Marks and their supplements). A character class without
 * properties: the test runs on every wrapped block.
 */
export const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/** The width of text[from, to) on screen: its characters but combining marks (and the second half of a surrogate pair). */
export function columnCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300) n++;
    else if (!(c >= 0xdc00 && c <= 0xdfff) && !COMBINING.test(text[i]!)) n++;
  }
  return n;
}
