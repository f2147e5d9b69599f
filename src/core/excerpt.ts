/**
 * Excerpts of a text for messages and reasons: a sentence cut short on one line, in
 * quotation marks, its line breaks folded as a reader of a hard-wrapped line sees them.
 * Display only: the engine's offsets never come from here.
 */
import { once } from './once';
import { SENTENCE_STOPS } from './scripts';

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

/** A short, single-line excerpt of a text for messages: white space folded, cut at a word (`cutAtWord`). */
export function excerpt(s: string, max = 80): string {
  // White space folded to one space: nothing to fold when it is all single spaces (most sentences).
  const t = (FOLDABLE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
  return cutAtWord(t, max);
}

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese): a
 * cut between two of their characters falls between words as a reader takes them. Made on first
 * use (once.ts): only a text cut short between two characters that are no blanks asks.
 */
const UNSPACED = once(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u);

/**
 * A text cut short to at most `max` characters, the cut marked with an ellipsis: the text's own
 * characters up to the cut, which falls at a word's end (after the last whole word that fits), never
 * inside a word nor a surrogate pair. Only a first word longer than `max` (a web address) is cut inside.
 */
export function cutAtWord(t: string, max: number): string {
  return cutAt(t, max, max > 4);
}

/** `cutAtWord`; `spaced`: an ellipsis after a sentence's stop stands apart (with less room if need be). */
function cutAt(t: string, max: number, spaced: boolean): string {
  if (t.length <= max) return t;
  let end = Math.max(1, max - 1);
  const c = t.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  let cut = t.slice(0, end);
  const before = String.fromCodePoint(t.codePointAt(Math.max(0, end - 1)) ?? 32);
  const after = String.fromCodePoint(t.codePointAt(end) ?? 32);
  const inWord = /\S/.test(before) && /\S/.test(after) && !UNSPACED().test(before) && !UNSPACED().test(after);
  if (inWord) {
    const sp = cut.search(/\s\S*$/);
    if (sp > 0) cut = cut.slice(0, sp);
  }
  // A cut right after a ' … ' between two quoted pieces drops it: one ellipsis marks the cut.
  const kept = cut.trimEnd().replace(/\s*…$/, '');
  // A cut after a sentence's own stop ("… temporary jobs.") marks what follows, the next sentence,
  // apart: "jobs. …", not "jobs.…", read as a word the text does not have. With one character less
  // of room when the space does not fit.
  // Only a cut at a word's end: inside a first word too long for the room ("example.…") no sentence ends.
  if (spaced && SENTENCE_END.test(kept) && /\s/.test(t[kept.length] ?? '')) {
    if (kept.length + 2 <= max) return `${kept} …`;
    if (max > 3) return cutAt(t, max - 1, true);
  }
  return kept + '…';
}

/** The end of a sentence: its stop, and the closing quotation marks or brackets after it. */
const SENTENCE_END = new RegExp(`[${SENTENCE_STOPS}][”’"»)\\]]*$`, 'u');
