/**
 * Texts read out of markup, and the way back: what a reader sees in a web page (see
 * markup.ts, which reads it) with, for every character, where in the source it came from.
 * No imports: the extension's UI layer maps offsets with it without loading the parser.
 */
import type { Comparison, CompareOptions, Sentence, Span } from './types';
import { clamp } from './spans';
import { wordsUpTo } from './strings';

/**
 * What a block of a read text is: the article's running text, a heading or standfirst of it, a
 * dateline or credit line, a speaker's label on a line of its own ("MR PRICE:", "Q:"), or page
 * chrome (navigation, captions, related links, comments…), which is shown dimmed and never
 * compared as news.
 */
export type BlockRole = 'content' | 'heading' | 'dateline' | 'credit' | 'speaker' | 'chrome';

/** A block (paragraph, heading, list item…) of a read text: offsets in the read text. */
export interface ReadBlock {
  readonly start: number;
  readonly end: number;
  readonly role: BlockRole;
}

/** The text a reader sees in a document, and where each of its characters came from. */
export interface ReadText {
  /** The text: blocks separated by blank lines, runs of white space folded to one space. */
  readonly text: string;
  /** `starts[i]`: offset in the source where `text[i]` came from; `starts[text.length]` is the source length. */
  readonly starts: Int32Array;
  /** `ends[i]`: offset in the source one past what `text[i]` came from. */
  readonly ends: Int32Array;
  /**
   * The blocks of `text` and what each is, when the page was read for its article (see
   * article.ts); absent when the text was read without looking for an article.
   */
  readonly blocks?: readonly ReadBlock[];
  /** True for a page in which no article was found (a login wall, an index page). */
  readonly noArticle?: boolean;
}

/** Is this span mostly inside one of the (sorted) chrome spans? */
export function inChrome(chrome: readonly Span[], s: Span): boolean {
  for (const c of chrome) {
    if (c.start >= s.end) break;
    const overlap = Math.min(c.end, s.end) - Math.max(c.start, s.start);
    if (overlap > 0 && overlap * 2 >= s.end - s.start) return true;
  }
  return false;
}

/**
 * Marks the sentences inside page chrome (the sorted `chrome` spans) as boilerplate: never compared
 * as news. A sentence the segmenter ran over the edge of a chrome span first is cut there, each side
 * a sentence of its own: a line of the page's own with no stop at its end, set among the story's
 * lines one line break apart ("RSVP for our forum on the docks" over "However, the council…"), is
 * chrome, and the story's sentence after it is the story's, not a sentence holding both. The
 * sentences are numbered again when one was cut. `text` is the text the sentences are of.
 */
export function markChrome(text: string, sentences: Sentence[], chrome: readonly Span[]): Sentence[] {
  if (!chrome.length) return sentences;
  let out: Sentence[] | null = null;
  let c = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    while (c < chrome.length && chrome[c]!.end <= s.start) c++;
    const cuts: number[] = [];
    for (let k = c; k < chrome.length && chrome[k]!.start < s.end; k++) {
      if (chrome[k]!.start > s.start) cuts.push(chrome[k]!.start);
      if (chrome[k]!.end < s.end) cuts.push(chrome[k]!.end);
    }
    const pieces = cuts.length ? cutSentence(text, s, cuts) : [s];
    if (pieces.length > 1 && !out) out = sentences.slice(0, i);
    if (out) out.push(...pieces);
  }
  const all = out ?? sentences;
  if (out) out.forEach((s, i) => (s.id = i));
  for (const s of all) if (inChrome(chrome, s)) s.kind = 'boilerplate';
  return all;
}

/** Sentence `s` cut at offsets `cuts` (inside it, in order): each piece trimmed of white space, one without a letter or figure left on the piece before it. */
function cutSentence(text: string, s: Sentence, cuts: readonly number[]): Sentence[] {
  const pieces: Sentence[] = [];
  let from = s.start;
  for (const at of [...cuts, s.end]) {
    let a = from;
    let b = at;
    from = at;
    while (a < b && /\s/u.test(text[a]!)) a++;
    while (b > a && /\s/u.test(text[b - 1]!)) b--;
    if (b <= a) continue;
    const prev = pieces[pieces.length - 1];
    if (prev && !/[\p{L}\p{N}]/u.test(text.slice(a, b))) {
      prev.end = b;
      prev.text = text.slice(prev.start, b);
      continue;
    }
    pieces.push({ ...s, start: a, end: b, text: text.slice(a, b) });
  }
  return pieces.length ? pieces : [s];
}

/** The spans of the read text whose blocks have `role`, in order. */
function spansOf(r: ReadText | null | undefined, role: BlockRole): Span[] {
  return (r?.blocks ?? []).filter((b) => b.role === role).map((b) => ({ start: b.start, end: b.end }));
}

/** The spans of the read text that are page chrome, in order. */
export const chromeSpans = (r: ReadText | null | undefined): Span[] => spansOf(r, 'chrome');

/** The spans of the read text that are headings (a headline, a standfirst, a section's heading), in order. */
export const headingSpans = (r: ReadText | null | undefined): Span[] => spansOf(r, 'heading');

/** The spans of a read text that a comparison reads by their role: page chrome (never compared as news) and headings (`markHeadings`). */
export interface PageMarks {
  readonly chrome: readonly Span[];
  readonly headings: readonly Span[];
}

/** A plain text's marks: none. */
export const NO_MARKS: PageMarks = { chrome: [], headings: [] };

/** The marks of a read text (none for plain text, null). */
export const pageMarks = (r: ReadText | null | undefined): PageMarks => (r?.blocks ? { chrome: chromeSpans(r), headings: headingSpans(r) } : NO_MARKS);

/** The sentences of a read text with its marks read: chrome as boilerplate (`markChrome`), each short heading one sentence (`markHeadings`). */
export const markPage = (text: string, sentences: Sentence[], page: PageMarks): Sentence[] => markHeadings(text, markChrome(text, sentences, page.chrome), page.headings);

/** The options that give `compare` the marks of a canonical text and of an article read from pages (null: plain text). */
export function pageOptions(canonical: ReadText | null | undefined, article?: ReadText | null): Pick<CompareOptions, 'canonicalChrome' | 'canonicalHeadings' | 'articleChrome' | 'articleHeadings'> {
  const c = pageMarks(canonical);
  const a = pageMarks(article);
  return { canonicalChrome: c.chrome, canonicalHeadings: c.headings, articleChrome: a.chrome, articleHeadings: a.headings };
}

/**
 * A heading block of at most this many words is one line a reader reads as one unit, whatever
 * its stops; a longer one (a standfirst of a few sentences) may hold several sentences.
 */
const ONE_LINE_WORDS = 20;

/** The fewest words of a sentence that a full stop closes as a statement of its own, not a headline's phrase ("Wider. Safer."). */
const STATEMENT_WORDS = 5;

/**
 * Does a short heading block hold two statements a reader reads apart: a sentence of
 * `STATEMENT_WORDS` words or more closed by a full stop, another after it ("The union wants 60%
 * more pay. Talks resume on Monday.", a standfirst)? A headline's question and its answer, or its
 * short phrases, are one line.
 */
function statesApart(text: string, inside: readonly Sentence[]): boolean {
  return inside.slice(0, -1).some((s) => /\.["”’»)\]]*\s*$/u.test(s.text) && !/\.\.\s*$/.test(s.text) && wordsUpTo(text.slice(s.start, s.end), STATEMENT_WORDS) >= STATEMENT_WORDS);
}

/** A sentence's full stop (not an ellipsis's), then closing marks: the end of a statement. */
const FULL_STOP_END = /(?<!\.)[.。．]["”’»)\]]*\s*$/u;

/**
 * Reads a plain text's first line (`first`: the span of its first paragraph, one line with text
 * after it) that the segmenter cut in several sentences as one heading when it is a short headline
 * of a question and its answer ("Will it rain? Forecasters doubt it!"), as a page's heading block
 * is (`markHeadings`). Not when a sentence of it closes on a full stop: "What went wrong?
 * Investigators are still looking." is a lead's two statements.
 */
export function markFirstLine(text: string, sentences: Sentence[], first: Span): Sentence[] {
  for (const s of sentences) {
    if (s.end > first.end) break;
    if (FULL_STOP_END.test(s.text)) return sentences;
  }
  return markHeadings(text, sentences, [first]);
}

/**
 * Reads each of a page's heading blocks (the sorted `headings` spans) that the segmenter cut in
 * several sentences as one, a heading: a headline is one line a reader reads as one unit ("Will
 * it rain? Forecasters say no"), and it aligns with the other text's headline. Not a heading of
 * more than `ONE_LINE_WORDS` words (a standfirst of several sentences), nor one of two statements
 * (`statesApart`), nor one with a dateline or a credit cut off in it. The sentences are numbered again when two were joined.
 */
export function markHeadings(text: string, sentences: Sentence[], headings: readonly Span[]): Sentence[] {
  // The runs of two sentences or more that a short heading holds whole, [first, end).
  const runs: Array<[number, number]> = [];
  let i = 0;
  for (const head of headings) {
    while (i < sentences.length && sentences[i]!.start < head.start) i++;
    let j = i;
    while (j < sentences.length && sentences[j]!.end <= head.end) j++;
    const inside = sentences.slice(i, j);
    if (inside.length > 1 && inside.every((s) => s.kind === 'sentence' || s.kind === 'heading') && wordsUpTo(text.slice(head.start, head.end), ONE_LINE_WORDS) <= ONE_LINE_WORDS && !statesApart(text, inside)) runs.push([i, j]);
    i = j;
  }
  if (!runs.length) return sentences;
  const out: Sentence[] = [];
  let at = 0;
  for (const [first, end] of runs) {
    out.push(...sentences.slice(at, first));
    const s = sentences[first]!;
    const to = sentences[end - 1]!.end;
    out.push({ ...s, end: to, text: text.slice(s.start, to), kind: 'heading' });
    at = end;
  }
  out.push(...sentences.slice(at));
  out.forEach((s, k) => (s.id = k));
  return out;
}

/**
 * True when a text is an HTML document rather than prose that mentions a tag: it opens
 * with a doctype, an `<html>` element or an XML declaration before one. Callers that know
 * the file name (`.html`, `.htm`, `.xhtml`) read it as HTML either way.
 */
export function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 4096));
}

/** True for a file name that an HTML page is saved under. */
export function isHtmlPath(path: string): boolean {
  return /\.(?:html?|xhtml)$/i.test(path);
}

/** The source span of a span of the read text. */
export function toSourceSpan(r: ReadText, span: Span): Span {
  const n = r.text.length;
  const s = clamp(span.start, 0, n);
  const e = clamp(span.end, s, n);
  const start = r.starts[s]!;
  return { start, end: e > s ? Math.max(start, r.ends[e - 1]!) : start };
}

/** The offset in the read text of a source offset: the first character that comes from at or after it. */
export function fromSourceOffset(r: ReadText, offset: number): number {
  let lo = 0;
  let hi = r.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (r.ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A comparison made on read texts, with every offset moved into the source files (a side
 * given as null was not read out of markup and keeps its offsets). Sentence texts stay
 * what the reader sees, so for an HTML side `text` is not `source.slice(start, end)`.
 */
export function toSourceComparison(c: Comparison, canonical: ReadText | null, article: ReadText | null): Comparison {
  if (!canonical && !article) return c;
  const cs = (s: Span): Span => (canonical ? toSourceSpan(canonical, s) : s);
  const as = (s: Span): Span => (article ? toSourceSpan(article, s) : s);
  return {
    ...c,
    canonical: { ...c.canonical, sentences: c.canonical.sentences.map((s) => ({ ...s, ...cs(s) })) },
    article: { ...c.article, sentences: c.article.sentences.map((s) => ({ ...s, ...as(s) })) },
    alignments: c.alignments.map((a) => ({
      ...a,
      diff: a.diff.map((p) => ({
        ...p,
        ...(p.canonical ? { canonical: cs(p.canonical) } : {}),
        ...(p.article ? { article: as(p.article) } : {}),
      })),
    })),
    discrepancies: c.discrepancies.map((d) => ({
      ...d,
      canonicalSpans: d.canonicalSpans.map(cs),
      articleSpans: d.articleSpans.map(as),
      articleAnchor: article ? as({ start: d.articleAnchor, end: d.articleAnchor }).start : d.articleAnchor,
    })),
  };
}
