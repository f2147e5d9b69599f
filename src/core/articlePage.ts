/**
 * One page as the article passes read it (article.ts runs them in order over one context): its
 * blocks with what the page says of each, their words, the role each block has so far, and
 * where the article's run and its prose start and end. Also the questions every pass asks of a
 * block: is it prose, is it shaped as chrome, which block with words comes next.
 *
 * Pure: no DOM, no Node.
 */
import type { BlockRole } from './readText';
import { HEADING_TAG, MAX_LINK_SHARE, SENTENCE_END, TERMINAL_END, endsAsSentence, wordsOf, type ShapedBlock } from './articleRuns';
import { UNSTOPPED_SCRIPTS } from './scripts';
import { once } from './once';
import { CAPTION_CREDIT_END, CAPTION_MAX_WORDS } from './pageLines';

/** What an extractor found as the article of a page. */
export interface ArticleHint {
  /** The article's title, if the extractor found one. */
  readonly title: string | null;
  /** The texts of the article's blocks (paragraphs, headings, list items…), in order. */
  readonly blocks: readonly string[];
  /** The share (0..1) of the article's text that is link text. */
  readonly linkShare: number;
  /** The page's own summary of the article (its description), if the extractor found one. */
  readonly excerpt?: string | null;
}

/** A block of a page's read text (offsets in the read text), with what the page says of it. */
export interface PageBlock extends ShapedBlock {
  /** The share of its characters after an image in the same block element. */
  readonly imageShare?: number;
  /** The share of its characters inside an element whose class or id names it page chrome (a newsletter box, a share bar…). */
  readonly chromeShare?: number;
  /** The share of its characters inside a post embedded from a social network (a tweet the story quotes). */
  readonly embedShare?: number;
  /** The share of its letters and figures set in italics (<em>, <i>). */
  readonly italicShare?: number;
  /** A caption only because it repeats an image's alt text (markup.ts captionsByAlt): a picture may be described by the story's deck. */
  readonly altCaption?: boolean;
}

/** A run of blocks: the first and last, and the words of its article blocks. */
export interface BlockRun {
  from: number;
  to: number;
  words: number;
}

/** The page the article passes share; each pass reads it and sets roles and bounds. */
export interface PageContext {
  /** The page's read text (markup.ts): blocks are offsets into it. */
  readonly text: string;
  readonly blocks: readonly PageBlock[];
  readonly hint: ArticleHint;
  /** The words of each block, and how many of them have a letter (a date or figure line is not prose). */
  readonly words: readonly string[][];
  readonly letterWords: readonly number[];
  /** The role of each block so far: chrome until a pass says otherwise. */
  readonly roles: BlockRole[];
  /** Whether the page's names for its boxes (class, id) are believed: not when most of the article is so named. */
  namesTrusted: boolean;
  /** The blocks that carry the article's words and have an article block's shape. */
  matched: boolean[];
  /** The run of blocks with the most article words, and its matched blocks. */
  best: BlockRun;
  inRun: number[];
  /** The first and last blocks of the article's prose. */
  firstProse: number;
  lastProse: number;
  /**
   * The last block above what closes the story for certain, a comments section or a box of
   * figures under it (Infinity when there is none): no pass extends the story past it.
   */
  closedAt: number;
}

/** A block that is mostly caption is chrome, even inside the article (mostly links: MAX_LINK_SHARE). */
export const MAX_CAPTION_SHARE = 0.5;
/** A label under a photo: at most this many words. */
const IMAGE_LABEL_MAX_WORDS = 8;
/** A paragraph of running text: at least this many words, ending as a sentence ends. */
export const PROSE_MIN_WORDS = 15;
/** A block of lines is prose when this share of its words is in lines that end as sentences. */
const PROSE_LINES_SHARE = 0.6;
/**
 * A paragraph in a script that marks no sentence's end (scripts.ts: Thai, Lao) is prose when it
 * ends on a letter of that script after at least this many phrases (set apart by spaces), each
 * letter counted as a word (wordsOf), as in the other scripts written without spaces.
 */
const UNSTOPPED_MIN_PHRASES = 4;
const UNSTOPPED_END = once(() => new RegExp(`[${UNSTOPPED_SCRIPTS}][\\p{M}]*[${'"\'”’»)）'}]*$`, 'u'));
/** A paragraph (no heading) in a script that marks no sentence's end, ending on its letter after a few phrases. */
function isUnstoppedParagraph(page: PageContext, i: number, text: string): boolean {
  return !HEADING_TAG.test(page.blocks[i]!.tag) && UNSTOPPED_END().test(text.trimEnd()) && text.trim().split(/\s+/).length >= UNSTOPPED_MIN_PHRASES;
}
/** A paragraph mostly of links is still prose with at least this many words and this share of them not in links. */
const LINKED_PROSE_MIN_WORDS = 12;
export const MAX_PROSE_LINK_SHARE = 0.8;

/** A page's context before any pass has run: every block chrome, no run, no prose. */
export function pageContext(text: string, blocks: readonly PageBlock[], hint: ArticleHint): PageContext {
  const words = blocks.map((b) => wordsOf(text.slice(b.start, b.end)));
  return {
    text,
    blocks,
    hint,
    words,
    letterWords: words.map((w) => w.filter((x) => /\p{L}/u.test(x)).length),
    roles: blocks.map(() => 'chrome'),
    namesTrusted: false,
    matched: blocks.map(() => false),
    best: { from: 0, to: -1, words: 0 },
    inRun: [],
    firstProse: -1,
    lastProse: -1,
    closedAt: Infinity,
  };
}

/** The read text of block i. */
export function textOf(page: PageContext, i: number): string {
  return page.text.slice(page.blocks[i]!.start, page.blocks[i]!.end);
}

/** Block i's words, with a space at either end, to find one block's words inside another's. */
export function keyOf(page: PageContext, i: number): string {
  return ` ${page.words[i]!.join(' ')} `;
}

/** The block with words after (before) block i: blocks.length (-1) when there is none. */
export function nextWithWords(page: PageContext, i: number): number {
  let j = i + 1;
  while (j < page.blocks.length && page.words[j]!.length === 0) j++;
  return j;
}
export function previousWithWords(page: PageContext, i: number): number {
  let j = i - 1;
  while (j >= 0 && page.words[j]!.length === 0) j--;
  return j;
}

/** A block in an element the page names as chrome (a newsletter box, a share bar, a rail). */
export function isChromeNamed(b: PageBlock): boolean {
  return (b.chromeShare ?? 0) > MAX_CAPTION_SHARE;
}

/**
 * A paragraph of the story whose words are mostly links (a sentence citing its sources) is
 * prose all the same, while some of it is not a link: a teaser or a menu is links end to end.
 */
function isLinkedProse(page: PageContext, i: number): boolean {
  const b = page.blocks[i]!;
  return b.tag === 'p' && b.linkShare < MAX_PROSE_LINK_SHARE && page.words[i]!.length >= LINKED_PROSE_MIN_WORDS && SENTENCE_END.test(textOf(page, i).trim());
}

/** A block shaped as chrome: mostly links (not linked prose), mostly caption, or named as chrome (when names are believed). */
export function isChromeShape(page: PageContext, i: number): boolean {
  const b = page.blocks[i]!;
  return (b.linkShare > MAX_LINK_SHARE && !isLinkedProse(page, i)) || b.captionShare > MAX_CAPTION_SHARE || (page.namesTrusted && isChromeNamed(b));
}

/** A few words after an image in its block, not a sentence: the label under a photo. */
export function isImageLabel(page: PageContext, i: number): boolean {
  return (
    (page.blocks[i]!.imageShare ?? 0) > MAX_CAPTION_SHARE && page.words[i]!.length <= IMAGE_LABEL_MAX_WORDS && !SENTENCE_END.test(textOf(page, i))
  );
}

/**
 * A paragraph of prose. A block of paragraphs set apart by line breaks (<br>) is prose when most
 * of its words are in lines that end as sentences end, one of them a paragraph's length,
 * whatever its last line is (a byline, a subheading).
 */
export function isProse(page: PageContext, i: number): boolean {
  if (page.letterWords[i]! < PROSE_MIN_WORDS) return false;
  const text = textOf(page, i);
  if (isCreditedCaption(page, i)) return false;
  if (endsAsSentence(text)) return true;
  if (isUnstoppedParagraph(page, i, text)) return true;
  const lines = text.split('\n');
  if (lines.length < 2) return false;
  let inSentences = 0;
  let longest = 0;
  for (const line of lines) {
    if (!TERMINAL_END.test(line.trimEnd())) continue;
    const n = wordsOf(line).length;
    inSentences += n;
    longest = Math.max(longest, n);
  }
  return longest >= PROSE_MIN_WORDS && inSentences >= PROSE_LINES_SHARE * page.words[i]!.length;
}

/**
 * A photo's caption set as a paragraph that closes on the picture's credit ("… (Getty/Jane
 * Doe)", "… (Photo: AP)"): chrome (nameRoles), and no prose, however it ends: above the
 * headline, it is no first paragraph of the story that the headline would stand under.
 */
export function isCreditedCaption(page: PageContext, i: number): boolean {
  return page.words[i]!.length <= CAPTION_MAX_WORDS && CAPTION_CREDIT_END.test(textOf(page, i).trimEnd());
}

/** Block i is the article's prose (content, and prose). */
export function isContentProse(page: PageContext, i: number): boolean {
  return page.roles[i] === 'content' && isProse(page, i);
}

/** A subheading: a heading element of at most this many words. */
export const SUBHEADING_MAX_WORDS = 20;

/** How subheading i is set: its element, in capitals or not ("h2 caps"); null when it is none (linked, long, no letter). */
function headingKind(page: PageContext, i: number): string | null {
  const b = page.blocks[i]!;
  if (!HEADING_TAG.test(b.tag) || b.linkShare > 0 || page.letterWords[i]! === 0 || page.words[i]!.length > SUBHEADING_MAX_WORDS) return null;
  const text = textOf(page, i);
  return `${b.tag} ${text === text.toUpperCase() ? 'caps' : 'mixed'}`;
}

/** How the story sets its subheadings: the kinds (headingKind) of those among its prose, between its first and last paragraphs. */
export function storyHeadingKinds(page: PageContext): Set<string> {
  const kinds = new Set<string>();
  for (let i = page.firstProse + 1; i < page.lastProse; i++) {
    const kind = page.roles[i] === 'content' ? headingKind(page, i) : null;
    if (kind !== null) kinds.add(kind);
  }
  return kinds;
}

/** Block i is a subheading set as the story's own are (one of `kinds`), not shaped as chrome. */
export function isStoryHeading(page: PageContext, i: number, kinds: ReadonlySet<string>): boolean {
  const kind = headingKind(page, i);
  return kind !== null && kinds.has(kind) && page.roles[i] === 'content' && !isChromeShape(page, i);
}

/** A line of a section under such a subheading: a paragraph the extractor kept, with a letter and no link, not shaped as chrome. */
export function isSectionLine(page: PageContext, i: number): boolean {
  const b = page.blocks[i]!;
  return page.roles[i] === 'content' && b.tag === 'p' && b.linkShare === 0 && page.letterWords[i]! > 0 && !isChromeShape(page, i);
}

