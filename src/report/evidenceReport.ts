/**
 * The evidence report in each of its formats, one dispatch for `wirediff report` and the
 * editor's Export Report (through the engine's worker): the HTML page, the Markdown file, or
 * the JSON document for scripts and archives.
 */
import { evidenceJson, type Evidence } from './evidence';
import { renderHtmlReport } from './htmlReport';
import { renderMarkdownReport } from './markdownReport';

export type EvidenceFormat = 'html' | 'markdown' | 'json';

export function renderEvidence(e: Evidence, format: EvidenceFormat): string {
  if (format === 'html') return renderHtmlReport(e);
  if (format === 'markdown') return renderMarkdownReport(e);
  return JSON.stringify(evidenceJson(e), null, 2) + '\n';
}
