/**
 * Articles saved as web pages or written in Markdown. An HTML file is compared by what a
 * reader sees in it: the text of the page with tags, scripts, styles and comments gone,
 * character references decoded, and each block (paragraph, heading, list item…) on a
 * paragraph of its own.
 * The engine works on that text; `toSourceComparison` maps its offsets back into the file,
 * so decorations and JSON offsets still point into the HTML source.
 *
 * Markdown is read the same way: link text without its target, no emphasis or heading marks.
 *
 * Parsing is htmlparser2's (forgiving, as browsers are, of unclosed and stray tags) and
 * markdown-it's (CommonMark, as VS Code's own Markdown preview).
 */
import { Parser } from 'htmlparser2';
import MarkdownIt from 'markdown-it';
import { isHtmlPath, looksLikeHtml, type ReadText } from './readText';
import { markArticle, wordsOf, type ArticleFinder, type PageBlock } from './article';
import { CAPTION, CHROME, IMAGE, LINK, isHiddenElement, namedBits } from './markupNames';

export * from './readText';

/**
 * Elements whose content is not read: code, styles, metadata (a page's title too, which no
 * browser shows in the page, wherever it stands), embedded media and their
 * fallbacks (raw text that browsers never show: noembed, noframes), form controls, and the
 * page's navigation, sidebars and footers (chrome around the story).
 * A <form> is read: some sites wrap their whole page, article and all, in one.
 */
const UNREAD = new Set([
  'script', 'style', 'noscript', 'noembed', 'noframes', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'select',
  'textarea', 'button', 'nav', 'aside', 'footer',
]);

/** What a page's <head> holds; any other element opening in it ends it. */
const HEAD_CONTENT = new Set(['head', 'title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template', 'object']);

/** Elements that stand as blocks of their own: a paragraph break before and after. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'title', 'tr', 'ul',
]);

/**
 * A table's cells: a row is read as a reader reads it, its cells side by side on one line
 * ("DL  Larry Ogunjobi  63  85%"), not each cell a paragraph of its own. What a cell holds in
 * blocks of its own (paragraphs, lists) still stands apart.
 */
const CELL = new Set(['td', 'th']);

/** How far ahead of the last word `ReadBuilder.text` looks for the next one in the source. */
const SEARCH_AHEAD = 256;

/**
 * How much searching past the short look-ahead (for text after a long link address) one
 * source range may still do: a few times its length in all, so that words decoded on their
 * way (not in the source as they read) keep the cost linear.
 */
interface SearchBudget {
  left: number;
}

/**
 * Builds a read text piece by piece, folding white space the way a reader sees it: a run
 * of spaces and line ends between words is one space; blocks stand apart by a blank line.
 */
class ReadBuilder {
  private readonly chars: string[] = [];
  // Per character of the text, grown as it is built (typed arrays: a long page makes millions).
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  /** Per character of the text: `LINK` and `CAPTION` bits of where it stands in the page. */
  private flags = new Uint8Array(1024);
  /** Where each block of the text starts, and the element that holds it. */
  readonly blockStarts: Array<{ at: number; tag: string }> = [];
  /** What the next text pushed stands in: its innermost block element and its flags. */
  context = { tag: '', flags: 0 };
  private length = 0;
  /** What separates the last text from the next: 0 nothing, 1 a space, 2 a line break, 3 a paragraph break. */
  private pending = 0;

  constructor(private readonly source: string) {}

  space(): void {
    this.pending = Math.max(this.pending, 1);
  }

  /** Text left unread here (hidden from the eye) still parts words: a space before the next one if it opens on a letter or a figure. */
  private breakBeforeWord = false;
  wordBreak(): void {
    this.breakBeforeWord = true;
  }

  private partWords(word: string): void {
    if (this.breakBeforeWord && /^[\p{L}\p{N}]/u.test(word)) this.space();
    this.breakBeforeWord = false;
  }

  lineBreak(): void {
    this.pending = Math.max(this.pending, 2);
  }

  block(): void {
    this.pending = 3;
  }

  private flush(at: number): void {
    const newBlock = this.length === 0 || this.pending === 3;
    if (this.pending && this.length > 0) this.push(this.pending === 3 ? '\n\n' : this.pending === 2 ? '\n' : ' ', at, at);
    this.pending = 0;
    if (newBlock) this.blockStarts.push({ at: this.length, tag: this.context.tag });
  }

  /** `s`, standing for `source[from, to)` as a whole, or (`exact`) character for character from `from`. */
  private push(s: string, from: number, to: number, exact = false): void {
    this.chars.push(s);
    this.reserve(this.length + s.length + 1);
    const flags = this.context.flags;
    for (let k = 0, i = this.length; k < s.length; k++, i++) {
      this.starts[i] = exact ? from + k : from;
      this.ends[i] = exact ? from + k + 1 : to;
      this.flags[i] = flags;
    }
    this.length += s.length;
  }

  /** Text that stands for `source[from, to)` as a whole (a decoded character reference). */
  whole(data: string, from: number, to: number): void {
    if (/^[ \t\n\r\f]+$/.test(data)) this.space();
    else if (data && data !== '\u00AD') {
      this.partWords(data);
      this.flush(from);
      this.push(data, from, to);
    }
  }

  /**
   * Text read from `source[from, to)`: each word is matched to where it stands in the
   * source, looked for from where the last one was (the same slice, character for
   * character, when nothing was decoded or dropped in between). Returns the offset after
   * the last word found, for the next piece of the same source range.
   */
  text(data: string, from: number, to: number, budget: SearchBudget = { left: 4 * (to - from) + 1024 }): number {
    const re = /[ \t\n\r\f]+|[^ \t\n\r\f]+/g;
    let at = from;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      const word = m[0];
      if (/^[ \t\n\r\f]/.test(word)) {
        this.space();
        continue;
      }
      this.partWords(word);
      let exact = -1;
      const last = Math.min(to, at + SEARCH_AHEAD + word.length) - word.length;
      for (let k = at; k <= last; k++) {
        if (this.source.startsWith(word, k)) {
          exact = k;
          break;
        }
      }
      if (exact < 0 && budget.left > 0 && last < to - word.length) {
        const k = this.source.indexOf(word, last + 1);
        const found = k >= 0 && k + word.length <= to;
        budget.left -= (found ? k : this.source.length) - last;
        if (found) exact = k;
      }
      if (exact >= 0) {
        this.flush(exact);
        this.push(word, exact, exact + word.length, true);
        at = exact + word.length;
      } else {
        // Decoded or escaped on its way (\* or &amp;): it stands for the rest of the range.
        this.flush(at);
        this.push(word, at, to);
      }
    }
    return at;
  }

  done(): ReadText {
    this.reserve(this.length + 1);
    this.starts[this.length] = this.source.length;
    this.ends[this.length] = this.source.length;
    return { text: this.chars.join(''), starts: this.starts.slice(0, this.length + 1), ends: this.ends.slice(0, this.length + 1) };
  }

  /** How many characters of text are built so far. */
  get size(): number {
    return this.length;
  }

  /** Sets (`on`) or clears a flag bit on the characters `[from, to)` built so far. */
  flag(from: number, to: number, bit: number, on: boolean): void {
    for (let k = from; k < to && k < this.length; k++) this.flags[k] = on ? this.flags[k]! | bit : this.flags[k]! & ~bit;
  }

  /** Room for `n` characters' offsets and flags. */
  private reserve(n: number): void {
    if (n <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < n) size *= 2;
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (size: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts, (k) => new Int32Array(k));
    this.ends = grow(this.ends, (k) => new Int32Array(k));
    this.flags = grow(this.flags, (k) => new Uint8Array(k));
  }

  /** The blocks of the text built (call after `done`), with what the page says of each. */
  blocks(text: string): PageBlock[] {
    const out: PageBlock[] = [];
    for (let i = 0; i < this.blockStarts.length; i++) {
      const { at, tag } = this.blockStarts[i]!;
      let end = i + 1 < this.blockStarts.length ? this.blockStarts[i + 1]!.at : text.length;
      while (end > at && /\s/.test(text[end - 1]!)) end--;
      if (end <= at) continue;
      let link = 0;
      let caption = 0;
      let image = 0;
      let chrome = 0;
      for (let k = at; k < end; k++) {
        const f = this.flags[k]!;
        if (f & LINK) link++;
        if (f & CAPTION) caption++;
        if (f & IMAGE) image++;
        if (f & CHROME) chrome++;
      }
      const n = end - at;
      out.push({ start: at, end, tag, linkShare: link / n, captionShare: caption / n, imageShare: image / n, chromeShare: chrome / n });
    }
    return out;
  }
}

/** Elements that hold a figure and its caption, whatever their length. */
const FIGURE = new Set(['figure', 'figcaption']);

/**
 * The most text (in characters) an element named as a caption, a credit or a box of chrome
 * holds: a long caption or a related list runs to a few sentences; more is a wrapper whose
 * class or id merely names such boxes.
 */
const MAX_NAMED_BOX_CHARS = 800;

/** Elements that never have content or a closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Reads the text of an HTML document. Never throws; any string gives a text (perhaps empty). */
export function readHtml(source: string): ReadText {
  return readHtmlBlocks(source).read;
}

/**
 * Reads the text of an HTML document with its blocks: for each, the element that holds it and
 * how much of it is link text or caption. Never throws.
 */
export function readHtmlBlocks(source: string): { read: ReadText; blocks: PageBlock[]; depth: number } {
  const out = new ReadBuilder(source);
  let unread = 0;
  // A <head> left open (no </head>, no <body>: some hand-made and old pages) ends where the first
  // element that has no place in it starts, as browsers read it.
  let inHead = false;
  // How deep the page's elements nest, at most (see readArticle).
  let depth = 0;
  // Image descriptions: a block that says what an image's alt text says is its caption.
  const alts: string[] = [];
  // The open elements (void ones aside), with the flags they give their text; for an element
  // that its class or id names a caption or chrome (`named` bits), where its text starts.
  // An element the reader does not see (isHiddenElement) is `hidden`: its text is not read.
  const open: Array<{ name: string; flags: number; block: boolean; named?: number; from?: number; hidden?: boolean }> = [];
  // The named boxes closed so far: their text's [from, to) and their bits.
  const boxes: Array<[number, number, number]> = [];
  // Closes the open elements from the `i`th up. An element named a caption or a box of chrome
  // that holds more text than any such box is a wrapper so named ("no-caption", "has-comments",
  // a page's feature flags), not a box: its text is not taken for one, the boxes inside it aside.
  const closeFrom = (i: number): void => {
    for (let j = open.length - 1; j >= i; j--) {
      const { named, from } = open[j]!;
      if (open[j]!.hidden) {
        unread = Math.max(0, unread - 1);
        out.wordBreak();
      }
      if (from === undefined) continue;
      const to = out.size;
      // A figure's text is its caption whatever holds it: kept apart from any wrapper cleared around it.
      if (named === undefined) {
        boxes.push([from, to, CAPTION]);
        continue;
      }
      if (to - from <= MAX_NAMED_BOX_CHARS || FIGURE.has(open[j]!.name)) {
        out.flag(from, to, named, true);
        boxes.push([from, to, named]);
      } else {
        // Inside a figure, its text is the figure's caption all the same.
        let inFigure = false;
        for (let k = 0; k < j && !inFigure; k++) inFigure = FIGURE.has(open[k]!.name);
        out.flag(from, to, inFigure ? named & ~CAPTION : named, false);
        for (let k = boxes.length - 1; k >= 0 && boxes[k]![0] >= from; k--) out.flag(boxes[k]![0], boxes[k]![1], boxes[k]![2], true);
      }
    }
    open.length = i;
  };
  const setContext = (): void => {
    let tag = '';
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i]!.block) {
        tag = open[i]!.name;
        break;
      }
    }
    out.context = { tag, flags: open.length ? open[open.length - 1]!.flags : 0 };
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'img' && attribs['alt'] && unread === 0) alts.push(attribs['alt']);
        if (name === 'img' && unread === 0) {
          // What follows an image in its block element stands beside the image.
          let i = open.length - 1;
          while (i > 0 && !open[i]!.block) i--;
          for (let j = Math.max(0, i); j < open.length; j++) open[j]!.flags |= IMAGE;
          setContext();
        }
        // (Not inside what the head holds unread: a <noscript> there may hold an image.)
        if (inHead && unread === 1 && !HEAD_CONTENT.has(name)) {
          inHead = false;
          unread = Math.max(0, unread - 1);
        }
        if (name === 'head') inHead = true;
        if (UNREAD.has(name)) unread++;
        else if (name === 'br') out.lineBreak();
        else if (BLOCK.has(name)) out.block();
        else if (CELL.has(name)) out.space();
        if (VOID.has(name)) return;
        // A link never holds another: an unclosed <a> ends where the next one starts (as browsers read it).
        if (name === 'a') {
          for (let i = open.length - 1; i >= 0; i--) {
            if (open[i]!.name === 'a') {
              closeFrom(i);
              break;
            }
          }
        }
        let flags = open.length ? open[open.length - 1]!.flags : 0;
        // A block inside a block that has an image stands apart from the image.
        if (BLOCK.has(name)) flags &= ~IMAGE;
        if (name === 'a') flags |= LINK;
        if (FIGURE.has(name)) flags |= CAPTION;
        const named = attribs['class'] || attribs['id'] ? namedBits(`${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`) : 0;
        flags |= named;
        const hidden = !UNREAD.has(name) && name !== 'body' && name !== 'html' && isHiddenElement(attribs);
        if (hidden) unread++;
        open.push({ name, flags, block: BLOCK.has(name), ...(named ? { named, from: out.size } : FIGURE.has(name) ? { from: out.size } : {}), ...(hidden ? { hidden } : {}) });
        depth = Math.max(depth, open.length);
        setContext();
      },
      onclosetag(name) {
        if (name === 'head' && !inHead) return;
        if (name === 'head') inHead = false;
        if (UNREAD.has(name)) unread = Math.max(0, unread - 1);
        else if (BLOCK.has(name)) out.block();
        else if (CELL.has(name)) out.space();
        if (VOID.has(name)) return;
        for (let i = open.length - 1; i >= 0; i--) {
          if (open[i]!.name === name) {
            closeFrom(i);
            break;
          }
        }
        setContext();
      },
      ontext(data) {
        if (unread > 0) return;
        const from = parser.startIndex;
        const to = parser.endIndex + 1;
        // A character reference comes alone, its decoded text standing for the whole reference.
        if (data.length !== to - from) out.whole(data, from, to);
        else out.text(data, from, to);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeCDATA: false },
  );
  try {
    parser.end(source);
  } catch {
    // htmlparser2 does not throw on any input; should it ever, what was read so far stands.
  }
  closeFrom(0);
  const read = out.done();
  return { read, blocks: captionsByAlt(read.text, out.blocks(read.text), alts), depth };
}

/** An alt text of this many words or more names a caption that repeats it. */
const MIN_ALT_WORDS = 4;

/** Blocks that repeat an image's alt text (most of their words are it) are captions. */
function captionsByAlt(text: string, blocks: PageBlock[], alts: readonly string[]): PageBlock[] {
  const keys = new Set(alts.map((a) => wordsOf(a)).filter((w) => w.length >= MIN_ALT_WORDS).map((w) => ` ${w.join(' ')} `));
  if (keys.size === 0) return blocks;
  return blocks.map((b) => {
    const w = wordsOf(text.slice(b.start, b.end));
    if (w.length < MIN_ALT_WORDS) return b;
    const key = ` ${w.join(' ')} `;
    for (const k of keys) {
      if (key.includes(k) && (k.length - 2) / (key.length - 2) >= 0.6) return { ...b, captionShare: 1 };
    }
    return b;
  });
}

/** The parser, made on the first Markdown file read (a run over plain text never builds it). */
let markdown: MarkdownIt | undefined;

/**
 * Reads the text of a Markdown document (CommonMark, parsed by markdown-it, as VS Code's
 * preview does): link text without its address, no emphasis, heading, list or quote marks,
 * no raw HTML or images; code blocks are read as text (an indented paragraph is one).
 * Never throws.
 */
export function readMarkdown(source: string): ReadText {
  const out = new ReadBuilder(source);
  let tokens: ReturnType<MarkdownIt['parse']>;
  try {
    tokens = (markdown ??= new MarkdownIt('commonmark', { html: true })).parse(source, {});
  } catch {
    // markdown-it parses any string; should it ever fail, the source is read as it is.
    out.text(source, 0, source.length);
    return out.done();
  }
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOffset = (line: number): number => (line < lineStarts.length ? lineStarts[line]! : source.length);
  for (const tok of tokens) {
    if (tok.nesting !== 0) {
      out.block();
      continue;
    }
    const from = tok.map ? lineOffset(tok.map[0]) : 0;
    const to = tok.map ? lineOffset(tok.map[1]) : source.length;
    if (tok.type === 'inline') {
      let at = from;
      const budget: SearchBudget = { left: 4 * (to - from) + 1024 };
      for (const child of tok.children ?? []) {
        if (child.type === 'html_inline' || child.type === 'image') continue;
        if (child.type === 'text' || child.type === 'code_inline') at = out.text(child.content, at, to, budget);
        else if (child.type === 'softbreak') out.space();
        else if (child.type === 'hardbreak') out.lineBreak();
      }
    } else if (tok.type === 'code_block' || tok.type === 'fence') {
      out.block();
      out.text(tok.content, from, to);
      out.block();
    } else if (tok.type === 'hr') out.block();
    // html_block: raw HTML between paragraphs is not read.
  }
  return out.done();
}

/** Pages whose elements nest deeper than this are not given to the article extractor. */
const MAX_ARTICLE_DEPTH = 120;

/** True for a file name that Markdown is saved under. */
export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(path);
}

/**
 * The read text of an article file when it is a web page (by its name, or by its opening
 * lines) or Markdown (by its name), else null: plain text is compared as it is.
 * With `findArticle` (an article extractor run on the page, see src/read/), a page's blocks
 * are marked as its article or as page chrome (see article.ts).
 */
/**
 * How much nesting a page that is read at all may have: the sum, over its opening tags, of how
 * deep each opens. The HTML parser's work grows with it (it moves its stack of open elements at
 * every tag), so a hostile page of elements nested tens of thousands deep would take minutes.
 * Real pages are far below it: a 300 KB news page sums to about 10^5, 5,000 nested elements
 * to 1.25 × 10^7; the budget, 10^8, is about a tenth of a second of parsing.
 */
export const MAX_NESTING_WORK = 1e8;

/**
 * The deepest nesting of an HTML document if the sum of its tags' depths goes over `budget`
 * (see MAX_NESTING_WORK), else null. A linear scan of its tags (void elements, self-closed tags,
 * comments and the insides of scripts and styles aside), made before the parser runs; it stops
 * as soon as the budget is spent.
 */
export function nestingOverBudget(source: string, budget: number): number | null {
  const tag = /<!--[^]*?-->|<(script|style)\b[^>]*>[^]*?<\/\1\s*>|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/gi;
  let depth = 0;
  let deepest = 0;
  let work = 0;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    if (m[3] === undefined) continue; // a comment, a script, a style
    const name = m[3].toLowerCase();
    if (VOID.has(name) || m[4] === '/') continue;
    if (m[2] === '/') depth = Math.max(0, depth - 1);
    else {
      depth++;
      if (depth > deepest) deepest = depth;
      work += depth;
      if (work > budget) return deepest;
    }
  }
  return null;
}

export function readArticle(source: string, path = '', findArticle?: ArticleFinder): ReadText | null {
  if (isHtmlPath(path) || looksLikeHtml(source)) {
    if (!findArticle) return readHtml(source);
    const { read, blocks, depth } = readHtmlBlocks(source);
    // Elements nested deeper than any real page's take an extractor minutes: such a page is read whole.
    const hint = depth > MAX_ARTICLE_DEPTH ? undefined : findArticle(source);
    return hint === undefined ? read : markArticle(read, blocks, hint);
  }
  if (isMarkdownPath(path)) return readMarkdown(source);
  return null;
}
