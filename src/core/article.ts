/**
 * The article in a web page, block by block. An extractor that needs a DOM (Mozilla's
 * Readability, run in src/read/) says which text of the page is the article; this module maps
 * that text back onto the blocks of WireDiff's own read text (markup.ts), which know where
 * every character came from in the file, and marks every other block as page chrome.
 *
 * Mapping is by the words of each block, so it does not depend on how the extractor or the
 * DOM library rebuilt the page. Beyond the extractor: captions and credits inside the article
 * are chrome, a block that repeats the article elsewhere on the page (a teaser, a pull quote)
 * is chrome, the headline and a standfirst just above the article are kept, and a page whose
 * "article" is a few words or mostly links has no article at all.
 *
 * Pure: no DOM, no Node.
 */
import type { BlockRole, ReadBlock, ReadText } from './readText';
import { dateline } from './segment/credits';
import {
  HEADING_TAG,
  MAX_LINK_SHARE,
  SENTENCE_END,
  STANDFIRST_END,
  TERMINAL_END,
  endsAsSentence,
  markTeasers,
  splitTrailingFurniture,
  wordsOf,
} from './articleRuns';
import {
  BIO_MAX_WORDS,
  COMMENTS_LABEL_MAX_WORDS,
  COMMENTS_TITLED,
  COMMENTS_TITLED_MAX_WORDS,
  CAPTION_CREDIT_END,
  CREDIT,
  FOLLOW,
  FOLLOW_MAX_WORDS,
  FURNITURE_LABEL,
  FURNITURE_LABEL_LONG,
  LIST_LABEL_MAX_WORDS,
  PHOTO_CREDIT,
  PHOTO_CREDIT_MAX_WORDS,
  READER_ADDRESS,
  AUTHOR_NOTE_VERB,
  bylineNames,
  isClosingBio,
  isCommentsLabel,
  lastSentence,
} from './pageLines';
import { isFurnitureLine, splitFurnitureLines } from './furniture';

/** What an extractor found as the article of a page. */
export { wordsOf };

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

/**
 * Runs an article extractor on a page's source: null when it finds no article, undefined when
 * it could not run (the page is then read whole, as without an extractor).
 */
export type ArticleFinder = (html: string) => ArticleHint | null | undefined;

/** A block of a page's read text (offsets in the read text), with what the page says of it. */
export interface PageBlock {
  readonly start: number;
  readonly end: number;
  /** The innermost block element that holds it (`p`, `h1`, `li`, `div`…), or '' at the top. */
  readonly tag: string;
  /** The share of its characters inside a link. */
  readonly linkShare: number;
  /** The share of its characters inside a figure, a caption or a credit. */
  readonly captionShare: number;
  /** The share of its characters after an image in the same block element. */
  readonly imageShare?: number;
  /** The share of its characters inside an element whose class or id names it page chrome (a newsletter box, a share bar…). */
  readonly chromeShare?: number;
}

/** An article of fewer words than this (headings aside) is no article: a login wall, a stub. */
const MIN_ARTICLE_WORDS = 25;
/** An article whose text is mostly links is an index page. */
const MAX_ARTICLE_LINK_SHARE = 0.5;
/** A block this much of whose word triples are in the article is article text. */
const MIN_COVER = 0.5;
/** Article blocks this many words apart (of blocks that are not article) are separate runs. */
const MAX_GAP_WORDS = 250;
/** A block that is mostly caption is chrome, even inside the article (mostly links: MAX_LINK_SHARE). */
const MAX_CAPTION_SHARE = 0.5;
/** Controls inside the article: at least this many lines in a row of at most this many words. */
const CONTROL_MIN_LINES = 3;
const CONTROL_MAX_WORDS = 3;
/** A label under a photo: at most this many words. */
const IMAGE_LABEL_MAX_WORDS = 8;
/** A line holding this many of the article's paragraphs (of this many words or more) whole is a flattened copy. */
const COPY_MIN_PARAGRAPHS = 3;
const COPY_MIN_WORDS = 8;
/** Blocks named as chrome are chrome while they are under this share of the words that match the article. */
const MAX_NAMED_CHROME_SHARE = 0.5;
/** How many blocks above the article are searched for its headline. */
const HEADLINE_WINDOW = 40;
/** A headline is a line of at most this many words. */
const HEADLINE_MAX_WORDS = 25;
/** A standfirst above the article: prose of at least this many words. */
const STANDFIRST_MIN_WORDS = 8;
/** …and this share of its words has a letter. */
const STANDFIRST_LETTER_SHARE = 0.75;
/** A paragraph of running text: at least this many words, ending as a sentence ends. */
const PROSE_MIN_WORDS = 15;
/** A block of lines is prose when this share of its words is in lines that end as sentences. */
const PROSE_LINES_SHARE = 0.6;
/** A list that closes the prose: at least this many items. */
const CLOSING_LIST_MIN_ITEMS = 2;
/** …and an item of a list set as lines (<br>) runs to at most this many words. */
const LINE_ITEM_MAX_WORDS = 20;
/** A short paragraph that closes the prose: at least this many words, at most this share of them in links. */
const CODA_MIN_WORDS = 5;
const CODA_MAX_LINK_SHARE = 0.5;
/** …or at least this many, as a statement that ends on a full stop and does not speak to the reader. */
const SHORT_CODA_MIN_WORDS = 3;
/** A paragraph mostly of links is still prose with at least this many words and this share of them not in links. */
const LINKED_PROSE_MIN_WORDS = 12;
/** A paragraph the extractor let go between two of the story's is the story's from this many words (with a letter). */
const GAP_MIN_WORDS = 8;
const MAX_PROSE_LINK_SHARE = 0.8;
/** A closing box: at least this many short lines in a row (each under this many words)… */
const BOX_MIN_LINES = 3;
const BOX_LINE_WORDS = 6;
/** …after this share of the article's words… */
const BOX_AFTER_SHARE = 0.6;
/** …and with less than this share of the prose after it. */
const BOX_MAX_PROSE_AFTER = 0.1;
/** Prose this many chrome blocks away from the body, and under this share of its words, is detached. */
const DETACHED_AFTER_BLOCKS = 8;
const DETACHED_MAX_SHARE = 0.25;

function triples(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/**
 * Marks the blocks of a page's read text with their role, given what the extractor found.
 * Returns the read text with `blocks` (and `noArticle` when the page has none).
 */
export function markArticle(read: ReadText, blocks: readonly PageBlock[], hint: ArticleHint | null): ReadText {
  const roles: BlockRole[] = blocks.map(() => 'chrome');
  const words = blocks.map((b) => wordsOf(read.text.slice(b.start, b.end)));
  const done = (noArticle: boolean): ReadText => ({
    ...read,
    blocks: noArticle
      ? blocks.map((b): ReadBlock => ({ start: b.start, end: b.end, role: 'chrome' }))
      : blocks.flatMap((b, i): ReadBlock[] =>
          splitFurnitureLines(read.text, { start: b.start, end: b.end, role: roles[i]! }).flatMap((x) => splitTrailingFurniture(read.text, x)),
        ),
    ...(noArticle ? { noArticle: true } : {}),
  });
  if (!hint || hint.linkShare > MAX_ARTICLE_LINK_SHARE) return done(true);

  // --- which blocks carry the article's text --------------------------------------------
  const articleWords = hint.blocks.map(wordsOf);
  const shingles = new Set(articleWords.flatMap((w) => triples(w)));
  const shortBlocks = new Set(articleWords.filter((w) => w.length > 0 && w.length < 3).map((w) => w.join(' ')));
  // A paragraph of the story whose words are mostly links (a sentence citing its sources) is
  // prose all the same, while some of it is not a link: a teaser or a menu is links end to end.
  const isLinkedProse = (i: number): boolean =>
    blocks[i]!.tag === 'p' &&
    blocks[i]!.linkShare < MAX_PROSE_LINK_SHARE &&
    words[i]!.length >= LINKED_PROSE_MIN_WORDS &&
    SENTENCE_END.test(read.text.slice(blocks[i]!.start, blocks[i]!.end).trim());
  const isChromeShape = (i: number): boolean => {
    const b = blocks[i]!;
    return (b.linkShare > MAX_LINK_SHARE && !isLinkedProse(i)) || b.captionShare > MAX_CAPTION_SHARE || (namesTrusted && isChromeNamed(b));
  };
  // A few words after an image in its block, not a sentence: the label under a photo.
  const isImageLabel = (i: number): boolean =>
    (blocks[i]!.imageShare ?? 0) > MAX_CAPTION_SHARE &&
    words[i]!.length <= IMAGE_LABEL_MAX_WORDS &&
    !SENTENCE_END.test(read.text.slice(blocks[i]!.start, blocks[i]!.end));
  // A line that holds several of the article's paragraphs whole is the article flattened into
  // one run of text (a hidden copy for search engines, a summary field), not the article as
  // the page sets it: the extractor's blocks are never coarser than the page's own lines.
  const paragraphKeys = [...new Set(articleWords.filter((w) => w.length >= COPY_MIN_WORDS).map((w) => ` ${w.join(' ')} `))];
  const isFlatCopy = (i: number): boolean => {
    if (words[i]!.length < COPY_MIN_PARAGRAPHS * COPY_MIN_WORDS) return false;
    return read.text
      .slice(blocks[i]!.start, blocks[i]!.end)
      .split('\n')
      .some((line) => {
        const w = wordsOf(line);
        if (w.length < COPY_MIN_PARAGRAPHS * COPY_MIN_WORDS) return false;
        const key = ` ${w.join(' ')} `;
        let n = 0;
        for (const k of paragraphKeys) if (key.includes(k) && ++n >= COPY_MIN_PARAGRAPHS) return true;
        return false;
      });
  };
  // Blocks in an element the page names as chrome (a newsletter box, a share bar, a rail),
  // unless most of what matches the article is so named: then the names are wrong (an ad slot
  // left open around the story), and only the shape of each block says what it is.
  const isChromeNamed = (b: PageBlock): boolean => (b.chromeShare ?? 0) > MAX_CAPTION_SHARE;
  let namesTrusted = false;
  // Which blocks carry the article's words (whatever their shape), then which of them are article.
  const covered = blocks.map((_, i) => {
    const w = words[i]!;
    if (w.length === 0) return false;
    if (w.length < 3) return shortBlocks.has(w.join(' '));
    const t = triples(w);
    let hit = 0;
    for (const s of t) if (shingles.has(s)) hit++;
    return hit / t.length >= MIN_COVER && !isFlatCopy(i);
  });
  const matchAll = (): boolean[] => blocks.map((_, i) => covered[i]! && !isChromeShape(i) && !isImageLabel(i));
  let matched = matchAll();
  let namedWords = 0;
  let matchedWords = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!matched[i]) continue;
    matchedWords += words[i]!.length;
    if (isChromeNamed(blocks[i]!)) namedWords += words[i]!.length;
  }
  namesTrusted = namedWords < MAX_NAMED_CHROME_SHARE * matchedWords;
  if (namesTrusted && namedWords > 0) matched = matchAll();

  // --- the run of blocks that is the article: the one with the most article words --------
  let best: { from: number; to: number; words: number } | null = null;
  let run: { from: number; to: number; words: number } | null = null;
  let gap = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!matched[i]) {
      gap += words[i]!.length;
      continue;
    }
    if (!run || gap > MAX_GAP_WORDS) run = { from: i, to: i, words: 0 };
    run.to = i;
    run.words += words[i]!.length;
    if (!best || run.words > best.words) best = { ...run };
    gap = 0;
  }
  if (!best) return done(true);

  // --- blocks that repeat others of the article (a pull quote, a summary box) -------------
  const keyOf = (i: number): string => ` ${words[i]!.join(' ')} `;
  const inRun: number[] = [];
  for (let i = best.from; i <= best.to; i++) if (matched[i]) inRun.push(i);
  const keys = new Map(inRun.map((i) => [i, keyOf(i)]));
  for (const i of inRun) {
    const k = keys.get(i)!;
    // A subheading may well name words the text says again: only prose is taken for a pull quote.
    const repeated = words[i]!.length >= 4 && !HEADING_TAG.test(blocks[i]!.tag) && inRun.some((j) => j !== i && keys.get(j)!.length > k.length && keys.get(j)!.includes(k));
    const earlierSame = inRun.some((j) => j < i && keys.get(j) === k && words[i]!.length >= 4);
    if (!repeated && !earlierSame) roles[i] = 'content';
  }

  // --- where the article's prose starts and ends ------------------------------------------
  // Around the prose the extractor often keeps a page's furniture: a kicker, a date, share and
  // follow lines, an author's box. Only a headline and a standfirst stand before the prose,
  // only prose after it.
  // Words with a letter: a date or a figure line is not prose, however many numbers it has.
  const letterWords = words.map((w) => w.filter((x) => /\p{L}/u.test(x)).length);
  // A block of paragraphs set apart by line breaks (<br>) is prose when most of its words are in
  // lines that end as sentences end, one of them a paragraph's length, whatever its last line is
  // (a byline, a subheading).
  const isProse = (i: number): boolean => {
    if (letterWords[i]! < PROSE_MIN_WORDS) return false;
    const text = read.text.slice(blocks[i]!.start, blocks[i]!.end);
    if (endsAsSentence(text)) return true;
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
    return longest >= PROSE_MIN_WORDS && inSentences >= PROSE_LINES_SHARE * words[i]!.length;
  };
  // The block with words after (before) block i: blocks.length (-1) when there is none.
  const nextWithWords = (i: number): number => {
    let j = i + 1;
    while (j < blocks.length && words[j]!.length === 0) j++;
    return j;
  };
  const previousWithWords = (i: number): number => {
    let j = i - 1;
    while (j >= 0 && words[j]!.length === 0) j--;
    return j;
  };
  // A list set as lines in one block: two lines or more, each with a letter and short, mostly not links.
  const isLineList = (i: number): boolean => {
    if (i > best!.to || roles[i] !== 'content' || blocks[i]!.linkShare > CODA_MAX_LINK_SHARE || isProse(i)) return false;
    const lines = read.text.slice(blocks[i]!.start, blocks[i]!.end).split('\n').filter((l) => l.trim());
    return lines.length >= CLOSING_LIST_MIN_ITEMS && lines.every((l) => /\p{L}/u.test(l) && wordsOf(l).length <= LINE_ITEM_MAX_WORDS);
  };
  let firstProse = -1;
  let lastProse = -1;
  for (let i = best.from; i <= best.to; i++) {
    if (roles[i] !== 'content' || !isProse(i)) continue;
    if (firstProse < 0) firstProse = i;
    lastProse = i;
  }
  if (firstProse < 0) return done(true);
  // Prose cut off from the body by a stretch of chrome (a share bar, a comment form, an
  // author's card), and small beside it, is not the article: an "embed this post" line, a bio.
  const pieces: Array<{ from: number; to: number; words: number }> = [];
  let chromeBetween = 0;
  for (let i = firstProse; i <= lastProse; i++) {
    if (roles[i] === 'chrome' || (words[i]!.length > 0 && !matched[i])) chromeBetween++;
    if (roles[i] !== 'content' || !isProse(i)) continue;
    const last = pieces[pieces.length - 1];
    if (!last || chromeBetween >= DETACHED_AFTER_BLOCKS) pieces.push({ from: i, to: i, words: 0 });
    const piece = pieces[pieces.length - 1]!;
    piece.to = i;
    piece.words += words[i]!.length;
    chromeBetween = 0;
  }
  if (pieces.length > 1) {
    const body = pieces.reduce((a, b) => (b.words > a.words ? b : a));
    let from = body.from;
    let to = body.to;
    for (const p of pieces) {
      if (p === body || p.words >= DETACHED_MAX_SHARE * body.words) {
        from = Math.min(from, p.from);
        to = Math.max(to, p.to);
      }
    }
    for (let i = firstProse; i < from; i++) if (roles[i] === 'content') roles[i] = 'chrome';
    firstProse = from;
    lastProse = to;
  }
  // A comments section under the story (its head is no link: "Comments", "Recent comments on
  // our stories"): the story ends at the last paragraph of prose above it, whatever follows.
  let commentsCut = Infinity;
  for (let i = firstProse + 1; i <= lastProse; i++) {
    if (words[i]!.length === 0 || words[i]!.length > COMMENTS_TITLED_MAX_WORDS || blocks[i]!.linkShare > 0) continue;
    const label = read.text.slice(blocks[i]!.start, blocks[i]!.end);
    if (!(words[i]!.length <= COMMENTS_LABEL_MAX_WORDS && isCommentsLabel(label)) && !COMMENTS_TITLED.test(label.trim())) continue;
    // The one word ("Comments") may be a toolbar's label set among the story: only as a heading
    // or in a box the page names as chrome does it open the comments.
    if (words[i]!.length === 1 && !HEADING_TAG.test(blocks[i]!.tag) && (blocks[i]!.chromeShare ?? 0) <= MAX_CAPTION_SHARE) continue;
    let j = i - 1;
    while (j > firstProse && !(roles[j] === 'content' && isProse(j))) j--;
    lastProse = j;
    commentsCut = j;
    break;
  }
  // A paragraph of the story the extractor let go between two of its paragraphs (one holding a
  // link, or short: "The discovery was announced in … Nature Astronomy."): a sentence of its own,
  // with the story's prose right above and right below it, nothing between, is the story's.
  for (let i = firstProse + 1; i < lastProse; i++) {
    if (roles[i] !== 'chrome' || matched[i] || blocks[i]!.tag !== 'p' || letterWords[i]! < GAP_MIN_WORDS || isChromeShape(i) || isImageLabel(i)) continue;
    if (blocks[i]!.linkShare > CODA_MAX_LINK_SHARE || !endsAsSentence(read.text.slice(blocks[i]!.start, blocks[i]!.end).trim())) continue;
    const prev = previousWithWords(i);
    const next = nextWithWords(i);
    if (prev >= 0 && next < blocks.length && roles[prev] === 'content' && roles[next] === 'content' && isProse(prev) && isProse(next)) roles[i] = 'content';
  }
  // Teasers of other stories inside the article (a "related" list with summaries).
  markTeasers(read.text, blocks, words, letterWords, roles, firstProse, Math.min(lastProse + 1, blocks.length - 1));
  // Controls set inside the article (text size, a gallery's pager, a rating): a run of tiny
  // lines, none a sentence, at least one of them no word at all ("-", "+", "›").
  const isTiny = (i: number): boolean =>
    blocks[i]!.end > blocks[i]!.start &&
    words[i]!.length <= CONTROL_MAX_WORDS &&
    !SENTENCE_END.test(read.text.slice(blocks[i]!.start, blocks[i]!.end));
  for (let i = firstProse; i <= lastProse; i++) {
    if (!isTiny(i)) continue;
    let j = i;
    let symbols = 0;
    while (j <= lastProse && isTiny(j)) symbols += letterWords[j++]! === 0 ? 1 : 0;
    if (j - i >= CONTROL_MIN_LINES && symbols > 0) for (let k = i; k < j; k++) roles[k] = 'chrome';
    i = j;
  }
  // A box that closes the article (facts, links, an author's card): a run of short lines, none a
  // sentence or list item, late in the article, with little of the prose after it (else it is
  // one more section's heading and labels). It and what follows it are chrome.
  const proseWords = inRun.reduce((a, i) => a + (roles[i] === 'content' ? words[i]!.length : 0), 0);
  let seen = 0;
  let short = 0;
  for (let i = firstProse; i <= lastProse; i++) {
    if (roles[i] !== 'content') continue;
    seen += words[i]!.length;
    const text = read.text.slice(blocks[i]!.start, blocks[i]!.end);
    const isShort = words[i]!.length < BOX_LINE_WORDS && blocks[i]!.tag !== 'li' && !SENTENCE_END.test(text);
    short = isShort ? short + 1 : 0;
    if (short >= BOX_MIN_LINES && seen >= BOX_AFTER_SHARE * proseWords) {
      let after = 0;
      for (let j = i + 1; j <= lastProse; j++) if (roles[j] === 'content' && isProse(j)) after += words[j]!.length;
      if (after >= BOX_MAX_PROSE_AFTER * proseWords) continue;
      lastProse = i - short;
      break;
    }
  }
  // A short last paragraph (a closing line of a transcript, a one-line coda) right after the
  // prose, with nothing between: a sentence of its own, in a paragraph, mostly not a link (a
  // closing line may cite its journal: "The findings were published in <a>…</a>.").
  // A coda of a few words is a statement of the story's ("Police are investigating.", "Smith
  // declined comment."), not a line to the reader ("Thanks for reading!", "Enjoy your visit.").
  const isCoda = (i: number): boolean => {
    if (i > best!.to) return false;
    const text = read.text.slice(blocks[i]!.start, blocks[i]!.end).trim();
    const short =
      letterWords[i]! >= SHORT_CODA_MIN_WORDS && /\.["'”’»)]*$/u.test(text) && !READER_ADDRESS.test(text) && !/^(?:thanks|thank\s+you|enjoy|cheers)\b/iu.test(text);
    return (
      roles[i] === 'content' &&
      blocks[i]!.tag === 'p' &&
      blocks[i]!.linkShare <= CODA_MAX_LINK_SHARE &&
      (letterWords[i]! >= CODA_MIN_WORDS || short) &&
      endsAsSentence(text) &&
      !CREDIT.test(text) &&
      !FOLLOW.test(text)
    );
  };
  while (isCoda(lastProse + 1)) lastProse++;
  // A list right after the prose, nothing between, no item mostly a link (tour dates, results, the
  // points of a summary), perhaps under a subheading: the article's own.
  // The list may be set without list markup, as lines set apart by line breaks (<br>) in one
  // block; its label may be a short line of its own that is no sentence ("Tour dates").
  {
    let i = lastProse + 1;
    const isLabel = (k: number): boolean =>
      k <= best.to &&
      roles[k] === 'content' &&
      blocks[k]!.linkShare === 0 &&
      (HEADING_TAG.test(blocks[k]!.tag) || (words[k]!.length <= LIST_LABEL_MAX_WORDS && !SENTENCE_END.test(read.text.slice(blocks[k]!.start, blocks[k]!.end).trim())));
    if (isLabel(i)) i++;
    let items = 0;
    while (i + items <= best.to && roles[i + items] === 'content' && blocks[i + items]!.tag === 'li' && blocks[i + items]!.linkShare <= CODA_MAX_LINK_SHARE && letterWords[i + items]! > 0) items++;
    // The rest of a list whose items are the prose's last blocks is the article's however short.
    if (items >= CLOSING_LIST_MIN_ITEMS || (items > 0 && i === lastProse + 1 && blocks[lastProse]!.tag === 'li')) lastProse = i + items - 1;
    else if (items === 0 && isLineList(i)) lastProse = i;
  }
  lastProse = Math.min(lastProse, commentsCut);
  // After the last paragraph of prose: share and follow lines, tags, "more from" lists.
  for (let i = lastProse + 1; i <= best.to; i++) if (roles[i] === 'content') roles[i] = 'chrome';

  // --- the headline, and a standfirst between it and the article --------------------------
  const title = wordsOf(hint.title ?? '').join(' ');
  let headline = -1;
  const low = Math.max(0, Math.min(best.from, firstProse) - HEADLINE_WINDOW);
  const sameAsTitle = (i: number): boolean => {
    const k = words[i]!.join(' ');
    return !!k && !!title && (k === title || (words[i]!.length >= 3 && (title.includes(k) || k.includes(title))));
  };
  // The title's own words first: a line that merely holds them ("Share all options for: <title>") comes after.
  for (let i = firstProse - 1; i >= low && headline < 0; i--) if (words[i]!.join(' ') === title && title) headline = i;
  for (let i = firstProse - 1; i >= low && headline < 0; i--) if (sameAsTitle(i)) headline = i;
  if (headline < 0) {
    for (let i = firstProse - 1; i >= low; i--) {
      if (blocks[i]!.tag === 'h1' && words[i]!.length > 0) {
        headline = i;
        break;
      }
    }
  }
  // No title to go by and no <h1>: the article's own first line, if it reads as a headline.
  if (headline < 0) {
    for (let i = best.from; i < firstProse; i++) {
      if (roles[i] !== 'content') continue;
      const text = read.text.slice(blocks[i]!.start, blocks[i]!.end);
      if (blocks[i]!.tag !== 'li' && !isChromeShape(i) && words[i]!.length <= HEADLINE_MAX_WORDS && !SENTENCE_END.test(text)) headline = i;
      break;
    }
  }
  // The block right above the first prose, that the extractor took as the article: a paragraph's
  // length of words with no link is the story's first paragraph, even with no stop at its end.
  let lead = firstProse - 1;
  while (lead >= low && words[lead]!.length === 0) lead--;
  const isLead = (i: number): boolean =>
    i === lead &&
    roles[i] === 'content' &&
    blocks[i]!.linkShare === 0 &&
    blocks[i]!.tag !== 'li' &&
    !HEADING_TAG.test(blocks[i]!.tag) &&
    letterWords[i]! >= PROSE_MIN_WORDS;
  // The standfirst the page gives as its own summary (its description): the standfirst, whatever
  // the box it stands in is named ("teaser", "promo"), while it is no list of links. A description
  // may be cut short ("… the U.S."): the block opens with its words.
  const excerpt = wordsOf(hint.excerpt ?? '');
  const excerptKey = ` ${excerpt.join(' ')}`;
  // A box that merely repeats the story's first paragraph (a share box's summary) is no standfirst.
  const isDescription = (i: number): boolean =>
    excerpt.length >= STANDFIRST_MIN_WORDS &&
    blocks[i]!.linkShare <= MAX_LINK_SHARE &&
    keyOf(i).startsWith(`${excerptKey} `) &&
    !inRun.some((j) => j > i && roles[j] !== 'chrome' && keyOf(j).includes(keyOf(i)));
  const kept = new Set<string>();
  for (let i = low; i < firstProse; i++) {
    if (i === headline) {
      roles[i] = 'heading';
      continue;
    }
    const b = blocks[i]!;
    const text = read.text.slice(b.start, b.end);
    // The story's dateline set on a line of its own right above its first paragraph ("NEW YORK -").
    if (i === lead && text.trim().length === (dateline(text.trim())?.length ?? -1)) {
      roles[i] = 'content';
      continue;
    }
    // A line mostly of figures (a date and time, "updated …") is no standfirst, however long.
    const standfirst =
      i > headline &&
      b.tag !== 'li' &&
      (!isChromeShape(i) || isDescription(i)) &&
      letterWords[i]! >= STANDFIRST_MIN_WORDS &&
      letterWords[i]! >= STANDFIRST_LETTER_SHARE * words[i]!.length &&
      (STANDFIRST_END.test(text) || /^h[2-3]$/.test(b.tag) || isLead(i));
    // The same standfirst set twice (a dek over the headline and under it): only the first is kept.
    const again = standfirst && kept.has(keyOf(i));
    roles[i] = standfirst && !again && (headline >= 0 || roles[i] === 'content') ? 'content' : 'chrome';
    if (roles[i] === 'content') kept.add(keyOf(i));
  }

  // --- furniture set among the story ------------------------------------------------------
  // A call to the reader (sign up, share, join our…), a site's disclaimer or notice about the
  // page ("This page is archived…"), the rules of its comments, an advert's tag, the label of a list of other stories ("Read more:", "Don't miss"), a short
  // label in the story right above a list of links (with the list's items that hold links; not
  // the headline above a share bar), a photo's credit line and a gallery's counter; a byline set
  // on its own line, a note on what the site earns from its links, a player's notice to the
  // browser ("JavaScript must be enabled…"), a control's label ("Caption", "Close"), a pitch for
  // the site's newsletter, a copyright notice, a line pointing elsewhere ("Watch more »", "click
  // here") and a reporter's e-mail address on its own line.
  const isLinkList = (j: number): boolean => j < blocks.length && roles[j] === 'chrome' && blocks[j]!.linkShare > MAX_LINK_SHARE;
  for (let i = 0; i < blocks.length; i++) {
    if (roles[i] === 'chrome' || words[i]!.length === 0) continue;
    const text = read.text.slice(blocks[i]!.start, blocks[i]!.end).trim();
    const n = words[i]!.length;
    const next = nextWithWords(i);
    // A list's label with the article's own paragraph right under it, no list between (a list
    // cut from the copy): what it heads is the story, so it is left as the page sets it.
    const aboveProse = next < blocks.length && roles[next] === 'content' && blocks[next]!.linkShare === 0 && isProse(next);
    const furniture = isFurnitureLine(text, roles[i] === 'heading') || ((FURNITURE_LABEL.test(text) || FURNITURE_LABEL_LONG.test(text)) && !aboveProse);
    const listLabel =
      roles[i] === 'content' && n <= LIST_LABEL_MAX_WORDS && blocks[i]!.tag !== 'li' && !SENTENCE_END.test(text) && isLinkList(next) && isLinkList(nextWithWords(next));
    if (!furniture && !listLabel) continue;
    roles[i] = 'chrome';
    // A photo label alone ("Photo:") credits the line after it; a list's label, its items that hold links.
    let j = nextWithWords(i);
    if (PHOTO_CREDIT.test(text) && wordsOf(text).length <= 2 && j < blocks.length && words[j]!.length <= PHOTO_CREDIT_MAX_WORDS && !SENTENCE_END.test(read.text.slice(blocks[j]!.start, blocks[j]!.end))) roles[j] = 'chrome';
    if (listLabel || ((FURNITURE_LABEL.test(text) || FURNITURE_LABEL_LONG.test(text)) && !aboveProse)) {
      while (isLinkList(j)) j = nextWithWords(j);
      while (j < blocks.length && blocks[j]!.tag === 'li' && (roles[j] === 'chrome' || blocks[j]!.linkShare > 0)) {
        roles[j] = 'chrome';
        j = nextWithWords(j);
      }
    }
  }

  // --- the author's note: a short paragraph that opens on the name its byline gave --------
  const authors = bylineNames(blocks.slice(0, firstProse).map((b) => read.text.slice(b.start, b.end)));
  for (let i = 0; i < blocks.length && authors.length; i++) {
    if (roles[i] !== 'content' || words[i]!.length > BIO_MAX_WORDS) continue;
    const text = read.text.slice(blocks[i]!.start, blocks[i]!.end).trim();
    if (authors.some((a) => text.startsWith(a) && AUTHOR_NOTE_VERB.test(text.slice(a.length)))) roles[i] = 'chrome';
  }
  // Notes on the writers that close the piece, with no byline to name them: from the last kept block up.
  for (let i = lastProse; i > firstProse; i--) {
    if (roles[i] !== 'content' || words[i]!.length === 0) continue;
    if (!isClosingBio(read.text.slice(blocks[i]!.start, blocks[i]!.end).trim(), words[i]!.length)) break;
    roles[i] = 'chrome';
  }

  // --- what each kept block is -------------------------------------------------------------
  let articleWordCount = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (roles[i] === 'chrome') continue;
    const b = blocks[i]!;
    const text = read.text.slice(b.start, b.end);
    if (roles[i] === 'content' && HEADING_TAG.test(b.tag)) roles[i] = 'heading';
    else if (roles[i] === 'content' && CREDIT.test(text)) roles[i] = 'credit';
    else if (roles[i] === 'content' && words[i]!.length <= FOLLOW_MAX_WORDS && FOLLOW.test(text)) roles[i] = 'chrome';
    // An author's note that ends on such a line ("… is out now. Follow him on Twitter @…").
    else if (roles[i] === 'content' && words[i]!.length <= BIO_MAX_WORDS && FOLLOW.test(lastSentence(text))) roles[i] = 'chrome';
    // A photo's caption set as a paragraph: it ends on the photo's credit ("… (credit: NASA)").
    else if (roles[i] === 'content' && words[i]!.length <= BIO_MAX_WORDS && CAPTION_CREDIT_END.test(text)) roles[i] = 'chrome';
    if (roles[i] === 'content') articleWordCount += words[i]!.length;
  }
  return done(articleWordCount < MIN_ARTICLE_WORDS);
}
