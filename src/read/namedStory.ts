/**
 * The story a page's title names, among stories set one after another. A series page, or a feed
 * that loads the next stories under the one asked for, sets each story whole as an item of one
 * list (sibling `<article>` elements, each under its own headline): Readability weighs them all
 * and takes the longest, or several, for the article. The page's title names the story it is the
 * page of: when exactly one item of such a list is headed so, the other items are taken out of the
 * DOM Readability reads (WireDiff's own reading keeps them, as chrome). Only the named story's
 * siblings go: an article inside it (a comment) or elsewhere (a teaser beside it) is left to the
 * rules that weigh those.
 */
import { MIN_ARTICLE_WORDS } from '../core/article';

/** The little of a DOM element and document this pass uses. */
interface StoryElement {
  readonly textContent: string | null;
  readonly parentNode: unknown;
  querySelector(selector: string): StoryElement | null;
  getAttribute(name: string): string | null;
  remove(): void;
}
export interface StoryDocument {
  readonly title: string;
  querySelectorAll(selector: string): ArrayLike<StoryElement>;
}

/** A cheap look first: a page with fewer than two articles has no such list. */
const TWO_ARTICLES = /<article[\s>][\s\S]*<article[\s>]/i;
/** Where a site's name is set apart from the headline in a page's title ("Headline | Site", "Site – Headline"). */
const TITLE_PARTS = /\s+(?:[|–—·»:]|-|::)\s+/u;
/** A headline is an article's first heading of these. */
const HEADLINE = 'h1, h2, h3';

/** A text's words, lower case, one space apart: headings and titles are compared so. */
const keyOf = (text: string | null): string => (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The keys a headline may match: the page's title (and its Open Graph title) whole, and its first and last parts. */
function titleKeys(document: StoryDocument): Set<string> {
  const og = Array.from(document.querySelectorAll('meta[property="og:title" i]')).map((m) => m.getAttribute('content') ?? '');
  const keys = new Set<string>();
  for (const title of [document.title, ...og]) {
    const parts = title.split(TITLE_PARTS);
    for (const t of [title, parts[0]!, parts[parts.length - 1]!]) {
      const k = keyOf(t);
      if (k.includes(' ')) keys.add(k);
    }
  }
  return keys;
}

/** Takes out of `document` the stories set beside the one its title names (see above), when there is such a list. */
export function keepNamedStory(source: string, document: StoryDocument): void {
  if (!TWO_ARTICLES.test(source)) return;
  const keys = titleKeys(document);
  if (keys.size === 0) return;
  const articles = Array.from(document.querySelectorAll('article'));
  const named = articles.filter((a) => keys.has(keyOf(a.querySelector(HEADLINE)?.textContent ?? null)));
  if (named.length !== 1) return;
  const story = named[0]!;
  if (keyOf(story.textContent).split(' ').length < MIN_ARTICLE_WORDS) return;
  for (const a of articles) if (a !== story && a.parentNode === story.parentNode && a.querySelector(HEADLINE)) a.remove();
}
