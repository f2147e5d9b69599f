/**
 * Where a whole-sentence quick fix goes in an article read out of markup (a saved web page,
 * Markdown): the place in the source where an omitted sentence can be put so that the page
 * reads it, and the source a sentence of page chrome can be taken out of without leaving
 * markup behind. Only where the edit is exact: the characters on either side of the place
 * (or every character of the chrome) must stand in the source as they are read, and the
 * markup around must be one of the plain shapes below; anything else gets no fix (the editor
 * says why). Pure (no `vscode` import).
 */
import type { Span } from '../core/types';
import { escapeForMarkup } from './markupEscape';
import type { ComparisonView } from './result';
import { clamp } from '../core/spans';
import { isSpace } from '../core/strings';

/** An edit of the article document (the page's source). */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

const CHARACTER_REFERENCE = /^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);$/i;

/**
 * The source span of the article's character at `i` when the source holds it as it is read
 * (in HTML also as one character reference, `&amp;`); null when the reader decoded or
 * assembled it from a wider stretch of the source.
 */
function literalAt(view: ComparisonView, i: number): Span | null {
  const src = view.articleSourceSpan({ start: i, end: i + 1 });
  const t = view.articleSource.slice(src.start, src.end);
  if (t === view.articleText[i]) return src;
  return view.articleMarkup === 'html' && CHARACTER_REFERENCE.test(t) ? src : null;
}

/**
 * The edit that puts `sentence` (the canonical's words) into a page or Markdown article at
 * read offset `anchor`, escaped so that the page reads it exactly; null where that cannot be
 * done exactly. `own`: the sentence opens a paragraph in the canonical. Between two sentences
 * of one paragraph it goes in with a space; between two blocks, as a paragraph of its own
 * (`<p>…</p>` after a `</p>`, or a blank line in Markdown) when it opens one in the canonical,
 * else at the end of the paragraph before (the start of the one after, in Markdown, when the
 * block before is a heading).
 */
export function omittedInMarkup(view: ComparisonView, anchor: number, sentence: string, own: boolean, eol: string): SourceEdit | null {
  const A = view.articleText;
  const S = view.articleSource;
  const markup = view.articleMarkup;
  if (!markup || !sentence) return null;
  const p = clamp(anchor, 0, A.length);
  let q = p;
  while (q > 0 && isSpace(A[q - 1])) q--;
  let r = p;
  while (r < A.length && isSpace(A[r])) r++;
  const prev = q > 0 ? literalAt(view, q - 1) : null;
  const next = r < A.length ? literalAt(view, r) : null;
  if ((q > 0 && !prev) || (r < A.length && !next) || (!prev && !next)) return null;
  const a = prev ? prev.end : 0;
  const b = next ? next.start : S.length;
  const esc = (atLineStart: boolean) => escapeForMarkup(sentence, markup, atLineStart);
  const at = (o: number, text: string): SourceEdit => ({ start: o, end: o, text });
  if (prev && next && !A.slice(q, r).includes('\n')) {
    // Inside one paragraph: after the sentence before, where only white space parts the two.
    const gap = S.slice(a, b);
    if (/^\s*$/.test(gap)) return at(a, ` ${esc(false)}${gap ? '' : ' '}`);
    if (/^\s/.test(gap)) return at(a, ` ${esc(false)}`);
    if (/\s$/.test(gap)) return at(b, `${esc(false)} `);
    return null;
  }
  const place: Between = { S, a, b, prev, next, own, esc, at };
  return markup === 'html' ? betweenHtmlBlocks(place) : betweenMarkdownBlocks(place, eol);
}

/**
 * A place between two blocks: the source, the offsets after the character before (`a`) and
 * at the character after (`b`), those characters' source spans, whether the sentence opens a
 * paragraph, the sentence escaped, and the edit that inserts at an offset.
 */
interface Between {
  S: string;
  a: number;
  b: number;
  prev: Span | null;
  next: Span | null;
  own: boolean;
  esc: (atLineStart: boolean) => string;
  at: (o: number, text: string) => SourceEdit;
}

function betweenHtmlBlocks({ S, a, b, prev, next, own, esc, at }: Between): SourceEdit | null {
  const text = esc(false);
  const close = prev ? /^\s*<\/p\s*>/i.exec(S.slice(a)) : null;
  if (close) {
    if (!own) return at(a, ` ${text}`);
    const after = a + close[0].length;
    const ws = /^\s*/.exec(S.slice(after))![0];
    return at(after, `${ws}<p>${text}</p>`);
  }
  const open = next ? /(\s*)<p(?:\s[^<>]*)?>\s*$/i.exec(S.slice(0, b)) : null;
  if (open) {
    if (!own) return at(b, `${text} `);
    return at(b - open[0].length + open[1]!.length, `<p>${text}</p>${open[1]}`);
  }
  return null;
}

function betweenMarkdownBlocks({ S, a, b, prev, next, own, esc, at }: Between, eol: string): SourceEdit | null {
  // The next block opens at its line's start with no mark (a plain paragraph), or the text begins there.
  const nextPlain = next && /(^|\n)[ \t]*$/.test(S.slice(0, b)) && (!prev || /\n[ \t]*\r?\n[ \t]*$/.test(S.slice(a, b)));
  // The block before ends its line (nothing but spaces after it there).
  const prevEnds = prev && /^[ \t]*(?:\r?\n|$)/.test(S.slice(a));
  const prevHeading = prev && /^[ \t]{0,3}#/.test(S.slice(S.lastIndexOf('\n', prev.start - 1) + 1));
  if (own && prevEnds) {
    const blankAfter = /^[ \t]*(?:$|\r?\n[ \t]*(?:\r?\n|$))/.test(S.slice(a));
    return at(a, `${eol}${eol}${esc(true)}${blankAfter ? '' : eol}`);
  }
  if (nextPlain && (own || !prevEnds || prevHeading)) return at(b, `${esc(true)}${own ? eol + eol : ' '}`);
  if (!own && prevEnds && !prevHeading) return at(a, ` ${esc(false)}`);
  return null;
}

/**
 * The source span to take out for a sentence of page chrome: the sentence's own source when
 * it is written there as it is read (no tag, entity or emphasis inside), widened over the
 * elements (HTML) or the block mark (Markdown: a list item, heading or quote mark) that hold
 * nothing else, so that no empty element or bare mark is left. Null when the sentence's
 * words are not plain text in the source.
 */
export function chromeInMarkup(view: ComparisonView, s: Span): Span | null {
  const S = view.articleSource;
  const A = view.articleText;
  let q = s.start;
  let r = s.end;
  while (q < r && isSpace(A[q])) q++;
  while (r > q && isSpace(A[r - 1])) r--;
  if (q >= r) return null;
  const first = literalAt(view, q);
  const last = literalAt(view, r - 1);
  if (!first || !last) return null;
  let start = first.start;
  let end = last.end;
  const fold = (t: string) => t.replace(/\s+/g, ' ');
  if (fold(S.slice(start, end)) !== fold(A.slice(q, r))) return null;
  if (view.articleMarkup === 'html') {
    for (;;) {
      const open = /<([a-z][a-z0-9-]*)(?:\s[^<>]*)?>[ \t]*$/i.exec(S.slice(Math.max(0, start - 400), start));
      const close = open ? new RegExp(`^[ \\t]*</${open[1]}\\s*>`, 'i').exec(S.slice(end, end + 400)) : null;
      if (!open || !close) break;
      start -= open[0].length;
      end += close[0].length;
    }
  } else {
    const ls = S.lastIndexOf('\n', start - 1) + 1;
    const nl = S.indexOf('\n', end);
    const le = nl < 0 ? S.length : S[nl - 1] === '\r' ? nl - 1 : nl;
    if (/^[ \t]*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6}|>)[ \t]*)*$/.test(S.slice(ls, start)) && /^[ \t#]*$/.test(S.slice(end, le))) {
      start = ls;
      end = le;
    }
  }
  return { start, end };
}
