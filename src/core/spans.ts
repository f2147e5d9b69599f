/**
 * Offsets and spans of a text, with no idea of words: an offset held within bounds, and
 * whether spans meet.
 */
import type { Span } from './types';

/** `x` held within `lo` and `hi` (`lo` for NaN): an offset within a text, a setting within its range. */
export function clamp(x: number, lo: number, hi: number): number {
  return x > lo ? (x < hi ? x : hi) : lo;
}

/** Whether two spans share a character (an empty span: stands strictly inside the other). */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether a span shares a character with one of `spans` (neither when either is missing). */
export function overlapsAny(s: Span | undefined, spans: readonly Span[] | undefined): boolean {
  if (!s || !spans) return false;
  for (const t of spans) if (overlaps(s, t)) return true;
  return false;
}

/** Whether a span of `p` shares a character with a span of `q`. */
export function anyOverlaps(p: readonly Span[], q: readonly Span[]): boolean {
  return p.some((x) => overlapsAny(x, q));
}
