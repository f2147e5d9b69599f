/**
 * A text's lines as the paragraph reader (`lines.ts`, `blocks.ts`, `lineBreaks.ts`) sees them (`Line`, `Doc`, `Unit`), and what a line's
 * words say about where it ends: a sentence's stop, a word no sentence ends on, a title's capitals,
 * a headline's shape, a sentence's opening word.
 */
import { dateline } from './credits';
import { boundaryAt, endsOnAbbreviation, hasStops } from './stops';
import type { StopRules } from './rules';
import { CAPITAL_START, COMMA_CLOSED, lastWord, LOWER_WORD_START, TERMINAL_END, titleCased } from './lineText';

export interface Line {
  start: number;
  /** End of the line's text, without its line break and trailing white space. */
  end: number;
  /** Characters up to `end`, leading indentation included. */
  length: number;
  /** Characters before its text: white space, and the quotation marks of a mail's reply (`margin`). */
  indent: number;
  /** Characters up to the blank after its last quotation mark ("> ", "> > "), 0 for a line that is not quoted. */
  margin: number;
  /** Its UTF-8 bytes up to `end`, once a wrap test has needed them. */
  bytes?: number;
  /** Its width on screen up to `end` (combining marks take none), once a wrap test has needed it. */
  columns?: number;
}

/** A paragraph of the text: one line, or the lines of a wrapped paragraph joined back. */
export interface Unit {
  start: number;
  end: number;
  paragraph: number;
  /** Joined from several lines. */
  wrapped: boolean;
}

export interface Doc {
  text: string;
  functionWords: ReadonlySet<string>;
  /** The text's first line: where a headline stands. */
  firstLine: Line | null;
  rules: StopRules | null;
  /** The text is wrapped as a whole (no line longer than a wrap), so it may have been wrapped twice. */
  twice: boolean;
  /** The block's wrap width on screen, when the text has combining marks (else 0: characters and bytes tell). */
  columnsWidth: number;
  /** The block's wrap width, had it been wrapped; 0 when its lines are too short or too long for one. */
  blockWidth: number;
  /**
   * The block's wrap leaves the rests of its indented lines at the margin (as `fold` does): an
   * indented line goes on at the margin, in lower case. Then a line indented as the one before it
   * starts an item of its own.
   */
  marginRests: boolean;
  /** Does the text show a second wrap's rests (see wrappedTwice), once a line has needed to know? */
  restsSeen?: boolean;
  /** Whether the text has a sentence's stop (a copy may lose them all), once a line has needed to know. */
  stops?: boolean;
  /** Does the text show a second wrap's rests? (wrappedTwice over the text's blocks and width.) */
  twiceSeen: () => boolean;
  /** The words the text writes in lower case, once a line has needed them. */
  lowerCase?: Set<string>;
  /** The UTF-8 bytes of its longest line, once a wrap test has needed them (blocks.ts widestInBytes). */
  widestBytes?: number;
  /** Its UTF-8 bytes a character, once a wrap test has needed them (blocks.ts bytesWidth). */
  bytesPerChar?: number;
  /** The words the text capitalises inside its sentences' lines ("… wenn Sie eine …"), once a line has needed them. */
  capitalInside?: Set<string>;
  /**
   * The text's lines open on timecodes ("[00:53.04]…"), as a lyrics or subtitle file (LRC) times each
   * phrase it shows: the lines are phrases of one running text, not lines of their own.
   */
  timed: boolean;
}

export const text = (doc: Doc, l: Line): string => doc.text.slice(l.start + l.indent, l.end);
/** A line's indentation inside its margin (a mail's quotation marks): the wrap of a quoted paragraph keeps it. */
export const inset = (l: Line): number => l.indent - l.margin;

/** Does the text have a sentence's stop anywhere? Read once, when a line first needs it. */
export function textHasStops(doc: Doc): boolean {
  return (doc.stops ??= hasStops(doc.text));
}

/**
 * Does a line end a sentence? It ends on sentence punctuation (a quotation closed after a comma
 * does not: the sentence goes on to its speaker), but not on an abbreviation's full
 * stop that the next line's first word reads on from (the stop rules: "… the U.S." / "Mission
 * in the …"), as the sentence splitter would read the two lines joined.
 */
export function endsSentence(doc: Doc, prevText: string, nextHead: string): boolean {
  if (!TERMINAL_END.test(prevText) || COMMA_CLOSED.test(prevText)) return false;
  if (!doc.rules || !prevText.endsWith('.')) return true;
  // (An abbreviation's stop before a word in lower case ends no sentence: "… at the U.S." / "swimming trials …".)
  if (!CAPITAL_START.test(nextHead)) return !(LOWER_WORD_START.test(nextHead) && endsOnAbbreviation(prevText, doc.rules));
  return boundaryAt(prevText.length > 80 ? prevText.slice(-80) : prevText, ' ' + nextHead, doc.rules) !== false;
}

/**
 * Does a line open as a sentence does: on a function word of the language in capitals that the
 * text also writes in lower case ("The", "It", "Des"; not "I", always a capital), the word after
 * it in lower case, a figure or a currency sign ("The $28-million hit"; not a title or a name:
 * "The Hague", "A Tale of …")? The word may take a possessive ("Today's fans"). With
 * `functionWord` false, any word the text writes in lower case elsewhere will do. Not after an
 * opening quote mark: a quotation opens on a capital inside a sentence ("… told reporters" / "“The …").
 */
export function opensSentence(doc: Doc, head: string, functionWord = true): boolean {
  const m = OPENS.exec(head);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  return (!functionWord || doc.functionWords.has(word)) && lowerCaseWords(doc).has(word) && !capitalisedInside(doc).has(m[1]!);
}

/**
 * The capitalised words the text also writes inside a sentence, between two words in lower case on
 * one line: a word capitalised as such, a pronoun of address ("… wenn Sie eine …", "… als Ihr
 * …"), whose capital opens no sentence at a line's start either. (Not a title's or a name's
 * article, "… in The Hague": a capital follows it.)
 */
function capitalisedInside(doc: Doc): ReadonlySet<string> {
  return (doc.capitalInside ??= new Set(doc.text.match(/(?<=\p{Ll}[ \t]+)\p{Lu}\p{Ll}*(?=[ \t]+\p{Ll})/gu) ?? []));
}
const OPENS = /^(\p{Lu}\p{Ll}*)(?:['’]s)?[ \t]+[\p{Ll}\p{N}\p{Sc}]/u;

/** The words the text writes in lower case, read once, when a line first needs them. */
export function lowerCaseWords(doc: Doc): ReadonlySet<string> {
  return (doc.lowerCase ??= new Set(doc.text.match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu) ?? []));
}

/**
 * Does the line stop on a word that no sentence or heading ends on (`StopRules.openEnds`: "the",
 * "and", "that"), in lower case, or capitalised as the line's only word ("The" / "Harbour board …")?
 */
export function endsOpen(doc: Doc, s: string): boolean {
  const last = doc.rules?.openEnds?.size ? lastWord(s) : undefined;
  if (last === undefined) return false;
  return doc.rules!.openEnds!.has(/\s/.test(s) ? last : last.toLowerCase());
}

/** Does the line stop on a function word ("of", "the", "avec")? */
export function endsOnFunctionWord(doc: Doc, s: string): boolean {
  const last = lastWord(s);
  return last !== undefined && doc.functionWords.has(last.toLowerCase());
}

/**
 * Is a line written as a title? Most of its words of four letters or more capitalised and no comma,
 * or, with a comma, every such word capitalised but the language's function words, two at least
 * ("… Reject Latest Pay Offer, Threaten to Fight It"). A sentence that names a place or a body has
 * its clauses and words in lower case ("On Friday, I went to the Riverside Community Hall").
 */
export function writtenAsTitle(doc: Doc, s: string): boolean {
  return (titleCased(s) && !s.includes(',')) || capitalisedThroughout(doc, s);
}

/**
 * Is a line written as a title throughout: every word of four letters or more capitalised but the
 * language's function words, two at least ("Presidential Election Shows Karzai")? A sentence's
 * line, however many names it holds, has a word in lower case ("… government-appointed Independent …").
 */
export function capitalisedThroughout(doc: Doc, s: string): boolean {
  const words = (s.match(/\p{L}{4,}/gu) ?? []).filter((w) => !doc.functionWords.has(w.toLowerCase()));
  return words.length >= 2 && words.every((w) => /\p{Lu}/u.test(w));
}

/**
 * Could the text's first line be a headline? No closing punctuation (a quotation's closing mark
 * after its last word is none: "… Suspected of ‘Reckless Homicide’"), no dateline, not ending on a
 * function word, unless the line is written as a title and ends on a capital ("… Threaten to Fight It").
 */
export function isHeadline(doc: Doc, s: string): boolean {
  return /[\p{L}\p{N}]["”’»)\]]*$/u.test(s) && !dateline(s) && endsAsTitle(doc, s);
}

/**
 * Does a name run on over the break of a line in sentence case (two words of four letters or more
 * in lower case, not function words), the line stopping on a capitalised word and the next opening
 * on one: "… by the Regional Water Authority" / "Board on the repairs …"? Its capitals are a
 * name's, not a title's.
 */
export function nameRunsOn(doc: Doc, s: string, nextHead: string): boolean {
  const capitalWord = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w) && !doc.functionWords.has(w.toLowerCase());
  if (!capitalWord(lastWord(s)) || !capitalWord(/^\p{L}+/u.exec(nextHead)?.[0])) return false;
  const lower = (s.match(/\p{L}{4,}/gu) ?? []).filter((w) => !/\p{Lu}/u.test(w) && !doc.functionWords.has(w));
  return lower.length >= 2;
}

/**
 * Could a line end a title? Not on a function word ("… said the" / "\"The" is the rest of a
 * broken line), unless it is written as a title throughout and ends on a capital ("… Threaten to
 * Fight It"); a line with words in lower case ends on a name's capital function word as a
 * sentence's line does ("Both the space agency and the National Oceanic And" / "Atmospheric …").
 */
export function endsAsTitle(doc: Doc, s: string): boolean {
  return !endsOnFunctionWord(doc, s) || (/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*$/u.test(s) && capitalisedThroughout(doc, s));
}
