/**
 * The text edits behind WireDiff's quick fixes, as plain offsets: restore the
 * canonical wording of a finding, insert an omitted sentence, delete a line of
 * page chrome, and restore every high-severity finding at once. The VS Code
 * layer only turns these into a WorkspaceEdit. Pure (no `vscode` import).
 *
 * Two rules hold for every fix:
 * - the text put into the article is a slice of the canonical text, exactly
 *   (plus, for an inserted sentence, the article's own white space around it; in a
 *   web page or Markdown, escaped so that it reads as that slice);
 * - an edit replaces only the finding's own words in the article (for words the
 *   article added: those words and one adjacent space), never text beside them.
 */
import { foldLineBreaks } from '../core/excerpt';
import type { Discrepancy, Sentence, Span } from '../core/types';
import { escapeForMarkup } from './markupEscape';
import { chromeInMarkup, omittedInMarkup } from './markupFixes';
import type { ComparisonView } from './result';
import { clamp, overlaps } from '../core/spans';
import { isSpace } from '../core/strings';

/** A replacement of `[start, end)` of the article document's text (as compared) by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export type FixKind = 'restore' | 'insertOmitted' | 'deleteChrome';

export interface Fix {
  kind: FixKind;
  finding: Discrepancy;
  /** Non-overlapping, in document order; offsets into the article document as compared. */
  edits: TextEdit[];
  /** The canonical words the fix puts back (for a title), '' when it only removes words. */
  canonical: string;
  /** The article words the fix replaces or removes (for a title), '' when it only inserts. */
  article: string;
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined): boolean => !!c && WORD.test(c);
const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';
const nonEmpty = (s: Span): boolean => s.end > s.start;

/** Kinds whose finding is a whole sentence (or its place), not words inside a matched pair. */
const SENTENCE_KINDS = new Set(['omitted', 'added', 'boilerplate', 'moved']);

/**
 * "Restore the canonical wording": the edits that put the canonical's words back in
 * place of the finding's article words, or null when the finding has none to restore
 * (whole-sentence kinds, spans that do not pair up one to one, or words that cannot be
 * edited as plain text in the document).
 *
 * - Words changed (as many canonical spans as article spans): each article span gets
 *   the text of its canonical span ("300" → "At least 300"). Several pairs must each
 *   stand between the same words the two sides share (the alignment's word diff), one
 *   pair per gap, so that a word is never put in the place of another it does not stand for.
 *   Rewording (`changed`) in several places gets none: its words were rearranged around
 *   each other ("mainstream groups backed by Turkey" → "major Turkish-backed factions"),
 *   and putting them back one by one does not give the canonical's sentence.
 * - Words dropped (one canonical span, no article span): the canonical words are
 *   inserted at the finding's anchor with the canonical's own separator ("last week" →
 *   "last week, Syrian and Iraqi sources said"). When the canonical run of deleted words
 *   around the span belongs to no other finding, the whole run is put back.
 * - Words added (article spans only): each is removed with one adjacent space (with the
 *   comma that introduced it, when punctuation follows); nothing beyond.
 */
export function restoreFix(view: ComparisonView, d: Discrepancy): Fix | null {
  if (SENTENCE_KINDS.has(d.kind)) return null;
  const A = view.articleText;
  const cs = d.canonicalSpans.filter(nonEmpty);
  const as = d.articleSpans.filter(nonEmpty);
  let edits: TextEdit[];
  let canonical: string;
  if (cs.length && as.length) {
    if (cs.length !== as.length || (cs.length > 1 && (d.kind === 'changed' || !pairsLineUp(view, d, cs, as)))) return null;
    const texts = cs.map((s) => canonicalSlice(view, s));
    edits = as.map((s, i) => ({ start: s.start, end: s.end, text: texts[i]! }));
    canonical = texts.join(' … ');
  } else if (cs.length === 1 && !as.length) {
    const span = droppedRun(view, d, cs[0]!);
    const edit = insertWords(view, span, d.articleAnchor);
    if (!edit) return null;
    edits = [edit];
    canonical = view.canonicalText.slice(span.start, span.end);
  } else if (as.length && !cs.length) {
    edits = as.map((s) => removeWords(A, s));
    canonical = '';
  } else return null;
  edits = edits.filter((e) => A.slice(e.start, e.end) !== e.text);
  const doc = toDocumentEdits(view, edits);
  if (!doc || !doc.length || overlapping(doc)) return null;
  return { kind: 'restore', finding: d, edits: doc, canonical, article: as.map((s) => A.slice(s.start, s.end)).join(' … ') };
}

/**
 * "Insert the omitted sentence here": the canonical sentence(s) of an omitted finding,
 * exactly, at its anchor, with white space that fits where it lands: its own paragraph
 * (the article's own paragraph break) when it starts one in the canonical and the anchor
 * is at a line's edge, else a space on either side as needed. In a web page or Markdown,
 * escaped for it and placed where the page reads it exactly (see markupFixes.ts); null
 * where it cannot be.
 */
export function insertOmittedFix(view: ComparisonView, d: Discrepancy, eol = '\n'): Fix | null {
  if (d.kind !== 'omitted') return null;
  const ss = view.canonicalSentences(d);
  if (!ss.length) return null;
  const span = { start: ss[0]!.start, end: ss[ss.length - 1]!.end };
  const sentence = canonicalSlice(view, span);
  if (!sentence) return null;
  const own = startsParagraph(view.comparison.canonical.sentences, ss[0]!);
  const anchor = clamp(d.articleAnchor, 0, view.articleText.length);
  const edit = view.articleMarkup ? omittedInMarkup(view, anchor, sentence, own, eol) : sentenceInsertion(view.articleText, anchor, sentence, own, eol);
  if (!edit) return null;
  return { kind: 'insertOmitted', finding: d, edits: [edit], canonical: sentence, article: '' };
}

/**
 * "Delete this page chrome": the chrome's sentences; a line holding nothing else goes
 * with its line break. In a web page or Markdown, only sentences written as plain text
 * there, each with the elements or block mark that hold nothing else (see markupFixes.ts).
 */
export function deleteChromeFix(view: ComparisonView, d: Discrepancy): Fix | null {
  if (d.kind !== 'boilerplate') return null;
  const S = view.articleSource;
  const edits: TextEdit[] = [];
  for (const s of view.articleSentences(d)) {
    const src = view.articleMarkup ? chromeInMarkup(view, s) : s;
    if (!src) return null;
    const e = removeLineOrWords(S, src);
    const last = edits[edits.length - 1];
    if (last && e.start <= last.end) last.end = Math.max(last.end, e.end);
    else edits.push(e);
  }
  if (!edits.length) return null;
  return { kind: 'deleteChrome', finding: d, edits, canonical: '', article: view.articleSentenceText(d) };
}

/**
 * The whole-sentence fix a finding would have in a plain-text article that this article,
 * a web page or Markdown, cannot take exactly (its markup around the place is not plain),
 * or null: what the editor names as unavailable, with why.
 */
export function unavailableFix(view: ComparisonView, d: Discrepancy, eol = '\n'): FixKind | null {
  if (!view.articleMarkup) return null;
  if (d.kind === 'omitted' && view.canonicalSentences(d).length && !insertOmittedFix(view, d, eol)) return 'insertOmitted';
  if (d.kind === 'boilerplate' && view.articleSentences(d).length && !deleteChromeFix(view, d)) return 'deleteChrome';
  return null;
}

/** Every fix a finding has, in the order a light bulb lists them. */
export function fixesFor(view: ComparisonView, d: Discrepancy, eol = '\n'): Fix[] {
  const out: Fix[] = [];
  const r = restoreFix(view, d);
  if (r) out.push(r);
  const i = insertOmittedFix(view, d, eol);
  if (i) out.push(i);
  const c = deleteChromeFix(view, d);
  if (c) out.push(c);
  return out;
}

/**
 * "Restore all high-severity wording from the canonical": the restore fixes of the
 * high-severity findings among `findings`, as one list of edits. A finding whose edits
 * would overlap (or touch) those of a more serious one already taken is left out, so the
 * edits never fight; `skipped` lists such findings.
 */
export function restoreAllHigh(view: ComparisonView, findings: readonly Discrepancy[]): { fixes: Fix[]; edits: TextEdit[]; skipped: Discrepancy[] } {
  const fixes: Fix[] = [];
  const skipped: Discrepancy[] = [];
  const taken: TextEdit[] = [];
  for (const d of findings) {
    if (d.severity !== 'high') continue;
    const f = restoreFix(view, d);
    if (!f) continue;
    if (f.edits.some((e) => taken.some((t) => touches(e, t)))) {
      skipped.push(d);
      continue;
    }
    fixes.push(f);
    taken.push(...f.edits);
  }
  return { fixes, edits: taken.sort((a, b) => a.start - b.start || a.end - b.end), skipped };
}

/** The article text after `edits` (non-overlapping, any order): what applying them gives. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

// --------------------------------------------------------------------------------------

/**
 * The canonical's words in a span, as the canonical reads: its text, or for a canonical read
 * out of a web page or Markdown, the words a reader sees there (entities decoded, tags and
 * emphasis marks left out), never its markup. A line break (a hard-wrapped canonical's, or
 * between a page's blocks) is a space, so the words go back into the article's own line.
 */
function canonicalSlice(view: ComparisonView, s: Span): string {
  return foldLineBreaks(view.canonicalText.slice(s.start, s.end));
}

/**
 * Edits of the compared article text as edits of its document; null when a span is not plain
 * text there. In a document read out of markup, the text put in is escaped for it (so that it
 * reads as the canonical's words), and an insertion after a character goes right after that
 * character's source (a white space read from the page stands where the next word starts).
 */
function toDocumentEdits(view: ComparisonView, edits: readonly TextEdit[]): TextEdit[] | null {
  const out: TextEdit[] = [];
  const A = view.articleText;
  const S = view.articleSource;
  const markup = view.articleMarkup;
  for (const e of edits) {
    let src = view.articleSourceSpan(e);
    if (S.slice(src.start, src.end) !== A.slice(e.start, e.end)) return null;
    if (markup && e.start === e.end && e.start > 0 && !isSpace(A[e.start - 1])) {
      const at = view.articleSourceSpan({ start: e.start - 1, end: e.start }).end;
      src = { start: at, end: at };
    }
    const text = markup && e.text ? escapeForMarkup(e.text, markup, src.start === 0 || isBreak(S[src.start - 1])) : e.text;
    out.push({ start: src.start, end: src.end, text });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function overlapping(edits: readonly TextEdit[]): boolean {
  for (let i = 1; i < edits.length; i++) if (edits[i]!.start < edits[i - 1]!.end) return true;
  return false;
}

/** Two edits that overlap or meet (two insertions at one point would be ordered arbitrarily). */
function touches(a: TextEdit, b: TextEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The canonical words to put back for a finding that dropped `span`: the whole run of
 * deleted canonical words around it (from the alignment's word diff) when no other
 * finding claims any of that run, else just the span.
 */
function droppedRun(view: ComparisonView, d: Discrepancy, span: Span): Span {
  return wholeRun(view, d, span, 'canonical');
}

function wholeRun(view: ComparisonView, d: Discrepancy, span: Span, side: 'canonical' | 'article'): Span {
  const al = view.alignmentOf(d);
  if (!al) return span;
  const op = side === 'canonical' ? 'delete' : 'insert';
  let run: Span | null = null;
  for (const p of al.diff) {
    const ps = p[side];
    if (p.op !== op || !ps) continue;
    if (overlaps(ps, span)) {
      run = run ? { start: Math.min(run.start, ps.start), end: Math.max(run.end, ps.end) } : { ...ps };
    }
  }
  if (!run || (run.start >= span.start && run.end <= span.end)) return span;
  const wide = { start: Math.min(run.start, span.start), end: Math.max(run.end, span.end) };
  const claimed = view.discrepancies.some(
    (o) => o !== d && (side === 'canonical' ? o.canonicalSpans : o.articleSpans).some((s) => nonEmpty(s) && overlaps(s, wide)),
  );
  return claimed ? span : wide;
}

/**
 * True when each canonical span and the article span paired with it stand in the same
 * gap between the words both sides share (the alignment's `equal` parts): the i-th
 * changed word of one side is then the one the i-th of the other replaced.
 */
function pairsLineUp(view: ComparisonView, d: Discrepancy, cs: readonly Span[], as: readonly Span[]): boolean {
  const al = view.alignmentOf(d);
  if (!al) return false;
  const eqC: number[] = [];
  const eqA: number[] = [];
  for (const p of al.diff) {
    if (p.op !== 'equal' || !p.canonical || !p.article) continue;
    eqC.push(p.canonical.end);
    eqA.push(p.article.end);
  }
  eqC.sort((a, b) => a - b);
  eqA.sort((a, b) => a - b);
  const gap = (ends: number[], o: number) => ends.filter((e) => e <= o).length;
  const gaps = cs.map((c) => gap(eqC, c.start));
  // Two pairs in one gap could be paired either way: no fix then.
  if (new Set(gaps).size !== gaps.length) return false;
  return gaps.every((g, i) => g === gap(eqA, as[i]!.start));
}

/**
 * Inserts the canonical words of `span` at article offset `at`, with the canonical's own
 * separator: after a word, the separator that precedes the words in the canonical (", "
 * before "Syrian and Iraqi sources said"); before a word, the one that follows them.
 */
function insertWords(view: ComparisonView, span: Span, at: number): TextEdit | null {
  const A = view.articleText;
  const C = view.canonicalText;
  const p = clamp(at, 0, A.length);
  let s = span.start;
  let e = span.end;
  if (isWord(A[p - 1]) || !isWord(A[p])) {
    while (s > 0 && !isWord(C[s - 1]) && !isBreak(C[s - 1])) s--;
    if (s === span.start && isWord(A[p - 1])) return null; // no separator to take: the words would run together
  } else {
    while (e < C.length && !isWord(C[e]) && !isBreak(C[e])) e++;
    if (e === span.end) return null;
  }
  const text = canonicalSlice(view, { start: s, end: e });
  // Two spaces would meet: the article's own space already separates.
  if (isSpace(A[p - 1]) && isSpace(text[0])) return { start: p, end: p, text: text.replace(/^\s+/, '') };
  return { start: p, end: p, text };
}

/**
 * Removes words the article added, with what separated them: before punctuation (or at
 * the end), the spaces and the comma or dash that introduced them ("said, adding …." →
 * "said."); else one adjacent space, so that no double space is left.
 */
function removeWords(A: string, s: Span): TextEdit {
  const next = A[s.end];
  if (s.end >= A.length || (!isWord(next) && !isSpace(next))) {
    let a = s.start;
    while (a > 0 && /[ \t,;:\u2013\u2014]/.test(A[a - 1]!)) a--;
    if (a < s.start) return { start: a, end: s.end, text: '' };
  }
  if (A[s.start - 1] === ' ' && (s.end >= A.length || !isWord(next) || next === ' ')) return { start: s.start - 1, end: s.end, text: '' };
  if (next === ' ') return { start: s.start, end: s.end + 1, text: '' };
  return { start: s.start, end: s.end, text: '' };
}

/** A sentence's whole line(s) with one line break when nothing else is on them, else its words. */
function removeLineOrWords(A: string, s: Span): TextEdit {
  let a = s.start;
  while (a > 0 && (A[a - 1] === ' ' || A[a - 1] === '\t')) a--;
  let b = s.end;
  while (b < A.length && (A[b] === ' ' || A[b] === '\t')) b++;
  const lineStart = a === 0 || isBreak(A[a - 1]);
  const lineEnd = b === A.length || isBreak(A[b]);
  if (lineStart && lineEnd) {
    if (b < A.length) b += A[b] === '\r' && A[b + 1] === '\n' ? 2 : 1;
    else if (a > 0) a -= A[a - 1] === '\n' && A[a - 2] === '\r' ? 2 : 1;
    return { start: a, end: b, text: '' };
  }
  return removeWords(A, s);
}

/** True when a canonical sentence opens a paragraph (the first, or a new paragraph number). */
function startsParagraph(all: readonly Sentence[], s: Sentence): boolean {
  const prev = all[s.id - 1];
  return !prev || prev.paragraph !== s.paragraph;
}

/**
 * The edit inserting a whole sentence at `p` with white space that fits: at a line's
 * start or end and starting a paragraph in the canonical, as a paragraph of its own
 * separated by the article's own line breaks there; else inline, with a space on each
 * side where the article has none.
 */
export function sentenceInsertion(A: string, p: number, sentence: string, ownParagraph: boolean, eol = '\n'): TextEdit {
  const atStart = p === 0 || isBreak(A[p - 1]);
  const atEnd = p === A.length || isBreak(A[p]);
  if (ownParagraph && atStart && atEnd) {
    // On an empty line (or in an empty text).
    if (!A.length) return { start: 0, end: 0, text: sentence };
    return { start: p, end: p, text: `${p > 0 && isBreak(A[p - 2]) ? '' : eol}${sentence}${p < A.length ? eol : ''}` };
  }
  if (ownParagraph && atStart) {
    let k = p;
    while (k > 0 && isBreak(A[k - 1])) k--;
    const sep = k > 0 ? A.slice(k, p) : paragraphBreak(A, eol);
    return { start: p, end: p, text: sentence + sep };
  }
  if (ownParagraph && atEnd) {
    let k = p;
    while (k < A.length && isBreak(A[k])) k++;
    // The break that follows, unless it is only the text's final line break.
    const sep = k > p && k < A.length ? A.slice(p, k) : paragraphBreak(A, eol);
    // At the very end, the new paragraph comes after the last one (keeping any final line break after it).
    return { start: p, end: p, text: sep + sentence };
  }
  // Inline: one space between the sentence and the text on either side.
  const before = p > 0 && !isSpace(A[p - 1]) ? ' ' : '';
  const after = p < A.length && !isSpace(A[p]) ? ' ' : '';
  return { start: p, end: p, text: before + sentence + after };
}

/** The article's paragraph break: the first run of line breaks it uses, else two `eol`s. */
function paragraphBreak(A: string, eol: string): string {
  const m = /(?:\r\n|\n|\r)+/.exec(A);
  return m ? m[0] : eol + eol;
}

