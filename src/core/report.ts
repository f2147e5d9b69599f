/**
 * Rendering a comparison for people and programs: the JSON document of the CLI, a
 * terminal summary (plain or coloured) and Markdown. Pure functions of the comparison
 * and the two texts.
 */
import type { Comparison, Discrepancy, DiscrepancyKind, Severity, Sentence } from './types';
import { SEVERITIES } from './types';
import { excerpt } from './text';

/** Options that select which discrepancies a reader sees. */
export interface DiscrepancyFilter {
  /** Show this severity and above. Default `low` (everything). */
  minSeverity?: Severity;
  /** Show only these kinds. Default: all. */
  kinds?: readonly DiscrepancyKind[];
  /** Ids to leave out (dismissed by the user). */
  hide?: ReadonlySet<string>;
}

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** The discrepancies a filter lets through, in their ranked order. */
export function filterDiscrepancies(list: readonly Discrepancy[], filter: DiscrepancyFilter = {}): Discrepancy[] {
  const min = RANK[filter.minSeverity ?? 'low'];
  const kinds = filter.kinds ? new Set(filter.kinds) : null;
  return list.filter((d) => RANK[d.severity] >= min && (!kinds || kinds.has(d.kind)) && !filter.hide?.has(d.id));
}

/** Human names of the kinds. */
export const KIND_LABELS: Record<DiscrepancyKind, string> = {
  omitted: 'Omitted',
  added: 'Added',
  changed: 'Changed',
  moved: 'Moved',
  number: 'Number',
  hedge: 'Hedge',
  quote: 'Quote',
  name: 'Name',
  attribution: 'Attribution',
  negation: 'Negation',
  mistranslation: 'Mistranslation',
  clause: 'Clause',
  boilerplate: 'Boilerplate',
};

/** The inputs a report names. */
export interface ReportSources {
  canonicalPath: string;
  articlePath: string;
  canonicalText: string;
  articleText: string;
}

/** The JSON document of `wirediff compare --format json` (version 1). */
export interface ComparisonJson {
  version: 1;
  language: string;
  canonical: { path: string; sentences: Sentence[] };
  article: { path: string; sentences: Sentence[] };
  alignments: Comparison['alignments'];
  discrepancies: Discrepancy[];
  summary: Comparison['summary'];
}

/** The CLI's JSON shape for one comparison. */
export function toJson(c: Comparison, src: Pick<ReportSources, 'canonicalPath' | 'articlePath'>, filter?: DiscrepancyFilter): ComparisonJson {
  return {
    version: 1,
    language: c.language,
    canonical: { path: src.canonicalPath, sentences: c.canonical.sentences },
    article: { path: src.articlePath, sentences: c.article.sentences },
    alignments: c.alignments,
    discrepancies: filterDiscrepancies(c.discrepancies, filter),
    summary: c.summary,
  };
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: end - last };
}

// ---------------------------------------------------------------------------------------
// Terminal text

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
  blue: '\x1b[34m',
  cyan: '\x1b[36m',
  strike: '\x1b[9m',
};

const SEVERITY_COLOR: Record<Severity, string> = { high: ANSI.red, medium: ANSI.yellow, low: ANSI.blue };

export interface TextOptions extends DiscrepancyFilter {
  /** ANSI colours (for a terminal). */
  color?: boolean;
  /** Terminal width for wrapping excerpts. Default 100. */
  width?: number;
}

/** Below this share of canonical sentences found in the article, the two are probably different stories. */
const UNRELATED = 0.2;

/** Strips control characters so untrusted text cannot drive the terminal. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** A readable terminal summary of one comparison. */
export function renderText(c: Comparison, src: ReportSources, options: TextOptions = {}): string {
  const color = options.color ?? false;
  const paint = (code: string, s: string): string => (color ? code + s + ANSI.reset : s);
  const width = Math.max(60, options.width ?? 100);
  const shown = filterDiscrepancies(c.discrepancies, options);
  const lines: string[] = [];
  const s = c.summary;
  const carried = new Set(c.alignments.filter((a) => a.relation !== 'summary').flatMap((a) => a.canonical)).size;
  const contentCanon = c.canonical.sentences.filter((x) => x.kind === 'sentence' || x.kind === 'heading').length;
  lines.push(paint(ANSI.bold, `WireDiff: ${clean(src.articlePath)}`) + paint(ANSI.dim, `, compared with the canonical ${clean(src.canonicalPath)}`));
  lines.push(
    paint(
      ANSI.dim,
      `${languageName(c.language)} · ${carried} of ${plural(contentCanon, 'canonical sentence')} carried (${s.identical} without change) · ` +
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
  const wrapWidth = width - indent.length - 2;
  for (const sev of SEVERITIES) {
    const group = shown.filter((d) => d.severity === sev);
    if (group.length === 0) continue;
    lines.push('', paint(ANSI.bold + SEVERITY_COLOR[sev], `${sev.toUpperCase()} (${group.length})`));
    for (const d of group) {
      const { line } = lineColumn(src.articleText, d.articleAnchor);
      const where = `L${line}`.padEnd(5);
      lines.push(` ${paint(ANSI.dim, where)}${paint(ANSI.bold, KIND_LABELS[d.kind].padEnd(15))}${clean(d.reason)}`);
      if (d.kind === 'omitted' || d.kind === 'added' || d.kind === 'boilerplate') {
        const t = d.kind === 'omitted' ? d.from : d.to;
        if (t && d.kind !== 'boilerplate') lines.push(indent + paint(d.kind === 'omitted' ? ANSI.red : ANSI.green, (d.kind === 'omitted' ? '− ' : '+ ') + clean(excerpt(t, wrapWidth))));
        continue;
      }
      if (d.kind === 'moved') continue;
      if (d.from) lines.push(indent + paint(ANSI.red, '− ' + clean(excerpt(d.from, wrapWidth))));
      if (d.to) lines.push(indent + paint(ANSI.green, '+ ' + clean(excerpt(d.to, wrapWidth))));
    }
  }
  return lines.join('\n') + '\n';
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const LANGUAGES: Record<string, string> = {
  eng: 'English', fra: 'French', deu: 'German', spa: 'Spanish', por: 'Portuguese', ita: 'Italian', nld: 'Dutch',
  ind: 'Indonesian', zlm: 'Malay', rus: 'Russian', ukr: 'Ukrainian', tur: 'Turkish', pol: 'Polish', ron: 'Romanian',
  swe: 'Swedish', dan: 'Danish', nob: 'Norwegian', fin: 'Finnish', hun: 'Hungarian', ell: 'Greek', arb: 'Arabic',
  und: 'Language unknown',
};

/** The English name of an ISO 639-3 code, or the code. */
export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}

// ---------------------------------------------------------------------------------------
// Markdown

/** Escapes text for Markdown: every character with a Markdown meaning, and HTML. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}

/** A Markdown report of one comparison. */
export function renderMarkdown(c: Comparison, src: ReportSources, filter: DiscrepancyFilter = {}): string {
  const shown = filterDiscrepancies(c.discrepancies, filter);
  const s = c.summary;
  const out: string[] = [];
  out.push(`# WireDiff report: ${escapeMarkdown(src.articlePath)}`);
  out.push('');
  out.push(`Compared against the canonical text **${escapeMarkdown(src.canonicalPath)}** (${languageName(c.language)}).`);
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
      if (d.from && d.kind !== 'boilerplate') out.push(`  - canonical: ~~${escapeMarkdown(excerpt(d.from, 200))}~~`);
      if (d.to && d.kind !== 'boilerplate') out.push(`  - article: **${escapeMarkdown(excerpt(d.to, 200))}**`);
    }
  }
  out.push('');
  return out.join('\n');
}
