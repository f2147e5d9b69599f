/**
 * Entry point of the engine worker (bundled to dist/compareWorker.js): the
 * extension host posts texts and comparisons, this thread runs the synchronous
 * engine: comparisons, the coverage matrix and lineage, the evidence reports.
 */
import { compare, dismissedIds, inferLineage, matrixOf, readArticle } from './core/index';
import { buildEvidence } from './report/evidence';
import { renderHtmlReport } from './report/htmlReport';
import { renderMarkdownReport } from './report/markdownReport';
import type { Discrepancy } from './core/types';
import type { MatrixInput, ReportInput } from './engine/protocol';
import { serve } from './engine/serve';
import { buildMatrixView } from './view/matrixModel';

serve({
  compare: (canonical, article, options, paths) => {
    // A web page is compared by the text a reader sees in it (see src/core/markup.ts).
    const canonicalRead = readArticle(canonical, paths?.canonical);
    const articleRead = readArticle(article, paths?.article);
    const comparison = compare(canonicalRead?.text ?? canonical, articleRead?.text ?? article, options);
    return { comparison, canonicalRead, articleRead };
  },
  report: (input: ReportInput) => {
    const evidence = buildEvidence({
      tool: input.tool,
      generatedAt: input.generatedAt,
      canonical: input.canonical,
      versions: input.versions,
      verdicts: input.verdicts,
      showDismissed: input.showDismissed,
      matrixOptions: input.options,
    });
    return input.format === 'html' ? renderHtmlReport(evidence) : renderMarkdownReport(evidence);
  },
  matrix: (input: MatrixInput) => {
    const { comparisons, verdicts } = input;
    // Dismissed findings are left out (counted as such), as in the CLI and the reports.
    const hidden = comparisons.map((c) => (verdicts && !input.showDismissed ? dismissedIds(c, verdicts) : new Set<string>()));
    const hide = (v: number, d: Discrepancy): boolean => hidden[v]!.has(d.id);
    const labels = comparisons.map((_, i) => `V${i + 1}`);
    const matrix = matrixOf(comparisons, {
      ...input.options,
      hide,
      labels,
      paths: input.meta.versions.map((v) => v.path),
      canonicalPath: input.meta.canonical.path,
    });
    const lineage = inferLineage(comparisons, matrix, { hide, labels });
    return buildMatrixView(matrix, lineage, input.meta);
  },
});
