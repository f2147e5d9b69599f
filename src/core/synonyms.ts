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
  /** Synset → its hypernyms. */
  up: number[][];
  /** Synset → what it causes or entails (verbs). */
  causes: number[][];
  /** Synset → its keys. */
  keys: string[][];
}

let table: Table | null = null;

const ids = (s: string): number[] => (s ? s.split(',').map(Number) : []);

function load(): Table {
  if (table) return table;
  const byKey = new Map<string, number[]>();
  const up: number[][] = [];
  const causes: number[][] = [];
  const keys: string[][] = [];
  const lines = WORDNET.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const gt = line.indexOf('>');
    const words = (gt < 0 ? line : line.slice(0, gt)).split(' ').slice(1);
    const [hyper = '', cause = ''] = gt < 0 ? [] : line.slice(gt + 1).split(';');
    up.push(ids(hyper));
    causes.push(ids(cause));
    keys.push(words);
    for (const w of words) {
      const l = byKey.get(w);
      if (l) l.push(i);
      else byKey.set(w, [i]);
    }
  }
  return (table = { byKey, up, causes, keys });
}

/** The keys that share a synset with `key` (itself excluded). */
export function synonymsOf(key: string): string[] {
  const t = load();
  const out = new Set<string>();
  for (const s of t.byKey.get(key) ?? []) for (const k of t.keys[s]!) if (k !== key) out.add(k);
  return [...out];
}

/**
 * The keys that share a synset with `key`, when both have few common senses (at most
 * `maxSenses` synsets each): a synonym that holds whatever the sense, safe to link by.
 */
export function plainSynonymsOf(key: string, maxSenses = 2): string[] {
  const t = load();
  const own = t.byKey.get(key);
  if (!own || own.length > maxSenses) return [];
  return synonymsOf(key).filter((k) => t.byKey.get(k)!.length <= maxSenses);
}

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
  const t = load();
  const sa = t.byKey.get(a);
  const sb = t.byKey.get(b);
  if (!sa || !sb) return null;
  const inA = new Set(sa);
  const inB = new Set(sb);
  if (sa.some((s) => inB.has(s))) return 'synonym';
  const meets = (from: readonly number[], links: number[][], to: Set<number>): boolean =>
    from.some((s) => links[s]!.some((l) => to.has(l)));
  if (meets(sa, t.causes, inB)) return 'causes';
  if (meets(sb, t.causes, inA)) return 'caused';
  const upOf = (from: Iterable<number>): Set<number> => {
    const out = new Set<number>();
    for (const s of from) for (const l of t.up[s]!) out.add(l);
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
