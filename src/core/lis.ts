/** The longest increasing subsequence, by which the aligner tells the groups a copy moved out of the story's order. */

/** Longest increasing subsequence of `keys`; returns a membership mask. */
export function lisMask(keys: number[]): boolean[] {
  const tails: number[] = [];
  const prev = new Array<number>(keys.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < keys[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const mask = new Array<boolean>(keys.length).fill(false);
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) mask[k] = true;
  return mask;
}
