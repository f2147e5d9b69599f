/**
 * The findings of one comparison, or of every version of a folder run, as plain text for an
 * e-mail or as Markdown for a CMS: the CLI's renderers (`wirediff compare`, `--format
 * markdown`) without colour, each quote whole (white space folded), line numbers those of the
 * files the editor shows (a saved web page's own lines). Every quoted text is the file's words
 * (test/view/pasteReport.test.ts). Pure (no `vscode` import).
 */
import { toSourceComparison } from '../core/readText';
import type { FindingFilter } from '../core/filter';
import { renderMarkdown } from '../report/markdown';
import { renderText } from '../report/text';
import type { ComparisonView } from './result';

export type PasteFormat = 'text' | 'markdown';

/** One comparison to paste: the view, the names the report gives its files, what the reader sees of it. */
export interface PasteVersion {
  view: ComparisonView;
  articleName: string;
  canonicalName: string;
  /** The settings' severity and kinds, and the dismissed findings (unless shown). */
  filter: FindingFilter;
}

export function pasteReport(versions: readonly PasteVersion[], format: PasteFormat): string {
  const parts = versions.map(({ view, articleName, canonicalName, filter }) => {
    const article = view.reportText('article');
    const canonical = view.reportText('canonical');
    // Offsets moved into the files, so the lines named are the document's lines.
    const c = toSourceComparison(view.comparison, canonical.read ?? null, article.read ?? null);
    const src = { articlePath: articleName, canonicalPath: canonicalName, articleText: view.articleSource, canonicalText: view.canonicalSource };
    return format === 'markdown' ? renderMarkdown(c, src, { ...filter, fullQuotes: true }) : renderText(c, src, { ...filter, color: false, fullQuotes: true });
  });
  return parts.join(format === 'markdown' ? '\n---\n\n' : '\n');
}
