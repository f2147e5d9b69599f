/**
 * English word relations from WordNet 3.1, over the engine's comparison keys (stemmed,
 * spelling-folded: see `tokenize`). The table (`data/wordnet.ts`) is built at build time by
 * `scripts/build-synonyms.mjs` with the common senses only; it is parsed on first use.
 *
 * `relation(a, b)` says how two words' meanings stand: the same concept (`synonym`: "help" /
 * "aid"), one a kind of the other (`broader` / `narrower`: "attack" is broader than
 * "strike"), two kinds of one thing (`sibling`: "city" / "town"), one causing or entailing
 * the other (`causes`: "kill" → "die"), or nothing WordNet knows (`null`).
 */
import { WORDNET } from './data/wordnet';

export type Relation = 'synonym' | 'broader' | 'narrower' | 'sibling' | 'causes' | 'caused';

interface Table {
  /** Key → the synsets (line numbers) it belongs to. */
  byKey: Map<string, number[]>;
  /** Where each synset's line starts in `WORDNET` (one more entry: the end). */
  starts: Int32Array;
}

let table: Table | null = null;

/**
 * Reads the table once: only the keys are indexed up front (one pass over the string);
 * a synset's links and words are read from its line when asked for.
 */
function load(): Table {
  if (table) return table;
  const byKey = new Map<string, number[]>();
  const startList: number[] = [];
  const text = WORDNET;
  let at = 0;
  for (let line = 0; at <= text.length; line++) {
    startList.push(at);
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const gt = text.indexOf('>', at);
    const wordsEnd = gt >= 0 && gt < end ? gt : end;
    // After the part of speech and its space: the keys, space-separated.
    let w = at + 2;
    while (w < wordsEnd) {
      let sp = text.indexOf(' ', w);
      if (sp < 0 || sp > wordsEnd) sp = wordsEnd;
      const key = text.slice(w, sp);
      const l = byKey.get(key);
      if (l) l.push(line);
      else byKey.set(key, [line]);
      w = sp + 1;
    }
    at = end + 1;
  }
  startList.push(text.length + 1);
  return (table = { byKey, starts: Int32Array.from(startList) });
}

function lineOf(t: Table, s: number): string {
  return WORDNET.slice(t.starts[s]!, t.starts[s + 1]! - 1);
}

const ids = (s: string | undefined): number[] => (s ? s.split(',').map(Number) : []);

/** A synset's keys. */
function keysOf(t: Table, s: number): string[] {
  const line = lineOf(t, s);
  const gt = line.indexOf('>');
  return (gt < 0 ? line : line.slice(0, gt)).split(' ').slice(1);
}

/** A synset's hypernyms (`up`) or what it causes or entails (`causes`). */
function linksOf(t: Table, s: number, which: 'up' | 'causes'): number[] {
  const line = lineOf(t, s);
  const gt = line.indexOf('>');
  if (gt < 0) return [];
  const [hyper, cause] = line.slice(gt + 1).split(';');
  return ids(which === 'up' ? hyper : cause);
}

/** The keys that share a synset with `key` (itself excluded). */
export function synonymsOf(key: string): string[] {
  const t = load();
  const out = new Set<string>();
  for (const s of t.byKey.get(key) ?? []) for (const k of keysOf(t, s)) if (k !== key) out.add(k);
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
    const t = load();
    const own = t.byKey.get(key);
    out = !own || own.length > maxSenses ? NONE : synonymsOf(key).filter((k) => t.byKey.get(k)!.length <= maxSenses);
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
  return load().byKey.has(key);
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
  const t = load();
  const sa = t.byKey.get(a);
  const sb = t.byKey.get(b);
  if (!sa || !sb) return null;
  const inA = new Set(sa);
  const inB = new Set(sb);
  if (sa.some((s) => inB.has(s))) return 'synonym';
  const meets = (from: readonly number[], to: Set<number>): boolean => from.some((s) => linksOf(t, s, 'causes').some((l) => to.has(l)));
  if (meets(sa, inB)) return 'causes';
  if (meets(sb, inA)) return 'caused';
  const upOf = (from: Iterable<number>): Set<number> => {
    const out = new Set<number>();
    for (const s of from) for (const l of linksOf(t, s, 'up')) out.add(l);
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
