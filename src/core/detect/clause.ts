/** Clauses: a run of words dropped from, or added to, a sentence. */

/** A run of `n` changed content words facing `repl` new ones in the same place is rewording, not a dropped or added clause. */
export function reworded(n: number, repl: number): boolean {
  return repl >= 1 && n <= 2 * repl + 2;
}
