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
 * the overview ruler keep the severity's) and follows `editor.inlayHints.enabled`: with hints off,
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
   * row cuts them, at the end of a line of words or on a blank line of a narrow editor): one part to
   * each kind of finding, each at most NOTE_HINT_LENGTH characters, not sharing one note's room.
   * `text` is the note drawn as a decoration, when the editor shows no inlay hints.
   */
  parts: string[];
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
 * The longest part of a note drawn as injected text: VS Code cuts an inlay hint's label after
 * `editor.inlayHints.maximumLength` characters (43 by default).
 */
export const NOTE_HINT_LENGTH = 43;

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
    let severity: Severity = 'low';
    for (const d of all) if (severityRank(d.severity) < severityRank(severity)) severity = d.severity;
    notes.push({
      line,
      severity,
      text: parts.join('  '),
      parts: hintParts(view, s, labels, length),
      style: s.notice ? 'notice' : s.omitted.length ? 'omitted' : 'dropped',
      ids: all.map((d) => d.id),
    });
  }
  return notes.sort((a, b) => a.line - b.line);
}

/**
 * A note at the end of a line of words as injected text: its notice, its omitted sentences and its
 * dropped words each a part of its own, in short words, each as long as NOTE_HINT_LENGTH allows.
 */
function hintParts(view: ComparisonView, s: { omitted: Discrepancy[]; dropped: Discrepancy[]; notice: number }, labels: NoteLabels, length: number): string[] {
  // The excerpt's room: what the part's length leaves, and no more than `length` (wirediff.ghostNoteLength).
  const room = (used: number) => Math.max(12, Math.min(length, NOTE_HINT_LENGTH - used));
  const parts: string[] = [];
  if (s.notice) parts.push(`${OMITTED_MARK} ${fill(labels.fewMatchesShort, s.notice)}`);
  if (s.omitted.length) {
    const d = s.omitted[0]!;
    const head = `${OMITTED_MARK} ${s.omitted.length === 1 ? labels.omitted : fill(labels.omittedManyShort, s.omitted.length)} `;
    // Room for the quotation marks around the excerpt.
    parts.push(head + quoted(excerpt(d.from ?? view.canonicalSentenceText(d), room(head.length + 2))));
  }
  if (s.dropped.length) {
    const more = s.dropped.length > 1 ? ` ${fill(labels.moreShort, s.dropped.length - 1)}` : '';
    parts.push(`${DROPPED_MARK}${excerpt(droppedText(view, s.dropped[0]!), room(1 + more.length))}${more}`);
  }
  return parts;
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
