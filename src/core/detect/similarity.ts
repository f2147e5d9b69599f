/** How alike two words, or two bags of words, are. */
import { distance } from 'fastest-levenshtein';
import type { Token } from '../text';
import { commonPrefix } from '../strings';
import { isEnglish, type Lexicon } from '../lexicon';
import { relation } from '../synonyms';

/** The Dice coefficient of the content-word keys of two token lists. */
export function keyDice(a: Token[], b: Token[]): number {
  const ka = new Set(a.filter((t) => t.content).map((t) => t.key));
  const kb = new Set(b.filter((t) => t.content).map((t) => t.key));
  if (ka.size + kb.size === 0) return 0;
  let ov = 0;
  for (const k of ka) if (kb.has(k)) ov++;
  return (2 * ov) / (ka.size + kb.size);
}

/**
 * How much two different words look alike, 0 when they do not: a long shared beginning
 * (constellation / constants) or a small edit distance (convinced / convicted), measured
 * on stems.
 */
export function lookalike(a: string, b: string): number {
  if (a === b || a.startsWith(b) || b.startsWith(a)) return 0;
  const cp = commonPrefix(a, b);
  const L = Math.max(a.length, b.length);
  const prefixed = cp >= 4 && cp >= 0.5 * Math.min(a.length, b.length);
  // The edit distance is at least the difference in length: words of lengths too far apart
  // and no long shared beginning are not alike, and their distance need not be measured.
  if (!prefixed && (L < 5 || L - Math.min(a.length, b.length) > Math.floor(L * 0.34))) return 0;
  const d = distance(a, b);
  const alike = prefixed || d <= Math.floor(L * 0.34);
  return alike ? cp / L + 1 - d / L : 0;
}

/** Does the set hold the key, or a name spelled a letter or two differently? */
export function hasKeyLike(keys: ReadonlySet<string>, key: string): boolean {
  if (keys.has(key)) return true;
  if (key.length < 5) return false;
  for (const k of keys) {
    if (k.length < 5 || k[0] !== key[0]) continue;
    const most = Math.floor(Math.max(k.length, key.length) * 0.25);
    // (The edit distance is at least the difference in length.)
    if (Math.abs(k.length - key.length) <= most && distance(k, key) <= most) return true;
  }
  return false;
}

/** Whether two keys mean the same by WordNet: synonyms, or each broader than the other ("home" / "house": senses that overlap). English only. */
export function sameMeaning(a: string, b: string, lex: Lexicon): boolean {
  if (a === b || !isEnglish(lex)) return a === b;
  const r = relation(a, b);
  return r === 'synonym' || (r === 'broader' && relation(b, a) === 'broader');
}

/** Whether the keys hold another word of the same meaning as `key` (`sameMeaning`). */
export function synonymIn(key: string, keys: ReadonlySet<string>, lex: Lexicon): boolean {
  if (!isEnglish(lex)) return false;
  for (const k of keys) if (k !== key && sameMeaning(key, k, lex)) return true;
  return false;
}
