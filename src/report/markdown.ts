/**
 * A comparison as Markdown (`wirediff compare --format markdown`).
 */
import type { Comparison } from '../core/types';
import { SEVERITIES } from '../core/types';
import { applyFilter, type FindingFilter } from '../core/filter';
import { excerpt } from '../core/excerpt';
import { KIND_LABELS, languageName, lineColumn } from './labels';
import type { ReportSources } from './json';
import { escapeMarkdown } from './escape';

/** A Markdown report of one comparison. */
export function renderMarkdown(c: Comparison, src: ReportSources, filter: FindingFilter & { fullQuotes?: boolean } = {}): string {
  const shown = applyFilter(c.discrepancies, filter);
  // Quotes cut to 200 characters, or whole (white space folded) for a text pasted into a CMS.
  const quoteLength = filter.fullQuotes ? Number.POSITIVE_INFINITY : 200;
  const s = c.summary;
  const out: string[] = [];
  out.push(`# WireDiff report: ${escapeMarkdown(src.articlePath)}`);
  out.push('');
  // A translation: which language, and that only what carries across languages is compared (see Comparison.articleLanguage).
  const translation = c.articleLanguage ? `; the article is a translation into ${languageName(c.articleLanguage)}: only figures, dates, names, negation and quotation marks are compared inside its sentences` : '';
  out.push(`Compared against the canonical text **${escapeMarkdown(src.canonicalPath)}** (${languageName(c.language)})${escapeMarkdown(translation)}.`);
  out.push('');
  out.push('| High | Medium | Low | Omitted | Added | Unchanged canonical sentences |');
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
  out.push(`| ${s.high} | ${s.medium} | ${s.low} | ${s.byKind.omitted ?? 0} | ${s.byKind.added ?? 0} | ${s.identical} of ${s.canonicalSentences} |`);
  if (shown.length === 0) {
    out.push('', c.discrepancies.length ? '_Every discrepancy is hidden by the filters._' : '_No departures from the canonical text._', '');
    return out.join('\n');
  }
  for (const sev of SEVERITIES) {
    const group = shown.filter((d) => d.severity === sev);
    if (group.length === 0) continue;
    out.push('', `## ${sev[0]!.toUpperCase()}${sev.slice(1)} severity (${group.length})`, '');
    for (const d of group) {
      const { line } = lineColumn(src.articleText, d.articleAnchor);
      out.push(`- **${KIND_LABELS[d.kind]}** (line ${line}): ${escapeMarkdown(d.reason)}`);
      if (d.from && d.kind !== 'boilerplate') out.push(`  - canonical: ~~${escapeMarkdown(excerpt(d.from, quoteLength))}~~`);
      if (d.to && d.kind !== 'boilerplate') out.push(`  - article: **${escapeMarkdown(excerpt(d.to, quoteLength))}**`);
    }
  }
  out.push('');
  return out.join('\n');
}
