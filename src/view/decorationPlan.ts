/**
 * What to draw in the editor for a comparison, as plain offsets: the VS Code
 * layer only turns these into ranges and decoration types. Pure (no `vscode`
 * import).
 */
import { SEVERITIES, type Discrepancy, type Severity, type Span } from '../core/types';
import { compareSeriousness, severityRank } from '../core/filter';
import type { ComparisonView } from './result';
import { NOTE_LABELS, planNotes, type GhostNote, type NoteLabels } from './ghostNotes';

export type { GhostNote } from './ghostNotes';

/** Gutter markers: one per line, for the line's most serious finding. */
export type GutterKind = 'added' | 'changed' | 'omitted' | 'moved';
export const GUTTER_KINDS: readonly GutterKind[] = ['added', 'changed', 'omitted', 'moved'];

export interface DecorationPlan {
  /** Changed words, by severity. */
  words: Record<Severity, Span[]>;
  /** Added sentences (background). */
  added: Record<Severity, Span[]>;
  /** Page chrome (dimmed). */
  boilerplate: Span[];
  /** Notes of omitted sentences and dropped words: one per spot, after the paragraph they belong to (`ghostNotes.ts`). */
  ghosts: GhostNote[];
  /** One marker per line. */
  gutter: { line: number; kind: GutterKind; severity: Severity }[];
  /** The findings drawn, in document order (for next/previous). */
  ordered: Discrepancy[];
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

  for (const d of visible) {
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

  const ordered = [...visible].sort(
    (a, b) => navOffset(view, a) - navOffset(view, b) || compareSeriousness(a, b),
  );
  // A web page's chrome is not a finding (core/compare.ts): its sentences are dimmed as they are marked.
  const dimmed = new Set(boilerplate.map((b) => b.start));
  for (const s of view.comparison.article.sentences) {
    if (s.kind === 'boilerplate' && !dimmed.has(s.start)) boilerplate.push({ start: s.start, end: s.end });
  }
  const ghosts = opts.ghostNotes ? planNotes(view, { omitted, dropped }, opts.ghostLength, { ...NOTE_LABELS, ...opts.labels }) : [];
  return { words, added, boilerplate, ghosts, gutter, ordered };
}

/** Offset the gutter marker of a finding goes on. */
function gutterOffset(view: ComparisonView, d: Discrepancy): number {
  if (d.kind === 'omitted') return d.articleAnchor;
  return view.articleTarget(d).start;
}

/** Offset next/previous navigation stops at. */
export function navOffset(view: ComparisonView, d: Discrepancy): number {
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
 */
export function stepIndex(offsets: readonly number[], cursor: number, dir: 1 | -1, last?: number): number {
  const n = offsets.length;
  if (!n) return -1;
  if (last !== undefined && last >= 0 && last < n && offsets[last] === cursor) return (last + dir + n) % n;
  if (dir === 1) {
    for (let i = 0; i < n; i++) if (offsets[i]! > cursor) return i;
    return 0;
  }
  for (let i = n - 1; i >= 0; i--) if (offsets[i]! < cursor) return i;
  return n - 1;
}
