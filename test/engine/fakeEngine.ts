/** A stand-in engine served in a worker thread, for test/engine/client.test.ts. */
import { serve } from '../../src/engine/serve';
import type { Comparison } from '../../src/core/types';

function fake(canonical: string, article: string): Comparison {
  if (article === 'THROW') throw new Error('boom');
  if (article === 'NO ARTICLE') throw Object.assign(new Error('page.html: no article found in this page'), { noArticle: 'article' });
  if (article.startsWith('SPIN')) {
    const until = Date.now() + Number(article.slice(4) || 10_000);
    while (Date.now() < until) {
      /* a synchronous engine call that takes long */
    }
  }
  return {
    version: 1,
    language: `${canonical.length}:${article.length}`,
    canonical: { sentences: [] },
    article: { sentences: [] },
    alignments: [],
    discrepancies: [],
    summary: { high: 0, medium: 0, low: 0, byKind: {}, identical: 0, canonicalSentences: 0, articleSentences: 0 },
  };
}

serve({
  compare: (canonical, article) => ({ comparison: fake(canonical, article) }),
  report: (i) => `# ${i.format}: ${i.versions.map((v) => v.path).join(', ')} vs ${i.canonical.path} (${i.versions.map((v) => v.comparison.language).join(', ')})`,
  matrix: (i) => ({
    folder: i.meta.folder,
    canonical: i.meta.canonical,
    language: 'und',
    versions: [],
    rows: [],
    summary: { rows: 0, canonicalRows: 0, addedRows: 0, disagreements: 0 },
    lineage: { edges: [], changes: [], independent: [], notes: [`${i.comparisons.length} comparisons`] },
    skipped: [],
    showDismissed: false,
    dismissed: 0,
  }),
});
