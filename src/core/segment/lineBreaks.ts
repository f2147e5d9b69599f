/**
 * Line breaks (segment/lines.ts): does a line go on from the one before, in the same paragraph,
 * or start something of its own (a dateline, a list item, a credit, a heading, a paragraph)?
 */
import { dateline, credit, pictureCredit } from './credits';
import { isDateLine, isLabelledDateLine, isTimeLine } from './chrome';
import { BULLETS, boundaryAt, hasStops, listMarker, stopReadsOn } from './stops';
import { goesOn, opensField, rulerMark } from './lineMarks';
import { CAPITAL_START, closesLrcTag, closesOpenBracket, SPACED_DASH_END, endsOnWord, lastWord, LOWER_START, LOWER_WORD_END, LOWER_WORD_START, STOP_END, TERMINAL_END, TIMED_START, TITLE_START } from './lineText';
import { capitalisedThroughout, endsAsTitle, endsOnFunctionWord, endsOpen, endsSentence, inset, isHeadline, nameRunsOn, opensSentence, text, textHasStops, writtenAsTitle, type Doc, type Line, type Unit } from './lineDoc';
import { brokenAtWidth, standsApart } from './blocks';

/** Words no place's name opens on, in capitals: prepositions and conjunctions. */
const NO_PLACE_START = /^(?:OF|AND|OR|FOR|TO|BY|WITH|FROM|ET|UND|Y)\s/;

/** A line that opens as a byline does: "By" and a capitalised word. */
const BYLINE_START = /^[Bb]y[ \t]+\p{Lu}/u;

/** The most lines a wrapped headline runs over: more after the first line are a paragraph, whatever its end. */
const TITLE_LINES = 3;

/**
 * Does `line` continue the paragraph of `prev`? `width` is the wrap width, 0 when the block is
 * not wrapped; `block`, the lines of its block; `unit`, the paragraph `prev` ends; `above`, the
 * line over `prev` in the block, if any.
 */
export function continues(doc: Doc, prev: Line, line: Line, next: Line | null, width: number, before: Line | null, block: readonly Line[], unit: Unit, above: Line | null): boolean {
  const runStart = unit.wrapped ? unit.start : -1;
  const lineText = text(doc, line);
  const head = lineText.slice(0, 60);
  const prevText = text(doc, prev);
  // A lyrics or subtitle file's timed phrases run on from line to line until a sentence stops.
  if (doc.timed && TIMED_START.test(head) && TIMED_START.test(prevText)) return !STOP_END.test(prevText);
  // So does an ID tag of such a file that a wrap broke ("[ti:…] [ar:Jo" / "Lee] [00:00.00]…").
  if (closesLrcTag(prevText, lineText)) return true;
  // A line that starts something of its own: a dateline, a list item, a credit; a date alone on
  // its line (a statement's header), or under its label ("Broadcast: …"), neither goes on from the
  // line before nor into the next.
  // (A date the wrap itself moved down, its line broken mid-sentence before it, goes on from it.)
  if (opensDateline(doc, prev, line, prevText, head, width) || isDateLine(prevText, true) || isLabelledDateLine(prevText) || placeOverDate(doc, prevText, lineText, next)) return false;
  const stamp = timeLineBreak(doc, prev, line, prevText, lineText, width, unit);
  if (stamp !== undefined) return stamp;
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
    if (width > 0 && nameCut(doc, prevText, lineText) && brokenAtWidth(doc, prev, line, width)) return true;
    return width > 0 && !indented && !underHeadline && !STOP_END.test(prevText) && !titled && brokenAtWidth(doc, prev, line, width);
  }
  // A ruler stands on its own; a wrap's rest of it ("-") goes on from it.
  const ruler = rulerMark(prevText, true);
  if (ruler !== null || rulerMark(lineText) !== null) return ruler !== null && rulerMark(lineText, true) === ruler;
  // (Not the text's first line, a title in capitals stopping on a colon where the wrap broke it, its
  // rest in lower case: "STATEMENT BY THE MINISTER OF FINANCE, ANA COSTA:" / "Budget day" is one title.)
  const titleRest = prev === doc.firstLine && prevText.endsWith(':') && width > 0 && !opensField(lineText) && brokenAtWidth(doc, prev, line, width);
  // (Nor a label in capitals that the wrap moved to a line's head, the line before left open on a
  // function word in lower case and broken at the width: "… set against the charts kept by" /
  // "REEFWATCH: a record …" is one sentence; no field follows a line that stops on "by". Nor a bare
  // label, after a line of prose in sentence case: `bareLabelMoved`.)
  const fieldMoved = width > 0 && opensField(lineText) && ((endsOnWord(LOWER_WORD_END, prevText) && endsOnFunctionWord(doc, prevText)) || bareLabelMoved(doc, prev, prevText, head)) && brokenAtWidth(doc, prev, line, width);
  if (standsApart(prevText, lineText) && !titleRest && !fieldMoved) return false;
  const marker = listMarker(head);
  // (Not a mark the wrap moved down inside a sentence: the line before left open and broken at the
  // width, not even the mark fitting on it, in a paragraph that is no list item, "… a total of 10^5" /
  // "* 300 = 30,000,000 lists.")
  const moved = marker !== null && width > 0 && !TERMINAL_END.test(prevText) && brokenAtWidth(doc, prev, line, width) && !listMarker(doc.text.slice(unit.start, unit.start + 12));
  if (marker && !moved && ((marker.bullet && BULLETS.includes(marker.bullet[0]!)) || TERMINAL_END.test(prevText))) return false;
  if (/^(?:\(|[-–—]{1,2}\s|By\s)/.test(head) && (credit(lineText) || pictureCredit(head))) return false;
  // A line that stops where no paragraph ends, or a heading's line that runs on (`openEnd`).
  const open = openEnd(doc, unit, prev, line, prevText, lineText, indented);
  if (open !== undefined) return open;
  // A line that opens on one word and a sentence's stop ("Report." alone, or "Report. The next …"),
  // after a line left open: no sentence is one word, so the word ends the sentence of the line before
  // ("… the VOA Special English Development" / "Report.").
  if (!TERMINAL_END.test(prevText) && endsOnFirstWord(doc, lineText)) return !indented;
  // A line that stops on a name's initial or a prefix abbreviation, a stop the stop rules read on
  // from before any capitalised word ("… Secretary of State, Michael R." / "Pompeo", "… said Gen." /
  // "Ana Costa …"), ends no sentence and no line of its own: it goes on, whatever the lines' widths,
  // unless the next opens as a sentence does ("… adopts Plan B." / "The …"). (Not a stop the next
  // word decides: "… help from the U.S." / "Talks resume" may end there.)
  if (doc.rules && stopReadsOn(prevText, doc.rules) && CAPITAL_START.test(head) && !opensSentence(doc, head)) return !indented;
  if (width > 0) {
    // A paragraph starts on an indented line.
    if (indented) return false;
    if (doc.marginRests && inset(line) === inset(prev) && inset(line) >= 2) return false;
    // A heading: a line that starts as a title does, without closing punctuation, standing alone
    // after a sentence's end; or the text's first line (a headline) before a paragraph that starts
    // with a capital (a headline wrapped on two lines ends on a short one).
    const lineBroken = brokenAtWidth(doc, line, next, width);
    // (A heading is never followed by a line that goes on in lower case, nor stands after a line that
    // ends on a semicolon, "… Near the Border;" / "Hundreds Homeless", or on a colon where the wrap broke
    // it, "… 2002:" / "Measles in Africa": a title's rest. Nor does it end its block, heading nothing, where
    // the wrap moved it down: that is the paragraph's last words, "… May 16, 2016." / "DOI:10.1001/…".)
    if (
      !TERMINAL_END.test(lineText) &&
      endsSentence(doc, prevText, head) &&
      !prevText.endsWith(';') && !(prevText.endsWith(':') && brokenAtWidth(doc, prev, line, width)) &&
      !lineBroken &&
      !(next === null && brokenAtWidth(doc, prev, line, width)) &&
      !secondWrapRest(doc, unit, prev, line, width) &&
      TITLE_START.test(head) &&
      endsAsTitle(doc, lineText) &&
      !(next !== null && LOWER_START.test(text(doc, next).slice(0, 60)))
    ) {
      return false;
    }
    if (firstLineHeadline(doc, prev, line, block, prevText, lineText, head, width, lineBroken) || exclaimedHeadline(doc, prev, prevText, head)) return false;
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
    // A link the wrap broke inside: `linkBroken`.
    if (linkBroken(unit, prev, line, lineText, head, width)) return prevText.endsWith(':') || (!TERMINAL_END.test(prevText) && endsOnFunctionWord(doc, prevText));
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
 * Is `line` a link longer than the width, which the wrap broke inside (the line one word, as long
 * as the width), after a line of its own (no line before went on into it)? Such a link stands at a
 * line's start however short the line before it: the break before it tells nothing, and a short
 * line of its own over it ("Source: Harbour Office" / "https://…") ends there. That line goes on
 * into it only where it is left open on a function word or a colon ("… can be read at" /
 * "https://…", "… the link below:" / "https://…"; on a comma or a dash `openEnd` says so first). (A link inside a sentence the wrap ran over lines, "…
 * of the Republic" / "https://…" / "…, the spokesman said", goes on as any line broken at the width.)
 */
function linkBroken(unit: Unit, prev: Line, line: Line, lineText: string, head: string, width: number): boolean {
  return unit.start === prev.start + prev.indent && LINK_START.test(head) && line.length >= width - 1 && !/\s/.test(lineText);
}
/** A line that opens on a link. */
const LINK_START = /^(?:https?:\/\/|www\.)/i;

/**
 * In a text that shows a second wrap's rests (wrapped at 72 columns, then at 50), is `line` the rest
 * of a line the second wrap broke at the width, though a sentence ended there, inside a paragraph
 * run over lines (`prev` goes on from the line before it)? Such a rest opens a sentence
 * mid-paragraph that goes on in the next line ("… in Denver, Colorado." / "To beat Ana" / "Lopez,
 * the sprinter …"): no heading, though it stands short and starts as a title does. (After a line
 * of its own, a contact's or an office's, a short line stays one too.)
 */
function secondWrapRest(doc: Doc, unit: Unit, prev: Line, line: Line, width: number): boolean {
  return doc.twice && unit.start < prev.start && brokenAtWidth(doc, prev, line, width) && doc.twiceSeen();
}

/**
 * Is the text's first line a headline over the story, though the wrap broke the line after it? A
 * first line the wrap itself broke, its next word too long for it, is a headline only when it is
 * written as a title: else it is the story's first line, "… across southern" / "Asia are struggling
 * …"; and not when the next line is written as a title throughout, every long word capitalised,
 * which a story's first line, its names apart, is not: the title runs on ("Final, Uncertified Count
 * for Afghan" / "Presidential Election Shows Karzai": titleRunsOn); nor a byline's line, "By HARBOUR
 * RADIO 4 May, 2013 From Harbour Radio" / "International, this is …", whose capitals are names and a
 * date's, not a title's. And only when what follows ends as prose does: a title on three lines or
 * more is one; more lines than a title runs are prose. (A line with a long word in lower case that
 * is no function word, most of its words capitalised, may be a headline in sentence case or a
 * lead's first line full of names, "… on Friday welcomed" / "Governor Ana Costa …": a headline
 * says what the lead then tells, and a word of it comes back there: `leadRepeats`.) (Nor a line
 * that leaves a bracket open which the next closes, "… Agency (National Ports and" / "Harbours
 * Authority) said …": no headline ends inside brackets.)
 */
function firstLineHeadline(doc: Doc, prev: Line, line: Line, block: readonly Line[], prevText: string, lineText: string, head: string, width: number, lineBroken: boolean): boolean {
  return (
    prev === doc.firstLine &&
    lineBroken &&
    isHeadline(doc, prevText) &&
    !closesOpenBracket(prevText, lineText) &&
    CAPITAL_START.test(head) &&
    (!brokenAtWidth(doc, prev, line, width) || (writtenAsTitle(doc, prevText) && (capitalisedThroughout(doc, prevText) || leadRepeats(doc, prevText, line, block)) && !BYLINE_START.test(prevText) && !nameRunsOn(doc, prevText, head) && !titleRunsOn(doc, lineText))) &&
    (TERMINAL_END.test(text(doc, block[block.length - 1]!)) || block.length > TITLE_LINES + 1)
  );
}

/** The most words of a first line that ends on "!" or "?" read as a headline (`exclaimedHeadline`): a heading block's (readText.ts). */
const EXCLAIMED_HEADLINE_WORDS = 20;

/** A full stop that closes a statement before a capital, inside a line ("… on Monday. Would …"). */
const STATEMENT_INSIDE = /[.。]["”’»)\]]*\s+["“‘«]?\p{Lu}/u;

/**
 * Is the text's first line a headline that ends on an exclamation or a question mark over a lead
 * that opens on a capital ("Ferries sail on all winter!" / "The harbour board …"), though the wrap
 * may have filled the line up to it? A sentence ends there (not on a name's own mark, "Yahoo!", nor
 * before a word in lower case), and the line holds no statement closed by a full stop, as a lead's
 * first line may ("The board met on Monday. Would the ferry stop?" / "The board said …" goes on).
 */
function exclaimedHeadline(doc: Doc, prev: Line, prevText: string, head: string): boolean {
  return (
    prev === doc.firstLine &&
    /[!?]["”’»)\]]*$/u.test(prevText) &&
    CAPITAL_START.test(head) &&
    !STATEMENT_INSIDE.test(prevText) &&
    wordCount(prevText) <= EXCLAIMED_HEADLINE_WORDS &&
    (doc.rules === null || boundaryAt(prevText, ' ' + head, doc.rules) === true)
  );
}

/**
 * Does a long word of the first line (four letters or more, no function word) come back in the
 * lines after it in its block, as a headline's words come back in the lead under it ("Ferries halt
 * as storm nears" / "Ferries stayed in port …")? A lead's first line does not repeat itself in its
 * own sentence's rest.
 */
function leadRepeats(doc: Doc, first: string, line: Line, block: readonly Line[]): boolean {
  const rest = new Set(doc.text.slice(line.start, block[block.length - 1]!.end).toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  return (first.match(/\p{L}{4,}/gu) ?? []).some((w) => !doc.functionWords.has(w.toLowerCase()) && rest.has(w.toLowerCase()));
}

/**
 * A line that stops where no paragraph ends (on a comma, inside a hyphenated word, on a word no
 * sentence or heading ends on: "… a fair chance that" / "River Town …") goes on in the next, unless
 * that one is indented further; a heading's first line that runs on (`headingRunsOn`: "Statement of" /
 * "Director Ana Costa", centred or not) goes on too. Undefined when neither says.
 */
function openEnd(doc: Doc, unit: Unit, prev: Line, line: Line, prevText: string, lineText: string, indented: boolean): boolean | undefined {
  if (headingRunsOn(doc, unit, prev, line, prevText, lineText)) return true;
  if (goesOn(prevText) || endsOpen(doc, prevText)) return !indented;
  return undefined;
}

/** The most words of a heading's line that runs on in the next (`headingRunsOn`), and of that next line. */
const HEADING_RUN_WORDS = 8;
const HEADING_REST_WORDS = 12;
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * Does a heading's first line run on in `line`? It is the paragraph's first line, short and without
 * a stop, and stops on a word written in lower case that no heading ends on (`StopRules.headingOpenEnds`:
 * "of", "for", "the"); the next line is short and ends on no punctuation either, and is set as the
 * first: at its margin or further left, or centred on the same middle ("Statement of" / "Director
 * Ana Costa" / "Regional Water Authority", each line centred: a title block).
 */
function headingRunsOn(doc: Doc, unit: Unit, prev: Line, line: Line, prevText: string, lineText: string): boolean {
  const ends = doc.rules?.headingOpenEnds;
  if (!ends?.size || unit.start !== prev.start + prev.indent) return false;
  const last = lastWord(prevText);
  if (last === undefined || last !== last.toLowerCase() || !ends.has(last)) return false;
  if (TERMINAL_END.test(lineText) || hasStops(prevText) || wordCount(prevText) > HEADING_RUN_WORDS || wordCount(lineText) > HEADING_REST_WORDS) return false;
  return inset(line) <= inset(prev) || centredPair(prevText, lineText, prev, line);
}

/** Two lines indented and centred on the same middle (within a column and a half), as a title block's lines are. */
function centredPair(prevText: string, lineText: string, prev: Line, line: Line): boolean {
  if (inset(prev) < 2 || inset(line) < 2) return false;
  return Math.abs(inset(prev) + prevText.length / 2 - (inset(line) + lineText.length / 2)) <= 1.5;
}

/**
 * Does a title's line run on in `lineText`: written as a title throughout, with no clause after a
 * comma in lower case (a title capitalises after its commas, "… Offer, Threaten to Fight It"; a
 * sentence does not, "From VOA Learning English, this is the …")?
 */
const titleRunsOn = (doc: Doc, lineText: string): boolean => capitalisedThroughout(doc, lineText) && !COMMA_LOWER.test(lineText);
const COMMA_LOWER = /,[ \t]+\p{Ll}/u;

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

/**
 * A line's first word, of three letters at least, and the stop after it (then a blank, the line's end,
 * or the next sentence run into it with no blank, as a copy that lost its blanks writes it: "English.This week").
 */
const FIRST_WORD_STOP = /^\p{L}{3,}[.!?](?=\s|$|\p{Lu}\p{Ll})/u;

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
 * it names began ("… Military News, NAVAL STATION" / "GUANTANAMO BAY, Cuba – …"), or after a
 * line of prose broken at the width mid-sentence.
 */
function opensDateline(doc: Doc, prev: Line, line: Line, prevText: string, head: string, width: number): boolean {
  if (!dateline(head)) return false;
  // (No place's name opens on a preposition or a conjunction: "… MINISTER OF HARBOURS" / "OF THE
  // ISLANDS, ANA COSTA: …" is a title's rest the wrap moved down.)
  if (NO_PLACE_START.test(head)) return false;
  if (goesOn(prevText) || endsOnFunctionWord(doc, prevText)) return false;
  if (width === 0 || !brokenAtWidth(doc, prev, line, width)) return true;
  // (Nor after a line the wrap broke on a name's initial or a prefix abbreviation, a stop the stop
  // rules read on from: "… MINISTER ANA B." / "COSTA: Budget day" is a name the wrap cut.)
  // A name's initial the wrap moved down opens no dateline either: "… MINISTER ANA" / "B. COSTA: Budget day".
  if (doc.rules && stopReadsOn(prevText, doc.rules)) return false;
  if (/^\p{Lu}\.[ \t]+\p{Lu}/u.test(head) && /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*$/u.test(prevText)) return false;
  if (CAPITALS_END.test(prevText) && /\p{Ll}{2}/u.test(prevText)) return false;
  // Nor after a line of prose broken at the width mid-sentence, a clause after a comma in it, not the
  // text's first line (a headline's): "… told radio station Cadena" / "SER: \"A lot of …" is a name
  // the wrap moved down, its colon the sentence's.
  return prev === doc.firstLine || TERMINAL_END.test(prevText) || !PROSE_CLAUSE.test(prevText) ? !bareLabelMoved(doc, prev, prevText, head) : false;
}

/**
 * A place alone on its line over a date alone on the next ("Port Ellis, Westmark" / "30 August 2026"):
 * a story's header, which goes on from no line above it, though that one fills the width, unless
 * that stops where no line ends ("… at the Regatta in" / "Port Ellis, Westmark" is a title's rest).
 */
function placeOverDate(doc: Doc, prevText: string, lineText: string, next: Line | null): boolean {
  return next !== null && PLACE_LINE.test(lineText) && isDateLine(text(doc, next), true) && !goesOn(prevText) && !endsOnFunctionWord(doc, prevText);
}

/** The barest dateline or field label: words in capitals, then a colon ("WCAC:", "AMMAN/BEIRUT:"). */
const BARE_LABEL = /^\p{Lu}[\p{Lu}\p{M}'’.\/ -]*:(?:\s|$)/u;

/**
 * After a line of prose in sentence case left open (not the text's first line, a headline's), is
 * the next line's head the barest of datelines or labels, words in capitals and a colon with no
 * agency, date or dash ("… three judges of the court" / "WCAC: Ana Costa, …")? A name the sentence
 * goes on with, which the wrap moved down, its colon the sentence's. (The caller asks whether the
 * line before was broken at the width.)
 */
function bareLabelMoved(doc: Doc, prev: Line, prevText: string, head: string): boolean {
  return prev !== doc.firstLine && !TERMINAL_END.test(prevText) && BARE_LABEL.test(head) && SENTENCE_CASE.test(prevText);
}

/** A place alone on its line: one to three words in title case, a comma, a region of one or two ("Port Ellis, Westmark"). */
const PLACE_LINE = /^\p{Lu}[\p{Ll}\p{M}'’.-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’.-]+){0,2},[ \t]+\p{Lu}[\p{Ll}\p{M}'’.-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’.-]+)?$/u;

/**
 * A name the wrap cut in two before a date: a line in sentence case ending on a capitalised word, and
 * a date line whose first word, before its comma, is capitalised and no week day or month ("… on the
 * passing of Jan" / "Novak, May 3, 2019" is one line, a headline and its date).
 */
function nameCut(doc: Doc, prevText: string, lineText: string): boolean {
  const word = /^(\p{Lu}\p{Ll}+),/u.exec(lineText)?.[1];
  return word !== undefined && doc.rules !== null && !doc.rules.dateWords.has(word.toLowerCase()) && NAME_END.test(prevText) && SENTENCE_CASE.test(prevText);
}

/** A line's last word capitalised and in lower case after its capital ("… of Jan"). */
const NAME_END = /(?<![\p{L}\p{N}.'’-])\p{Lu}\p{Ll}+$/u;
/** Two words in lower case of four letters or more: a line in sentence case, not a title's capitals. */
const SENTENCE_CASE = /(?<![\p{L}\p{N}])\p{Ll}{4,}(?![\p{L}\p{N}]).*?(?<![\p{L}\p{N}])\p{Ll}{4,}(?![\p{L}\p{N}])/u;

/** A comma, then a clause in lower case (two words of three letters or more): a sentence's, not a title's. */
const PROSE_CLAUSE = /,[ \t]+(?:\S+[ \t]+)*?\p{Ll}{3,}[ \t]+(?:\S+[ \t]+)*?\p{Ll}{3,}/u;


/**
 * A clock time alone on its line ("8:54 pm") that stands as a unit of its own: nothing goes on from
 * it (false). Into one, a line goes on only where a wrap moved a sentence's time down ("… starts at
 * approximately" / "11:30 p.m." / "PDT on …"): the line before broken at the width, mid-sentence,
 * and not in a text that opens on a time alone, which stamps its lines with times (live captions,
 * a time every minute, set even inside a sentence: "… i'm delegating all" / "8:55 pm").
 * `undefined` where neither line is a time alone.
 */
function timeLineBreak(doc: Doc, prev: Line, line: Line, prevText: string, lineText: string, width: number, unit: Unit): boolean | undefined {
  if (isTimeLine(prevText) && unit.start === prev.start + prev.indent) return false;
  if (!isTimeLine(lineText)) return undefined;
  return width > 0 && !stampedWithTimes(doc) && !(inset(line) > inset(prev)) && !STOP_END.test(prevText) && brokenAtWidth(doc, prev, line, width);
}

/** Does the text open on a clock time alone on its line, as a text that stamps its lines with times does? */
const stampedWithTimes = (doc: Doc): boolean => doc.firstLine !== null && isTimeLine(text(doc, doc.firstLine));
