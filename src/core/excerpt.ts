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

/** White space that `excerpt` folds: any but a space, or two together. */
const FOLDABLE_SPACE = /[^\S ]|\s\s/;

/** A short, single-line excerpt of a text for messages: white space folded, cut at a word, never inside a surrogate pair. */
export function excerpt(s: string, max = 80): string {
  // White space folded to one space: nothing to fold when it is all single spaces (most sentences).
  const t = (FOLDABLE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
  if (t.length <= max) return t;
  let end = Math.max(1, max - 1);
  const c = t.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  const cut = t.slice(0, end);
  const sp = cut.lastIndexOf(' ');
  // A cut right after a ' … ' between two quoted pieces drops it: one ellipsis marks the cut.
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut).trimEnd().replace(/\s*…$/, '') + '…';
}
