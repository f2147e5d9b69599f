/**
 * Quotation state over a whole text: which characters stand inside a quotation, across
 * sentence and paragraph boundaries. A quotation may open in one sentence and close
 * two sentences later; a new paragraph that opens with a quotation mark continues a
 * quotation left open at the end of the paragraph before (the typesetting convention of
 * English, French, German and others: no closing mark at the end of the paragraph); in
 * languages that write dialogue with a leading dash (Spanish, Portuguese, Russian …) a
 * paragraph that opens with a dash is speech up to the next dash (the narrator's words)
 * and again after the dash that follows. Pure, one pass, linear in the text.
 */
import type { Span } from './types';
import { isSpace } from './strings';

/** An opening mark and the marks that close it. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”“"'], // English “…”; “…“ and “…" as typed by hand or mixed by an editor
  ['„', '“”'], // German „…“, Polish and Romanian „…”
  ['«', '»'], // French, Spanish, Russian «…»
  ['»', '«'], // German and Danish »…«
  ['‹', '›'],
  ['›', '‹'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"”'], // "…" and "…” (mixed by an editor)
  ['‘', '’'], // single quotes: only read as marks where an apostrophe cannot stand
  ['‚', '‘’'],
  ["'", "'"],
]);

/** Single-quote marks, which double as apostrophes. */
const SINGLE = new Set(['‘', '’', "'", '‚']);
/** Guillemets that open in one convention and close in another. */
const REVERSIBLE = new Set(['»', '›']);
const DASH = /[—―–]/;
/** Every opening and closing mark. */
const MARKS = new Set([...PAIRS.keys(), ...[...PAIRS.values()].join('')]);
/** The next mark (global: scanned from a line's start with `lastIndex`). */
const MARK_RE = new RegExp(`[${[...MARKS].join('')}]`, 'g');

export interface QuoteOptions {
  /** The language writes dialogue with a leading dash (Spanish, Portuguese, Russian, …). */
  dashDialogue?: boolean;
}

/** ISO 639-3 codes of languages whose prose writes dialogue as dash-led paragraphs. */
export const DASH_DIALOGUE_LANGUAGES: ReadonlySet<string> = new Set([
  'spa', 'por', 'cat', 'glg', 'rus', 'ukr', 'bel', 'bul', 'pol', 'ces', 'slk', 'hrv', 'srp', 'bos', 'slv', 'ron', 'ita', 'fra', 'ell', 'hun', 'tur', 'swe', 'fin', 'est', 'lav', 'lit',
]);

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** White space, or the edge of the text (no character). */
const spaceOrEdge = (c: string | undefined): boolean => c === undefined || isSpace(c);
/** What may stand right before an opening mark: nothing, white space, an opening bracket, a dash, a colon. */
const opensAfter = (c: string | undefined): boolean => c === undefined || /[\s([{<\u2014\u2013\-:/]/.test(c) || PAIRS.has(c);

/**
 * The quotations of a text, as spans of the quoted words (without the marks), sorted and
 * not overlapping. Nested quotations lie inside their outer one and are not listed apart.
 */
export function quotations(text: string, options: QuoteOptions = {}): Span[] {
  const out: Span[] = [];
  /** Open marks, outermost first, with the offset where the quoted words start. */
  const stack: Array<{ mark: string; start: number }> = [];
  /** Where the next mark is, once a search has run past a line's end (-1: not known yet); lines before it have none. */
  const cursor = { next: -1 };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    scanLine(text, lineStart, lineEnd, stack, out, options, cursor);
    if (stack.length && !hardWrap(text, lineStart, lineEnd)) {
      // Open at the end of its paragraph: the quotation runs to the paragraph's end. When it
      // goes on, the next paragraph opens with a quotation mark again and is read as such.
      const outer = stack[0]!;
      out.push({ start: outer.start, end: trimEnd(text, outer.start, lineEnd) });
      stack.length = 0;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return merge(out);
}

function scanLine(
  text: string,
  from: number,
  to: number,
  stack: Array<{ mark: string; start: number }>,
  out: Span[],
  options: QuoteOptions,
  cursor: { next: number },
): void {
  let i = from;
  while (i < to && /\s/.test(text[i]!)) i++;
  // Dash-led dialogue: speech, then the narrator between dashes, then speech again.
  if (options.dashDialogue && i < to && DASH.test(text[i]!) && !stack.length) {
    let speech = true;
    let start = skipSpace(text, i + 1, to);
    for (let k = start; k < to; k++) {
      const c = text[k]!;
      if (!DASH.test(c)) continue;
      // A dash inside a word or a range ("2019–2020", "Jean-Paul") is not a turn.
      if (isLetter(text[k - 1]) && isLetter(text[k + 1])) continue;
      if (/\d/.test(text[k - 1] ?? '') && /\d/.test(text[k + 1] ?? '')) continue;
      if (speech) {
        const end = trimEnd(text, start, k);
        if (end > start) out.push({ start, end });
      } else {
        // Speech resumes after the narrator's closing dash and the punctuation that follows it.
        start = k + 1;
        while (start < to && /[\s.,;:]/.test(text[start]!)) start++;
      }
      speech = !speech;
    }
    if (speech) {
      const end = trimEnd(text, start, to);
      if (end > start) out.push({ start, end });
    }
    return;
  }
  // A line with no mark is skipped without a search: each search runs on to the next mark in the
  // text, so searching again from every such line would read a long quote-free text once per line.
  if (cursor.next >= to) return;
  MARK_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  for (m = MARK_RE.exec(text); m && m.index < to; m = MARK_RE.exec(text)) {
    const k = m.index;
    const c = m[0];
    const prev = text[k - 1];
    const next = text[k + 1];
    const top = stack[stack.length - 1];
    // Closing the innermost open quotation?
    if (top && PAIRS.get(top.mark)!.includes(c) && closes(c, prev, next, top.mark)) {
      stack.pop();
      if (!stack.length) out.push({ start: top.start, end: trimEnd(text, top.start, k) });
      continue;
    }
    // Closing an outer one whose inner quotation was never closed?
    const outerIdx = stack.findIndex((s) => !SINGLE.has(c) && PAIRS.get(s.mark)!.includes(c) && closes(c, prev, next, s.mark));
    if (outerIdx >= 0) {
      const outer = stack[0]!;
      stack.length = outerIdx;
      if (!stack.length) out.push({ start: outer.start, end: trimEnd(text, outer.start, k) });
      continue;
    }
    if (!PAIRS.has(c)) continue;
    if (!opens(c, prev, next, stack.length > 0)) continue;
    // A reversible guillemet opens only where its closer follows later on the line.
    if (REVERSIBLE.has(c) && text.slice(k + 1, to).indexOf(PAIRS.get(c)!) < 0) continue;
    // Single quotes nest inside double ones; a bare straight apostrophe never opens a quotation.
    if (c === "'" && !stack.length) continue;
    stack.push({ mark: c, start: skipSpace(text, k + 1, to) });
  }
  cursor.next = m ? m.index : Infinity;
}

function opens(c: string, prev: string | undefined, next: string | undefined, nested: boolean): boolean {
  if (spaceOrEdge(next) && c !== '«' && c !== '»') return false;
  if (SINGLE.has(c)) return opensAfter(prev) && isLetterOrMark(next) && (c !== "'" || nested);
  if (c === '"') return opensAfter(prev) || !isLetter(prev);
  return true;
}

function closes(c: string, prev: string | undefined, next: string | undefined, open: string): boolean {
  // ’ after a letter and before a letter is an apostrophe (don’t, Iran’s).
  if (SINGLE.has(c)) return !spaceOrEdge(prev) && !isLetter(next);
  // A straight mark closes after a word (or before a space or punctuation), also one opened curly.
  if (open === '"' || c === '"') return !spaceOrEdge(prev) || spaceOrEdge(next) || /[.,;:!?)]/.test(next ?? '');
  return true;
}

const isLetterOrMark = (c: string | undefined): boolean => c !== undefined && (isLetter(c) || /[¿¡.…“"«]/.test(c));

/**
 * A line broken in the middle of a sentence (hard-wrapped text): a single line break, no
 * sentence punctuation before it, and the next line does not open with a quotation mark.
 */
function hardWrap(text: string, lineStart: number, lineEnd: number): boolean {
  if (lineEnd >= text.length) return false;
  const last = text.slice(lineStart, lineEnd).trimEnd().slice(-1);
  if (!last || /[.!?…:;"”»’]/.test(last)) return false;
  const next = text[lineEnd + 1];
  if (next === undefined || next === '\n' || next === '\r' || MARKS.has(next)) return false;
  return true;
}

function skipSpace(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && /\s/.test(text[k]!)) k++;
  return k;
}

function trimEnd(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && /\s/.test(text[k - 1]!)) k--;
  return k;
}

function merge(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * For each token (given by its offsets, in text order), 1 when it stands inside a
 * quotation. Linear in the tokens, logarithmic in the spans.
 */
export function quotedMask(tokens: ReadonlyArray<{ start: number; end: number }>, spans: readonly Span[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  if (!tokens.length || !spans.length) return mask;
  // The first span that ends after the first token starts (a text's sentences each ask).
  let k = 0;
  let hi = spans.length;
  const first = tokens[0]!.start;
  while (k < hi) {
    const mid = (k + hi) >>> 1;
    if (spans[mid]!.end <= first) k = mid + 1;
    else hi = mid;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    const s = spans[k];
    if (s && s.start <= t.start && t.end <= s.end) mask[i] = 1;
  }
  return mask;
}

/** How much of a sentence is quotation: all of its words, some of them, or none. */
export type QuoteState = 'inside' | 'partial' | 'none';

/** The quotation state of each sentence, from the mask of its tokens (`from`..`to`). */
export function sentenceQuoteStates(mask: Uint8Array, sentences: ReadonlyArray<{ from: number; to: number }>): QuoteState[] {
  return sentences.map(({ from, to }) => {
    let q = 0;
    for (let i = from; i < to; i++) q += mask[i]!;
    return q === 0 ? 'none' : q === to - from ? 'inside' : 'partial';
  });
}
