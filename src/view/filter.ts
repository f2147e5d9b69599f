/**
 * Which findings the editor shows: the minimum-severity and kinds settings,
 * and dismissed findings. Pure (no `vscode` import).
 */
import { DISCREPANCY_KINDS, SEVERITIES, type Discrepancy, type DiscrepancyKind, type Severity } from '../core/types';

export interface FindingFilter {
  /** Lowest severity shown. */
  minSeverity: Severity;
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

/** Normalises raw settings values (which users can set to anything) into a filter. */
export function filterFromSettings(minSeverity: unknown, kinds: unknown, dismissed?: ReadonlySet<string>): FindingFilter {
  const sev = isSeverity(minSeverity) ? minSeverity : 'low';
  const ks = Array.isArray(kinds) ? kinds.filter(isKind) : undefined;
  return { minSeverity: sev, kinds: ks && ks.length ? ks : undefined, dismissed };
}

export function passes(d: Discrepancy, f: FindingFilter): boolean {
  if (severityRank(d.severity) > severityRank(f.minSeverity)) return false;
  if (f.kinds && f.kinds.length && !f.kinds.includes(d.kind)) return false;
  if (f.dismissed && f.dismissed.has(d.id)) return false;
  return true;
}

export function applyFilter(ds: readonly Discrepancy[], f: FindingFilter): Discrepancy[] {
  return ds.filter((d) => passes(d, f));
}

export interface SeverityCounts {
  high: number;
  medium: number;
  low: number;
  total: number;
}

export function countBySeverity(ds: readonly { severity: Severity }[]): SeverityCounts {
  const c: SeverityCounts = { high: 0, medium: 0, low: 0, total: 0 };
  for (const d of ds) {
    if (d.severity in c) c[d.severity]++;
    c.total++;
  }
  return c;
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
