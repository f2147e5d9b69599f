/**
 * A comparison as terminal text (`wirediff compare`, the default format): a summary,
 * then the findings by severity with their line, plain or coloured.
 */
import type { Comparison } from '../core/types';
import { SEVERITIES } from '../core/types';
import { applyFilter, type FindingFilter } from '../core/filter';
import { excerpt } from '../core/excerpt';
import { KIND_LABELS, languageName, lineColumn, plural } from './labels';
import type { ReportSources } from './json';
import { ANSI, cleanTerminal, painter, SEVERITY_COLOR } from './terminal';

export interface TextOptions extends FindingFilter {
  /** ANSI colours (for a terminal). */
  color?: boolean;
  /** Terminal width for wrapping excerpts. Default 100. */
  width?: number;
  /** Quote each sentence whole (white space folded), not cut to the width: for a text pasted into an e-mail. */
  fullQuotes?: boolean;
}

/** Below this share of canonical sentences found in the article, the two are probably different stories. */
const UNRELATED = 0.2;

/** A readable terminal summary of one comparison. */
export function renderText(c: Comparison, src: ReportSources, options: TextOptions = {}): string {
  const paint = painter(options.color ?? false);
  const width = Math.max(60, options.width ?? 100);
  const shown = applyFilter(c.discrepancies, options);
  const lines: string[] = [];
  const s = c.summary;
  const carried = new Set(c.alignments.flatMap((a) => a.canonical)).size;
  const contentCanon = c.canonical.sentences.filter((x) => x.kind === 'sentence' || x.kind === 'heading').length;
  lines.push(paint(ANSI.bold, `WireDiff: ${cleanTerminal(src.articlePath)}`) + paint(ANSI.dim, `, compared with the canonical ${cleanTerminal(src.canonicalPath)}`));
  lines.push(
    paint(
      ANSI.dim,
      (c.articleLanguage
        ? `${languageName(c.language)} → ${languageName(c.articleLanguage)} (a translation: only figures, dates, names, negation and quotation marks compared inside sentences) · ${carried} of ${plural(contentCanon, 'canonical sentence')} carried · `
        : `${languageName(c.language)} · ${carried} of ${plural(contentCanon, 'canonical sentence')} carried (${s.identical} without change) · `) +
        `${s.byKind.omitted ?? 0} omitted · ${s.byKind.added ?? 0} added · ${plural(s.byKind.boilerplate ?? 0, 'line')} of page chrome`,
    ),
  );
  if (contentCanon > 0 && carried / contentCanon < UNRELATED) {
    lines.push(paint(ANSI.yellow, `These texts share little (${carried} of ${contentCanon} canonical sentences found): is this the right canonical text?`));
  }
  const counts = SEVERITIES.map((sev) => paint(SEVERITY_COLOR[sev], `${s[sev]} ${sev}`)).join(', ');
  const hidden = c.discrepancies.length - shown.length;
  lines.push(`${plural(c.discrepancies.length, 'discrepancy').replace(/ys$/, 'ies')}: ${counts}${hidden > 0 ? paint(ANSI.dim, ` (${hidden} hidden by filters)`) : ''}`);
  if (c.discrepancies.length === 0) {
    lines.push('', 'No departures from the canonical text.');
    return lines.join('\n') + '\n';
  }
  const indent = '      ';
  const wrapWidth = options.fullQuotes ? Number.POSITIVE_INFINITY : width - indent.length - 2;
  for (const sev of SEVERITIES) {
    const group = shown.filter((d) => d.severity === sev);
    if (group.length === 0) continue;
    lines.push('', paint(ANSI.bold + SEVERITY_COLOR[sev], `${sev.toUpperCase()} (${group.length})`));
    for (const d of group) {
      const { line } = lineColumn(src.articleText, d.articleAnchor);
      const where = `L${line}`.padEnd(5);
      lines.push(` ${paint(ANSI.dim, where)}${paint(ANSI.bold, KIND_LABELS[d.kind].padEnd(15))}${cleanTerminal(d.reason)}`);
      if (d.kind === 'omitted' || d.kind === 'added' || d.kind === 'boilerplate') {
        const t = d.kind === 'omitted' ? d.from : d.to;
        if (t && d.kind !== 'boilerplate') lines.push(indent + paint(d.kind === 'omitted' ? ANSI.red : ANSI.green, (d.kind === 'omitted' ? '− ' : '+ ') + cleanTerminal(excerpt(t, wrapWidth))));
        continue;
      }
      if (d.kind === 'moved') continue;
      if (d.from) lines.push(indent + paint(ANSI.red, '− ' + cleanTerminal(excerpt(d.from, wrapWidth))));
      if (d.to) lines.push(indent + paint(ANSI.green, '+ ' + cleanTerminal(excerpt(d.to, wrapWidth))));
    }
  }
  return lines.join('\n') + '\n';
}
