/**
 * `list.map(f)` as a loop that fills a new list by push. The lists the engine's steps hand
 * one another (a text's token lists, the aligner's term lists and vectors) are then always of
 * one kind to V8 (packed elements), whichever tier of its code made them. A `map` whose
 * callback V8 deoptimises part way finishes in a builtin that leaves a holey list instead, and
 * every function compiled for the packed kind is deoptimised in turn when it meets one (seen
 * on the seed pairs some 500 calls in, in the calls the bench times).
 */
export function mapList<T, U>(list: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i]!, i));
  return out;
}

/**
 * A list of integers sorted as numbers, in a typed array of its own (a typed array sorts with no
 * comparator). Filled by a loop: `Int32Array.from` of a short list costs about twice as much.
 */
export function sortedInts(list: readonly number[]): Int32Array {
  const out = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  return out.sort();
}
