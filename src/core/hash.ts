/**
 * A short, stable content hash for ids (not for security): 53 bits of cyrb53, as 11
 * base-36 digits. The same content gives the same id on every run and machine.
 */
export function contentHash(s: string, seed = 0): string {
  return base36(hash53(s, seed)).padStart(11, '0');
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A non-negative integer below 2^53 in base 36, as `toString(36)` writes it: each digit is
 * exact (`%` and the division of a multiple of 36 are exact there), about three times faster
 * than the general conversion, which also reads fractions (every finding's id is one).
 */
function base36(n: number): string {
  let out = '';
  do {
    const r = n % 36;
    out = DIGITS[r]! + out;
    n = (n - r) / 36;
  } while (n > 0);
  return out;
}

/** The 53-bit cyrb53 hash of a string, as a number. */
export function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** FNV-1a over `s.slice(from, to)`, kept to 30 bits (a small integer: a set of them allocates nothing per entry). */
export function partHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5 & PART_MASK;
  for (let i = from; i < to; i++) h = partHashOn(h, s.charCodeAt(i));
  return h;
}

/** `partHash` of a string one code unit `c` longer than the one whose hash is `h`. */
export function partHashOn(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619) & PART_MASK;
}

const PART_MASK = 0x3fffffff;
