/**
 * English word relations from WordNet 3.1, over the engine's comparison keys (stemmed,
 * spelling-folded: see `tokenize`). The table (`data/wordnet.ts`) is built at build time by
 * `scripts/build-synonyms.mjs` with the common senses only, and its keys' index with it; nothing is parsed up front.
 *
 * `relation(a, b)` says how two words' meanings stand: the same concept (`synonym`: "help" /
 * "aid"), one a kind of the other (`broader` / `narrower`: "attack" is broader than
 * "strike"), two kinds of one thing (`sibling`: "city" / "town"), one causing or entailing
 * the other (`causes`: "kill" → "die"), or nothing WordNet knows (`null`).
 */
import { WORDNET, WORDNET_KEYS } from './data/wordnet';

export type Relation = 'synonym' | 'broader' | 'narrower' | 'sibling' | 'causes' | 'caused';

/** Where each synset's line starts in `WORDNET` (one more entry: the end), found on first use. */
let starts: Int32Array | null = null;

function lineStarts(): Int32Array {
  if (starts) return starts;
  const list: number[] = [0];
  for (let at = WORDNET.indexOf('\n'); at >= 0; at = WORDNET.indexOf('\n', at + 1)) list.push(at + 1);
  list.push(WORDNET.length + 1);
  return (starts = Int32Array.from(list));
}

/**
 * Where a key's line of `WORDNET_KEYS` lists its synsets (from the space after the key to the
 * line's end), or null for a key WordNet does not have: a binary search in the sorted lines,
 * in the string itself. The index is made at build time (scripts/build-synonyms.mjs): a Map of
 * the 13,000 keys made when the engine starts, each sliced out of `WORDNET`, cost every process
 * some 100 million instructions before its first comparison, and a comparison asks for a few
 * hundred keys (news of 10,000 sentences: some 6,000).
 */
function keyLine(key: string): { from: number; to: number } | null {
  const K = WORDNET_KEYS;
  let lo = 0;
  let hi = K.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The line `mid` is on (lo is always a line's start).
    const s = mid === 0 ? 0 : K.lastIndexOf('\n', mid - 1) + 1;
    const e = K.indexOf(' ', s);
    const n = e - s;
    let i = 0;
    while (i < n && i < key.length && K.charCodeAt(s + i) === key.charCodeAt(i)) i++;
    const order = i === key.length ? (i === n ? 0 : -1) : i === n ? 1 : key.charCodeAt(i) - K.charCodeAt(s + i);
    let next = K.indexOf('\n', e);
    if (next < 0) next = K.length;
    if (order === 0) return { from: e + 1, to: next };
    if (order < 0) hi = s;
    else lo = next + 1;
  }
  return null;
}

/** The synsets (line numbers of `WORDNET`) a key belongs to, in order; undefined for a key WordNet does not have. */
function synsetsOf(key: string): number[] | undefined {
  const at = keyLine(key);
  if (!at) return undefined;
  const out: number[] = [];
  const K = WORDNET_KEYS;
  let v = 0;
  for (let i = at.from; i < at.to; i++) {
    const c = K.charCodeAt(i);
    if (c === 44 /* , */) {
      out.push(v);
      v = 0;
    } else v = v * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  out.push(v);
  return out;
}

/** How many synsets a key belongs to (0 for a key WordNet does not have). */
function sensesOf(key: string): number {
  const at = keyLine(key);
  if (!at) return 0;
  let n = 1;
  for (let i = WORDNET_KEYS.indexOf(',', at.from); i >= 0 && i < at.to; i = WORDNET_KEYS.indexOf(',', i + 1)) n++;
  return n;
}

function lineOf(s: number): string {
  const at = lineStarts();
  return WORDNET.slice(at[s]!, at[s + 1]! - 1);
}

const ids = (s: string | undefined): number[] => (s ? s.split(',').map(Number) : []);

/** A synset's keys. */
function keysOf(s: number): string[] {
  const line = lineOf(s);
  const gt = line.indexOf('>');
  return (gt < 0 ? line : line.slice(0, gt)).split(' ').slice(1);
}

/** A synset's hypernyms (`up`) or what it causes or entails (`causes`). */
function linksOf(s: number, which: 'up' | 'causes'): number[] {
  const line = lineOf(s);
  const gt = line.indexOf('>');
  if (gt < 0) return [];
  const [hyper, cause] = line.slice(gt + 1).split(';');
  return ids(which === 'up' ? hyper : cause);
}

/** The keys that share a synset with `key` (itself excluded). */
export function synonymsOf(key: string): string[] {
  const out = new Set<string>();
  for (const s of synsetsOf(key) ?? []) for (const k of keysOf(s)) if (k !== key) out.add(k);
  return [...out];
}

/**
 * The keys that share a synset with `key`, when both have few common senses (at most
 * `maxSenses` synsets each): a synonym that holds whatever the sense, safe to link by.
 */
export function plainSynonymsOf(key: string, maxSenses = 2): readonly string[] {
  // One table per sense limit, looked up by the key itself (no joined string to make and hash per
  // call), asked first: it also remembers the keys that have none (most words of a text, asked
  // again in every comparison), which WordNet's whole table would be searched for each time.
  let memo = plainMemo.get(maxSenses);
  if (!memo) plainMemo.set(maxSenses, (memo = new Map()));
  let out = memo.get(key);
  if (!out) {
    const own = sensesOf(key);
    out = own === 0 || own > maxSenses ? NONE : synonymsOf(key).filter((k) => sensesOf(k) <= maxSenses);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, out);
  }
  return out;
}

const NONE: readonly string[] = [];
/** Sense limit → key → its plain synonyms. */
const plainMemo = new Map<number, Map<string, readonly string[]>>();

/** Whether WordNet (its common senses) knows the key. */
export function knows(key: string): boolean {
  return keyLine(key) !== null;
}

/**
 * How the meaning of `b` stands to that of `a` (see the module comment): `broader` when `b`
 * is a more general term than `a`, `causes` when `a` causes or entails `b`; null when
 * unrelated or unknown.
 */
export function relation(a: string, b: string): Relation | null {
  if (a === b) return 'synonym';
  const memoKey = a + '\u0000' + b;
  const known = memo.get(memoKey);
  if (known !== undefined) return known;
  const r = relationOf(a, b);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(memoKey, r);
  return r;
}

/** Relations asked for before (a comparison asks about the same few pairs again and again). */
const memo = new Map<string, Relation | null>();
const MEMO_LIMIT = 50_000;

function relationOf(a: string, b: string): Relation | null {
  const sa = synsetsOf(a);
  const sb = synsetsOf(b);
  if (!sa || !sb) return null;
  const inA = new Set(sa);
  const inB = new Set(sb);
  if (sa.some((s) => inB.has(s))) return 'synonym';
  const meets = (from: readonly number[], to: Set<number>): boolean => from.some((s) => linksOf(s, 'causes').some((l) => to.has(l)));
  if (meets(sa, inB)) return 'causes';
  if (meets(sb, inA)) return 'caused';
  const upOf = (from: Iterable<number>): Set<number> => {
    const out = new Set<number>();
    for (const s of from) for (const l of linksOf(s, 'up')) out.add(l);
    return out;
  };
  const upA = upOf(sa);
  const upB = upOf(sb);
  if (sb.some((s) => upA.has(s))) return 'broader';
  if (sa.some((s) => upB.has(s))) return 'narrower';
  for (const s of upA) if (upB.has(s)) return 'sibling';
  const up2A = upOf(upA);
  if (sb.some((s) => up2A.has(s))) return 'broader';
  const up2B = upOf(upB);
  if (sa.some((s) => up2B.has(s))) return 'narrower';
  return null;
}
