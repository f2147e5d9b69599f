/**
 * Blocks of lines (segment/lines.ts): is a block wrapped at a fixed width, or a stack of lines of
 * their own (highlights, headings, a list)? Was a line broken at the width, was the text wrapped
 * twice, and which breaks do the lines' own marks decide, whatever their widths?
 */
import { isDateLine, isLabelledDateLine } from './chrome';
import { caseChanges, emphasisedWhole, endsOnInitial, opensField, rulerMark, scriptChanges } from './lineMarks';
import { COMBINING, columnCount, isBreakable, utf8Length } from './widths';
import { LOWER_START, TERMINAL_END, TITLE_START } from './lineText';
import { endsAsTitle, endsOnFunctionWord, inset, text, type Doc, type Line } from './lineDoc';

/** A sentence's stop inside a line, words after it: "… Census Bureau. The deficit …". */
const INNER_STOP = /[\p{Ll}\p{N})][.!?]["”’)]*[ \t]+["“‘]?\p{Lu}/u;

/**
 * What shows a block's lines, from its line `from` on, to be running prose, as no stack of headings
 * or list of highlights is: a break mid-sentence (a line without closing punctuation, the next
 * opening in lower case), a line with a sentence's stop inside it. How many.
 */
export function proseMarks(text: string, block: readonly Line[], from: number): number {
  let marks = 0;
  for (let i = from; i < block.length; i++) {
    const l = block[i]!;
    const own = text.slice(l.start + l.indent, l.end);
    const next = block[i + 1];
    if (INNER_STOP.test(own)) marks++;
    else if (next && !TERMINAL_END.test(own) && LOWER_START.test(text.slice(next.start + next.indent, next.start + next.indent + 8))) marks++;
  }
  return marks;
}

/**
 * Was a text wrapped as a whole wrapped twice (at 72 columns, then at 50)? Then somewhere a short
 * line, the rest of a line the second wrap broke, goes on in lower case (or stops on a function
 * word) though the next word would have fitted on it: a text wrapped once never breaks a sentence
 * there. Without such a rest, a short line ends its paragraph however the next begins ("… from
 * the Pakistanis" / "Justin Webb").
 */
export function wrappedTwice(doc: Doc, blocks: Line[][], width: number): boolean {
  if (doc.restsSeen !== undefined) return doc.restsSeen;
  doc.restsSeen = blocks.some((b) =>
    b.some((l, i) => {
      const next = b[i + 1];
      if (i === 0 || next === undefined || TERMINAL_END.test(text(doc, l))) return false;
      if (LOWER_START.test(text(doc, next).slice(0, 8))) return brokenAtWidth(doc, b[i - 1]!, l, width) && !brokenAtWidth(doc, l, next, width);
      // (A rest that stops on a function word capitalised in a title, the title's last word, shows
      // no second wrap: "… American English and Much" / "More" / "Read Listen Learn" is a title one
      // wrap broke, as a wrap breaks any line.)
      if (!endsOnFunctionWord(doc, text(doc, l)) || endsAsTitle(doc, `${text(doc, b[i - 1]!)} ${text(doc, l)}`)) return false;
      return brokenAtWidth(doc, b[i - 1]!, l, width) && !brokenAtWidth(doc, l, next, width);
    }),
  );
  return doc.restsSeen;
}

/**
 * Is `line` the rest of a line a second wrap broke, `prev` its first part (broken at the width,
 * mid-sentence), in a text wrapped twice (see wrappedTwice)?
 */
function isRest(doc: Doc, prev: Line, line: Line, width: number): boolean {
  return doc.twice && !TERMINAL_END.test(text(doc, prev)) && brokenAtWidth(doc, prev, line, width) && doc.twiceSeen();
}

/**
 * Are most lines of a block (its last apart) filled close to its width, as wrapping at a
 * fixed width fills them? A block of short lines of their own (chrome, a list) is not.
 */
export function mostlyFull(doc: Doc, block: Line[], width: number): boolean {
  let full = 0;
  let rests = 0;
  for (let i = 0; i < block.length - 1; i++) {
    const line = block[i]!;
    const prev = block[i - 1];
    // (A line full in the UTF-8 bytes `fold` counts, though short in characters, "… 标准英语 … Double
    // Tomb" / "at(在线收听", is full in a text folded in bytes: none of its lines is longer. A text
    // wrapped in characters has lines longer in bytes than its width: Arabic, two bytes a letter.)
    if (line.length >= width - NEAR_WIDTH || (doc.columnsWidth > 0 && columnsOf(doc, line) >= doc.columnsWidth - NEAR_WIDTH)) full++;
    else if (bytesOf(doc, line) >= width - NEAR_WIDTH && widestInBytes(doc) <= width) full++;
    // A line left shorter by a long run that did not fit after it: a phrase of a script written
    // without blanks ("… 叫做 Hater" / "的约会软件就是…"), a link: as full as a wrap leaves a line. Long
    // in characters, or in the bytes `fold` counts (a run of ten Chinese characters is thirty).
    else if (longFirstWord(doc, block[i + 1]!) && brokenAtWidth(doc, line, block[i + 1]!, width)) full++;
    // A short line that ends, mid-sentence, a full one broken mid-sentence: the rest of a line
    // wrapped twice (at 72 columns, then at 50). It counts for neither side.
    else if (doc.twice && prev && prev.length >= width - NEAR_WIDTH && !TERMINAL_END.test(text(doc, prev)) && !TERMINAL_END.test(text(doc, line))) rests++;
    // Nor does a short line its own marks set apart from the next (a bulletin's field, a ruler, a
    // date line, a change of case): it stands alone, wrapped or not.
    else if (markedBreak(text(doc, line), text(doc, block[i + 1]!))) rests++;
  }
  return full * 2 >= block.length - 1 - rests;
}
/** What the breaks of a block's lines are (`weighBreaks`). */
interface Breaks {
  /** Breaks weighed: not before an indented line, after a second wrap's rest, nor decided by the lines' marks. */
  breaks: number;
  /** Breaks after a line without closing punctuation. */
  open: number;
  /** Of those, breaks where no wrap breaks: the next word, starting in upper case, would have fitted. */
  unbroken: number;
  /** Breaks before a line that starts as a title does. */
  titleStarts: number;
  /** Breaks the lines' own marks decide. */
  marked: number;
}

/** The breaks of a block's lines from its line `from` on, weighed for `linesOfTheirOwn`. */
function weighBreaks(doc: Doc, block: Line[], width: number, from: number): Breaks {
  const w: Breaks = { breaks: 0, open: 0, unbroken: 0, titleStarts: 0, marked: 0 };
  for (let i = from; i < block.length - 1; i++) {
    const next = block[i + 1]!;
    // (A break before an indented line is a paragraph's start, which the indent tells: a wrapped
    // list of indented items breaks there, and its items' rests start at the margin.)
    if (inset(next) > inset(block[i]!)) continue;
    // (Nor is the break after the rest of a line a second wrap broke, in a text that shows such
    // rests: there the first wrap broke, before whatever word, "… said" / "Robert" / "Mase, …".)
    if (i > 0 && isRest(doc, block[i - 1]!, block[i]!, width)) continue;
    // (Nor a break the lines' own marks decide: a ruler, a field, a date line, a change of case. The
    // lines on either side of it are weighed as if it cut the block in two.)
    if (markedBreak(text(doc, block[i]!), text(doc, next))) {
      w.marked++;
      continue;
    }
    w.breaks++;
    const nextHead = text(doc, next).slice(0, 8);
    if (TITLE_START.test(nextHead)) w.titleStarts++;
    if (TERMINAL_END.test(text(doc, block[i]!))) continue;
    w.open++;
    if (!brokenAtWidth(doc, block[i]!, next, width) && !LOWER_START.test(nextHead)) w.unbroken++;
  }
  return w;
}

/**
 * Do most of a block's open breaks fall where no wrap breaks: a line without closing punctuation
 * whose next word, which starts in upper case, would have fitted on it? Then its lines stand on
 * their own (a list of story highlights, a stack of headings), however full they are. Two such
 * breaks at least: a headline over its story is one.
 */
export function linesOfTheirOwn(doc: Doc, block: Line[], width: number): boolean {
  // (Short lines over the block's first full one, a headline and its deck set over the story with
  // no blank line, stand on their own, wrapped or not: when the lines under them are prose
  // (`proseMarks`) and every open break in them falls where a wrap breaks, the block is that story,
  // wrapped, under its head. "July Trade Gap Is $50
  // Billion" / "Trade in goods and services" / "The monthly deficit …" wrapped at 113.)
  let from = 0;
  while (from < block.length - 1 && block[from]!.length < width - NEAR_WIDTH) from++;
  let w = weighBreaks(doc, block, width, from);
  if (from > 0 && (w.unbroken > 0 || proseMarks(doc.text, block, from) < 2)) w = weighBreaks(doc, block, width, 0);
  const { open, unbroken, breaks, titleStarts, marked } = w;
  // In a text not wrapped as a whole, a block whose width is its own widest line: lines that
  // (two at least) end open and all go on with a capital or a figure are lines of their own
  // (highlights: "8 soldiers killed in …" / "Source: …"), as no wrapped prose breaks. So are two
  // lines, the first open: one line alone shows no wrap width, it is the block's own (a pull
  // quote over its speaker: "… France is back where it belongs" / "Pentagon spokesman …"; a
  // headline over its source, both over a date line, "… Passes Marathon Distance" / "Jet Propulsion Laboratory").
  if (!doc.twice && titleStarts === breaks && (open >= 2 || (open === 1 && block.length - marked === 2))) return true;
  // So are the lines of a block whose every break its lines' marks decide: weighed apart, each of
  // them is one line alone ("… South Island; dozens dead" / "Tuesday, February 22, 2011").
  if (!doc.twice && marked > 0 && marked === block.length - 1) return true;
  return unbroken >= 2 && unbroken * 2 >= open;
}

/** The widest a hard-wrapped text is written: beyond it, lines are paragraphs. */
export const MAX_WRAP_WIDTH = 120;

/** How far short of the width a wrapped line may stop: a long word that did not fit. */
export const NEAR_WIDTH = 20;

/** The UTF-8 bytes of the text's longest line in bytes, worked out once, when a line first needs them. */
export function widestInBytes(doc: Doc): number {
  if (doc.widestBytes === undefined) {
    let widest = 0;
    for (let start = 0; start <= doc.text.length; ) {
      const nl = doc.text.indexOf('\n', start);
      const end = nl < 0 ? doc.text.length : nl;
      widest = Math.max(widest, utf8Length(doc.text, start, end));
      start = end + 1;
    }
    doc.widestBytes = widest;
  }
  return doc.widestBytes;
}

/**
 * The width in UTF-8 bytes, as `fold` counts them, of a wrap `width` characters wide: the text's
 * widest line in bytes, when no line is longer than a wrap (a text folded in bytes has none longer
 * than its width); else the width in characters times the text's bytes a character (a text with
 * longer lines, wrapped by blocks). Never less than `width`. A text in a script of two bytes a letter
 * (Cyrillic, Greek, Arabic), folded in characters, has lines of twice its width in bytes: measured
 * against the width in characters, every line of it would look full, and the wrap's short lines
 * ("… країни" / "Для …") broken at the width.
 */
function bytesWidth(doc: Doc, width: number): number {
  const widest = widestInBytes(doc);
  if (widest <= MAX_WRAP_WIDTH) return Math.max(width, widest);
  return width * bytesPerChar(doc);
}

/** The text's UTF-8 bytes a character (1 for ASCII, about 1.8 for Cyrillic with its blanks, 3 for Chinese), worked out once. */
export function bytesPerChar(doc: Doc): number {
  return (doc.bytesPerChar ??= doc.text.length > 0 ? utf8Length(doc.text, 0, doc.text.length) / doc.text.length : 1);
}

/** A line's UTF-8 bytes, as `fold` counts them, worked out once. */
function bytesOf(doc: Doc, l: Line): number {
  return (l.bytes ??= utf8Length(doc.text, l.start, l.end));
}

/** Is a line's first word longer than a wrap leaves a line short (`NEAR_WIDTH`), in characters or in UTF-8 bytes? */
function longFirstWord(doc: Doc, l: Line): boolean {
  const word = firstWordLength(doc, l);
  if (word > NEAR_WIDTH) return true;
  const at = l.start + l.indent;
  return word * 3 > NEAR_WIDTH && utf8Length(doc.text, at, at + word) > NEAR_WIDTH;
}

/** The length of the first word of a line, as a wrap sees it: up to the first blank it may break at. */
function firstWordLength(doc: Doc, l: Line): number {
  let i = l.start + l.indent;
  while (i < l.end && !isBreakable(doc.text.charCodeAt(i))) i++;
  return i - (l.start + l.indent);
}

/**
 * Was `line` broken at `width` before `next`? Only if the next word, with the blank before it
 * and the one after it (as `fold -s` counts), would not have fitted on it: counted in
 * characters, or in UTF-8 bytes as `fold` counts them (accents, curly quotes and dashes make
 * its lines shorter in characters), or on screen, as an editor wraps a text with combining marks.
 */
export function brokenAtWidth(doc: Doc, line: Line, next: Line | null, width: number): boolean {
  if (next === null) return false;
  const word = firstWordLength(doc, next);
  if (line.length + 1 + word + 1 > width) return true;
  const at = next.start + next.indent;
  if (bytesOf(doc, line) + 1 + utf8Length(doc.text, at, at + word) + 1 > bytesWidth(doc, width)) return true;
  return doc.columnsWidth > 0 && columnsOf(doc, line) + 1 + columnCount(doc.text, at, at + word) + 1 > doc.columnsWidth;
}

/**
 * The wrap width on screen of each block of lines, when combining marks (tone marks typed apart,
 * text in NFD) make lines longer in code units than on screen, where an editor or a mail client
 * wraps them; 0 for a block without (characters and bytes tell). In a text wrapped as a whole
 * (`whole`) the width is its widest line's, which may stand in another block: the text is tested
 * once, when a block of several lines first needs it.
 */
export function screenWidths(doc: Doc, blocks: Line[][], whole: boolean): (block: Line[]) => number {
  const widestOf = (lines: Line[]): number => lines.reduce((w, l) => Math.max(w, columnsOf(doc, l)), 0);
  let textWidth = -1;
  return (b) => {
    if (b.length < 2) return 0;
    if (!whole) return COMBINING.test(doc.text.slice(b[0]!.start, b[b.length - 1]!.end)) ? widestOf(b) : 0;
    if (textWidth < 0) textWidth = COMBINING.test(doc.text) ? blocks.reduce((w, x) => Math.max(w, widestOf(x)), 0) : 0;
    return textWidth;
  };
}

/** A line's width on screen, worked out once. */
function columnsOf(doc: Doc, l: Line): number {
  return (l.columns ??= columnCount(doc.text, l.start, l.end));
}

/**
 * Does a line stand apart from the one before by its own marks, whatever their widths: it opens a
 * field (a header's, a bulletin's, a date under its label: "Broadcast: Thursday, January 05,
 * 2006"), the two are in two cases, or the line before ends on a bar set apart, which separates
 * items, and a sentence opens the line ("… Photo: (Agency/Jo Lee) |" / "The …"; not "… from
 * example.com |" / "example.org/news …", a list of addresses running on)? Or the line before is set
 * whole in emphasis marks, or ends a sentence in another writing system (`emphasisedWhole`,
 * `scriptChanges`). (No field opens after a line that ends on a name's initial: "… MINISTER ANA B." /
 * "COSTA: Budget day" is a name the wrap cut.)
 */
export function standsApart(prevText: string, lineText: string): boolean {
  return (
    (opensField(lineText) && !endsOnInitial(prevText)) ||
    caseChanges(prevText, lineText) ||
    isLabelledDateLine(lineText) ||
    (BAR_END.test(prevText) && /^\p{Lu}\p{Ll}/u.test(lineText)) ||
    emphasisedWhole(prevText) ||
    scriptChanges(prevText, lineText)
  );
}

/** A bar set apart by a blank at a line's end. */
const BAR_END = /[ \t][|¦]$/;

/** Is a break decided by the marks of the lines on either side of it, whatever their widths? */
export function markedBreak(prevText: string, lineText: string): boolean {
  return rulerMark(prevText, true) !== null || rulerMark(lineText) !== null || isDateLine(prevText, true) || isDateLine(lineText, true) || standsApart(prevText, lineText);
}
