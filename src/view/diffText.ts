/**
 * Turns the engine's word diff (`Alignment.diff`) into display tokens, with
 * the white space and punctuation that stood between the words in each source
 * text (the diff's parts are words; the separators between them are only in
 * the texts). The panel shows each side on its own line; the hover shows one
 * combined line: kept words plain, canonical-only words struck, article-only
 * words marked. Pure (no `vscode` import).
 */
import type { DiffPart, Span } from '../core/types';
import { overlapsAny } from '../core/spans';

export interface DiffToken {
  op: DiffPart['op'];
  /** The words, without surrounding white space. */
  text: string;
  /** What to show after the token in a combined line ('' or a separator such as ' ' or ', '). */
  after: string;
  /** What followed the token in the canonical text, when it differs from `after` (equal and delete tokens). */
  afterCanonical?: string;
  /** What followed the token in the article, when it differs from `after` (equal and insert tokens). */
  afterArticle?: string;
  /** True when the token belongs to the finding being shown (overlaps its spans). */
  focus?: boolean;
  /**
   * True for the two halves of a word the engine took as the same but that each text writes
   * its own way ("roads" / "road"): a `delete` of the canonical's form and an `insert` of the
   * article's, so that each side shows its own words.
   */
  variant?: boolean;
}

const LEADING_PUNCT = /^[,.;:!?)\]}”’»%]/;
/** Longest separator kept verbatim; longer gaps (skipped text) become ' … '. */
const MAX_GAP = 12;

export interface DiffTextOptions {
  /** The canonical text the `canonical` spans index into. */
  canonicalText?: string;
  /** The article text the `article` spans index into. */
  articleText?: string;
  /** Spans of one finding: tokens overlapping them get `focus`. */
  focusCanonical?: readonly Span[];
  focusArticle?: readonly Span[];
}

interface Work extends DiffToken {
  // Spans of the token in the canonical text and the article.
  c?: Span;
  a?: Span;
}

export function diffTokens(parts: readonly DiffPart[], opts: DiffTextOptions = {}): DiffToken[] {
  const { tokens, spans } = diffTokensWithSpans(parts, opts);
  if (opts.focusArticle || opts.focusCanonical) {
    for (const i of focusIndices(spans, opts.focusCanonical, opts.focusArticle)) tokens[i]!.focus = true;
  }
  return tokens;
}

/** Where each token stands in the source texts (parallel to the tokens). */
export interface TokenSpans {
  c?: Span;
  a?: Span;
}

/** The tokens and, alongside, their spans (to mark a finding's words without recomputing the tokens). */
export function diffTokensWithSpans(parts: readonly DiffPart[], opts: DiffTextOptions = {}): { tokens: DiffToken[]; spans: TokenSpans[] } {
  const work: Work[] = [];
  for (const p of parts) {
    const text = flat(p.text);
    if (!text) continue;
    if (p.op === 'equal') {
      // Each side shows its own words: an equal piece the article writes differently becomes the canonical's form and the article's.
      const own = p.articleText ?? (opts.articleText !== undefined && p.article ? opts.articleText.slice(p.article.start, p.article.end) : undefined);
      const articleWords = own === undefined ? text : flat(own);
      if (articleWords !== text) {
        work.push({ op: 'delete', text, after: '', variant: true, ...(p.canonical ? { c: p.canonical } : {}) });
        if (articleWords) work.push({ op: 'insert', text: articleWords, after: '', variant: true, ...(p.article ? { a: p.article } : {}) });
        continue;
      }
    }
    const w: Work = { op: p.op, text, after: '' };
    if (p.op !== 'insert' && p.canonical) w.c = p.canonical;
    if (p.op !== 'delete' && p.article) w.a = p.article;
    work.push(w);
  }
  // Separators on each side, from the source texts when the spans allow it.
  fillSide(work, 'c', opts.canonicalText);
  fillSide(work, 'a', opts.articleText);

  // Within a run of changes, the canonical words first, then the article's:
  // "~~constellation~~ **constants**" reads as a replacement.
  for (let i = 0; i < work.length; ) {
    if (work[i]!.op === 'equal') {
      i++;
      continue;
    }
    let j = i;
    while (j < work.length && work[j]!.op !== 'equal') j++;
    if (j - i > 1) {
      const run = work.slice(i, j);
      work.splice(i, j - i, ...run.filter((t) => t.op === 'delete'), ...run.filter((t) => t.op === 'insert'));
    }
    i = j;
  }
  // The combined line's separators.
  const tokens: DiffToken[] = [];
  const spans: TokenSpans[] = [];
  for (let i = 0; i < work.length; i++) {
    const t = work[i]!;
    const next = work[i + 1];
    let sep: string | undefined;
    if (t.op === 'delete') sep = t.afterCanonical;
    else if (t.op === 'insert') sep = t.afterArticle;
    else sep = next?.op === 'insert' ? t.afterArticle : t.afterCanonical;
    sep ??= t.afterArticle ?? t.afterCanonical ?? '';
    if (next && next.op !== t.op && next.op !== 'equal' && t.op !== 'equal' && !sep.endsWith(' ')) sep += ' ';
    const tok: DiffToken = { op: t.op, text: t.text, after: next ? sep : sep.trimEnd() };
    if (t.variant) tok.variant = true;
    // Only what differs from `after` travels (the panel gets thousands of these).
    if (t.afterCanonical !== undefined && t.afterCanonical !== tok.after) tok.afterCanonical = t.afterCanonical;
    if (t.afterArticle !== undefined && t.afterArticle !== tok.after) tok.afterArticle = t.afterArticle;
    tokens.push(tok);
    spans.push({ c: t.c, a: t.a });
  }
  return { tokens, spans };
}

/** Indices of the changed tokens that overlap a finding's spans. */
export function focusIndices(spans: readonly TokenSpans[], focusCanonical?: readonly Span[], focusArticle?: readonly Span[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    // Equal tokens carry both spans; only changed words are marked.
    if (s.c && s.a) continue;
    if (overlapsAny(s.c, focusCanonical) || overlapsAny(s.a, focusArticle)) out.push(i);
  }
  return out;
}

function fillSide(work: Work[], side: 'c' | 'a', source: string | undefined): void {
  const key = side === 'c' ? 'afterCanonical' : 'afterArticle';
  const own = work.filter((w) => (side === 'c' ? w.op !== 'insert' : w.op !== 'delete'));
  for (let k = 0; k < own.length; k++) {
    const w = own[k]!;
    const next = own[k + 1];
    const span = w[side];
    const nextSpan = next?.[side];
    let sep: string;
    if (source !== undefined && span && nextSpan && nextSpan.start >= span.end) {
      sep = normalizeGap(source.slice(span.end, nextSpan.start));
    } else if (source !== undefined && span && !next) {
      // Closing punctuation after the last word: "north." or 'needed".'
      sep = CLOSING.exec(source.slice(span.end, span.end + 4))![0];
    } else {
      sep = next && !LEADING_PUNCT.test(next.text) ? ' ' : '';
    }
    w[key] = sep;
  }
}

const CLOSING = /^[^\p{L}\p{N}\s]*/u;

/** A piece's words on one line: runs of white space folded to one space. */
function flat(raw: string): string {
  return /^\S+(?: \S+)*$/.test(raw) ? raw : raw.replace(/\s+/g, ' ').trim();
}

function normalizeGap(gap: string): string {
  if (gap === ' ' || gap === '') return gap;
  const g = gap.replace(/\s+/g, ' ');
  if (g.length > MAX_GAP && /[\p{L}\p{N}]/u.test(g)) return ' … ';
  return g;
}


/** The canonical side of a diff as plain text (equal + delete tokens). */
export function canonicalSide(tokens: readonly DiffToken[]): string {
  let s = '';
  for (const t of tokens) if (t.op !== 'insert') s += t.text + (t.afterCanonical ?? t.after);
  return s.trim();
}

/** The article side of a diff as plain text (equal + insert tokens). */
export function articleSide(tokens: readonly DiffToken[]): string {
  let s = '';
  for (const t of tokens) if (t.op !== 'delete') s += t.text + (t.afterArticle ?? t.after);
  return s.trim();
}
