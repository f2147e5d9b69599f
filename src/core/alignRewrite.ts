/**
 * What a rewrite at low overlap keeps when it changes most of the words: the figures and the
 * meaning of the words. Used by align.ts to link two sentences that share few words but
 * these: a figure both give ("30,000 people" / "a combined population of 30,000"), and a
 * word the other says in a synonym ("quake" / "earthquake").
 */
import type { Token } from './text';

/** The smallest figure that tells a statement apart: one-digit counts ("2 people", "3 days") are said of many things. */
const MIN_FIGURE = 10;

/** Whether a token is a figure written in digits of at least `MIN_FIGURE` ("30,000", "$50", "7.6" is not). */
function isFigure(t: Token): boolean {
  return t.num !== null && Math.abs(t.num) >= MIN_FIGURE && /\d/.test(t.norm);
}

/**
 * Whether two sentences give one figure written in digits ("30,000" / "30,000", "$50" /
 * "50"), with at least `MIN_FIGURE`: a figure is what a rewrite keeps when it changes the words.
 */
export function sharesFigure(c: readonly Token[], a: readonly Token[]): boolean {
  const values = new Set<number>();
  for (const t of c) if (isFigure(t)) values.add(t.num!);
  if (values.size === 0) return false;
  for (const t of a) if (isFigure(t) && values.has(t.num!)) return true;
  return false;
}
