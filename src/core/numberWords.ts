/**
 * Number words read off a token (a figure written in words, not in digits: "twenty", "three",
 * "thousand"): what a figure in words is made of, for the aligner (alignRuns.ts: "twenty-three
 * thousand" / "23,000") and time spans (timeSpans.ts: "forty-five years").
 */
import type { Token } from './text';

/** A tens word ("twenty" … "ninety"; not "20"). */
export function isTens(t: Token): boolean {
  return t.num !== null && t.num >= 20 && t.num <= 90 && t.num % 10 === 0 && !/\d/.test(t.norm);
}

/** A units word ("one" … "nine"; not "3"). */
export function isUnit(t: Token | undefined): boolean {
  return !!t && t.num !== null && Number.isInteger(t.num) && t.num >= 1 && t.num <= 9 && !/\d/.test(t.norm);
}

/** A number word that multiplies the figure before it ("hundred", "thousand", "million"; not "100"). */
export function isMultiplier(t: Token): boolean {
  return t.num !== null && t.num >= 100 && !/\d/.test(t.norm);
}
