/**
 * Sentences carried word for word: the pairs of a canonical and an article sentence with the
 * same comparison keys in the same order, each the only one with them on its side. Found by a
 * numeric hash of the key ids (no key string per sentence), every hash match checked id by id.
 */
import type { Token } from './text';

interface Entry {
  tokens: Token[];
  /** Sentences with these keys on each side: the first, and how many. */
  c: number;
  cCount: number;
  a: number;
  aCount: number;
  /** The next entry with the same hash. */
  next: Entry | null;
}

/** A 52-bit hash of the key ids of `tokens`. */
function hashIds(tokens: Token[]): number {
  let h1 = 0x811c9dc5;
  let h2 = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const id = tokens[i]!.id;
    h1 = Math.imul(h1 ^ id, 16777619);
    h2 = Math.imul(h2 ^ (id + 0x9e3779b9), 0x85ebca6b) ^ (h2 >>> 13);
  }
  return (h1 >>> 0) * 0x100000 + (h2 >>> 12);
}

function sameIds(x: Token[], y: Token[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i]!.id !== y[i]!.id) return false;
  return true;
}

/**
 * The `[canonical, article]` pairs of sentences (by index) carried word for word, once on each
 * side, in canonical order. Only sentences that `use` accepts and that have tokens take part.
 */
export function exactPairs(
  canonical: readonly Token[][],
  article: readonly Token[][],
  use: (side: 'c' | 'a', i: number) => boolean,
): Array<[number, number]> {
  const byHash = new Map<number, Entry>();
  const entries: Entry[] = [];
  const add = (side: 'c' | 'a', tokens: readonly Token[][]): void => {
    for (let i = 0; i < tokens.length; i++) {
      const ts = tokens[i]!;
      if (ts.length === 0 || !use(side, i)) continue;
      const h = hashIds(ts);
      const first = byHash.get(h);
      let e: Entry | null = first ?? null;
      while (e && !sameIds(e.tokens, ts)) e = e.next;
      if (!e) {
        e = { tokens: ts, c: -1, cCount: 0, a: -1, aCount: 0, next: first ?? null };
        byHash.set(h, e);
        entries.push(e);
      }
      if (side === 'c') {
        if (e.cCount++ === 0) e.c = i;
      } else if (e.aCount++ === 0) e.a = i;
    }
  };
  add('c', canonical);
  add('a', article);
  const out: Array<[number, number]> = [];
  for (const e of entries) if (e.cCount === 1 && e.aCount === 1) out.push([e.c, e.a]);
  return out;
}
