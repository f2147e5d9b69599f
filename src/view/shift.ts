/**
 * Offsets of a compared text after the document was edited: the comparison stays
 * valid for the text it was made on, and the edits made since (a quick fix, typing)
 * are replayed over its offsets until the next comparison replaces it. A span an
 * edit touched has no place any more. Pure (no `vscode` import).
 */
import type { Span } from '../core/types';

/** One change of a document: `[start, end)` of the text before it replaced by `text`. */
export interface Change {
  start: number;
  end: number;
  text: string;
}

export class OffsetShift {
  /** Changes in the order they happened, each in the offsets of the text before it. */
  private readonly changes: Change[] = [];

  get edited(): boolean {
    return this.changes.length > 0;
  }

  /**
   * Records the changes of one document event. VS Code reports the changes of one event
   * in offsets of the text before the event, non-overlapping; they are replayed last
   * first, so each keeps the offsets it was given.
   */
  record(changes: readonly Change[]): void {
    for (const c of [...changes].sort((a, b) => b.start - a.start)) this.changes.push({ start: c.start, end: c.end, text: c.text });
  }

  /**
   * Where a span of the original text stands now, or null when a change touched it
   * (replaced any of it, or inserted text strictly inside it). Text inserted exactly at
   * the start of a span goes before it; at its end, after it. An empty span (a point)
   * moves after text inserted at it and is lost when a change removes text around it.
   */
  span(s: Span): Span | null {
    let start = s.start;
    let end = s.end;
    for (const c of this.changes) {
      if (c.end <= start) {
        const delta = c.text.length - (c.end - c.start);
        start += delta;
        end += delta;
      } else if (c.start < end) return null;
    }
    return { start, end };
  }

  /**
   * Where a span of the original text stands now, or null when a change touched it, its ends
   * included: text inserted at its start or end, or a change that ends at its start or starts at
   * its end (a line, whose note stands at its end: typing at the end of the line, or joining it
   * with the next, changes what the note stands after).
   */
  untouched(s: Span): Span | null {
    let start = s.start;
    let end = s.end;
    for (const c of this.changes) {
      if (c.end < start) {
        const delta = c.text.length - (c.end - c.start);
        start += delta;
        end += delta;
      } else if (c.start <= end) return null;
    }
    return { start, end };
  }

  /**
   * Where an offset of the text now stood in the original text: replayed backwards, an
   * offset inside inserted text goes to where the insertion was made.
   */
  original(offset: number): number {
    let o = offset;
    for (let i = this.changes.length - 1; i >= 0; i--) {
      const c = this.changes[i]!;
      const insertedEnd = c.start + c.text.length;
      if (o >= insertedEnd) o += c.end - c.start - c.text.length;
      else if (o > c.start) o = c.start;
    }
    return o;
  }
}

/**
 * Where a span of a document's text `before` stands in `after`, the same document edited
 * since (a version of a folder run, a canonical): text before and after the edited stretch
 * keeps its place (shifted by what the edit added or removed); a span the edit reached is
 * looked for by its own characters (for a web page, its source, tags and all), at the
 * occurrence nearest to where it stood. Null when those characters are no longer there.
 */
export function relocate(before: string, after: string, span: Span): Span | null {
  const n = Math.min(before.length, after.length);
  let head = 0;
  while (head < n && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < n - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  if (span.end <= head) return { start: span.start, end: span.end };
  const delta = after.length - before.length;
  if (span.start >= before.length - tail) return { start: span.start + delta, end: span.end + delta };
  const needle = before.slice(span.start, span.end);
  if (!needle) return null;
  let best = -1;
  for (let i = after.indexOf(needle); i >= 0; i = after.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - span.start) < Math.abs(best - span.start)) best = i;
  }
  return best < 0 ? null : { start: best, end: best + needle.length };
}
