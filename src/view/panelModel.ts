/**
 * The data the side panel renders: the active comparison's findings, most
 * serious first, grouped by kind, each with the canonical and article text and
 * the word diff. Plain JSON, posted to the webview, which builds its DOM with
 * `textContent` only. Pure (no `vscode` import).
 */
import { BCP47 } from '../core/languageCodes';
import { SEVERITIES, type DiscrepancyKind, type Severity } from '../core/types';
import { diffTokensWithSpans, focusIndices, type DiffToken, type TokenSpans } from './diffText';
import { countBySeverity, type SeverityCounts } from './filter';
import { compareSeriousness, kindRank } from '../core/filter';
import { counterparts, fewCounterparts } from './related';
import type { ComparisonView } from './result';

export interface PanelEntry {
  id: string;
  kind: DiscrepancyKind;
  severity: Severity;
  reason: string;
  /** The kind's display name. */
  label: string;
  /** 1-based line in the article where the finding shows (for one shown as a note, `atNote`, the note's line). */
  line: number;
  /** Shown as a note (an omitted sentence, dropped words): `line` is where the note stands, not a line of the finding's own words. */
  atNote: boolean;
  from: string | null;
  to: string | null;
  /** The canonical sentence(s) involved; '' for added, and when `diff` carries both sides. */
  canonical: string;
  /** The article sentence(s) involved; '' for omitted, and when `diff` carries both sides. */
  article: string;
  /** True when the finding has a canonical side to reveal. */
  revealable: boolean;
  /** Key of the word diff of the aligned sentences in `PanelModel.diffs`, or null (added, omitted, identical). */
  diff: number | null;
  /** Indices of the diff's tokens that are this finding's own words. */
  focus: number[];
  dismissed: boolean;
  /** The finding's verdict (`.wirediff/verdicts.json`), or null. */
  verdict: 'confirmed' | 'benign' | 'dismissed' | null;
  /** The verdict's note, or null. */
  note: string | null;
}

export interface PanelGroup {
  kind: DiscrepancyKind;
  label: string;
  /** Most serious severity in the group. */
  severity: Severity;
  counts: SeverityCounts;
  entries: PanelEntry[];
  /**
   * Shown closed, after the other groups: the omitted and added sentences of an article that
   * hardly shares a sentence with the canonical, which mostly say only that the two differ (the
   * header says so once, as the editor's one notice does).
   */
  folded?: true;
}

export interface PanelModel {
  /** Article document URI (string). */
  uri: string;
  articleName: string;
  canonicalName: string;
  language: string;
  /** Only when the article is a translation: its language as a BCP 47 tag (the page names it); only figures are compared inside sentences. */
  translation?: string;
  counts: SeverityCounts;
  dismissedCount: number;
  groups: PanelGroup[];
  /** Word diffs by alignment id, shared by the findings of one sentence pair. */
  diffs: Record<number, DiffToken[]>;
  /** Text sizes, for the header; `linked`: canonical sentences with a counterpart in the article. */
  sentences: { canonical: number; article: number; identical: number; linked: number };
  /** Set when the article hardly shares a sentence with the canonical (src/view/related.ts): the header says so, with a way to choose another. */
  fewMatches?: true;
}

export interface PanelModelInput {
  view: ComparisonView;
  uri: string;
  articleName: string;
  canonicalName: string;
  dismissed?: ReadonlySet<string>;
  /** Verdicts by finding id (a `dismissed` verdict counts as dismissed). */
  verdicts?: ReadonlyMap<string, { verdict: 'confirmed' | 'benign' | 'dismissed'; note?: unknown }>;
  kindLabel?: (k: DiscrepancyKind) => string;
  /**
   * Where the editor shows the findings (DecorationPlan `targets` and `noted`): a finding shown as
   * a note is listed at the note's line, where a click takes the cursor.
   */
  shown?: { targets: ReadonlyMap<string, { start: number; end: number }>; noted: ReadonlySet<string> };
}

export function buildPanelModel(input: PanelModelInput): PanelModel {
  const { view } = input;
  const label = input.kindLabel ?? ((k: DiscrepancyKind) => k);
  const verdicts = input.verdicts ?? new Map();
  const dismissed = new Set<string>(input.dismissed ?? []);
  for (const [id, v] of verdicts) if (v.verdict === 'dismissed') dismissed.add(id);
  const ds = [...view.discrepancies].sort(compareSeriousness);
  const rankOf = new Map(ds.map((d, i) => [d.id, i]));
  const byKind = new Map<DiscrepancyKind, PanelEntry[]>();
  const diffs: Record<number, DiffToken[]> = {};
  const spansOf = new Map<number, TokenSpans[]>();
  for (const d of ds) {
    const alignment = view.alignmentOf(d);
    let diff: number | null = null;
    let focus: number[] = [];
    if (alignment && alignment.diff.length && !alignment.identical && d.kind !== 'added' && d.kind !== 'omitted') {
      let spans = spansOf.get(alignment.id);
      if (!spans) {
        const r = diffTokensWithSpans(alignment.diff, { canonicalText: view.canonicalText, articleText: view.articleText });
        diffs[alignment.id] = r.tokens;
        spansOf.set(alignment.id, (spans = r.spans));
      }
      diff = alignment.id;
      focus = focusIndices(spans, d.canonicalSpans, d.articleSpans);
    }
    // With a word diff, the sentences travel once, as the diff's tokens.
    const canonical = diff === null ? view.canonicalSentenceText(d) : '';
    const article = diff === null ? view.articleSentenceText(d) : '';
    const target = input.shown?.targets.get(d.id) ?? view.articleTarget(d);
    const entry: PanelEntry = {
      id: d.id,
      kind: d.kind,
      severity: d.severity,
      reason: d.reason,
      line: view.articleLines.lineAt(target.start) + 1,
      atNote: input.shown?.noted.has(d.id) ?? false,
      // An added or omitted sentence travels once, as `article` or `canonical` (the panel
      // shows no from → to line for them): half the message for a long list of them.
      from: d.kind === 'omitted' && canonical ? null : d.from,
      to: d.kind === 'added' && article ? null : d.to,
      canonical,
      article,
      revealable: d.canonical.length > 0 || d.canonicalSpans.length > 0,
      diff,
      focus,
      label: label(d.kind),
      dismissed: dismissed.has(d.id),
      verdict: verdicts.get(d.id)?.verdict ?? null,
      note: typeof verdicts.get(d.id)?.note === 'string' ? (verdicts.get(d.id)!.note as string) : null,
    };
    let list = byKind.get(d.kind);
    if (!list) byKind.set(d.kind, (list = []));
    list.push(entry);
  }
  const groups: PanelGroup[] = [];
  const top = new Map<PanelGroup, number>();
  for (const [kind, entries] of byKind) {
    const live = entries.filter((e) => !e.dismissed);
    const counts = countBySeverity(live);
    const first = live[0] ?? entries[0]!;
    const g: PanelGroup = { kind, label: label(kind), severity: first.severity, counts, entries };
    groups.push(g);
    // Entries follow `ds`, so the group's first entry is its most serious one.
    top.set(g, (live.length ? 0 : ds.length) + rankOf.get(first.id)!);
  }
  const linked = counterparts(view.comparison);
  const few = fewCounterparts(linked);
  if (few) for (const g of groups) if (g.kind === 'omitted' || g.kind === 'added') g.folded = true;
  // Groups in the order of their most serious undismissed entry; fully dismissed groups last, folded ones after all.
  const fold = (g: PanelGroup) => (g.folded ? 1 : 0);
  groups.sort((a, b) => fold(a) - fold(b) || top.get(a)! - top.get(b)! || kindRank(a.kind) - kindRank(b.kind));
  const live = view.discrepancies.filter((d) => !dismissed.has(d.id));
  return {
    uri: input.uri,
    articleName: input.articleName,
    canonicalName: input.canonicalName,
    language: view.comparison.language,
    ...(view.comparison.articleLanguage ? { translation: BCP47[view.comparison.articleLanguage] ?? view.comparison.articleLanguage } : {}),
    counts: countBySeverity(live),
    dismissedCount: view.discrepancies.length - live.length,
    groups,
    diffs,
    sentences: {
      canonical: view.comparison.summary.canonicalSentences,
      article: view.comparison.summary.articleSentences,
      identical: view.comparison.summary.identical,
      linked: linked.linkedCanonical,
    },
    ...(few ? { fewMatches: true as const } : {}),
  };
}

/** The panel's filter, as the webview applies it (mirrored in media/panel.js). */
export interface PanelFilter {
  severities: readonly Severity[];
  kinds: readonly DiscrepancyKind[] | null;
  search: string;
  showDismissed: boolean;
}

export function entryMatches(e: PanelEntry, f: PanelFilter, diffs?: PanelModel['diffs']): boolean {
  if (e.dismissed && !f.showDismissed) return false;
  if (!f.severities.includes(e.severity)) return false;
  if (f.kinds && !f.kinds.includes(e.kind)) return false;
  const q = f.search.trim().toLowerCase();
  if (q) {
    const hay = searchText(e, diffs);
    for (const word of q.split(/\s+/)) if (!hay.includes(word)) return false;
  }
  return true;
}

/** The lower-cased text the search box matches (mirrored in media/panel.js). */
export function searchText(e: PanelEntry, diffs?: PanelModel['diffs']): string {
  const tokens = e.diff !== null && diffs ? diffs[e.diff] : undefined;
  const words = tokens ? tokens.map((t) => t.text).join(' ') : '';
  return [e.label, e.kind, e.severity, e.reason, e.from ?? '', e.to ?? '', e.canonical, e.article, words, e.verdict ?? '', e.note ?? ''].join('\n').toLowerCase();
}

export const ALL_SEVERITIES: readonly Severity[] = SEVERITIES;

/** One row of the folder overview (`wirediff.compareAllInFolder`). */
export interface FolderRow {
  uri: string;
  name: string;
  counts?: SeverityCounts;
  /** The most serious finding's one-line reason. */
  top?: string;
  error?: string;
  /** The file was edited since the folder run and not compared again: its counts are of the text as it was. */
  stale?: boolean;
  /** It hardly shares a sentence with the canonical (src/view/related.ts). */
  fewMatches?: true;
}

/**
 * Folder rows, the files with the most serious findings first, errors last. A file that hardly
 * shares a sentence with the canonical (another story, or a report written anew) is put apart,
 * after the others: its omissions and additions say only that the two differ, not that it
 * changed most (unless every file is such, when none is apart).
 */
export function sortFolderRows(rows: readonly FolderRow[]): FolderRow[] {
  const allFew = rows.every((r) => r.fewMatches || !r.counts);
  const place = (r: FolderRow): number => (!r.counts ? 2 : r.fewMatches && !allFew ? 1 : 0);
  return [...rows].sort((a, b) => {
    const p = place(a) - place(b);
    if (p || !a.counts || !b.counts) return p || a.name.localeCompare(b.name);
    return (
      b.counts.high - a.counts.high ||
      b.counts.medium - a.counts.medium ||
      b.counts.low - a.counts.low ||
      a.name.localeCompare(b.name)
    );
  });
}
