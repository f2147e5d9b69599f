/**
 * Where the article's prose starts and ends, and what stands among it. Around the prose the
 * extractor often keeps a page's furniture (a kicker, a date, share and follow lines, an author's
 * box): only a headline and a standfirst stand before the prose (articleHead.ts), only prose
 * after it (articleEnd.ts). Among it: prose cut off from the body, a paragraph the extractor let
 * go, teasers of other stories, a page's controls.
 *
 * Passes over a PageContext (articlePage.ts), run by article.ts. Pure: no DOM, no Node.
 */
import { HEADING_TAG, MAX_LINK_SHARE, SENTENCE_END, endsAsSentence, markTeasers, wordsOf } from './articleRuns';
import {
  type BlockRun,
  type PageContext,
  MAX_CAPTION_SHARE,
  SUBHEADING_MAX_WORDS,
  isChromeNamed,
  isChromeShape,
  isContentProse,
  isImageLabel,
  nextWithWords,
  previousWithWords,
  textOf,
} from './articlePage';

/** Prose this many chrome blocks away from the body, and under this share of its words, is detached. */
const DETACHED_AFTER_BLOCKS = 8;
const DETACHED_MAX_SHARE = 0.25;
/** …unless it holds this many paragraphs of prose or more. */
const DETACHED_MAX_PARAGRAPHS = 1;
/** A paragraph the extractor let go between two of the story's is the story's from this many words (with a letter)… */
const GAP_MIN_WORDS = 8;
/** …with at most this share of them in links. */
const GAP_MAX_LINK_SHARE = 0.5;
/** Controls inside the article: at least this many lines in a row of at most this many words. */
const CONTROL_MIN_LINES = 3;
const CONTROL_MAX_WORDS = 3;

/** The first and last paragraphs of prose the run keeps. False when there is none: no article. */
export function findProse(page: PageContext): boolean {
  for (let i = page.best.from; i <= page.best.to; i++) {
    if (!isContentProse(page, i)) continue;
    if (page.firstProse < 0) page.firstProse = i;
    page.lastProse = i;
  }
  return page.firstProse >= 0;
}

/**
 * Prose cut off from the body by a stretch of chrome (a share bar, a comment form, an author's
 * card), and small beside it, is not the article: an "embed this post" line, a bio. A piece of
 * two paragraphs of prose or more is the story's all the same: a story that ad slots, a
 * newsletter box or a rail of teasers cut into sections goes on after each of them.
 */
export function dropDetachedProse(page: PageContext): void {
  const { roles, words } = page;
  const pieces: Array<BlockRun & { paragraphs: number }> = [];
  let chromeBetween = 0;
  for (let i = page.firstProse; i <= page.lastProse; i++) {
    if (roles[i] === 'chrome' || (words[i]!.length > 0 && !page.matched[i])) chromeBetween++;
    if (!isContentProse(page, i)) continue;
    const last = pieces[pieces.length - 1];
    if (!last || chromeBetween >= DETACHED_AFTER_BLOCKS) pieces.push({ from: i, to: i, words: 0, paragraphs: 0 });
    const piece = pieces[pieces.length - 1]!;
    piece.to = i;
    piece.words += words[i]!.length;
    piece.paragraphs++;
    chromeBetween = 0;
  }
  if (pieces.length <= 1) return;
  const body = pieces.reduce((a, b) => (b.words > a.words ? b : a));
  let from = body.from;
  let to = body.to;
  for (const p of pieces) {
    if (p === body || p.words >= DETACHED_MAX_SHARE * body.words || p.paragraphs > DETACHED_MAX_PARAGRAPHS) {
      from = Math.min(from, p.from);
      to = Math.max(to, p.to);
    }
  }
  for (let i = page.firstProse; i < from; i++) if (roles[i] === 'content') roles[i] = 'chrome';
  page.firstProse = from;
  page.lastProse = to;
}

/**
 * A paragraph of the story the extractor let go between two of its paragraphs (one holding a
 * link, or short: "The discovery was announced in … Nature Astronomy."): a sentence of its own,
 * with the story's prose right above and right below it, nothing between, is the story's.
 */
export function keepGapParagraphs(page: PageContext): void {
  const { blocks, roles } = page;
  for (let i = page.firstProse + 1; i < page.lastProse; i++) {
    if (roles[i] !== 'chrome' || page.matched[i] || blocks[i]!.tag !== 'p' || page.letterWords[i]! < GAP_MIN_WORDS) continue;
    if (isChromeShape(page, i) || isImageLabel(page, i)) continue;
    if (blocks[i]!.linkShare > GAP_MAX_LINK_SHARE || !endsAsSentence(textOf(page, i).trim())) continue;
    const prev = previousWithWords(page, i);
    const next = nextWithWords(page, i);
    if (prev >= 0 && next < blocks.length && isContentProse(page, prev) && isContentProse(page, next)) roles[i] = 'content';
  }
}

/**
 * A subheading of the story the extractor let go (a class it reads as page furniture:
 * 'subheader'): a heading element of a few words, no link, no caption, not in a box the page
 * names as chrome, under a paragraph of the story (not its first) and over its prose, nothing
 * between.
 * A heading over a box of links (a "Related" list) has no prose under it; a furniture line set
 * as a heading ('Advertisement') is dropped after, by the furniture pass.
 */
export function keepGapHeadings(page: PageContext): void {
  const { blocks, roles, words } = page;
  for (let i = page.firstProse + 1; i < page.lastProse; i++) {
    const b = blocks[i]!;
    if (roles[i] !== 'chrome' || !HEADING_TAG.test(b.tag) || b.linkShare > 0 || b.captionShare > 0) continue;
    if (page.letterWords[i]! === 0 || words[i]!.length > SUBHEADING_MAX_WORDS || isChromeNamed(b)) continue;
    const prev = previousWithWords(page, i);
    const next = nextWithWords(page, i);
    // Above it, the story's prose or a paragraph of it (a short one: '"Done," he said.'), after
    // its first (a share bar's head, "Share this story", stands between the date line and the lead).
    const above = prev > page.firstProse && (isContentProse(page, prev) || (roles[prev] === 'content' && blocks[prev]!.tag === 'p'));
    if (above && next < blocks.length && isContentProse(page, next)) roles[i] = 'content';
  }
}

/** A block is part of an embedded post when this share of its characters is. */
const EMBED_MIN_SHARE = 0.5;
const isEmbedded = (page: PageContext, i: number): boolean => (page.blocks[i]!.embedShare ?? 0) >= EMBED_MIN_SHARE;

/**
 * A post the story quotes, embedded between two of its paragraphs (a tweet, an Instagram post:
 * the embed code sets the post's text in the page, in an element the network names), is the
 * story's: extractors drop it with the share bars its wrapper is named after. Kept when the
 * nearest blocks with words above and below the embedded ones are the story's; its signature
 * line ("— Jane Doe (@janedoe) March 12, 2025") is furniture, left out after (dropFurniture).
 * Posts right after the story's last paragraph, nothing between, are the story's too when the
 * extractor kept them (a story that closes on the letter a congresswoman posted), and so are a
 * line that introduces them ("See the tweets:") and they after it: the prose runs to them.
 */
export function keepQuotedPosts(page: PageContext): void {
  const { roles } = page;
  for (let i = page.firstProse + 1; i < page.lastProse; i++) {
    if (!isEmbedded(page, i) || page.letterWords[i]! === 0) continue;
    let to = i;
    while (to + 1 < page.lastProse && (isEmbedded(page, to + 1) || page.words[to + 1]!.length === 0)) to++;
    const prev = previousWithWords(page, i);
    const next = nextWithWords(page, to);
    if (prev >= 0 && next < page.blocks.length && roles[prev] === 'content' && roles[next] === 'content' && !isEmbedded(page, next)) {
      for (let k = i; k <= to; k++) if (roles[k] === 'chrome' && page.words[k]!.length > 0) roles[k] = 'content';
    }
    i = to;
  }
  let last = page.lastProse;
  let first = nextWithWords(page, last);
  // A line that introduces them may stand between the prose and the posts.
  if (introducesPosts(page, first)) first = nextWithWords(page, first);
  for (let k = first; k <= page.best.to && isEmbedded(page, k) && page.matched[k]; k = nextWithWords(page, k)) last = k;
  for (let k = page.lastProse + 1; k <= last; k++) if (page.words[k]!.length > 0) roles[k] = 'content';
  page.lastProse = last;
}

/** A line that introduces the posts under it: at most this many words. */
const POSTS_INTRO_MAX_WORDS = 12;

/**
 * A line of the story that introduces the posts it closes on ("See the tweets:", "She wrote on
 * Instagram:"): a short paragraph the extractor kept, ending on a colon, not itself a post.
 */
function introducesPosts(page: PageContext, i: number): boolean {
  if (i > page.best.to || !page.matched[i] || page.blocks[i]!.tag !== 'p' || isEmbedded(page, i)) return false;
  return page.letterWords[i]! > 0 && page.words[i]!.length <= POSTS_INTRO_MAX_WORDS && /[:：]\s*$/u.test(textOf(page, i));
}

/** Teasers of other stories inside the article (a "related" list with summaries). */
export function dropTeasers(page: PageContext): void {
  markTeasers(page.text, page.blocks, page.words, page.letterWords, page.roles, page.firstProse, Math.min(page.lastProse + 1, page.blocks.length - 1));
}

/** A subheading that is a link heads a section of at least this many paragraphs of the story's prose. */
const LINKED_SECTION_MIN_PARAGRAPHS = 2;
/** …and the story has at least this many such sections. */
const LINKED_SECTIONS_MIN = 2;
/** A subheading: at most this many words. */

/**
 * A subheading of the story set as a link (a gift guide's product names, each linked to its
 * shop, with the story's paragraphs under it) is the story's, as the extractor read it: a heading
 * element, a link end to end, with the story's prose right above it and at least two paragraphs
 * of it below, two such sections or more. A teaser's headline heads one summary (the teaser pass
 * has made that chrome); one linked heading among the story may point to another story.
 */
export function keepLinkedSubheadings(page: PageContext): void {
  const { blocks, roles, words } = page;
  const hinted = new Set(page.hint.blocks.map((t) => wordsOf(t).join(' ')));
  const found: number[] = [];
  for (let i = page.firstProse + 1; i < page.lastProse; i++) {
    const b = blocks[i]!;
    if (roles[i] !== 'chrome' || !HEADING_TAG.test(b.tag) || b.linkShare <= MAX_LINK_SHARE) continue;
    if (words[i]!.length === 0 || words[i]!.length > SUBHEADING_MAX_WORDS || !hinted.has(words[i]!.join(' '))) continue;
    if (b.captionShare > 0 || (page.namesTrusted && isChromeNamed(b))) continue;
    const prev = previousWithWords(page, i);
    if (prev < 0 || !isContentProse(page, prev)) continue;
    let paragraphs = 0;
    for (let j = nextWithWords(page, i); j <= page.lastProse && isContentProse(page, j); j = nextWithWords(page, j)) paragraphs++;
    if (paragraphs >= LINKED_SECTION_MIN_PARAGRAPHS) found.push(i);
  }
  // One linked heading among the story is more likely a pointer to another story ("Related: …").
  if (found.length >= LINKED_SECTIONS_MIN) for (const i of found) roles[i] = 'content';
}

/**
 * Controls set inside the article (text size, a gallery's pager, a rating): a run of tiny lines,
 * none a sentence, at least one of them no word at all ("-", "+", "›").
 */
export function dropControls(page: PageContext): void {
  const isTiny = (i: number): boolean =>
    page.blocks[i]!.end > page.blocks[i]!.start && page.words[i]!.length <= CONTROL_MAX_WORDS && !SENTENCE_END.test(textOf(page, i));
  for (let i = page.firstProse; i <= page.lastProse; i++) {
    if (!isTiny(i)) continue;
    let j = i;
    let symbols = 0;
    while (j <= page.lastProse && isTiny(j)) symbols += page.letterWords[j++]! === 0 ? 1 : 0;
    if (j - i >= CONTROL_MIN_LINES && symbols > 0) for (let k = i; k < j; k++) page.roles[k] = 'chrome';
    i = j;
  }
}

/** A title set in a player or a picture's box: at most this many words. */
const MEDIA_TITLE_MAX_WORDS = 20;

/** A line over a figure repeats the figure's title when the title holds its words and at most this many times as many. */
const MEDIA_TITLE_REPEAT_RATIO = 1.5;

/** Every word of block i is in block j, which has not many more (a title said again, perhaps with a word or two more). */
function repeatedIn(page: PageContext, i: number, j: number): boolean {
  const theirs = new Set(page.words[j]);
  return page.words[j]!.length <= MEDIA_TITLE_REPEAT_RATIO * page.words[i]!.length && page.words[i]!.every((w) => theirs.has(w));
}

/**
 * The title of a video or a picture set among the story ("Hear what happened inside the court
 * after the ruling", then "05:22 - Source: …"): a line of words that is no sentence, no heading
 * and no list item, between the box's label above it ("Video Ad Feedback") and its caption right
 * below; or a line, a subheading too, right above a figure whose own title or caption says it
 * again ("Corona in Hamburg – die Bilanz des Bürgermeisters" over a player of that title).
 */
export function dropMediaTitles(page: PageContext): void {
  const { blocks, roles } = page;
  for (let i = page.firstProse + 1; i < page.lastProse; i++) {
    if (roles[i] !== 'content' || blocks[i]!.tag === 'li' || page.words[i]!.length > MEDIA_TITLE_MAX_WORDS) continue;
    if (SENTENCE_END.test(textOf(page, i).trim())) continue;
    const next = nextWithWords(page, i);
    if (next < blocks.length && blocks[next]!.captionShare > MAX_CAPTION_SHARE && blocks[next]!.linkShare <= MAX_LINK_SHARE && repeatedIn(page, i, next)) {
      roles[i] = 'chrome';
      continue;
    }
    if (HEADING_TAG.test(blocks[i]!.tag)) continue;
    // Above, the box's own label (no link, no caption: not a shop's button or another picture's
    // caption); below, its caption, no link (not a product's card under a list's subheading).
    const prev = previousWithWords(page, i);
    const label = prev >= 0 && roles[prev] === 'chrome' && blocks[prev]!.linkShare <= MAX_LINK_SHARE && blocks[prev]!.captionShare <= MAX_CAPTION_SHARE;
    const caption = next < blocks.length && blocks[next]!.captionShare > MAX_CAPTION_SHARE && blocks[next]!.linkShare <= MAX_LINK_SHARE;
    if (label && caption) roles[i] = 'chrome';
  }
}
