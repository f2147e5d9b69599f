/**
 * What to draw in the editor for a comparison, as plain offsets: the VS Code
 * layer only turns these into ranges and decoration types. Pure (no `vscode`
 * import).
 */
import { SEVERITIES, type Discrepancy, type Severity, type Span } from '../core/types';
import { compareSeriousness, severityRank } from '../core/filter';
import type { ComparisonView } from './result';
import { NOTE_LABELS, planNotes, type GhostNote, type NoteLabels } from './ghostNotes';
import { hardlyMatches } from './related';

export type { GhostNote } from './ghostNotes';

/** Gutter markers: one per line, for the line's most serious finding. */
export type GutterKind = 'added' | 'changed' | 'omitted' | 'moved';
export const GUTTER_KINDS: readonly GutterKind[] = ['added', 'changed', 'omitted', 'moved'];

export interface DecorationPlan {
  /** Changed words, by severity. */
  words: Record<Severity, Span[]>;
  /**
   * Added sentences (background). None for an article that hardly shares a sentence with the
   * canonical (another story, or one written anew): nearly every sentence of it is added, and a
   * wall of marks says no more than its one notice does.
   */
  added: Record<Severity, Span[]>;
  /** Page chrome (dimmed). */
  boilerplate: Span[];
  /** Notes of omitted sentences and dropped words: one per spot, after the paragraph they belong to (`ghostNotes.ts`). */
  ghosts: GhostNote[];
  /** One marker per line. */
  gutter: { line: number; kind: GutterKind; severity: Severity }[];
  /**
   * The findings next/previous steps through, in the order of their targets: one stop for the
   * omissions an article of another story lacks (its notice), none for its added sentences (not
   * marked), every other finding its own.
   */
  ordered: Discrepancy[];
  /**
   * Where each finding drawn is shown (by id): its changed words, its sentence, or the spot of
   * the note that stands for it (the end of the note's line: omitted sentences, dropped words).
   */
  targets: ReadonlyMap<string, Span>;
  /** The findings shown as notes (their note's line end is their target): omitted sentences, dropped words. */
  noted: ReadonlySet<string>;
}

export interface PlanOptions {
  /** Show ghost notes for omitted sentences and dropped words. */
  ghostNotes: boolean;
  /** Longest excerpt of a ghost note, in characters. */
  ghostLength: number;
  /** The notes' words (localised by the caller). */
  labels?: Partial<NoteLabels>;
}

export function gutterKindOf(d: Discrepancy): GutterKind | null {
  switch (d.kind) {
    case 'added':
      return 'added';
    case 'omitted':
      return 'omitted';
    case 'moved':
      return 'moved';
    case 'boilerplate':
      return null;
    default:
      return 'changed';
  }
}

function emptyBySeverity(): Record<Severity, Span[]> {
  return { high: [], medium: [], low: [] };
}

/**
 * Word spans by severity: each non-empty span once, at the most serious severity a finding
 * marks it with, sorted by start then end (the article's words here, the canonical's in the
 * side-by-side, view/sideBySide.ts).
 */
export function spansBySeverity(marked: readonly { spans: readonly Span[]; severity: Severity }[]): Record<Severity, Span[]> {
  const best = new Map<string, { span: Span; severity: Severity }>();
  for (const { spans, severity } of marked)
    for (const s of spans) {
      if (s.end <= s.start) continue;
      const key = `${s.start}:${s.end}`;
      const had = best.get(key);
      if (!had || severityRank(severity) < severityRank(had.severity)) best.set(key, { span: { start: s.start, end: s.end }, severity });
    }
  const out = emptyBySeverity();
  for (const { span, severity } of best.values()) out[severity].push(span);
  for (const s of SEVERITIES) out[s].sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

export function planDecorations(view: ComparisonView, visible: readonly Discrepancy[], opts: PlanOptions): DecorationPlan {
  const added = emptyBySeverity();
  const boilerplate: Span[] = [];
  const omitted: Discrepancy[] = [];
  const dropped: Discrepancy[] = [];
  const lineBest = new Map<number, Discrepancy>();
  const marked: Array<{ spans: readonly Span[]; severity: Severity }> = [];
  // Another story (or one written anew): its added sentences are not marked one by one (its notice says it).
  const another = hardlyMatches(view.comparison);
  const quiet = (d: Discrepancy) => another && d.kind === 'added';

  for (const d of visible) {
    if (quiet(d)) continue;
    const gk = gutterKindOf(d);
    if (gk) {
      const line = view.articleLines.lineAt(gutterOffset(view, d));
      const prev = lineBest.get(line);
      if (!prev || compareSeriousness(d, prev) < 0) lineBest.set(line, d);
    }
    switch (d.kind) {
      case 'added':
        for (const s of view.articleSentences(d)) added[d.severity].push({ start: s.start, end: s.end });
        break;
      case 'boilerplate':
        for (const s of view.articleSentences(d)) boilerplate.push({ start: s.start, end: s.end });
        break;
      case 'omitted':
        omitted.push(d);
        break;
      case 'moved':
        break;
      default:
        if (d.articleSpans.length) marked.push({ spans: d.articleSpans, severity: d.severity });
        else dropped.push(d);
    }
  }

  const words = spansBySeverity(marked);
  // A span inside a more serious (or equally serious) one adds nothing.
  pruneContained(words);
  for (const sev of SEVERITIES) words[sev].sort((x, y) => x.start - y.start || x.end - y.end);

  const gutter = [...lineBest.entries()]
    .map(([line, d]) => ({ line, kind: gutterKindOf(d)!, severity: d.severity }))
    .sort((a, b) => a.line - b.line);

  // A web page's chrome is not a finding (core/compare.ts): its sentences are dimmed as they are marked.
  const dimmed = new Set(boilerplate.map((b) => b.start));
  for (const s of view.comparison.article.sentences) {
    if (s.kind === 'boilerplate' && !dimmed.has(s.start)) boilerplate.push({ start: s.start, end: s.end });
  }
  const ghosts = opts.ghostNotes ? planNotes(view, { omitted, dropped }, opts.ghostLength, { ...NOTE_LABELS, ...opts.labels }) : [];
  const targets = new Map<string, Span>();
  for (const d of visible) targets.set(d.id, view.articleTarget(d));
  // A finding a note stands for is shown where the note is: at the end of its line.
  let notice: GhostNote | undefined;
  const noted = new Set<string>();
  for (const g of ghosts) {
    const end = view.articleLines.lineEnd(g.line);
    for (const id of g.ids) targets.set(id, { start: end, end }), noted.add(id);
    if (g.style === 'notice') notice = g;
  }
  const folded = new Set<string>();
  if (notice) {
    // The notice stands for every omission (its ids list none): one stop, the first in the canonical's order.
    const end = view.articleLines.lineEnd(notice.line);
    const all = omitted.slice().sort((a, b) => (a.canonical[0] ?? 0) - (b.canonical[0] ?? 0));
    for (const d of all) targets.set(d.id, { start: end, end }), noted.add(d.id);
    for (const d of all.slice(1)) folded.add(d.id);
  }
  const at = (d: Discrepancy) => targets.get(d.id)!.start;
  const ordered = visible.filter((d) => !folded.has(d.id) && !quiet(d)).sort((a, b) => at(a) - at(b) || compareSeriousness(a, b));
  return { words, added, boilerplate, ghosts, gutter, ordered, targets, noted };
}

/** Offset the gutter marker of a finding goes on. */
function gutterOffset(view: ComparisonView, d: Discrepancy): number {
  if (d.kind === 'omitted') return d.articleAnchor;
  return view.articleTarget(d).start;
}


function pruneContained(words: Record<Severity, Span[]>): void {
  const all: { s: Span; r: number }[] = [];
  for (const sev of SEVERITIES) for (const s of words[sev]) all.push({ s, r: severityRank(sev) });
  for (const sev of SEVERITIES) {
    const r = severityRank(sev);
    words[sev] = words[sev].filter(
      (s) => !all.some((o) => o.s !== s && o.r <= r && o.s.start <= s.start && s.end <= o.s.end && (o.s.end - o.s.start > s.end - s.start || o.r < r)),
    );
  }
}

/**
 * Next/previous: the index of the finding to go to from the cursor. `last` is
 * the index navigated to before; when the cursor still sits on it, stepping
 * goes through findings that share an offset one by one. Wraps around.
 * `inclusive`: a finding that starts at the cursor is the next one (the cursor is on
 * none yet: nothing selected, not stepped to; the first press at the text's start
 * stops at a finding there).
 */
export function stepIndex(offsets: readonly number[], cursor: number, dir: 1 | -1, last?: number, inclusive = false): number {
  return step(offsets, cursor, dir, last, inclusive).index;
}

/** `stepIndex`, and whether the step went round the end (past the last to the first, or back). */
export function step(offsets: readonly number[], cursor: number, dir: 1 | -1, last?: number, inclusive = false): { index: number; wrapped: boolean } {
  const n = offsets.length;
  if (!n) return { index: -1, wrapped: false };
  if (last !== undefined && last >= 0 && last < n && offsets[last] === cursor) {
    const index = (last + dir + n) % n;
    return { index, wrapped: dir === 1 ? index <= last : index >= last };
  }
  if (dir === 1) {
    for (let i = 0; i < n; i++) if (offsets[i]! > cursor || (inclusive && offsets[i] === cursor)) return { index: i, wrapped: false };
    return { index: 0, wrapped: true };
  }
  for (let i = n - 1; i >= 0; i--) if (offsets[i]! < cursor) return { index: i, wrapped: false };
  return { index: n - 1, wrapped: true };
}
