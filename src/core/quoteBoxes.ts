/**
 * Quote modules: a box among a story's paragraphs that a page names as a quote ("module-quote",
 * "highlight--quote") and that sets a speaker's words large, then the speaker's name (and role)
 * as lines of their own. It is furniture of the page, as a pull quote is (markupNames.ts names
 * those), though its words need not repeat a paragraph of the story. A quotation the story
 * cites is set in a <blockquote> (not such a box); a box so named that closes on no name line is
 * left to the story.
 *
 * Pure: no DOM, no Node.
 */
import { TERMINAL_END, wordsOf } from './articleRuns';
import { nameWords } from './markupNames';

/** The elements a quote module is set in (not <blockquote>, <q>, <p> or an inline element). */
const QUOTE_BOX_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'aside', 'figure']);
const QUOTE_WORDS: ReadonlySet<string> = new Set(['quote', 'quotes']);
/** A speaker's name or role under the words: at most this many words, and at most this many such lines. */
const NAME_LINE_MAX_WORDS = 8;
const MAX_NAME_LINES = 2;
/** The words above the name lines: at least this many. */
const MIN_QUOTE_WORDS = 3;
/** The most characters a quote module holds (a box of the page, not a section of the story). */
const MAX_QUOTE_BOX_CHARS = 800;

/** Whether an element (its tag, its class names and id) is named as a quote's box. */
export function namesQuoteBox(tag: string, names: string): boolean {
  return QUOTE_BOX_TAGS.has(tag) && /quote/i.test(names) && nameWords(names).some((w) => QUOTE_WORDS.has(w));
}

/**
 * Whether the text a box named as a quote holds (`text` from `from` to `to`) is a quote module:
 * words, then one or two short lines that do not end as a sentence or a quotation ends (the
 * speaker's name, the role).
 */
export function isQuoteModule(text: string, from: number, to: number): boolean {
  if (to - from > MAX_QUOTE_BOX_CHARS) return false;
  const lines = text
    .slice(from, to)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => wordsOf(l).length > 0);
  let names = 0;
  while (names < MAX_NAME_LINES && names < lines.length - 1 && isNameLine(lines[lines.length - 1 - names]!)) names++;
  if (names === 0) return false;
  const quote = lines.slice(0, lines.length - names);
  return quote.reduce((n, l) => n + wordsOf(l).length, 0) >= MIN_QUOTE_WORDS && TERMINAL_END.test(quote[quote.length - 1]!);
}

/** A line that names a speaker or a role: a few words, not ending as a sentence or a quotation ends. */
function isNameLine(line: string): boolean {
  return wordsOf(line).length <= NAME_LINE_MAX_WORDS && !TERMINAL_END.test(line);
}
