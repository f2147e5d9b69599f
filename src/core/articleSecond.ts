/**
 * A second opinion on the article, when the extractor's is doubtful. Readability sometimes takes
 * the wrong block for the article: a lead above a ranking it leaves out, the top of a long page
 * of sections, a page's own summary of itself. Such a choice shows in what it leaves: the page
 * holds far more prose (paragraphs that end as sentences, not links, captions or boxes named as
 * chrome) than the article found. Then the extractor is asked again with its own rules loosened
 * (Readability's retries taken to the end: src/read/dom.ts), and its second answer replaces the
 * first only when it holds several times the first's prose, as a content extractor falls back
 * on another (trafilatura keeps its own extraction unless a fallback's is much longer). A
 * thread of comments, which a loosened extractor also takes, rarely triples a story.
 *
 * Pure: no DOM, no Node.
 */
import { type PageContext, isChromeNamed, isChromeShape, isImageLabel, isProse } from './articlePage';

/**
 * A second answer replaces the first when it holds at least this many times the first's prose;
 * and as no answer holds more prose than the page, the page doubts the first (the extractor is
 * asked again, which costs it up to four more reads) only when it holds this many times as much.
 */
export const SECOND_RATIO = 3;

/** A paragraph of the page's prose: prose, not shaped as chrome, no photo's label, not in a box named as chrome. */
function isPageProse(page: PageContext, i: number): boolean {
  return isProse(page, i) && !isChromeShape(page, i) && !isImageLabel(page, i) && !isChromeNamed(page.blocks[i]!);
}

/** The words of the page's prose, all told. */
function pageProse(page: PageContext): number {
  let n = 0;
  for (let i = 0; i < page.blocks.length; i++) if (isPageProse(page, i)) n += page.words[i]!.length;
  return n;
}

/** The words of the prose in the article's run (once matchBlocks and findBestRun have run). */
export function runProse(page: PageContext): number {
  let n = 0;
  for (let i = page.best.from; i <= page.best.to; i++) if (page.matched[i] && isPageProse(page, i)) n += page.words[i]!.length;
  return n;
}

/** Whether the page holds so much more prose than the article found that the extractor is asked again. */
export function doubtsArticle(page: PageContext): boolean {
  const prose = pageProse(page);
  return prose > 0 && prose >= SECOND_RATIO * runProse(page);
}

/** Whether a second answer (its page context matched) replaces the first. */
export function prefersSecond(first: PageContext, second: PageContext): boolean {
  return runProse(second) >= SECOND_RATIO * runProse(first) && runProse(second) > 0;
}
