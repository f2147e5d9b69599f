/** A stand-in engine served in a worker thread, for test/ext-engine-client.test.ts. */
import { serve } from '../src/engine/serve';
import type { Comparison } from '../src/core/types';

function fake(canonical: string, article: string): Comparison {
  if (article === 'THROW') throw new Error('boom');
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

serve({ compare: fake, renderMarkdown: (i) => `# ${i.article.path} vs ${i.canonical.path} (${i.comparison.language})` });
