/**
 * Articles saved as web pages. An HTML file is compared by what a reader sees in it: the
 * text of the page with tags, scripts, styles and comments gone, character references
 * decoded, and each block (paragraph, heading, list item…) on a paragraph of its own.
 * The engine works on that text; `toSourceComparison` maps its offsets back into the file,
 * so decorations and JSON offsets still point into the HTML source.
 *
 * Parsing is htmlparser2's (forgiving, as browsers are, of unclosed and stray tags).
 */
import { Parser } from 'htmlparser2';
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

/** Reads the text of an HTML document. Never throws; any string gives a text (perhaps empty). */
export function readHtml(source: string): ReadText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let length = 0;
  /** What separates the last text from the next: 0 nothing, 1 a space, 2 a line break, 3 a paragraph break. */
  let pending = 0;
  let unread = 0;
  const emit = (s: string, from: number, to: number): void => {
    chars.push(s);
    for (let k = 0; k < s.length; k++) {
      starts.push(from);
      ends.push(to);
    }
    length += s.length;
  };
  const flushBreak = (at: number): void => {
    if (pending && length > 0) emit(pending === 3 ? '\n\n' : pending === 2 ? '\n' : ' ', at, at);
    pending = 0;
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (UNREAD.has(name)) unread++;
        else if (name === 'br') pending = Math.max(pending, 2);
        else if (BLOCK.has(name)) pending = 3;
      },
      onclosetag(name) {
        if (UNREAD.has(name)) unread = Math.max(0, unread - 1);
        else if (BLOCK.has(name)) pending = 3;
      },
      ontext(data) {
        if (unread > 0) return;
        const from = parser.startIndex;
        const to = parser.endIndex + 1;
        // A character reference comes alone, its decoded text standing for the whole reference.
        if (data.length !== to - from) {
          if (/^[ \t\n\r\f]+$/.test(data)) pending = Math.max(pending, 1);
          else if (data !== '\u00AD') {
            flushBreak(from);
            emit(data, from, to);
          }
          return;
        }
        const re = /[ \t\n\r\f]+|[^ \t\n\r\f]+/g;
        for (let m = re.exec(data); m; m = re.exec(data)) {
          const at = from + m.index;
          if (/^[ \t\n\r\f]/.test(m[0])) {
            pending = Math.max(pending, 1);
            continue;
          }
          flushBreak(at);
          for (let k = 0; k < m[0].length; k++) {
            starts.push(at + k);
            ends.push(at + k + 1);
          }
          chars.push(m[0]);
          length += m[0].length;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeCDATA: false },
  );
  try {
    parser.end(source);
  } catch {
    // htmlparser2 does not throw on any input; should it ever, what was read so far stands.
  }
  starts.push(source.length);
  ends.push(source.length);
  return { text: chars.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}


/**
 * The read text of an article file when it is a web page (by its name, or by its opening
 * lines), else null: plain text and Markdown are compared as they are.
 */
export function readArticle(source: string, path = ''): ReadText | null {
  return isHtmlPath(path) || looksLikeHtml(source) ? readHtml(source) : null;
}
