/**
 * Reading a file as WireDiff compares it: a web page by its article (Readability on a DOM, see
 * dom.ts), Markdown by its text, plain text as it is. The DOM library and Readability are
 * loaded on the first page read, never before: the CLI and the extension start without them.
 */
import { MAX_NESTING_WORK, nestingOverBudget, readArticle, type ReadText } from '../core/markup';
import { isHtmlPath, looksLikeHtml } from '../core/readText';
import type { ArticleFinder } from '../core/article';

/** In the bundles, the DOM reader is a file of its own beside them (see scripts/build.mjs). */
declare const WIREDIFF_READ_DOM: string | undefined;

let finder: ArticleFinder | null = null;
/** How the DOM reader's bundle is loaded, when not by a plain require (see `loadDomWith`). */
let loadDom: ((spec: string) => unknown) | null = null;

/** The article finder, loaded on first use. */
export function articleFinder(): ArticleFinder {
  if (!finder) {
    const spec = typeof WIREDIFF_READ_DOM === 'string' ? WIREDIFF_READ_DOM : './dom';
    // A require of a computed name: the bundler leaves it for run time, so nothing loads until here.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = (loadDom ? loadDom(spec) : require(spec)) as { findArticle: ArticleFinder };
    finder = mod.findArticle;
  }
  return finder;
}

/**
 * Loads the DOM reader with `load` (given its name beside the bundle, as `require` takes it)
 * on the first page read, instead of a plain require: the CLI compiles it with its code cache
 * (src/cli/commands.ts). Before the first read only; null: a plain require again.
 */
export function loadDomWith(load: ((spec: string) => unknown) | null): void {
  loadDom = load;
}

/**
 * The read text of a file (see `readArticle`), a web page read for its article: its blocks
 * are marked as article or page chrome, and `noArticle` says when it has none.
 */
export function readFile(source: string, path = ''): ReadText | null {
  if (isHtmlPath(path) || looksLikeHtml(source)) {
    const deep = nestingOverBudget(source, MAX_NESTING_WORK);
    if (deep !== null) throw new PageError(tooDeepLine(path, deep));
  }
  return readArticle(source, path, (html, again) => articleFinder()(html, again));
}

/**
 * A page WireDiff will not read (its elements nest deeper than any real page's). Its `code` is
 * the CLI's mark of a usage error, so the CLI says its one line and exits 2; the editor shows it.
 */
export class PageError extends Error {
  readonly code = 'WIREDIFF_USAGE';
}

/** The one line that says a page was not read because its elements nest too deep. */
export function tooDeepLine(path: string, depth: number): string {
  return `${path || 'this page'}: its elements nest ${depth.toLocaleString('en-US')} deep and more, as no real page does: not read`;
}

/** The one line that says a page was not compared because it has no article. */
export function noArticleLine(path: string): string {
  return `${path || 'this page'}: no article found in this page (a login wall, an index or an empty page?): nothing to compare`;
}
