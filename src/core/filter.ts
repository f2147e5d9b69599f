/**
 * Which findings a reader sees, and in what order of seriousness: one filter and one
 * severity order for the CLI, the reports, the editor and the matrix.
 */
import { DISCREPANCY_KINDS, SEVERITIES, type Discrepancy, type DiscrepancyKind, type Severity } from './types';

/** A selection of findings. Every field is optional: an empty filter lets everything through. */
export interface FindingFilter {
  /** Lowest severity shown. Default `low` (everything). */
  minSeverity?: Severity;
  /** Kinds shown; `undefined` or empty means every kind. */
  kinds?: readonly DiscrepancyKind[];
  /** Ids of dismissed findings (hidden). */
  dismissed?: ReadonlySet<string>;
}

/** 0 for `high`, 1 for `medium`, 2 for `low`: lower is more serious. */
export function severityRank(s: Severity): number {
  const i = SEVERITIES.indexOf(s);
  return i < 0 ? SEVERITIES.length : i;
}

/** Position of a kind in the engine's reading order (lower ranks first when severities tie). */
export function kindRank(k: DiscrepancyKind): number {
  const i = DISCREPANCY_KINDS.indexOf(k);
  return i < 0 ? DISCREPANCY_KINDS.length : i;
}

export function isSeverity(v: unknown): v is Severity {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

export function isKind(v: unknown): v is DiscrepancyKind {
  return typeof v === 'string' && (DISCREPANCY_KINDS as readonly string[]).includes(v);
}

/** True when the filter lets a finding through. */
export function passes(d: Discrepancy, f: FindingFilter): boolean {
  if (f.minSeverity && severityRank(d.severity) > severityRank(f.minSeverity)) return false;
  if (f.kinds && f.kinds.length && !f.kinds.includes(d.kind)) return false;
  if (f.dismissed && f.dismissed.has(d.id)) return false;
  return true;
}

/** How many findings there are of each severity (the summaries of a comparison, of its verdicts and of a matrix version). */
export function severityCounts(ds: readonly { severity: Severity }[]): Record<Severity, number> {
  const c: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const d of ds) if (d.severity in c) c[d.severity]++;
  return c;
}

/** The findings a filter lets through, in their order. */
export function applyFilter<T extends Discrepancy>(ds: readonly T[], f: FindingFilter = {}): T[] {
  return ds.filter((d) => passes(d, f));
}

/** Most serious first: severity, then the engine's score, then the kind's rank, then position. */
export function compareSeriousness(a: Discrepancy, b: Discrepancy): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    b.score - a.score ||
    kindRank(a.kind) - kindRank(b.kind) ||
    a.articleAnchor - b.articleAnchor
  );
}
