/**
 * WireDiff's findings as problems (VS Code's Problems view), as plain data: which
 * findings go there, where, how serious, and the canonical sentence each relates to.
 * The VS Code layer turns these into `vscode.Diagnostic`s. Pure (no `vscode` import).
 */
import type { Discrepancy, DiscrepancyKind, Severity, Span } from '../core/types';
import type { ComparisonView } from './result';
import { hardlyMatches } from './related';

/** The one problem of the omissions of an article that hardly shares a sentence with the canonical (`{0}`: how many). */
export const FEW_MATCHES_PROBLEM = 'Hardly a sentence in common with the canonical text: {0} of its sentences are not here (a report written anew, or the wrong canonical text?).';

/** The `wirediff.problems` setting: which findings are listed as problems. */
export type ProblemsLevel = 'off' | 'high' | 'medium' | 'all';
export const PROBLEMS_LEVELS: readonly ProblemsLevel[] = ['off', 'high', 'medium', 'all'];
export const DEFAULT_PROBLEMS_LEVEL: ProblemsLevel = 'medium';

/** A diagnostic's severity, named as VS Code names them. */
export type ProblemSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface Problem {
  findingId: string;
  /** Where the problem stands in the article, offsets of the compared text. */
  span: Span;
  severity: ProblemSeverity;
  /** The finding's kind: the diagnostic's code, linked to the docs on that kind. */
  code: DiscrepancyKind;
  /** The finding's reason. */
  message: string;
  /** The canonical sentence(s) the finding relates to: offsets of the compared canonical text, and the text. */
  related: { span: Span; text: string }[];
}

export function problemsLevel(v: unknown): ProblemsLevel {
  return typeof v === 'string' && (PROBLEMS_LEVELS as readonly string[]).includes(v) ? (v as ProblemsLevel) : DEFAULT_PROBLEMS_LEVEL;
}

/** high → Warning, medium → Information, low → Hint. */
export function problemSeverity(s: Severity): ProblemSeverity {
  return s === 'high' ? 'warning' : s === 'medium' ? 'information' : 'hint';
}

/** True when a finding of this severity is listed at this level. */
export function listedAt(level: ProblemsLevel, s: Severity): boolean {
  switch (level) {
    case 'off':
      return false;
    case 'high':
      return s === 'high';
    case 'medium':
      return s !== 'low';
    case 'all':
      return true;
  }
}

/**
 * The problems of a comparison: the findings the level lets through, minus the
 * dismissed ones (always: a dismissed finding is never a problem), in document order.
 * `findings` is what the editor shows (kinds filter applied); `dismissed` their ids.
 * The omissions of an article that hardly shares a sentence with the canonical (another
 * story, or a report written anew) are one problem, as they are one notice in the editor:
 * `fewMatches` says it (localised by the caller; `{0}` is how many); its added sentences, which
 * the editor does not mark one by one, are none.
 */
export function problemsFor(
  view: ComparisonView,
  findings: readonly Discrepancy[],
  level: ProblemsLevel,
  dismissed: ReadonlySet<string> = new Set(),
  fewMatches = FEW_MATCHES_PROBLEM,
): Problem[] {
  if (level === 'off') return [];
  const out: Problem[] = [];
  const listed = findings.filter((d) => listedAt(level, d.severity) && !dismissed.has(d.id));
  const another = hardlyMatches(view.comparison);
  const omitted = another ? listed.filter((d) => d.kind === 'omitted') : [];
  if (omitted.length) {
    const first = omitted.reduce((a, b) => ((b.canonical[0] ?? 0) < (a.canonical[0] ?? 0) ? b : a));
    // How many the article lacks, whatever the level lets through (the status bar warns of it too).
    const all = findings.filter((d) => d.kind === 'omitted' && !dismissed.has(d.id)).length;
    out.push({
      findingId: first.id,
      span: view.articleTarget(first),
      severity: 'warning',
      code: 'omitted',
      message: fewMatches.replace('{0}', String(all)),
      related: view.canonicalSentences(first).map((s) => ({ span: { start: s.start, end: s.end }, text: s.text })),
    });
  }
  for (const d of listed) {
    // Its added sentences are no problem each either: nearly all of it is added (the one problem says why).
    if (omitted.includes(d) || (another && d.kind === 'added')) continue;
    out.push({
      findingId: d.id,
      span: view.articleTarget(d),
      severity: problemSeverity(d.severity),
      code: d.kind,
      message: d.reason,
      related: view.canonicalSentences(d).map((s) => ({ span: { start: s.start, end: s.end }, text: s.text })),
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** What a document's problems are made of (besides the article's text as it is now, which only places them). */
export interface ProblemsInput {
  view: ComparisonView;
  /** The kinds filter as the editor applies it (undefined: every kind). */
  kinds: readonly DiscrepancyKind[] | undefined;
  level: ProblemsLevel;
  dismissed: ReadonlySet<string>;
  /** The one problem of an article that hardly shares a sentence with the canonical (see `problemsFor`). */
  fewMatches: string;
}

/**
 * Each document's problems, made once for its result, level, kinds filter and dismissed findings, and
 * kept: the editor places them again as the article is edited (by the shift of its offsets), and
 * typing in a long article does not make its hundreds of problems again on every keystroke (issue 10).
 * `make` turns a problem into what the caller keeps of it (the VS Code layer: its diagnostic's parts).
 */
export class ProblemsMemo<T> {
  private readonly made = new Map<string, { key: string; items: readonly T[] }>();
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;

  constructor(private readonly build: typeof problemsFor = problemsFor) {}

  get(doc: string, input: ProblemsInput, make: (p: Problem) => T): readonly T[] {
    const key = `${this.idOf(input.view)}|${input.level}|${input.kinds?.join(',') ?? ''}|${[...input.dismissed].sort().join(',')}`;
    const had = this.made.get(doc);
    if (had?.key === key) return had.items;
    const { view, kinds } = input;
    const findings = kinds ? view.discrepancies.filter((d) => kinds.includes(d.kind)) : view.discrepancies;
    const items = this.build(view, findings, input.level, input.dismissed, input.fewMatches).map(make);
    this.made.set(doc, { key, items });
    return items;
  }

  delete(doc: string): void {
    this.made.delete(doc);
  }

  /** A key for an object's identity. */
  private idOf(o: object): number {
    let id = this.ids.get(o);
    if (id === undefined) this.ids.set(o, (id = this.nextId++));
    return id;
  }
}

/** The heading anchor of a kind in docs/vscode.md ("Kinds of finding"). */
export function kindDocsAnchor(kind: DiscrepancyKind): string {
  return `kind-${kind}`;
}
