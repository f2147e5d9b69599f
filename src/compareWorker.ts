/**
 * Entry point of the engine worker (bundled to dist/compareWorker.js): the
 * extension host posts texts, this thread runs the synchronous engine.
 */
import { createHash } from 'node:crypto';
import { buildEvidence, compare, renderMarkdownReport } from './core/index';
import type { ReportInput } from './engine/protocol';
import { serve } from './engine/serve';

function file(f: { path: string; text: string; bytes?: Uint8Array }) {
  const bytes = f.bytes ?? Buffer.from(f.text, 'utf8');
  return { path: f.path, text: f.text, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

serve({
  compare,
  renderMarkdown: (input: ReportInput) =>
    renderMarkdownReport(
      buildEvidence({
        tool: input.tool,
        generatedAt: input.generatedAt,
        canonical: file(input.canonical),
        versions: [{ ...file(input.article), comparison: input.comparison }],
      }),
    ),
});
