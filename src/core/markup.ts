/**
 * Articles saved as web pages or written in Markdown. An HTML file is compared by what a reader sees in it: the
 * text of the page with tags, scripts, styles and comments gone, character references
 * decoded, and each block (paragraph, heading, list item…) on a paragraph of its own.
 * The engine works on that text; `toSourceComparison` maps its offsets back into the file,
 * so decorations and JSON offsets still point into the HTML source.
 *
 * Markdown is read the same way: link text without its target, no emphasis or heading marks.
 *
 * Parsing is htmlparser2's (forgiving, as browsers are, of unclosed and stray tags) and
 * mdast-util-from-markdown's (CommonMark).
 */
import { Parser } from 'htmlparser2';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { isHtmlPath, looksLikeHtml, type ReadText } from './readText';

export * from './readText';

/**
 * Elements whose content is not read: code, styles, metadata, embedded media, form
 * controls, and the page's navigation, sidebars and footers (chrome around the story).
 */
const UNREAD = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'button',
  'nav', 'aside', 'footer', 'form',
]);

/** Elements that stand as blocks of their own: a paragraph break before and after. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'title', 'tr', 'ul',
]);

/**
 * Builds a read text piece by piece, folding white space the way a reader sees it: a run
 * of spaces and line ends between words is one space; blocks stand apart by a blank line.
 */
class ReadBuilder {
  private readonly chars: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private length = 0;
  /** What separates the last text from the next: 0 nothing, 1 a space, 2 a line break, 3 a paragraph break. */
  private pending = 0;

  constructor(private readonly source: string) {}

  space(): void {
    this.pending = Math.max(this.pending, 1);
  }

  lineBreak(): void {
    this.pending = Math.max(this.pending, 2);
  }

  block(): void {
    this.pending = 3;
  }

  private flush(at: number): void {
    if (this.pending && this.length > 0) this.push(this.pending === 3 ? '\n\n' : this.pending === 2 ? '\n' : ' ', at, at);
    this.pending = 0;
  }

  private push(s: string, from: number, to: number): void {
    this.chars.push(s);
    for (let k = 0; k < s.length; k++) {
      this.starts.push(from);
      this.ends.push(to);
    }
    this.length += s.length;
  }

  /** Text that stands for `source[from, to)` as a whole (a decoded character reference). */
  whole(data: string, from: number, to: number): void {
    if (/^[ \t\n\r\f]+$/.test(data)) this.space();
    else if (data && data !== '\u00AD') {
      this.flush(from);
      this.push(data, from, to);
    }
  }

  /**
   * Text read from `source[from, to)`: each character is matched to the first character
   * like it in the source from where the last one was (the same slice, character for
   * character, when nothing was decoded or dropped in between).
   */
  text(data: string, from: number, to: number): void {
    const re = /[ \t\n\r\f]+|[^ \t\n\r\f]+/g;
    let at = from;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      const word = m[0];
      if (/^[ \t\n\r\f]/.test(word)) {
        this.space();
        continue;
      }
      const exact = this.source.startsWith(word, at) ? at : this.source.indexOf(word, at);
      if (exact >= 0 && exact + word.length <= to) {
        this.flush(exact);
        for (let k = 0; k < word.length; k++) {
          this.starts.push(exact + k);
          this.ends.push(exact + k + 1);
        }
        this.chars.push(word);
        this.length += word.length;
        at = exact + word.length;
      } else {
        // Decoded or escaped on its way (\* or &amp; in Markdown): it stands for what is left up to `to`.
        const next = Math.min(to, Math.max(at, from));
        this.flush(next);
        this.push(word, next, to);
      }
    }
  }

  done(): ReadText {
    this.starts.push(this.source.length);
    this.ends.push(this.source.length);
    return { text: this.chars.join(''), starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) };
  }
}

/** Reads the text of an HTML document. Never throws; any string gives a text (perhaps empty). */
export function readHtml(source: string): ReadText {
  const out = new ReadBuilder(source);
  let unread = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (UNREAD.has(name)) unread++;
        else if (name === 'br') out.lineBreak();
        else if (BLOCK.has(name)) out.block();
      },
      onclosetag(name) {
        if (UNREAD.has(name)) unread = Math.max(0, unread - 1);
        else if (BLOCK.has(name)) out.block();
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
  return out.done();
}

/** Markdown nodes that stand as blocks: a paragraph break before and after. */
const MD_BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'code', 'thematicBreak']);
/** Markdown nodes that are not read: link definitions, images, raw HTML, front matter. */
const MD_UNREAD = new Set(['definition', 'image', 'imageReference', 'html', 'yaml', 'toml', 'footnoteDefinition']);

/**
 * Reads the text of a Markdown document (CommonMark, parsed by mdast-util-from-markdown):
 * link text without its target, no emphasis marks, heading marks, list bullets or quote
 * marks. Code blocks are read as text (an indented paragraph is one). Never throws.
 */
export function readMarkdown(source: string): ReadText {
  const out = new ReadBuilder(source);
  let tree: MdNode;
  try {
    tree = fromMarkdown(source) as MdNode;
  } catch {
    // micromark parses any string; should it ever fail, the source is read as it is.
    out.text(source, 0, source.length);
    return out.done();
  }
  const walk = (node: MdNode): void => {
    if (MD_UNREAD.has(node.type)) return;
    const block = MD_BLOCKS.has(node.type);
    if (block) out.block();
    const from = node.position?.start.offset ?? 0;
    const to = node.position?.end.offset ?? from;
    if (node.type === 'break') out.lineBreak();
    else if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')) {
      out.text(node.value, from, to);
    }
    for (const child of node.children ?? []) walk(child);
    if (block) out.block();
  };
  walk(tree);
  return out.done();
}

interface MdNode {
  type: string;
  value?: unknown;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** True for a file name that Markdown is saved under. */
export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(path);
}

/**
 * The read text of an article file when it is a web page (by its name, or by its opening
 * lines) or Markdown (by its name), else null: plain text is compared as it is.
 */
export function readArticle(source: string, path = ''): ReadText | null {
  if (isHtmlPath(path) || looksLikeHtml(source)) return readHtml(source);
  if (isMarkdownPath(path)) return readMarkdown(source);
  return null;
}
