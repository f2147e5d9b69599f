/**
 * An `<aside>` that holds the story. WireDiff's own reading (markup.ts) and the DOM Readability
 * reads (src/read/dom.ts) leave a page's asides unread, as sidebars: chrome beside the story. Some
 * templates wrap the story itself in one (a column "aside" of the layout, the article, its
 * headline and its body inside): the page was then read without its story, and had no article.
 * The page's own microdata say where the story's body is (schema.org's `itemprop="articleBody"`):
 * an aside that holds it is a wrapper of the story, read as any other block. An aside inside it
 * (a share line) still is not. Told before the page is read, as both readers read it in one pass.
 *
 * Pure: no DOM, no Node.
 */

/** A cheap look first: a page whose microdata name no article body has no such aside. */
const BODY_NAMED = /\bitemprop\s*=\s*["']?[^"'>]*\barticleBody\b/i;

/**
 * What the scan reads: comments, scripts and styles whole (what they hold is no tag; one left
 * open runs to the end), an aside's opening or closing tag, and the article body's microdata.
 */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)aside(?=[\s/>])|\bitemprop\s*=\s*(?:"[^"]*\barticleBody\b[^"]*"|'[^']*\barticleBody\b[^']*'|articleBody\b)/gi;

/**
 * Where the page's asides that hold the story's body start (the offset of their `<aside`), an
 * empty set when none does. Asides nest as their tags do; a closing tag with none open is
 * ignored, an aside left open holds what follows it.
 */
export function storyAsides(source: string): ReadonlySet<number> {
  const held = new Set<number>();
  if (!BODY_NAMED.test(source)) return held;
  const open: number[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    if (m[0].charCodeAt(0) !== 0x3c) {
      // The body's microdata ("itemprop=…", not a tag): every aside open holds it.
      for (const at of open) held.add(at);
    } else if (m[2] === '/') open.pop();
    else if (m[2] !== undefined) open.push(m.index);
  }
  return held;
}

/**
 * The asides of a page as it is read in one pass: whether each one opened is left unread (a
 * sidebar) or read (it holds the story: `storyAsides`), and, as each closes, whether it was.
 */
export class AsideReading {
  private readonly read: ReadonlySet<number>;
  private readonly unread: boolean[] = [];

  constructor(source: string) {
    this.read = storyAsides(source);
  }

  /** An aside opens at `at` (the offset of its tag): whether it is unread. */
  opens(at: number): boolean {
    const unread = !this.read.has(at);
    this.unread.push(unread);
    return unread;
  }

  /** An aside closes: whether it was unread. */
  closes(): boolean {
    return this.unread.pop() !== false;
  }
}
