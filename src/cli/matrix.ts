/**
 * `wirediff compare --canonical CANON A B C … --format matrix|matrix-json`: the coverage
 * matrix of many versions and their lineage. A directory among the versions stands for
 * the article files in it (see ./files.ts).
 */
import { inferLineage } from '../core/lineage';
import { matrixOf } from '../core/matrix';
import type { Discrepancy } from '../core/types';
import { renderMatrixText } from '../report/matrixText';
import { compareOptions, failStatus, parseFailOn, parseFilter, useColor } from './args';
import { compareVersions, loadVersions } from './files';
import type { CliIO } from './io';
import { hiddenIds, storeFor } from './store';

/** The option values `compare` passes on. */
export interface MatrixValues {
  canonical: string;
  format: 'matrix' | 'matrix-json';
  threshold?: string;
  language?: string;
  color?: boolean;
  'no-color'?: boolean;
  store?: string;
  'show-dismissed'?: boolean;
  'min-severity'?: string;
  kinds?: string;
  'fail-on'?: string;
}

export function runMatrix(values: MatrixValues, positionals: string[], io: CliIO): number {
  const failOn = parseFailOn(values['fail-on']);
  // A version that cannot be read is left out with one line on stderr; the others are compared (exit 2).
  const { canonical, versions, notCompared } = loadVersions(values.canonical, positionals, io);
  const options = compareOptions(values);
  const store = storeFor(values, io);
  const show = values['show-dismissed'] ?? false;
  // --min-severity / --kinds: the matrix is built from the findings they let through.
  const comparisons = compareVersions(canonical, versions, options, parseFilter(values));
  // Dismissed findings are hidden (and counted as such).
  const hidden = comparisons.map((c) => hiddenIds(c, store, show));
  const hide = (v: number, d: Discrepancy): boolean => hidden[v]!.has(d.id);
  const matrix = matrixOf(comparisons, { ...options, hide, canonicalPath: canonical.path, paths: versions.map((v) => v.path) });
  const lineage = inferLineage(comparisons, matrix, { hide });
  // 2 when a version was left out; else what --fail-on asks (dismissed findings never count).
  const status = notCompared.length ? 2 : failStatus(failOn, {}, comparisons.map((c) => ({ discrepancies: c.discrepancies, dismissed: hiddenIds(c, store, false) })));
  if (values.format === 'matrix-json') {
    io.stdout(JSON.stringify({ version: 1, matrix, lineage, ...(notCompared.length ? { notCompared } : {}) }, null, 2) + '\n');
    return status;
  }
  io.stdout(renderMatrixText(matrix, lineage, { color: useColor(values, io), width: io.columns }));
  return status;
}
