/**
 * Which blocks of the page are the article the extractor found: the blocks that carry its words
 * (by word triples, so it does not matter how the extractor or the DOM library rebuilt the page)
 * and have an article block's shape, the run of them with the most article words, and, inside
 * that run, the blocks that merely repeat others (a pull quote, a summary box).
 *
 * Passes over a PageContext (articlePage.ts), run by article.ts. Pure: no DOM, no Node.
 */
import { HEADING_TAG, wordsOf } from './articleRuns';
import { type BlockRun, type PageContext, MAX_CAPTION_SHARE, isChromeNamed, isChromeShape, isImageLabel, keyOf, textOf } from './articlePage';

/** A block this much of whose word triples are in the article is article text. */
const MIN_COVER = 0.5;
/** Article blocks this many words apart (of blocks that are not article) are separate runs. */
const MAX_GAP_WORDS = 250;
/** A line holding this many of the article's paragraphs (of this many words or more) whole is a flattened copy. */
const COPY_MIN_PARAGRAPHS = 3;
const COPY_MIN_WORDS = 8;
/** Blocks named as chrome are chrome while they are under this share of the words that match the article. */
const MAX_NAMED_CHROME_SHARE = 0.5;
/** A block of this many words or more that repeats another of the article is a repeat, not the article. */
const REPEAT_MIN_WORDS = 4;

function triples(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/**
 * A line that holds several of the article's paragraphs whole is the article flattened into one
 * run of text (a hidden copy for search engines, a summary field), not the article as the page
 * sets it: the extractor's blocks are never coarser than the page's own lines.
 */
function isFlatCopy(page: PageContext, i: number, paragraphKeys: readonly string[]): boolean {
  if (page.words[i]!.length < COPY_MIN_PARAGRAPHS * COPY_MIN_WORDS) return false;
  return textOf(page, i)
    .split('\n')
    .some((line) => {
      const w = wordsOf(line);
      if (w.length < COPY_MIN_PARAGRAPHS * COPY_MIN_WORDS) return false;
      const key = ` ${w.join(' ')} `;
      let n = 0;
      for (const k of paragraphKeys) if (key.includes(k) && ++n >= COPY_MIN_PARAGRAPHS) return true;
      return false;
    });
}

/**
 * Which blocks carry the article's words (whatever their shape), then which of them are article.
 * Blocks in an element the page names as chrome (a newsletter box, a share bar, a rail) are not,
 * unless most of what matches the article is so named: then the names are wrong (an ad slot left
 * open around the story), and only the shape of each block says what it is.
 */
export function matchBlocks(page: PageContext): void {
  const { blocks, words } = page;
  const articleWords = page.hint.blocks.map(wordsOf);
  const shingles = new Set(articleWords.flatMap((w) => triples(w)));
  const shortBlocks = new Set(articleWords.filter((w) => w.length > 0 && w.length < 3).map((w) => w.join(' ')));
  const paragraphKeys = [...new Set(articleWords.filter((w) => w.length >= COPY_MIN_WORDS).map((w) => ` ${w.join(' ')} `))];
  const covered = blocks.map((_, i) => {
    const w = words[i]!;
    if (w.length === 0) return false;
    if (w.length < 3) return shortBlocks.has(w.join(' '));
    const t = triples(w);
    let hit = 0;
    for (const s of t) if (shingles.has(s)) hit++;
    return hit / t.length >= MIN_COVER && !isFlatCopy(page, i, paragraphKeys);
  });
  const matchAll = (): boolean[] => blocks.map((_, i) => covered[i]! && !isChromeShape(page, i) && !isImageLabel(page, i));
  page.namesTrusted = false;
  page.matched = matchAll();
  let namedWords = 0;
  let matchedWords = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!page.matched[i]) continue;
    matchedWords += words[i]!.length;
    if (isChromeNamed(blocks[i]!)) namedWords += words[i]!.length;
  }
  page.namesTrusted = namedWords < MAX_NAMED_CHROME_SHARE * matchedWords;
  if (page.namesTrusted && namedWords > 0) page.matched = matchAll();
}

/** The run of blocks that is the article: the one with the most article words. False when no block matched. */
export function findBestRun(page: PageContext): boolean {
  let best: BlockRun | null = null;
  let run: BlockRun | null = null;
  let gap = 0;
  for (let i = 0; i < page.blocks.length; i++) {
    if (!page.matched[i]) {
      // Captions do not part the article: a gallery set among its paragraphs, however long its captions run.
      if (page.blocks[i]!.captionShare <= MAX_CAPTION_SHARE) gap += page.words[i]!.length;
      continue;
    }
    if (!run || gap > MAX_GAP_WORDS) run = { from: i, to: i, words: 0 };
    run.to = i;
    run.words += page.words[i]!.length;
    if (!best || run.words > best.words) best = { ...run };
    gap = 0;
  }
  if (!best) return false;
  page.best = best;
  page.inRun = [];
  for (let i = best.from; i <= best.to; i++) if (page.matched[i]) page.inRun.push(i);
  return true;
}

/**
 * The run's blocks are the article's, but for those that repeat others of it (a pull quote, a
 * summary box, the same paragraph set twice). A subheading may well name words the text says
 * again: only prose is taken for a pull quote. Of the same paragraph set twice, the one set as a
 * paragraph (<p>) is kept, else the first: a summary box above the byline repeats the story's
 * first paragraph, which stands where the story sets it.
 */
export function keepUnrepeated(page: PageContext): void {
  const { inRun, words } = page;
  const keys = new Map(inRun.map((i) => [i, keyOf(page, i)]));
  // For each paragraph's words, the block that keeps them.
  const keeper = new Map<string, number>();
  for (const i of inRun) {
    const k = keys.get(i)!;
    const held = keeper.get(k);
    if (held === undefined || (page.blocks[held]!.tag !== 'p' && page.blocks[i]!.tag === 'p')) keeper.set(k, i);
  }
  for (const i of inRun) {
    const k = keys.get(i)!;
    const repeated =
      words[i]!.length >= REPEAT_MIN_WORDS &&
      !HEADING_TAG.test(page.blocks[i]!.tag) &&
      inRun.some((j) => j !== i && keys.get(j)!.length > k.length && keys.get(j)!.includes(k));
    const setTwice = keeper.get(k) !== i && words[i]!.length >= REPEAT_MIN_WORDS;
    if (!repeated && !setTwice) page.roles[i] = 'content';
  }
}

/** A pull quote runs to at most this many words… */
const PULL_QUOTE_MAX_WORDS = 60;
/** …repeats at least this many words in a row of a paragraph near it… */
const PULL_QUOTE_MIN_RUN = 8;
/** …and this share of its words, in runs of at least three words… */
const PULL_QUOTE_MIN_COVER = 0.6;
/** …of a longer paragraph at most this many blocks away. */
const PULL_QUOTE_WINDOW = 12;
/**
 * The elements a pull quote is set in beside the story's paragraphs: a box, a table's row, a
 * quotation. Not a paragraph (<p>): a story's short paragraph may say again what a longer one near it
 * said (a results roundup's lines are much alike); nor a list's item nor a heading.
 */
const PULL_QUOTE_TAGS = new Set(['div', 'tr', 'table', 'blockquote', 'aside', 'figure', 'section']);

/**
 * How block i's words stand in another block's (`theirs`: its word triples): the share of them in
 * runs of three or more words that it has too, and the longest such stretch (of overlapping triples).
 */
function repeatOf(page: PageContext, i: number, theirs: ReadonlySet<string>): { cover: number; run: number } {
  const w = page.words[i]!;
  const covered = new Uint8Array(w.length);
  let run = 0;
  let stretch = 0;
  for (let k = 0; k + 2 < w.length; k++) {
    if (!theirs.has(`${w[k]} ${w[k + 1]} ${w[k + 2]}`)) {
      stretch = 0;
      continue;
    }
    covered[k] = covered[k + 1] = covered[k + 2] = 1;
    stretch = stretch === 0 ? 3 : stretch + 1;
    run = Math.max(run, stretch);
  }
  return { cover: covered.reduce((a, x) => a + x, 0) / Math.max(1, w.length), run };
}

/**
 * A pull quote set among the story's prose: a short block set as a box (PULL_QUOTE_TAGS), that repeats most of the words of a longer paragraph of the story near it, perhaps with its
 * attribution or a phrase of its own reworded ("…,” the mayor said." for "…,” she said, adding…"),
 * as a table's cell or a quote box beside the text, in another element than the paragraph's: chrome.
 * (keepUnrepeated takes a block whose words another holds whole.) A short paragraph that quotes a
 * few of the same words is the story's, and so is one set as the paragraph it repeats is (a story
 * set in <div>s, one of which says again what another said).
 */
export function dropPullQuotes(page: PageContext): void {
  const { blocks, roles, words } = page;
  // Each paragraph's word triples, made once when a block is first weighed against it.
  const triplesOf = new Map<number, Set<string>>();
  const theirs = (j: number): Set<string> => {
    let t = triplesOf.get(j);
    if (!t) triplesOf.set(j, (t = new Set(triples(words[j]!))));
    return t;
  };
  for (let i = page.firstProse + 1; i < page.lastProse; i++) {
    const n = words[i]!.length;
    if (roles[i] !== 'content' || n < PULL_QUOTE_MIN_RUN || n > PULL_QUOTE_MAX_WORDS || !PULL_QUOTE_TAGS.has(blocks[i]!.tag)) continue;
    const lo = Math.max(page.firstProse, i - PULL_QUOTE_WINDOW);
    const hi = Math.min(page.lastProse, i + PULL_QUOTE_WINDOW);
    for (let j = lo; j <= hi; j++) {
      // The paragraph it repeats is set in another element: a story whose paragraphs are all <div>s is not boxed.
      if (j === i || roles[j] !== 'content' || words[j]!.length <= n || blocks[j]!.tag === blocks[i]!.tag) continue;
      const { cover, run } = repeatOf(page, i, theirs(j));
      if (run >= PULL_QUOTE_MIN_RUN && cover >= PULL_QUOTE_MIN_COVER) {
        roles[i] = 'chrome';
        break;
      }
    }
  }
}
