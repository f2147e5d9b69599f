/**
 * Runs of blocks in a page's article that article.ts reads by their shape: where a paragraph
 * ends as a sentence ends, the words of a block, teasers of other stories set in the article,
 * and furniture closing a paragraph ("Watch more of the remarks »", an e-mail address).
 * Pure: no DOM, no Node.
 */
import { EMAIL_LINE } from './pageLines';
import { POINTER_ARROW, POINTER_MAX_WORDS } from './pageNotices';
import type { BlockRole, ReadBlock } from './readText';
import { SENTENCE_STOPS, UNSPACED_SCRIPTS } from './scripts';
import { once } from './once';
import { STAFF_CREDIT_LABELS } from './data/staffCredits';

/** What these passes read of a page's block (offsets in the read text); articlePage.ts's PageBlock has more. */
export interface ShapedBlock {
  readonly start: number;
  readonly end: number;
  /** The innermost block element that holds it (`p`, `h1`, `li`, `div`…), or '' at the top. */
  readonly tag: string;
  /** The share of its characters inside a link. */
  readonly linkShare: number;
  /** The share of its characters inside a figure, a caption or a credit. */
  readonly captionShare: number;
}

/** A block that is mostly link text is chrome, even inside the article. */
export const MAX_LINK_SHARE = 0.6;
export const HEADING_TAG = /^h[1-6]$/;
/** Closing quotation marks: English ” ’, German and Czech “ ‘ („…“), French and others » and « (»…«). */
const CLOSE_QUOTE = `"'”’“‘»«`;
export const TERMINAL_END = new RegExp(`[${SENTENCE_STOPS}:${CLOSE_QUOTE})\\]」』）]$`, 'u');
/**
 * A standfirst ends as a sentence or a quotation ends, or on a colon that opens the text; not
 * on a bracket, as bylines and date lines do ("Par Martin Untersinger (avec …)", "(Mis à jour : 07:38)").
 */
export const STANDFIRST_END = new RegExp(`[${SENTENCE_STOPS}:${CLOSE_QUOTE}」』]$|[${SENTENCE_STOPS}][)\\]）]$`, 'u');
/**
 * Ends as a sentence ends, closing quotes or brackets aside; a closing quote perhaps after a space,
 * as French typography sets it ("… enfin ! »", a no-break or a narrow no-break space).
 */
export const SENTENCE_END = new RegExp(`[${SENTENCE_STOPS}](?:\\s*[${CLOSE_QUOTE}]|[)」』）])*$`, 'u');
/** A sentence signed by its agency after the stop: "… to sneak into the US. PTI", "… the vote. — AP". */
const SIGNED_END = new RegExp(`[${SENTENCE_STOPS}][${CLOSE_QUOTE})」』）]*\\s+(?:[-–—]+\\s*)?\\(?\\p{Lu}{2,6}\\)?$`, 'u');
/**
 * A wire's copyright credit closing a paragraph after its last stop: "… 指摘している。(c)AFP/Aminu
 * ABUBAKAR", "… the vote. © Kyodo": the formula "(c)" or "©", the agency's name (capitalised, up
 * to three words), perhaps its reporter or photographer after a slash. Group 1 is the paragraph
 * up to its stop, group 2 the space before the credit.
 */
const CREDIT_AFTER_STOP = new RegExp(
  `([${SENTENCE_STOPS}][${CLOSE_QUOTE})」』）]*)(\\s*)(?:\\([cC]\\)|©)\\s*\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’-]*){0,2}(?:\\s*\\/[^()\\n/${SENTENCE_STOPS}]{1,60})?$`,
  'u',
);
/**
 * A staff credit in brackets closing a paragraph after its last stop, as Chinese and Japanese
 * papers set it: "… 发表在《自然》上。（编译/林靖东）", "…。（记者 张三）", "…。【責任編輯：王芳】": one of the
 * languages' labels (data/staffCredits.ts), a colon, a slash or a space, and the names. Group 1 is
 * the paragraph up to its stop, group 2 the space before the credit. Made on first use.
 */
const STAFF_CREDIT_AFTER_STOP = once(() => {
  const labels = [...new Set(Object.values(STAFF_CREDIT_LABELS).flat())].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`([${SENTENCE_STOPS}][${CLOSE_QUOTE})」』）]*)(\\s*)[（(【［\\[]\\s*(?:${labels})\\s*[：:/／\\s]\\s*[^（）()【】［\\]\\[${SENTENCE_STOPS}\\n]{1,40}[）)】］\\]]$`, 'u');
});
/**
 * A quotation closed and its speaker named after it, the paragraph's stop left out: "“… work with
 * us,” said Jane Doe": a comma or a stop, the closing mark, then one to four words and nothing more.
 */
const ATTRIBUTED_QUOTE_END = new RegExp(`[,${SENTENCE_STOPS}]\\s*[”“’»"]\\s+\\p{L}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{L}[\\p{L}\\p{M}'’.-]*){0,3}$`, 'u');
/**
 * A story signed in lenticular brackets after its last stop, as Japanese papers sign it with the
 * reporters' places and names: "…している。【ロンドン山田花子、パリ田中一郎】" (no label: any words but a stop).
 */
const BRACKET_SIGNED_END = new RegExp(`[${SENTENCE_STOPS}][${CLOSE_QUOTE})」』）]*\\s*【[^【】${SENTENCE_STOPS}\\n]{1,40}】$`, 'u');
/** A paragraph ends as a sentence ends (or a quotation, a bracket), perhaps signed by its agency or closing on its credit, or on a quotation's speaker. */
export function endsAsSentence(text: string): boolean {
  return TERMINAL_END.test(text) || SIGNED_END.test(text) || CREDIT_AFTER_STOP.test(text) || ATTRIBUTED_QUOTE_END.test(text) || BRACKET_SIGNED_END.test(text);
}
/** Teasers: at least this many paragraphs in a row, each under a linked headline of at least this many words. */
const TEASER_MIN = 3;
const TEASER_HEADLINE_MIN_WORDS = 3;
/** …and at most this share of it in a caption. */
const TEASER_HEADLINE_MAX_CAPTION_SHARE = 0.5;
/** …each with one paragraph, perhaps after a line of at most this many words that is no sentence (a date line). */
const TEASER_LINE_MAX_WORDS = 12;
/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese):
 * each of their characters counts as a word, else a whole clause is one "word" and no block of
 * such a page is ever long enough to read as prose.
 */
const UNSPACED = UNSPACED_SCRIPTS;
const WORD = once(() => new RegExp(`[${UNSPACED}][\\p{M}]*|(?:(?![${UNSPACED}])[\\p{L}\\p{N}\\p{M}])+`, 'gu'));

/**
 * The words of a text, lower-cased: runs of letters and digits, as the shingle metric counts
 * them, and each character of a script written without spaces.
 */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD()) ?? [];
}

/** A paragraph of the story (no heading) that announces a list of its own: at least this many words, ending on a colon. */
const ANNOUNCE_MIN_WORDS = 8;
function announcesList(text: string, words: number): boolean {
  return words >= ANNOUNCE_MIN_WORDS && /:\s*$/.test(text);
}

/**
 * Teasers of other stories set inside the article (a "related" list with summaries, a list of
 * comments under the stories they answer): under each headline that is a link, a paragraph
 * (perhaps after a date line, or before its writer's and date's line), at least three such items in a row with nothing of the article
 * between them. Their paragraphs become chrome; unless the story's own paragraph right above the
 * first headline announces them (a sentence ending on a colon: "Here are the deals announced in
 * October:"): that is the story's own list, headlines and all.
 */
export function markTeasers(
  text: string,
  blocks: readonly ShapedBlock[],
  words: readonly string[][],
  letterWords: readonly number[],
  roles: BlockRole[],
  from: number,
  to: number,
): void {
  // The items of the current run: the paragraphs under each headline.
  let items: number[][] = [];
  // The paragraphs under the current headline, or null when no headline is open.
  let item: number[] | null = null;
  // The headlines of the current run, and whether the story's own sentence announces it.
  let headlines: number[] = [];
  let announced = false;
  // The last block with words read, when it is the story's.
  let lastContent = -1;
  const flush = (): void => {
    const full = items.filter((x) => x.length > 0);
    if (announced) {
      // The story's own list ("Here are the deals announced in October:", then each deal's
      // linked name and its paragraph): its headlines are the story's too.
      if (full.length >= TEASER_MIN) items.forEach((x, k) => x.length > 0 && (roles[headlines[k]!] = 'content'));
    } else if (full.length >= TEASER_MIN) {
      // The last item holds no more paragraphs than the others do: what follows it is the article again.
      const most = Math.max(...full.slice(0, -1).map((x) => x.length));
      for (const x of full) for (const k of x.slice(0, most)) roles[k] = 'chrome';
    }
    items = [];
    item = null;
    headlines = [];
    announced = false;
  };
  for (let i = from; i <= to; i++) {
    if (words[i]!.length === 0) continue;
    const b = blocks[i]!;
    const previous = lastContent;
    lastContent = roles[i] === 'content' ? i : -1;
    // A headline is a title of words, not a link's bare address (a source cited under a quote),
    // nor a link in a caption that is no heading (a product's card or a video set in the story,
    // which heads nothing; a teaser's card may set its headline, a heading, in a caption), nor a
    // table's row (a pointer to another story boxed in a table set among the story heads nothing).
    const headline =
      roles[i] === 'chrome' &&
      b.linkShare > MAX_LINK_SHARE &&
      (b.captionShare <= TEASER_HEADLINE_MAX_CAPTION_SHARE || HEADING_TAG.test(b.tag)) &&
      b.tag !== 'tr' &&
      letterWords[i]! >= TEASER_HEADLINE_MIN_WORDS &&
      text.slice(b.start, b.end).trim().split(/\s+/).length >= TEASER_HEADLINE_MIN_WORDS;
    if (headline) {
      if (items.length === 0) announced = previous >= 0 && !HEADING_TAG.test(blocks[previous]!.tag) && announcesList(text.slice(blocks[previous]!.start, blocks[previous]!.end), words[previous]!.length);
      item = [];
      items.push(item);
      headlines.push(i);
      continue;
    }
    if (roles[i] !== 'content') continue;
    // The first paragraph under a headline is its summary, whatever its length; a second one only
    // after a short line that is no sentence (a date line, "updated 4:58 PM EST, Fri January 4").
    const dateLine = (k: number): boolean =>
      words[k]!.length <= TEASER_LINE_MAX_WORDS && !SENTENCE_END.test(text.slice(blocks[k]!.start, blocks[k]!.end).trim());
    if (item && !HEADING_TAG.test(b.tag) && (item.length === 0 || (item.length === 1 && dateLine(item[0]!)))) {
      item.push(i);
      continue;
    }
    // …and after the summary, one such line that holds a date (its writer and date: "By Jane Roe · 03/02/2020").
    if (item && item.length > 0 && !dateLine(item[item.length - 1]!) && !HEADING_TAG.test(b.tag) && dateLine(i) && /\p{N}/u.test(text.slice(b.start, b.end))) {
      item.push(i);
      continue;
    }
    flush();
  }
  flush();
}

/**
 * A paragraph of the story that closes on a line of the page's furniture set in the same
 * paragraph: a pointer elsewhere ("… would empower the network. Watch more of the remarks »"),
 * the reporter's e-mail address on the paragraph's last line, the wire's copyright credit
 * after its last stop ("… the analyst said.(c)AFP/Jane DOE"), or a staff credit in brackets after
 * it ("…上。（编译/林靖东）"). That line is a block of chrome of
 * its own; the story's sentences before it stay as they are.
 */
export function splitTrailingFurniture(text: string, b: ReadBlock): ReadBlock[] {
  if (b.role !== 'content') return [b];
  const own = text.slice(b.start, b.end).trimEnd();
  const lineStart = own.lastIndexOf('\n') + 1;
  const credit = CREDIT_AFTER_STOP.exec(own) ?? STAFF_CREDIT_AFTER_STOP().exec(own);
  let from = -1;
  if (credit) from = credit.index + credit[1]!.length + credit[2]!.length;
  else if (lineStart > 0 && EMAIL_LINE.test(own.slice(lineStart).trim())) from = lineStart;
  else {
    // Where the last sentence starts: after a stop, closing quotes and brackets, and a space.
    for (const m of own.matchAll(/[.!?…]["'”’)\]]*\s+(?=\S)/gu)) from = m.index + m[0].length;
    const last = from < 0 ? '' : own.slice(from);
    if (!POINTER_ARROW.test(last) || wordsOf(last).length > POINTER_MAX_WORDS) return [b];
  }
  if (from <= 0) return [b];
  const at = b.start + from;
  return [
    { start: b.start, end: at, role: b.role },
    { start: at, end: b.end, role: 'chrome' },
  ];
}
