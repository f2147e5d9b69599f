/**
 * The editor's findings filter from its settings, and counts by severity. Pure (no
 * `vscode` import). The filter itself and the severity order are the engine's (core/filter.ts).
 */
import type { Severity } from '../core/types';
import { isKind, isSeverity, severityCounts, type FindingFilter } from '../core/filter';

/** Normalises raw settings values (which users can set to anything) into a filter. */
export function filterFromSettings(minSeverity: unknown, kinds: unknown, dismissed?: ReadonlySet<string>): Required<Pick<FindingFilter, 'minSeverity'>> & FindingFilter {
  const sev = isSeverity(minSeverity) ? minSeverity : 'low';
  const ks = Array.isArray(kinds) ? kinds.filter(isKind) : undefined;
  return { minSeverity: sev, kinds: ks && ks.length ? ks : undefined, dismissed };
}

export interface SeverityCounts {
  high: number;
  medium: number;
  low: number;
  total: number;
}

export function countBySeverity(ds: readonly { severity: Severity }[]): SeverityCounts {
  return { ...severityCounts(ds), total: ds.length };
}
