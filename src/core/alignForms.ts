/**
 * One thing named by two parts of speech counts as one term of alignment: "Indonesian" and
 * "Indonesia", "presidential" and "president" (`related`: WordNet's pertainyms, see
 * `pertainyms.ts`). Unlike a synonym (alignTerms.ts, `synonymRemap`), such a word is the same
 * reference whichever text has which form, so every form either text has is counted as one of
 * them, in both texts.
 */
import { contentWords, type AlignDoc } from './alignTerms';

/** Key id → the key id it counts as: the forms of one thing the texts have, each counted as the first of them by key. */
export function formsRemap(docs: readonly AlignDoc[], related: (key: string) => readonly string[]): Map<number, number> {
  const idOf = new Map<string, number>();
  for (const d of docs) for (const t of contentWords(d)) idOf.set(t.key, t.id);
  const remap = new Map<number, number>();
  // Each key's forms that the texts have, as one set; its least key stands for it. A key with
  // no other form in the texts adds nothing (most keys): only the others are sorted and read.
  const roots: string[] = [];
  for (const key of idOf.keys()) if (hasOtherForm(key, related(key), idOf)) roots.push(key);
  for (const key of roots.sort()) {
    if (remap.has(idOf.get(key)!)) continue;
    const forms = [key];
    for (let i = 0; i < forms.length; i++) for (const r of related(forms[i]!)) if (idOf.has(r) && !forms.includes(r)) forms.push(r);
    for (const f of forms) if (f !== key) remap.set(idOf.get(f)!, idOf.get(key)!);
  }
  return remap;
}

/** Whether one of `forms` other than `key` is a key of the texts (a loop: no closure per key asked about). */
function hasOtherForm(key: string, forms: readonly string[], idOf: ReadonlyMap<string, number>): boolean {
  for (const r of forms) if (r !== key && idOf.has(r)) return true;
  return false;
}

/** Two remaps as one: `first`'s entries, then `second`'s, each leading where `first` takes its target. */
export function composeRemaps(first: ReadonlyMap<number, number>, second: ReadonlyMap<number, number> | undefined): Map<number, number> {
  const out = new Map(first);
  if (second) for (const [from, to] of second) if (!out.has(from)) out.set(from, first.get(to) ?? to);
  return out;
}
