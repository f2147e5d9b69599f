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
 * The work is a list of passes run in a declared order over one page context (articlePage.ts),
 * each a rule of its own in a file of one idea: which blocks are the article's (articleMatch.ts),
 * where its prose starts and what stands among it (articleProse.ts), where it ends
 * (articleEnd.ts), what stands above it (articleHead.ts), the furniture among it
 * (articleFurniture.ts).
 *
 * Pure: no DOM, no Node.
 */
import type { ReadBlock, ReadText } from './readText';
import { splitTrailingFurniture, wordsOf } from './articleRuns';
import { type ArticleHint, type PageBlock, type PageContext, isContentProse, pageContext } from './articlePage';
import { dropPullQuotes, findBestRun, keepUnrepeated, matchBlocks } from './articleMatch';
import {
  dropControls,
  dropDetachedProse,
  dropMediaTitles,
  dropTeasers,
  findProse,
  keepGapHeadings,
  keepGapParagraphs,
  keepLinkedSubheadings,
  keepQuotedPosts,
} from './articleProse';
import { cutAtClosingBox, cutAtCommentHeads, cutAtComments, dropAfterProse, extendByClosingList, extendByCodas, extendBySections, extendBySignature } from './articleEnd';
import { markHead } from './articleHead';
import { dropAboutNotes, dropAuthorNotes, dropClosingHeadings, dropClosingNotes, dropFurniture, dropSummaryBoxes, nameRoles } from './articleFurniture';
import { splitFurnitureLines } from './furniture';
import { doubtsArticle, prefersSecond } from './articleSecond';

export { wordsOf };
export type { ArticleHint, PageBlock };

/**
 * Runs an article extractor on a page's source: null when it finds no article, undefined when
 * it could not run (the page is then read whole, as without an extractor). `again`: asked a
 * second time, when its first article is doubtful (articleSecond.ts), with its rules loosened.
 */
export type ArticleFinder = (html: string, again?: boolean) => ArticleHint | null | undefined;

/** An article of fewer words than this (headings aside) is no article: a login wall, a stub. */
export const MIN_ARTICLE_WORDS = 25;
/** An article whose text is mostly links is an index page. */
export const MAX_ARTICLE_LINK_SHARE = 0.5;

/**
 * A brief: a story of one short paragraph under its headline (a wire brief, a story a paywall cuts
 * to its first sentence) is a story all the same, though its words fall short of MIN_ARTICLE_WORDS.
 * Its headline is the page's title, word for word, and some of what stands under it is a
 * paragraph of prose; with the headline's words, it has MIN_ARTICLE_WORDS. A login wall or a
 * page of teasers has no such paragraph under a headline that is its title.
 */
function isBrief(page: PageContext, articleWords: number): boolean {
  const title = wordsOf(page.hint.title ?? '').join(' ');
  const headline = page.roles.findIndex((r, i) => r === 'heading' && !!title && page.words[i]!.join(' ') === title);
  if (headline < 0 || articleWords + page.words[headline]!.length < MIN_ARTICLE_WORDS) return false;
  return page.roles.some((_, i) => i > headline && isContentProse(page, i));
}

/** A pass over the page: false when it finds the page has no article. */
type ArticlePass = (page: PageContext) => boolean | void;

/** The passes, in the order they run (after matchBlocks and findBestRun): each reads what the ones before it decided. */
const PASSES: readonly ArticlePass[] = [
  // Which blocks are the article's (matchBlocks and findBestRun before).
  keepUnrepeated,
  // Where its prose starts and ends, and what stands among it.
  findProse,
  dropPullQuotes,
  dropDetachedProse,
  cutAtComments,
  cutAtCommentHeads,
  keepGapParagraphs,
  keepGapHeadings,
  keepQuotedPosts,
  dropTeasers,
  keepLinkedSubheadings,
  dropControls,
  dropMediaTitles,
  cutAtClosingBox,
  extendByCodas,
  extendByClosingList,
  // A closing line after that list ("The lesson, as always: you are what you search.").
  extendByCodas,
  // The last answer's signature, when the story's answers are each signed.
  extendBySignature,
  // The last sections of a story set in sections of short lines (a roundup of results).
  extendBySections,
  dropAfterProse,
  // What stands above it.
  markHead,
  // The page's furniture among it, and what each kept block is.
  dropSummaryBoxes,
  dropFurniture,
  dropAuthorNotes,
  dropAboutNotes,
  dropClosingNotes,
  dropClosingHeadings,
  nameRoles,
];

/** The page context of an extractor's article, its blocks matched and its run found; null when it is none (no hint, mostly links, no block matched). */
function matchedPage(read: ReadText, blocks: readonly PageBlock[], hint: ArticleHint | null | undefined): PageContext | null {
  if (!hint || hint.linkShare > MAX_ARTICLE_LINK_SHARE) return null;
  const page = pageContext(read.text, blocks, hint);
  matchBlocks(page);
  return findBestRun(page) ? page : null;
}

/**
 * Marks the blocks of a page's read text with their role, given what the extractor found
 * (`hint`), and asking it again (`again`) when the page doubts that (articleSecond.ts).
 * Returns the read text with `blocks` (and `noArticle` when the page has none).
 */
export function markArticle(read: ReadText, blocks: readonly PageBlock[], hint: ArticleHint | null, again?: () => ArticleHint | null | undefined): ReadText {
  const none = (): ReadText => ({ ...read, blocks: blocks.map((b): ReadBlock => ({ start: b.start, end: b.end, role: 'chrome' })), noArticle: true });
  let page = matchedPage(read, blocks, hint);
  if (!page) return none();
  if (again && doubtsArticle(page)) {
    const second = matchedPage(read, blocks, again());
    if (second && prefersSecond(page, second)) page = second;
  }
  for (const pass of PASSES) if (pass(page) === false) return none();
  let articleWords = 0;
  for (let i = 0; i < blocks.length; i++) if (page.roles[i] === 'content') articleWords += page.words[i]!.length;
  if (articleWords < MIN_ARTICLE_WORDS && !isBrief(page, articleWords)) return none();
  return {
    ...read,
    blocks: blocks.flatMap((b, i): ReadBlock[] =>
      splitFurnitureLines(read.text, { start: b.start, end: b.end, role: page.roles[i]! }).flatMap((x) => splitTrailingFurniture(read.text, x)),
    ),
  };
}
