/**
 * Paragraphs: the text's lines, with the lines of one hard-wrapped paragraph joined back.
 * Wire feeds, e-mail alerts and `fold -s` break lines at a fixed width; a reader sees a
 * line break as a boundary only at a blank line, before a dateline or a list item or a
 * credit, or after a line that stops short of the width (the end of a paragraph or a heading).
 */
import { dateline, credit } from './credits';
import { BULLETS, listMarker } from './stops';

export interface Unit {
  start: number;
  end: number;
  paragraph: number;
  /** Joined from several lines. */
  wrapped: boolean;
}

interface Line {
  start: number;
  /** End of the line's text, without its line break and trailing white space. */
  end: number;
  /** Characters up to `end`, leading indentation included. */
  length: number;
  indent: number;
}

/** The widest a hard-wrapped text is written: beyond it, lines are paragraphs. */
const MAX_WRAP_WIDTH = 120;
/** The narrowest: a block of shorter lines is a list of short lines, not a wrapped paragraph. */
const MIN_WRAP_WIDTH = 40;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff;

/** Lines, grouped into paragraphs; the lines of one wrapped paragraph are joined into one unit. */
export function units(text: string): Unit[] {
  const out: Unit[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length) joinBlock(text, block, out);
    block = [];
  };
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let end = nl;
    while (end > pos && isSpace(text.charCodeAt(end - 1))) end--;
    let first = pos;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    if (first >= end) flush();
    else block.push({ start: pos, end, length: end - pos, indent: first - pos });
    pos = nl + 1;
  }
  flush();
  return out;
}

/** Joins the lines of a block (lines without a blank line between them) into units. */
function joinBlock(text: string, block: Line[], out: Unit[]): void {
  let width = 0;
  for (const l of block) width = Math.max(width, l.length);
  const wrapped = block.length > 1 && width >= MIN_WRAP_WIDTH && width <= MAX_WRAP_WIDTH && mostlyFull(block, width);
  let unit: Unit | null = null;
  for (let i = 0; i < block.length; i++) {
    const line = block[i]!;
    if (unit && continues(text, block[i - 1]!, line, wrapped ? width : 0)) {
      unit.end = line.end;
      unit.wrapped = true;
    } else {
      unit = { start: line.start, end: line.end, paragraph: out.length === 0 ? 0 : out[out.length - 1]!.paragraph + 1, wrapped: false };
      out.push(unit);
    }
  }
}

/**
 * Are most lines of a block (its last apart) filled close to its width, as wrapping at a
 * fixed width fills them? A block of short lines of their own (chrome, a list) is not.
 */
function mostlyFull(block: Line[], width: number): boolean {
  let full = 0;
  for (let i = 0; i < block.length - 1; i++) if (block[i]!.length >= width - NEAR_WIDTH) full++;
  return full * 2 >= block.length - 1;
}
/** How far short of the width a wrapped line may stop: a long word that did not fit. */
const NEAR_WIDTH = 20;

const TERMINAL_END = /[.!?…:;"”’»)\]]$/;

/** Does `line` continue the paragraph of `prev`? `width` is the block's wrap width, 0 when it is not wrapped. */
function continues(text: string, prev: Line, line: Line, width: number): boolean {
  const head = text.slice(line.start + line.indent, Math.min(line.end, line.start + line.indent + 60));
  const prevText = text.slice(prev.start + prev.indent, prev.end);
  // A line that starts something of its own: a dateline, a list item, a credit.
  if (dateline(head)) return false;
  const marker = listMarker(head);
  if (marker && ((marker.bullet && BULLETS.includes(marker.bullet[0]!)) || TERMINAL_END.test(prevText))) return false;
  if (/^(?:\(|[-–—]{1,2}\s|[Bb]y\s)/.test(head) && credit(text.slice(line.start + line.indent, line.end))) return false;
  if (width > 0) {
    // A paragraph starts on an indented line.
    if (line.indent > prev.indent) return false;
    // Wrapped at `width`: the previous line broke there only if the next word would not fit on it.
    let word = 0;
    while (word < head.length && !/\s/.test(head[word]!)) word++;
    if (prev.length + 1 + word > width) return true;
  }
  // A long unfinished line that the next continues in lower case.
  return prevText.length >= 50 && !TERMINAL_END.test(prevText) && /^[\p{Ll}(,;]/u.test(head);
}
