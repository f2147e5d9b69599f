/**
 * Sentences carried word for word: the pairs of a canonical and an article sentence with the
 * same comparison keys in the same order, each the only one with them on its side. Found by a
 * numeric hash of the key ids (no key string per sentence), every hash match checked id by id.
 * A reporting verb's irregular form counts as its base form's key ("… he said." / "… he says.":
 * the same words reported in another tense; the lexicon's `baseForms`, `baseFormIds`).
 */
import { tokenize, type Token, type TokenizerContext } from './text';

interface Entry {
  tokens: Token[];
  /** Sentences with these keys on each side: the first, and how many. */
  c: number;
  cCount: number;
  a: number;
  aCount: number;
  /** All of them, in order, once a side has two (else null). */
  cAll: number[] | null;
  aAll: number[] | null;
  /** The next entry with the same hash. */
  next: Entry | null;
}

/** The id a word is carried word for word by. */
export type CarriedAs = (t: Token) => number;
const ownId: CarriedAs = (t) => t.id;

const baseIds = new WeakMap<TokenizerContext, CarriedAs>();

/**
 * The id each word is carried word for word by, in the language of `ctx`: its key's, or for an
 * irregular form of a reporting verb (the lexicon's `baseForms`: "said", "told"), its base form's
 * ("say", whose key "says" shares). Worked out once per context.
 */
export function baseFormIds(ctx: TokenizerContext): CarriedAs {
  let f = baseIds.get(ctx);
  if (f) return f;
  const forms = ctx.lexicon.baseForms;
  const idOf = (w: string): number | undefined => tokenize(w, 0, w.length, ctx)[0]?.id;
  const map = new Map<number, number>();
  for (const [form, base] of forms ?? []) {
    const [from, to] = [idOf(form), idOf(base)];
    if (from !== undefined && to !== undefined && from !== to) map.set(from, to);
  }
  f = map.size ? (t) => map.get(t.id) ?? t.id : ownId;
  baseIds.set(ctx, f);
  return f;
}

/** A 52-bit hash of the ids `tokens` are carried by. */
function hashIds(tokens: Token[], idOf: CarriedAs): number {
  let h1 = 0x811c9dc5;
  let h2 = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const id = idOf(tokens[i]!);
    h1 = Math.imul(h1 ^ id, 16777619);
    h2 = Math.imul(h2 ^ (id + 0x9e3779b9), 0x85ebca6b) ^ (h2 >>> 13);
  }
  return (h1 >>> 0) * 0x100000 + (h2 >>> 12);
}

function sameIds(x: Token[], y: Token[], idOf: CarriedAs): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i]!.id !== y[i]!.id && idOf(x[i]!) !== idOf(y[i]!)) return false;
  return true;
}

/**
 * The sentences carried word for word: `once`, the `[canonical, article]` pairs (by index) of
 * sentences found once on each side, in canonical order; `repeated`, for a sentence found as many
 * times on each side and more than once ("Never.", a script's "(MUSIC)"), the k-th on one side with
 * the k-th on the other. Only sentences that `use` accepts and that have tokens take part; `idOf`,
 * the id each word is carried by (its key's, `baseFormIds`).
 */
export function exactPairs(
  canonical: readonly Token[][],
  article: readonly Token[][],
  use: (side: 'c' | 'a', i: number) => boolean,
  idOf: CarriedAs = ownId,
): { once: Array<[number, number]>; repeated: Array<[number, number]> } {
  const byHash = new Map<number, Entry>();
  const entries: Entry[] = [];
  const add = (side: 'c' | 'a', tokens: readonly Token[][]): void => {
    for (let i = 0; i < tokens.length; i++) {
      const ts = tokens[i]!;
      if (ts.length === 0 || !use(side, i)) continue;
      const h = hashIds(ts, idOf);
      const first = byHash.get(h);
      let e: Entry | null = first ?? null;
      while (e && !sameIds(e.tokens, ts, idOf)) e = e.next;
      if (!e) {
        e = { tokens: ts, c: -1, cCount: 0, a: -1, aCount: 0, cAll: null, aAll: null, next: first ?? null };
        byHash.set(h, e);
        entries.push(e);
      }
      if (side === 'c') {
        if (e.cCount++ === 0) e.c = i;
        else (e.cAll ??= [e.c]).push(i);
      } else if (e.aCount++ === 0) e.a = i;
      else (e.aAll ??= [e.a]).push(i);
    }
  };
  add('c', canonical);
  add('a', article);
  const once: Array<[number, number]> = [];
  const repeated: Array<[number, number]> = [];
  for (const e of entries) {
    if (e.cCount === 1 && e.aCount === 1) once.push([e.c, e.a]);
    else if (e.cAll && e.aAll && e.cCount === e.aCount) e.cAll.forEach((c, k) => repeated.push([c, e.aAll![k]!]));
  }
  return { once, repeated: repeated.sort((x, y) => x[0] - y[0]) };
}
