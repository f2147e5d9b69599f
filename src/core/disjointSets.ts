/**
 * Disjoint sets over the numbers 0 … n-1 (union–find, with path halving): which set each number
 * is in. The versions' lineage (`lineage.ts`, its spanning forest) and the added rows of the matrix
 * (`matrixAdded.ts`, their clusters) use it.
 */
export class DisjointSets {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  /** The representative of the set that holds `i`. */
  find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  }
  /** Puts the set of `child` (a representative) into the set of `root` (another), whose representative it keeps. */
  link(child: number, root: number): void {
    this.parent[child] = root;
  }
}
