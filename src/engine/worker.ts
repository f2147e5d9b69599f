/**
 * Entry point of the engine worker (bundled to dist/compareWorker.js): the
 * extension host posts texts and comparisons, this thread runs the synchronous
 * engine: comparisons, the coverage matrix and lineage, the evidence reports.
 */
import { dismissedIds, inferLineage, matrixOf } from '../core/index';
import { noArticleLine, readFile } from '../read/page';
import { buildEvidence } from '../report/evidence';
import { renderEvidence } from '../report/evidenceReport';
import type { Discrepancy } from '../core/types';
import type { MatrixInput, ReportInput } from './protocol';
import { serve } from './serve';
import { wordVectors } from '../read/wordVectors';
import { CanonicalMemo, compareRead } from './canonicalMemo';
import { buildMatrixView } from '../view/matrixModel';
import { findingKeys } from '../view/verdicts';

/** The canonical text read and prepared once for every article, and every edit of one, compared against it. */
const canonicalMemo = new CanonicalMemo();

serve({
  compare: (canonical, article, given, paths) => {
    // The word vectors are read here, on the first comparison (they cannot be posted with the options).
    const options = { ...given, vectors: wordVectors() };
    // A web page is compared by its article (see src/read/page.ts); its chrome is kept apart.
    const prepared = canonicalMemo.get(canonical, paths?.canonical, options);
    const canonicalRead = prepared.read;
    const articleRead = readFile(article, paths?.article);
    const side = articleRead?.noArticle ? 'article' : canonicalRead?.noArticle ? 'canonical' : undefined;
    const path = side && paths?.[side];
    if (side && path !== undefined) throw Object.assign(new Error(noArticleLine(path)), { noArticle: side });
    const comparison = compareRead({ text: canonical, ...prepared }, { text: article, read: articleRead }, options);
    return { comparison, canonicalRead, articleRead, keys: findingKeys(comparison) };
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
    return renderEvidence(evidence, input.format);
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
