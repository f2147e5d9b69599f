/**
 * Excerpts of a text for messages and reasons: a sentence cut short on one line, in
 * quotation marks, its line breaks folded as a reader of a hard-wrapped line sees them.
 * Display only: the engine's offsets never come from here.
 */

/** White space around a line break folded to one space, as a reader of a hard-wrapped line sees it. */
export function foldLineBreaks(s: string): string {
  return s.includes('\n') ? s.replace(/[ \t\r]*\n\s*/g, ' ') : s;
}

/** An excerpt in quotation marks, for reasons: ‘like this…’. */
export function quoted(s: string, max = 60): string {
  return `‘${excerpt(s, max)}’`;
}

/** A text cut to at most `max` characters, with '…' at the cut, never inside a surrogate pair; its white space kept. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, pairEnd(s, Math.max(1, max - 1))) + '…';
}

/** `end`, or one before it when it would cut a surrogate pair in two. */
function pairEnd(s: string, end: number): number {
  const c = s.charCodeAt(end - 1);
  return c >= 0xd800 && c <= 0xdbff ? end - 1 : end;
}

/** White space that `excerpt` folds: any but a space, or two together. */
const FOLDABLE_SPACE = /[^\S ]|\s\s/;

/** A short, single-line excerpt of a text for messages: white space folded, cut at a word, never inside a surrogate pair. */
export function excerpt(s: string, max = 80): string {
  // White space folded to one space: nothing to fold when it is all single spaces (most sentences).
  const t = (FOLDABLE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, pairEnd(t, Math.max(1, max - 1)));
  const sp = cut.lastIndexOf(' ');
  // A cut right after a ' … ' between two quoted pieces drops it: one ellipsis marks the cut.
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut).trimEnd().replace(/\s*…$/, '') + '…';
}
