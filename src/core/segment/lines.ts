/**
 * Paragraphs: the text's lines, with the lines of one hard-wrapped paragraph joined back.
 * Wire feeds, e-mail alerts and `fold -s` break lines at a fixed width; a reader sees a
 * line break as a boundary only at a blank line, before a dateline or a list item or a
 * credit, or after a line that stops short of the width (the end of a paragraph or a heading).
 * Here: the text's lines and blocks, and the width it is wrapped at; whether a block is wrapped
 * (`blocks.ts`), and whether a line goes on from the one before (`lineBreaks.ts`).
 */
import { goesOn, lineParts, quoteMargin } from './lineMarks';
import type { StopRules } from './rules';
import { isLrcTags, LOWER_START, lastWord, TERMINAL_END, TIMED_START } from './lineText';
import { inset, type Doc, type Line, type Unit } from './lineDoc';
import { bytesPerChar, linesOfTheirOwn, MAX_WRAP_WIDTH, mostlyFull, NEAR_WIDTH, proseMarks, screenWidths, widestInBytes, wrappedTwice } from './blocks';
import { continues } from './lineBreaks';

export type { Unit } from './lineDoc';

/** The narrowest: a block of shorter lines is a list of short lines, not a wrapped paragraph. */
const MIN_WRAP_WIDTH = 30;
/** The narrowest a block is read as wrapped when the rest of the text is not. */
const MIN_BLOCK_WRAP_WIDTH = 50;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff;

/**
 * Lines, grouped into paragraphs; the lines of one wrapped paragraph are joined into one unit.
 * `rules`: the language's stop rules, to tell a full stop that ends a sentence at a line's end
 * from an abbreviation's ("… the U.S." / "Mission in …").
 */
export function units(text: string, functionWords: ReadonlySet<string>, rules: StopRules | null = null): Unit[] {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  let widest = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let end = nl;
    while (end > pos && isSpace(text.charCodeAt(end - 1))) end--;
    let first = pos;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    // A mail's quotation marks are its margin: a line of them alone is a blank line.
    const margin = quoteMargin(text, first, end);
    if (margin) for (first += margin; first < end && isSpace(text.charCodeAt(first)); ) first++;
    if (first >= end) {
      if (block.length) blocks.push(block);
      block = [];
    } else {
      // A ruler run into the line parts it (lineParts): each part a line, its length counted from
      // the line's start, as a wrap counts it; what stands before a part on the line is its margin.
      const lineMargin = margin ? first - pos : 0;
      for (const [s, e] of lineParts(text, first, end)) block.push({ start: pos, end: e, length: e - pos, indent: s - pos, margin: s === first ? lineMargin : s - pos });
      widest = Math.max(widest, end - pos);
    }
    pos = nl + 1;
  }
  if (block.length) blocks.push(block);
  widest = rejoinedWidth(blocks, widest);
  if (widest <= MAX_WRAP_WIDTH) joinDoubleSpaced(text, blocks, functionWords);
  widest = shownWidth(text, blocks, widest);
  const out: Unit[] = [];
  // A text wrapped as a whole may have been wrapped twice (at 72 columns, then at 50): not one whose lines run longer.
  const doc: Doc = { text, functionWords, firstLine: blocks[0]?.[0] ?? null, rules, twice: widest <= MAX_WRAP_WIDTH, columnsWidth: 0, blockWidth: 0, marginRests: false, twiceSeen: () => wrappedTwice(doc, blocks, widest), timed: timedLines(text, blocks) };
  const onScreen = screenWidths(doc, blocks, widest <= MAX_WRAP_WIDTH);
  // The wrap width of a text wrapped as a whole (narrower than a wrap in characters: `foldedInBytes`).
  const textWidth = widest < MIN_WRAP_WIDTH ? foldedInBytes(doc, widest) : widest;
  for (const b of blocks) {
    // The wrap width: the text's widest line, when the whole text is wrapped; else the block's.
    let width = textWidth;
    let min = MIN_WRAP_WIDTH;
    if (width > MAX_WRAP_WIDTH) {
      width = 0;
      for (const l of b) width = Math.max(width, l.length);
      // Short lines among long ones are lines of their own (a byline, an address), not a narrow wrap.
      min = MIN_BLOCK_WRAP_WIDTH;
    }
    const candidate = b.length > 1 && width >= min && width <= MAX_WRAP_WIDTH;
    doc.columnsWidth = candidate ? onScreen(b) : 0;
    const wrapped = candidate && mostlyFull(doc, b, width) && !linesOfTheirOwn(doc, b, width);
    doc.blockWidth = candidate ? width : 0;
    doc.marginRests = wrapped && b.some((l, i) => i > 0 && inset(l) < inset(b[i - 1]!) && inset(b[i - 1]!) >= 2 && LOWER_START.test(text.slice(l.start + l.indent, l.start + l.indent + 8)));
    let unit: Unit | null = null;
    for (let i = 0; i < b.length; i++) {
      const line = b[i]!;
      // The line before the previous one, when the previous one continued it.
      const before = doc.twice && unit && i >= 2 && b[i - 2]!.start >= unit.start - b[i - 2]!.indent && doc.twiceSeen() ? b[i - 2]! : null;
      if (unit && continues(doc, b[i - 1]!, line, b[i + 1] ?? null, wrapped ? width : 0, before, b, unit, b[i - 2] ?? null)) {
        unit.end = line.end;
        unit.wrapped = true;
      } else {
        unit = { start: line.start + line.indent, end: line.end, paragraph: out.length === 0 ? 0 : out[out.length - 1]!.paragraph + 1, wrapped: false };
        out.push(unit);
      }
    }
  }
  return out;
}

/**
 * The wrap width of a text whose widest line, `widest` characters, is narrower than any wrap, when
 * it was folded in UTF-8 bytes (as `fold` counts) in a script of two bytes a letter (Cyrillic, Greek,
 * Arabic, Hebrew): folded at 50 bytes, its lines hold 25 letters. Then its widest line in bytes is
 * the width: the wrap tests in characters never find a line broken at it, those in bytes do. Else
 * `widest`. (Not in scripts of three bytes a character, Chinese or Devanagari: ten characters of
 * them make thirty bytes, and a list of short lines would read as a wrap.)
 */
function foldedInBytes(doc: Doc, widest: number): number {
  const bytes = widestInBytes(doc);
  return bytes >= MIN_WRAP_WIDTH && bytes <= MAX_WRAP_WIDTH && bytesPerChar(doc) <= TWO_BYTES_A_LETTER ? bytes : widest;
}

/** The most UTF-8 bytes a character a text in a script of two bytes a letter has, its blanks, figures and stops counted. */
const TWO_BYTES_A_LETTER = 2.2;

/** Lines opening on a timecode: a text is timed (`Doc.timed`) when at least this many do, and at least half its lines. */
const TIMED_LINES = 4;

/** Do the text's lines open on timecodes, as a lyrics or subtitle file's (LRC) timed phrases do? (Its ID tags, "[ar:…]", count neither way.) */
function timedLines(text: string, blocks: readonly Line[][]): boolean {
  let lines = 0;
  let timed = 0;
  for (const b of blocks) {
    for (const l of b) {
      const head = text.slice(l.start + l.indent, l.start + l.indent + 16);
      if (TIMED_START.test(head)) timed++;
      else if (head.charCodeAt(0) === 0x5b && isLrcTags(text.slice(l.start + l.indent, l.end))) continue;
      lines++;
    }
  }
  return timed >= TIMED_LINES && timed * 2 >= lines;
}

/**
 * The width of a text wrapped by lines a little longer than any wrap (a PDF's, ~115 columns) where
 * a copy joined two of them back, the last line of a paragraph longer than the wrap by a word
 * (a word broken at its hyphen made whole: "one-hundred-forty-" / "thousand lives."): no wrap leaves
 * a paragraph's last line its longest, so such lines show no width. Else `widest`.
 */
function rejoinedWidth(blocks: readonly Line[][], widest: number): number {
  if (widest <= MAX_WRAP_WIDTH || widest > MAX_WRAP_WIDTH + NEAR_WIDTH) return widest;
  let width = 0;
  for (const b of blocks) {
    for (let i = 0; i < b.length; i++) {
      const l = b[i]!;
      if (l.length <= MAX_WRAP_WIDTH) width = Math.max(width, l.length);
      // (Over the wrap: only a paragraph's last line, of three lines at least.)
      else if (i < b.length - 1 || b.length < 3) return widest;
    }
  }
  return width;
}

/**
 * The width a text is wrapped at, as the text shows it: its widest line, but for lines longer
 * than every line of its blocks of several lines that stand alone between blank lines, paragraphs
 * written on one line in a copy otherwise wrapped ("… he said." alone, 103 characters, among
 * paragraphs wrapped at 72): a wrap would have broken them, so they show no width. Only where the
 * blocks of several lines are wrapped prose (`proseMarks`), as wide as a wrap is written.
 */
function shownWidth(text: string, blocks: readonly Line[][], widest: number): number {
  if (widest > MAX_WRAP_WIDTH) return widest;
  let wrapped = 0;
  let prose = 0;
  for (const b of blocks) {
    if (b.length < 2) continue;
    for (const l of b) wrapped = Math.max(wrapped, l.length);
    prose += proseMarks(text, b, 0);
  }
  return wrapped >= widest || wrapped < MIN_BLOCK_WRAP_WIDTH || prose < 2 ? widest : wrapped;
}


/** A block of this many lines or more is a paragraph wrapped, not a line a doubled line break set apart (rewrapped narrower, such a line makes two or three). */
const PARAGRAPH_LINES = 4;

/**
 * A text set out with a blank line after every line (a page's line breaks saved twice): there a
 * single blank line is a line break, and only a wider gap parts paragraphs. It shows where its
 * blocks part: some of them break a sentence where no paragraph ends (the block stops with no
 * closing punctuation, and the next goes on in lower case, or it stops on a function word or a
 * comma: "… an extremely dangerous Category 5" / "hurricane on the …"), two at least and one in
 * five. (Its blocks are mostly single lines; a wrap narrower than the text's own leaves rests.)
 * Then the blocks one blank line apart are joined, in place, and the wrap is read over their
 * lines as over any wrapped text's. Not in a text with two blocks of PARAGRAPH_LINES lines or more
 * where no sentence runs over a blank line into or out of such a block.
 */
function joinDoubleSpaced(text: string, blocks: Line[][], functionWords: ReadonlySet<string>): void {
  if (blocks.length < 4) return;
  const long = (b: readonly Line[]): boolean => b.length >= PARAGRAPH_LINES;
  let open = 0;
  let openAtLong = false;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const end = blocks[i]![blocks[i]!.length - 1]!;
    const line = text.slice(end.start + end.indent, end.end);
    const next = blocks[i + 1]![0]!;
    if (TERMINAL_END.test(line)) continue;
    const last = lastWord(line)?.toLowerCase();
    if (goesOn(line) || (last !== undefined && functionWords.has(last)) || LOWER_START.test(text.slice(next.start + next.indent, next.start + next.indent + 8))) {
      open++;
      if (long(blocks[i]!) || long(blocks[i + 1]!)) openAtLong = true;
    }
  }
  if (open < 2 || open * 5 < blocks.length - 1) return;
  // Blocks of many lines are paragraphs wrapped with their gaps kept, unless a sentence runs into
  // or out of one over a blank line: short blocks in lower case between them are a list's items
  // ("Services offered:" / "care for children under five" / …).
  if (!openAtLong && blocks.filter(long).length >= 2) return;
  const joined: Line[][] = [];
  for (const b of blocks) {
    const prev = joined[joined.length - 1];
    const gap = prev ? text.slice(prev[prev.length - 1]!.end, b[0]!.start) : '';
    // One blank line between the two: the line break doubled.
    if (prev && gap.split('\n').length === 3) prev.push(...b);
    else joined.push([...b]);
  }
  blocks.splice(0, blocks.length, ...joined);
}
