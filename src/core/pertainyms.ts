/**
 * English pertainyms from WordNet 3.1, over the engine's comparison keys: an adjective and the
 * noun it pertains to ("Indonesian" / "Indonesia", "Chinese" / "China", "presidential" /
 * "president"). The table (`data/pertainyms.ts`) is built at build time by
 * `scripts/build-synonyms.mjs`; it is read on first use.
 */
import { PERTAINYMS } from './data/pertainyms';

let table: Map<string, string[]> | null = null;

function load(): Map<string, string[]> {
  if (table) return table;
  table = new Map();
  for (const line of PERTAINYMS.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp < 0) continue;
    const a = line.slice(0, sp);
    const b = line.slice(sp + 1);
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const l = table.get(x);
      if (l) l.push(y);
      else table.set(x, [y]);
    }
  }
  return table;
}

const NONE: readonly string[] = [];

/** The keys that name the same thing as `key` by another part of speech (the adjective of a noun, the noun of an adjective). */
export function pertainymsOf(key: string): readonly string[] {
  return load().get(key) ?? NONE;
}
