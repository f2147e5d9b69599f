/**
 * The editor's notes of what the article lacks: the canonical sentences it omits and the words
 * a matched sentence of it drops. Pure (no `vscode` import).
 *
 * A note is text the editor draws beside the article's own, and VS Code lays out a line's
 * wrapping without it (a decoration's `before`/`after` text is not injected text): a note drawn
 * inside or before a line's words pushes the words after it out of view. So a note never stands
 * there. It stands after the paragraph it belongs to, where nothing of the article follows it on
 * its row: on the blank line after that paragraph when there is one (a row of its own), else at
 * the end of the paragraph's line. What one spot holds is one note ("⟂ 3 sentences omitted: “…”"),
 * cut short at a word's end; the whole sentences are in the hover and the panel. At the end of a
 * line of words the note is half as long, in short words ("⟂ 3 omitted: “Two bridges…”"): VS Code
 * does not wrap it, so on a nearly full last row a long one ran out of view; whatever it cannot
 * show, the hover at the line's end (where next/previous puts the cursor) and the panel show. An article that hardly shares a
 * sentence with the canonical (another story, or the story written anew) gets one notice for all
 * the canonical's sentences it lacks, not a note for each.
 *
 * Every note also comes in `parts`, for the editor to draw as inlay hints: injected text, which
 * VS Code's wrapping counts, so on a nearly full last row, or on a blank line of a narrow editor, it
 * goes on to the next row instead of running past the edge (extension/editor/noteHints.ts; at 80
 * columns 27 of the tune families' 51 notes at a line's end ran past it as decorations, and at 60
 * columns 146 of the 318 on blank lines). An inlay hint has the theme's one colour (the gutter and
 * the overview ruler keep the severity's; a high or medium piece starts with `SEVERITY_MARK`), all the
 * hints of a line share `editor.inlayHints.maximumLength` (`hintLabels` fits WireDiff's into it), and
 * they follow `editor.inlayHints.enabled`: with hints off,
 * `text` is drawn as before, in the severity's colour. Weighed and left: a CodeLens takes a row of its own but stands above a line (not after
 * the last paragraph), arrives late and moves the text down, has no colour, and follows
 * `editor.codeLens`; a shorter note (`⟂ 3 omitted`, 12 characters) still ran out of view on 12 of
 * the 51 rows.
 */
import type { Discrepancy, Severity } from '../core/types';
import { severityRank } from '../core/filter';
import { excerpt, foldLineBreaks } from '../core/excerpt';
import type { ComparisonView } from './result';
import { hardlyMatches } from './related';

export interface GhostNote {
  /** The document line the note is drawn at the end of (a blank line: the note is all the row shows). */
  line: number;
  /** The most serious of its findings' severities (`low` for a notice). */
  severity: Severity;
  /** What the editor shows (already cut short). */
  text: string;
  /**
   * The note as the editor's injected text (inlay hints, which VS Code wraps with the line, so no
   * row cuts them, at the end of a line of words or on a blank line of a narrow editor): one piece
   * to each kind of finding, its words not cut yet (`hintLabels` cuts them to the room the editor
   * gives). `text` is the note drawn as a decoration, when the editor shows no inlay hints.
   */
  hints: HintPiece[];
  /**
   * `omitted`: it holds one omitted sentence or more; `dropped`: only words missing inside matched
   * sentences; `notice`: the article hardly shares a sentence with the canonical.
   */
  style: 'omitted' | 'dropped' | 'notice';
  /** The findings it stands for: omitted sentences in the canonical's order, then dropped words in the article's (a notice's omitted sentences are not listed). */
  ids: string[];
}

/** The words of the notes (localised by the caller; `{0}` is a count). */
export interface NoteLabels {
  /** Before one omitted sentence's words. */
  omitted: string;
  /** Before the first of several omitted sentences' words. */
  omittedMany: string;
  /** After the first of several dropped words. */
  more: string;
  /** The one notice of an article that hardly shares a sentence with the canonical. */
  fewMatches: string;
  /** The same at the end of a line of words, where a note must be short: several omitted sentences, the notice, more dropped words. */
  omittedManyShort: string;
  fewMatchesShort: string;
  moreShort: string;
}

export const NOTE_LABELS: NoteLabels = {
  omitted: 'omitted:',
  omittedMany: '{0} sentences omitted:',
  more: '(+{0} more)',
  fewMatches: 'hardly a sentence in common with the canonical ({0} omitted)',
  omittedManyShort: '{0} omitted:',
  fewMatchesShort: 'few in common ({0} omitted)',
  moreShort: '(+{0})',
};

/** The share of the length a note's excerpts take at the end of a line of words. */
const SHORT_SHARE = 0.5;

/**
 * The longest piece of a note drawn as injected text (VS Code's default for
 * `editor.inlayHints.maximumLength`, which caps the labels of all the inlay hints of one line
 * together, cutting the rest with '…'). With no cap each piece is still at most this long: VS Code
 * draws a label's spaces as no-break spaces, so a piece wraps as one word.
 */
export const NOTE_HINT_LENGTH = 43;

/**
 * One kind of finding of a note, as injected text: `head`, then `words` (the canonical's, cut at a
 * word's end to the room the editor gives, in quotation marks when `quote`), then `tail`.
 */
export interface HintPiece {
  /** The most serious of the findings it stands for (an inlay hint has the theme's one colour: `SEVERITY_MARK` says it). */
  severity: Severity;
  head: string;
  words: string;
  quote: boolean;
  tail: string;
}

/**
 * What an inlay hint shows of its severity, before the note's own mark (an inlay hint's label
 * cannot be coloured): ‼ high, ! medium, nothing for low (most notes, and the notice).
 */
export const SEVERITY_MARK: Readonly<Record<Severity, string>> = { high: '‼', medium: '!', low: '' };

/** A piece's label: its severity's mark (a label part of its own) and its text. */
export interface HintLabel {
  mark: string;
  text: string;
}

/** The shortest excerpt a piece is cut to (shorter, the editor's own cut shows the rest as '…'). */
const MIN_HINT_WORDS = 8;

/**
 * The labels of a note's pieces, their words cut at a word's end so that all of them together fit
 * in `cap` characters (`editor.inlayHints.maximumLength` of the document: VS Code counts the labels
 * of all the hints of a line against it; 0, no cap), two thirds of the room to the omitted sentence
 * when dropped words share it; each piece's words at most `length` (wirediff.ghostNoteLength) and
 * each piece at most NOTE_HINT_LENGTH characters. Only WireDiff's own hints are fitted: the cap of
 * the editor, and so of other extensions' hints, stays as the user has it.
 */
export function hintLabels(pieces: readonly HintPiece[], cap: number, length: number): HintLabel[] {
  const fixed = (p: HintPiece) => SEVERITY_MARK[p.severity].length + p.head.length + p.tail.length + (p.words && p.quote ? 2 : 0);
  let worded = pieces.filter((p) => p.words).length;
  // What the cap leaves for the pieces' words, handed out in order: what one leaves goes to the next.
  let left = cap > 0 ? cap - pieces.reduce((n, p) => n + fixed(p), 0) : Infinity;
  return pieces.map((p) => {
    const mark = SEVERITY_MARK[p.severity];
    if (!p.words) return { mark, text: p.head + p.tail };
    // Two thirds to the first of two (the omitted sentence), at least the shortest excerpt; the last whatever is left.
    const share = worded-- > 1 ? Math.max(Math.min(MIN_HINT_WORDS, left), Math.round((left * 2) / 3)) : left;
    const room = Math.min(Math.max(12, Math.min(length, NOTE_HINT_LENGTH - fixed(p))), share);
    // No room for a word: the mark and '…' say that words are missing, the hover says which.
    const cut = room >= MIN_HINT_WORDS ? excerpt(p.words, room) : '…';
    left -= cut.length;
    return { mark, text: p.head + (p.quote ? quoted(cut) : cut) + p.tail };
  });
}

/** A note's mark: an omission (⟂) or dropped words (−). */
const OMITTED_MARK = '⟂';
const DROPPED_MARK = '−';

export interface NoteFindings {
  /** Omitted sentences (findings of kind `omitted`). */
  omitted: readonly Discrepancy[];
  /** Other findings that mark no word of the article (words a matched sentence drops). */
  dropped: readonly Discrepancy[];
}

/**
 * The notes of a comparison's findings: one per spot, at most one line each. `length`: the
 * longest excerpt of a note, in characters.
 */
export function planNotes(view: ComparisonView, found: NoteFindings, length: number, labels: NoteLabels = NOTE_LABELS): GhostNote[] {
  const spots = new Map<number, { omitted: Discrepancy[]; dropped: Discrepancy[]; notice: number }>();
  const at = (line: number) => {
    let s = spots.get(line);
    if (!s) spots.set(line, (s = { omitted: [], dropped: [], notice: 0 }));
    return s;
  };
  if (found.omitted.length && hardlyMatches(view.comparison)) {
    // Another story (or one written anew): its omissions say only that the texts differ.
    let first = Infinity;
    for (const d of found.omitted) first = Math.min(first, d.articleAnchor);
    at(noteLine(view, first)).notice = found.omitted.length;
  } else {
    for (const d of found.omitted) at(noteLine(view, d.articleAnchor)).omitted.push(d);
  }
  for (const d of found.dropped) if (droppedText(view, d)) at(noteLine(view, d.articleAnchor, true)).dropped.push(d);

  const notes: GhostNote[] = [];
  for (const [line, s] of spots) {
    s.omitted.sort((a, b) => (a.canonical[0] ?? 0) - (b.canonical[0] ?? 0));
    s.dropped.sort((a, b) => a.articleAnchor - b.articleAnchor);
    const parts: string[] = [];
    // A row of its own (a blank line), or the end of a line of words, where the note is short: half the length, short words.
    const own = blank(view.articleLines.docLine(line));
    const room = own ? length : Math.max(12, Math.round(length * SHORT_SHARE));
    if (s.notice) parts.push(`${OMITTED_MARK} ${fill(own ? labels.fewMatches : labels.fewMatchesShort, s.notice)}`);
    // Both kinds at one spot share the room, two thirds to the omitted sentence.
    const both = s.omitted.length > 0 && s.dropped.length > 0;
    const budget = both ? Math.max(12, Math.round((room * 2) / 3)) : room;
    const droppedBudget = both ? Math.max(12, room - budget) : room;
    if (s.omitted.length) {
      const d = s.omitted[0]!;
      const label = s.omitted.length === 1 ? labels.omitted : fill(own ? labels.omittedMany : labels.omittedManyShort, s.omitted.length);
      parts.push(`${OMITTED_MARK} ${label} ${quoted(excerpt(d.from ?? view.canonicalSentenceText(d), budget))}`);
    }
    if (s.dropped.length) {
      const more = s.dropped.length > 1 ? ` ${fill(own ? labels.more : labels.moreShort, s.dropped.length - 1)}` : '';
      parts.push(`${DROPPED_MARK}${excerpt(droppedText(view, s.dropped[0]!), droppedBudget)}${more}`);
    }
    const all = [...s.omitted, ...s.dropped];
    notes.push({
      line,
      severity: mostSerious(all),
      text: parts.join('  '),
      hints: hintPieces(view, s, labels),
      style: s.notice ? 'notice' : s.omitted.length ? 'omitted' : 'dropped',
      ids: all.map((d) => d.id),
    });
  }
  return notes.sort((a, b) => a.line - b.line);
}

/** A note as injected text: its notice, its omitted sentences and its dropped words each a piece of its own, in short words. */
function hintPieces(view: ComparisonView, s: { omitted: Discrepancy[]; dropped: Discrepancy[]; notice: number }, labels: NoteLabels): HintPiece[] {
  const pieces: HintPiece[] = [];
  if (s.notice) pieces.push({ severity: 'low', head: `${OMITTED_MARK} ${fill(labels.fewMatchesShort, s.notice)}`, words: '', quote: false, tail: '' });
  if (s.omitted.length) {
    const d = s.omitted[0]!;
    const head = `${OMITTED_MARK} ${s.omitted.length === 1 ? labels.omitted : fill(labels.omittedManyShort, s.omitted.length)} `;
    pieces.push({ severity: mostSerious(s.omitted), head, words: d.from ?? view.canonicalSentenceText(d), quote: true, tail: '' });
  }
  if (s.dropped.length) {
    const tail = s.dropped.length > 1 ? ` ${fill(labels.moreShort, s.dropped.length - 1)}` : '';
    pieces.push({ severity: mostSerious(s.dropped), head: DROPPED_MARK, words: droppedText(view, s.dropped[0]!), quote: false, tail });
  }
  return pieces;
}

function mostSerious(ds: readonly Discrepancy[]): Severity {
  let severity: Severity = 'low';
  for (const d of ds) if (severityRank(d.severity) < severityRank(severity)) severity = d.severity;
  return severity;
}

/**
 * The document line a note of a finding anchored at `anchor` is drawn at the end of: the
 * paragraph it belongs to is the anchor's line, or, when nothing of the article stands before
 * the anchor on its line (an omission before a paragraph, `inside` false), the line above; the
 * note goes on the blank line after that paragraph if there is one, else at its line's end.
 */
export function noteLine(view: ComparisonView, anchor: number, inside = false): number {
  const lines = view.articleLines;
  const pos = lines.positionAt(anchor);
  const html = view.articleMarkup === 'html';
  const words = (s: string) => (html ? s.replace(/<[^>]*>?/g, '') : s).trim();
  let line = pos.line;
  if (!inside && line > 0 && !words(lines.docLine(line).slice(0, pos.character))) line--;
  if (!blank(lines.docLine(line)) && line + 1 < lines.lineCount && blank(lines.docLine(line + 1))) line++;
  return line;
}

function blank(s: string): boolean {
  return !/\S/.test(s);
}

function fill(template: string, n: number): string {
  return template.replace('{0}', String(n));
}

/** The closing mark of each opening quotation mark. */
const CLOSING: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', '«': '»', '„': '“' };

/** Wraps a text in quotation marks; a quotation keeps its own opening mark (no “““), closed by its own closing mark when cut short. */
function quoted(text: string): string {
  const close = CLOSING[text[0] ?? ''];
  if (!close) return `“${text}”`;
  return /["”’»“]$/.test(text) ? text : `${text}${close}`;
}

/** The canonical words a finding lost, when nothing on the article side marks it. */
function droppedText(view: ComparisonView, d: Discrepancy): string {
  if (d.canonicalSpans.length) {
    return d.canonicalSpans.map((s) => foldLineBreaks(view.canonicalText.slice(s.start, s.end))).join(' … ').trim();
  }
  return (d.from ?? '').trim();
}
