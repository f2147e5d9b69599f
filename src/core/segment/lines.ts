/**
 * Paragraphs: the text's lines, with the lines of one hard-wrapped paragraph joined back.
 * Wire feeds, e-mail alerts and `fold -s` break lines at a fixed width; a reader sees a
 * line break as a boundary only at a blank line, before a dateline or a list item or a
 * credit, or after a line that stops short of the width (the end of a paragraph or a heading).
 */
import { dateline, credit, pictureCredit } from './credits';
import { isDateLine, isLabelledDateLine } from './chrome';
import { BULLETS, boundaryAt, listMarker } from './stops';
import { caseChanges, goesOn, lineParts, opensField, quoteMargin, rulerMark } from './lineMarks';
import type { StopRules } from './rules';
import { COMBINING, columnCount, isBreakable, utf8Length } from './widths';
import { CAPITAL_START, closesOpenBracket, SPACED_DASH_END, endsOnWord, LOWER_START, LOWER_WORD_END, LOWER_WORD_START, lastWord, STOP_END, TERMINAL_END, TITLE_START } from './lineText';
import { endsAsTitle, endsOnFunctionWord, endsOpen, endsSentence, inset, isHeadline, nameRunsOn, opensSentence, text, textHasStops, writtenAsTitle, type Doc, type Line } from './lineDoc';

export interface Unit {
  start: number;
  end: number;
  paragraph: number;
  /** Joined from several lines. */
  wrapped: boolean;
}

/** The widest a hard-wrapped text is written: beyond it, lines are paragraphs. */
const MAX_WRAP_WIDTH = 120;
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
  const doc: Doc = { text, functionWords, firstLine: blocks[0]?.[0] ?? null, rules, twice: widest <= MAX_WRAP_WIDTH, columnsWidth: 0, blockWidth: 0, marginRests: false, twiceSeen: () => wrappedTwice(doc, blocks, widest) };
  const onScreen = screenWidths(doc, blocks, widest <= MAX_WRAP_WIDTH);
  for (const b of blocks) {
    // The wrap width: the text's widest line, when the whole text is wrapped; else the block's.
    let width = widest;
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

/** A sentence's stop inside a line, words after it: "… Census Bureau. The deficit …". */
const INNER_STOP = /[\p{Ll}\p{N})][.!?]["”’)]*[ \t]+["“‘]?\p{Lu}/u;

/**
 * What shows a block's lines, from its line `from` on, to be running prose, as no stack of headings
 * or list of highlights is: a break mid-sentence (a line without closing punctuation, the next
 * opening in lower case), a line with a sentence's stop inside it. How many.
 */
function proseMarks(text: string, block: readonly Line[], from: number): number {
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
 * A text set out with a blank line after every line (a page's line breaks saved twice): there a
 * single blank line is a line break, and only a wider gap parts paragraphs. It shows where its
 * blocks part: some of them break a sentence where no paragraph ends (the block stops with no
 * closing punctuation, and the next goes on in lower case, or it stops on a function word or a
 * comma: "… an extremely dangerous Category 5" / "hurricane on the …"), two at least and one in
 * five. (Its blocks are mostly single lines; a wrap narrower than the text's own leaves rests.)
 * Then the blocks one blank line apart are joined, in place, and the wrap is read over their
 * lines as over any wrapped text's.
 */
function joinDoubleSpaced(text: string, blocks: Line[][], functionWords: ReadonlySet<string>): void {
  if (blocks.length < 4) return;
  let open = 0;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const end = blocks[i]![blocks[i]!.length - 1]!;
    const line = text.slice(end.start + end.indent, end.end);
    const next = blocks[i + 1]![0]!;
    if (TERMINAL_END.test(line)) continue;
    const last = lastWord(line)?.toLowerCase();
    if (goesOn(line) || (last !== undefined && functionWords.has(last)) || LOWER_START.test(text.slice(next.start + next.indent, next.start + next.indent + 8))) open++;
  }
  if (open < 2 || open * 5 < blocks.length - 1) return;
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


/**
 * Was a text wrapped as a whole wrapped twice (at 72 columns, then at 50)? Then somewhere a short
 * line, the rest of a line the second wrap broke, goes on in lower case (or stops on a function
 * word) though the next word would have fitted on it: a text wrapped once never breaks a sentence
 * there. Without such a rest, a short line ends its paragraph however the next begins ("… from
 * the Pakistanis" / "Justin Webb").
 */
function wrappedTwice(doc: Doc, blocks: Line[][], width: number): boolean {
  if (doc.restsSeen !== undefined) return doc.restsSeen;
  doc.restsSeen = blocks.some((b) =>
    b.some((l, i) => {
      const next = b[i + 1];
      if (i === 0 || next === undefined || TERMINAL_END.test(text(doc, l))) return false;
      if (!LOWER_START.test(text(doc, next).slice(0, 8)) && !endsOnFunctionWord(doc, text(doc, l))) return false;
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
function mostlyFull(doc: Doc, block: Line[], width: number): boolean {
  let full = 0;
  let rests = 0;
  for (let i = 0; i < block.length - 1; i++) {
    const line = block[i]!;
    const prev = block[i - 1];
    if (line.length >= width - NEAR_WIDTH || (doc.columnsWidth > 0 && columnsOf(doc, line) >= doc.columnsWidth - NEAR_WIDTH)) full++;
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
function linesOfTheirOwn(doc: Doc, block: Line[], width: number): boolean {
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

/** The most lines a wrapped headline runs over: more after the first line are a paragraph, whatever its end. */
const TITLE_LINES = 3;

/** How far short of the width a wrapped line may stop: a long word that did not fit. */
const NEAR_WIDTH = 20;


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
function brokenAtWidth(doc: Doc, line: Line, next: Line | null, width: number): boolean {
  if (next === null) return false;
  const word = firstWordLength(doc, next);
  if (line.length + 1 + word + 1 > width) return true;
  const at = next.start + next.indent;
  line.bytes ??= utf8Length(doc.text, line.start, line.end);
  if (line.bytes + 1 + utf8Length(doc.text, at, at + word) + 1 > width) return true;
  return doc.columnsWidth > 0 && columnsOf(doc, line) + 1 + columnCount(doc.text, at, at + word) + 1 > doc.columnsWidth;
}

/**
 * The wrap width on screen of each block of lines, when combining marks (tone marks typed apart,
 * text in NFD) make lines longer in code units than on screen, where an editor or a mail client
 * wraps them; 0 for a block without (characters and bytes tell). In a text wrapped as a whole
 * (`whole`) the width is its widest line's, which may stand in another block: the text is tested
 * once, when a block of several lines first needs it.
 */
function screenWidths(doc: Doc, blocks: Line[][], whole: boolean): (block: Line[]) => number {
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
 * Does `line` continue the paragraph of `prev`? `width` is the wrap width, 0 when the block is
 * not wrapped; `block`, the lines of its block; `unit`, the paragraph `prev` ends; `above`, the
 * line over `prev` in the block, if any.
 */
function continues(doc: Doc, prev: Line, line: Line, next: Line | null, width: number, before: Line | null, block: readonly Line[], unit: Unit, above: Line | null): boolean {
  const runStart = unit.wrapped ? unit.start : -1;
  const lineText = text(doc, line);
  const head = lineText.slice(0, 60);
  const prevText = text(doc, prev);
  // A line that starts something of its own: a dateline, a list item, a credit; a date alone on
  // its line (a statement's header), or under its label ("Broadcast: …"), neither goes on from the
  // line before nor into the next.
  // (A date the wrap itself moved down, its line broken mid-sentence before it, goes on from it.)
  if (opensDateline(doc, prev, line, prevText, head, width) || isDateLine(prevText, true) || isLabelledDateLine(prevText)) return false;
  // A line indented further than the one before starts something of its own (a paragraph, a centred
  // line): no wrap moves a line's rest down indented further.
  const indented = inset(line) > inset(prev) && (inset(line) >= 2 || doc.text[line.start + line.margin] === '\t');
  // (Not under a line written as a title, an office's name over its statement's date; nor under the
  // text's headline (on one line or wrapped over a few), in sentence case, when a sentence opens after
  // the date: "… All 114 on board killed" / "Monday, May 7, 2007" / "The latest …" is a headline, its
  // date and the story.)
  if (isDateLine(lineText, true)) {
    const first = doc.firstLine;
    const headline = first !== null && unit.start === first.start + first.indent && isHeadline(doc, doc.text.slice(unit.start, prev.end));
    const underHeadline = headline && (next === null || CAPITAL_START.test(text(doc, next)));
    // (A title whose line stops on a dash with a blank before it, "… Harbour Fees Rise -" / "2026-03-05",
    // is set with its date on one line: the dash ties the date to it.)
    const titled = writtenAsTitle(doc, prevText) && !SPACED_DASH_END.test(prevText);
    return width > 0 && !indented && !underHeadline && !STOP_END.test(prevText) && !titled && brokenAtWidth(doc, prev, line, width);
  }
  // A ruler stands on its own; a wrap's rest of it ("-") goes on from it.
  const ruler = rulerMark(prevText, true);
  if (ruler !== null || rulerMark(lineText) !== null) return ruler !== null && rulerMark(lineText, true) === ruler;
  if (standsApart(prevText, lineText)) return false;
  const marker = listMarker(head);
  // (Not a mark the wrap moved down inside a sentence: the line before left open and broken at the
  // width, not even the mark fitting on it, in a paragraph that is no list item, "… a total of 10^5" /
  // "* 300 = 30,000,000 lists.")
  const moved = marker !== null && width > 0 && !TERMINAL_END.test(prevText) && brokenAtWidth(doc, prev, line, width) && !listMarker(doc.text.slice(unit.start, unit.start + 12));
  if (marker && !moved && ((marker.bullet && BULLETS.includes(marker.bullet[0]!)) || TERMINAL_END.test(prevText))) return false;
  if (/^(?:\(|[-–—]{1,2}\s|By\s)/.test(head) && (credit(lineText) || pictureCredit(head))) return false;
  // A line that stops where no paragraph ends (on a comma, inside a hyphenated word, on a word no
  // sentence or heading ends on: "… a fair chance that" / "River Town …") goes on in the next,
  // unless that one is indented further.
  if (goesOn(prevText) || endsOpen(doc, prevText)) return !indented;
  // A line that opens on one word and a sentence's stop ("Report." alone, or "Report. The next …"),
  // after a line left open: no sentence is one word, so the word ends the sentence of the line before
  // ("… the VOA Special English Development" / "Report.").
  if (!TERMINAL_END.test(prevText) && endsOnFirstWord(doc, lineText)) return !indented;
  if (width > 0) {
    // A paragraph starts on an indented line.
    if (indented) return false;
    if (doc.marginRests && inset(line) === inset(prev) && inset(line) >= 2) return false;
    // A heading: a line that starts as a title does, without closing punctuation, standing alone
    // after a sentence's end; or the text's first line (a headline) before a paragraph that starts
    // with a capital (a headline wrapped on two lines ends on a short one).
    const lineBroken = brokenAtWidth(doc, line, next, width);
    // (A heading is never followed by a line that goes on in lower case, nor stands after a
    // line that ends on a semicolon, which ends no sentence: "… Near the Border;" / "Hundreds
    // Homeless" is one headline. Nor does it end its block, heading nothing, where the wrap moved
    // it down: that is the paragraph's last words, "… May 16, 2016." / "DOI:10.1001/…".)
    if (
      !TERMINAL_END.test(lineText) &&
      endsSentence(doc, prevText, head) &&
      !prevText.endsWith(';') &&
      !lineBroken &&
      !(next === null && brokenAtWidth(doc, prev, line, width)) &&
      TITLE_START.test(head) &&
      endsAsTitle(doc, lineText) &&
      !(next !== null && LOWER_START.test(text(doc, next).slice(0, 60)))
    ) {
      return false;
    }
    // (A first line the wrap itself broke, its next word too long for it, is a headline only
    // when it is written as a title: else it is the story's first line, "… across southern" /
    // "Asia are struggling …". And only when what follows ends as prose does: a title wrapped on
    // three lines or more is one title; more lines than a title runs are prose, however they end.)
    if (
      prev === doc.firstLine &&
      lineBroken &&
      isHeadline(doc, prevText) &&
      CAPITAL_START.test(head) &&
      (!brokenAtWidth(doc, prev, line, width) || (writtenAsTitle(doc, prevText) && !nameRunsOn(doc, prevText, head))) &&
      (TERMINAL_END.test(text(doc, block[block.length - 1]!)) || block.length > TITLE_LINES + 1)
    ) {
      return false;
    }
    // A line that opens as a sentence does, on a word the text writes in lower case elsewhere and
    // goes on in lower case ("The reading came …", "It was …"), after a line that stops on a word
    // in lower case, not a function word: that line ended there (a highlight, a headline), though the next word would not
    // have fitted on it; no sentence runs on "… water The reading …".
    // (Not in a text that lost all its stops: there a wrapped paragraph reads on, and its sentences
    // start at such capitals inside it as at its line ends, segment/stops.ts capitalStarts,
    // wrapped or not.)
    // (Nor after one that stops on a capitalised word, a title's or a name's: no sentence runs on
    // "… Measles in Africa This is the …" either.)
    const wordEnd = endsOnWord(LOWER_WORD_END, prevText) || endsOnWord(CAPITAL_WORD_END, prevText);
    if (wordEnd && !endsOnFunctionWord(doc, prevText) && opensSentence(doc, head) && textHasStops(doc)) return false;
    // The text's first line, a headline in sentence case, over a lead that opens on a word the text
    // writes in lower case elsewhere, the next in lower case ("… fear of boom mentality" / "Sharp
    // increases in …"): no sentence runs on "… mentality Sharp increases …" (a name would: "Obama").
    if (prev === doc.firstLine && endsOnWord(LOWER_WORD_END, prevText) && !endsOnFunctionWord(doc, prevText) && isHeadline(doc, prevText) && opensSentence(doc, head, false)) return false;
    if (brokenAtWidth(doc, prev, line, width)) return true;
    // A text wrapped twice (wrapped at 72 columns, then again at 50): a short line that ends the
    // rest of a broken line, mid-sentence, goes on in the next ("… said the" / "Turkey-backed" /
    // "Syrian National Army …"). After the text's first line (a headline wrapped on two lines,
    // then the story), only when the next starts in lower case or the rest stops on a function word.
    if (before && brokenAtWidth(doc, before, prev, width) && !endsSentence(doc, prevText, head)) {
      // (A headline's rest that stops on a capital function word, written as a title, ends the headline: "… Deal," / "Threaten to Fight It".)
      const functionEnd = endsOnFunctionWord(doc, prevText);
      const capital = CAPITAL_START.test(head);
      const titleEnd = functionEnd && capital && before === doc.firstLine && isHeadline(doc, prevText);
      if (LOWER_START.test(head) || (functionEnd && !titleEnd) || (before !== doc.firstLine && capital)) return true;
    }
    // In a text wrapped more than once (it shows a second wrap's rests), a paragraph the wrap already
    // ran over lines (`runStart`), mid-sentence and in prose (not a title, not the text's headline),
    // goes on whatever the width of its last line: a mail quoted in a reply and wrapped again leaves
    // short rests anywhere in it ("… of the" / "U.S." / "> Air Force" / "> Utah Test and Training Range.").
    // (A text wrapped once never breaks a paragraph short: there a short line ends its paragraph.)
    if (runStart >= 0 && doc.firstLine !== null && runStart > doc.firstLine.start + doc.firstLine.indent && !endsSentence(doc, prevText, head) && doc.twice && doc.twiceSeen()) {
      const run = doc.text.slice(runStart, prev.end);
      // (A run that stops on an abbreviation the next line reads on from, "(3:10 a.m." / "Mountain time) …", stops on no sentence: `endsSentence` said so.)
      if (!writtenAsTitle(doc, run)) return true;
    }
    // No paragraph of a wrapped block opens on a word in lower case: a line without closing
    // punctuation goes on in one that does, however short it is ("The crisis" / "prompted calls …").
    if (!TERMINAL_END.test(prevText) && LOWER_WORD_START.test(head)) return true;
  }
  // A long unfinished line (or one that stops on a semicolon, which no paragraph ends on) that the
  // next continues in lower case (after any opening quote mark), or with a figure when the line
  // stops on a function word ("… with" / "20 tonnes …"), which no paragraph ends on either.
  // (A line of its own inside a bracket the next line closes, the next word too long for it, was
  // wrapped: "… Sichuan Province (9" / "March)". One that stops on a comma went on above.)
  if (width === 0 && doc.blockWidth > 0 && closesOpenBracket(prevText, lineText) && brokenAtWidth(doc, prev, line, doc.blockWidth)) return true;
  // (So is a bulleted item's line, left open, its next word too long for it, before a line with no
  // marker of its own: "• 2003: … takes asylum in" / "Nigeria" / "• 2006: …" is the item's rest.)
  if (width === 0 && doc.blockWidth > 0 && !indented && !TERMINAL_END.test(prevText) && listMarker(doc.text.slice(unit.start, unit.start + 12))?.bullet && brokenAtWidth(doc, prev, line, doc.blockWidth)) return true;
  // (Not into a line indented as a paragraph's first line is.)
  if (inset(line) < 2 && doc.text[line.start + line.margin] !== '\t' && sentenceRunsOn(doc, proseRun(doc, prev, above, unit), prevText, lineText, head)) return true;
  // (A short line too, when it stops on a function word and the next goes on in lower case: "… will
  // begin a" / "prolonged encounter …", where a page's line breaks fell, ends no paragraph either.)
  if (!(prevText.length >= 50 || prevText.endsWith(';') || endsOnFunctionWord(doc, prevText)) || TERMINAL_END.test(prevText)) return false;
  return LOWER_START.test(head) || (/^\p{N}/u.test(head) && endsOnFunctionWord(doc, prevText));
}

/**
 * The open end of a paragraph of prose: a sentence's stop, then a sentence that opens on a capital
 * and runs on in words in lower case to the end, with no stop ("… Ariz. The ranches lie within the
 * Santa Cruz"; not a name after initials, "D.C. Agle"). A decimal point is no stop ("… rose 3.5 percent …").
 */
const OPEN_SENTENCE = /[.!?]["”’»)\]]*[ \t]+["“‘«]?\p{Lu}(?:[^.!?]|(?<=\d)\.(?=\d))*?(?<![\p{L}\p{N}])\p{Ll}{2}(?:[^.!?]|(?<=\d)\.(?=\d))*$/u;
/**
 * The paragraph so far, to `prev`, as `sentenceRunsOn` reads it: a paragraph of one line that opens
 * a sentence after the one before it in the block ended ("… vaccine medicine." / "Danny Tarantola
 * … at the World Health" / "Ugandan child …": a PDF's lines beside a photo, narrower than the
 * text's) is read after that stop. `above`: the line over `prev` in its block, if any.
 */
function proseRun(doc: Doc, prev: Line, above: Line | null, unit: Unit): string {
  const run = doc.text.slice(unit.start, prev.end);
  if (unit.start !== prev.start + prev.indent) return run;
  return above && STOP_END.test(text(doc, above)) ? '. ' + run : run;
}

/** A line that stops on a capitalised word, as a name may over a line break ("… the Santa Cruz"). */
const CAPITAL_WORD_END = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*$/u;

/**
 * Does a sentence begun inside the paragraph so far (`run`: after a stop in it, so the paragraph
 * is prose, `OPEN_SENTENCE`) and not ended where its line stops, on a capitalised word or a function word, go on in
 * the next line? It does when that line is prose too (a stop in it) and does not open as a
 * sentence does: "… Ariz. The ranches lie within the Santa Cruz" / "River flood plain. According
 * …", where a page's line break fell inside a name, not "… had been agreed" / "The next round
 * …" (a paragraph that lost its stop) nor "… Department of Defense" / "No. 626-06" (no stop
 * before it).
 */
function sentenceRunsOn(doc: Doc, run: string, prevText: string, lineText: string, head: string): boolean {
  if (!(endsOnWord(CAPITAL_WORD_END, prevText) || endsOnFunctionWord(doc, prevText)) || !CAPITAL_START.test(head)) return false;
  // (The next line is prose: a stop in it, or it stops where no sentence does, "… survived the".)
  const prose = /[.!?]["”’»)\]]*(?:\s|$)/.test(lineText) || goesOn(lineText) || endsOpen(doc, lineText);
  if (run.length < 50 || !prose || !OPEN_SENTENCE.test(run.length > 400 ? run.slice(-400) : run)) return false;
  return !opensSentence(doc, head) && !dateline(head) && !listMarker(head);
}

/** A line's first word, of three letters at least, and the stop after it (then a blank, or the line's end). */
const FIRST_WORD_STOP = /^\p{L}{3,}[.!?](?=\s|$)/u;

/**
 * Does a line's first sentence end on its first word ("Report.", "Report. The …"): a word of its own
 * with a stop after it that ends a sentence (not an abbreviation's: "Gen.", "Dr.")?
 */
function endsOnFirstWord(doc: Doc, lineText: string): boolean {
  const m = FIRST_WORD_STOP.exec(lineText);
  return m !== null && doc.rules !== null && boundaryAt(m[0], '', doc.rules) !== false;
}

/** A line that stops on a word in capitals ("… NAVAL STATION"), two letters at least. */
const CAPITALS_END = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{M}'’.-]+$/u;

/**
 * Does `line` open with a dateline that starts a paragraph of its own? A dateline opens a
 * paragraph, so never after a line that stops where none ends: on a comma or a function word
 * ("… a wall along the" / "U.S.- Mexican border …" is no dateline "U.S.-"); nor, in a wrapped
 * block, after a line in lower case broken at the width on a word in capitals, where the place
 * it names began ("… Military News, NAVAL STATION" / "GUANTANAMO BAY, Cuba – …").
 */
function opensDateline(doc: Doc, prev: Line, line: Line, prevText: string, head: string, width: number): boolean {
  if (!dateline(head)) return false;
  if (goesOn(prevText) || endsOnFunctionWord(doc, prevText)) return false;
  return !(width > 0 && CAPITALS_END.test(prevText) && /\p{Ll}{2}/u.test(prevText) && brokenAtWidth(doc, prev, line, width));
}

/**
 * Does a line stand apart from the one before by its own marks, whatever their widths: it opens a
 * field (a header's, a bulletin's, a date under its label: "Broadcast: Thursday, January 05,
 * 2006"), or the two are in two cases?
 */
function standsApart(prevText: string, lineText: string): boolean {
  return opensField(lineText) || caseChanges(prevText, lineText) || isLabelledDateLine(lineText);
}

/** Is a break decided by the marks of the lines on either side of it, whatever their widths? */
function markedBreak(prevText: string, lineText: string): boolean {
  return rulerMark(prevText, true) !== null || rulerMark(lineText) !== null || isDateLine(prevText, true) || isDateLine(lineText, true) || standsApart(prevText, lineText);
}
