/**
 * The evidence report in Markdown: the same content as the HTML report (inputs with
 * SHA-256, tool version and time, the coverage matrix, the lineage, per version the
 * findings with reasons and the aligned text with the word diff), every piece of text
 * escaped with `escapeMarkdown` (which also neutralises HTML).
 */
import type { Discrepancy } from '../core/types';
import { KIND_LABELS, languageName, versionLanguage } from './labels';
import { escapeMarkdown } from './escape';
import type { Evidence, EvidenceVersion } from './evidence';
import { diffSides, fileLine, findingWords, inputNotes, readingOf } from './evidence';
import type { MatrixCell, MatrixRow } from '../core/matrix';
import { rowLabel, TRANSLATED_CELL } from './matrixText';

const m = escapeMarkdown;

function cellMd(row: MatrixRow, c: MatrixCell): string {
  let s: string;
  if (c.status === 'absent') s = '—';
  else if (c.status === 'verbatim') s = row.type === 'added' ? '+' : '=';
  else if (c.status === 'translated') s = '≈';
  else s = row.type === 'added' ? '+~' : c.kinds.join(', ');
  if (c.moved) s += ' ↕';
  return m(s);
}

function marked(ps: Array<{ text: string; marked: boolean }>, wrap: '~~' | '**'): string {
  return ps
    .map((p) => (p.marked && p.text.trim() ? `${/^\s/.test(p.text) ? ' ' : ''}${wrap}${m(p.text.trim())}${wrap}${/\s$/.test(p.text) ? ' ' : ''}` : m(p.text)))
    .join('');
}

function verdictMd(d: Discrepancy, v: EvidenceVersion): string {
  if (v.dismissed.has(d.id)) return ' _(dismissed)_';
  const vd = v.verdicts.get(d.id);
  if (!vd) return '';
  return ` _(${m(vd.verdict)}${vd.note ? `: ${m(vd.note)}` : ''}${vd.author ? `, ${m(vd.author)}` : ''})_`;
}

function findingsShort(fs: Discrepancy[], v: EvidenceVersion): string {
  return fs.map((d) => `${d.severity} ${m(KIND_LABELS[d.kind].toLowerCase())}${verdictMd(d, v)}`).join('; ');
}

/** The evidence report as Markdown. */
export function renderMarkdownReport(ev: Evidence): string {
  const out: string[] = [];
  const n = ev.versions.length;
  out.push('# WireDiff evidence report', '');
  out.push(
    `${n} version${n === 1 ? '' : 's'} compared with the canonical text **${m(ev.canonical.path)}**. ` +
      `Made ${m(ev.generatedAt)} by ${m(ev.tool.name)} ${m(ev.tool.version)}.` +
      (ev.showDismissed ? ' Dismissed findings are shown.' : ''),
    '',
  );
  if (ev.filter) out.push(`**Filtered:** ${m(ev.filter)}. Findings the filter leaves out are not in this report.`, '');
  if (ev.notCompared.length) {
    out.push(`**Not compared:** ${ev.notCompared.length} of the files given could not be read and are not in this report.`, '');
    for (const nc of ev.notCompared) out.push(`- ${m(nc.problem)}`);
    out.push('');
  }
  inputsSection(ev, out);
  matrixSection(ev, out);
  lineageSection(ev, out);
  for (const v of ev.versions) versionSection(ev, v, out);
  return out.join('\n');
}

/** The inputs: each file's role, SHA-256, size, language and counts. */
function inputsSection(ev: Evidence, out: string[]): void {
  out.push('## Inputs', '');
  out.push('| Role | File | SHA\\-256 | Bytes | Language | High / medium / low |');
  out.push('| --- | --- | --- | ---: | --- | --- |');
  out.push(`| Canonical | ${m(ev.canonical.path)} | \`${ev.canonical.sha256.replace(/[^0-9a-f]/g, '')}\` | ${ev.canonical.bytes} | ${m(languageName(ev.versions[0]?.comparison.language ?? 'und'))} | |`);
  for (const v of ev.versions) {
    const s = v.comparison.summary;
    out.push(
      `| ${v.label} | ${m(v.path)} | \`${v.sha256.replace(/[^0-9a-f]/g, '')}\` | ${v.bytes} | ${m(versionLanguage(v.comparison))} | ` +
        `${s.high} / ${s.medium} / ${s.low}${v.dismissed.size && !ev.showDismissed ? ` (${v.dismissed.size} dismissed, hidden)` : ''} |`,
    );
  }
  const notes = inputNotes(ev);
  if (notes.length) out.push('', ...notes.map((x) => `- ${m(x)}`));
  out.push('', 'SHA\\-256 of each file\'s bytes as read; check one with `sha256sum FILE`.', '');
}

/** The coverage matrix as a table, a row per canonical sentence or added content. */
function matrixSection(ev: Evidence, out: string[]): void {
  const mx = ev.matrix;
  out.push('## Coverage matrix', '');
  out.push(
    `Cells: \`=\` carried verbatim (or with no finding), the finding kinds when changed, \`—\` absent, \`↕\` moved; rows \`+n\` are content the canonical lacks (\`+\` has it, \`+~\` a reworded variant). ` +
      `**≠** marks the ${mx.summary.disagreements} rows where versions disagree.` +
      (mx.versions.some((v) => v.translation) ? ` \`≈\` ${m(TRANSLATED_CELL)}.` : ''),
    '',
  );
  out.push(`| # | Canonical sentence / added content | ${ev.versions.map((v) => v.label).join(' | ')} |`);
  out.push(`| ---: | --- | ${ev.versions.map(() => ':---:').join(' | ')} |`);
  for (const r of mx.rows) {
    const id = (r.disagrees ? '**≠** ' : '') + m(rowLabel(r.id));
    const text = r.type === 'added' ? `_${m(r.text)}_` : m(r.text);
    out.push(`| ${id} | ${text} | ${r.cells.map((c) => cellMd(r, c)).join(' | ')} |`);
  }
  out.push('');
}

/** The lineage: its method, its links, its notes and the changes versions share. */
function lineageSection(ev: Evidence, out: string[]): void {
  const l = ev.lineage;
  const label = (v: number): string => ev.versions[v]?.label ?? `V${v + 1}`;
  out.push('## Lineage', '', `_${m(l.method)}_`, '');
  if (l.edges.length === 0) out.push('No two versions share a material change: each looks taken from the canonical text (or its source) on its own.', '');
  for (const e of l.edges) {
    const head =
      e.relation === 'derived' ? `${label(e.parent!)} → ${label(e.child!)}: derived` : e.relation === 'sibling' ? `${label(e.a)} ⟷ ${label(e.b)}: common source` : `${label(e.a)} = ${label(e.b)}: near-duplicates`;
    out.push(`- **${m(head)}** (${e.confidence}${e.alternatives.length ? ', tie' : ''}): ${m(e.explanation)}`);
  }
  for (const note of l.notes) out.push(`- ${m(note)}`);
  if (l.changes.length) {
    out.push('', '### Changes shared by versions', '', '| Versions | Change |', '| --- | --- |');
    for (const c of l.changes) out.push(`| ${c.versions.map(label).join(', ')}${c.universal ? ' (all)' : ''} | ${m(c.description)} |`);
  }
  out.push('');
}

/** One version: its findings, most serious first, then its text aligned with the canonical's. */
function versionSection(ev: Evidence, v: EvidenceVersion, out: string[]): void {
  const s = v.comparison.summary;
  out.push(`## ${v.label}: ${m(v.path)}`, '');
  out.push(
    `${m(versionLanguage(v.comparison))}; SHA\\-256 \`${v.sha256.replace(/[^0-9a-f]/g, '')}\`; ${v.comparison.discrepancies.length} findings: ${s.high} high, ${s.medium} medium, ${s.low} low` +
      (v.dismissed.size ? `; ${v.dismissed.size} dismissed${ev.showDismissed ? ' (shown)' : ' (hidden)'}` : '') +
      '.',
    '',
  );
  out.push('### Findings, most serious first', '');
  if (v.comparison.discrepancies.length === 0) out.push('_No departures from the canonical text._');
  for (const d of v.comparison.discrepancies) {
    const line = fileLine(v, d.articleAnchor);
    out.push(`1. **${d.severity} · ${m(KIND_LABELS[d.kind])}**${verdictMd(d, v)} (line ${line}, \`${d.id.replace(/[^0-9a-z-]/g, '')}\`): ${m(d.reason)}`);
    const words = findingWords(d);
    if (words.from !== undefined) out.push(`   - canonical: ~~${m(words.from)}~~`);
    if (words.to !== undefined) out.push(`   - ${v.label}: **${m(words.to)}**`);
  }
  out.push('', '### Aligned text', '', `~~Struck~~: canonical words ${v.label} lacks; **bold**: words ${v.label} has instead or in addition.`, '');
  out.push(`| Canonical | ${v.label} | Findings |`, '| --- | --- | --- |');
  for (const r of readingOf(v, ev.matrix)) {
    switch (r.type) {
      case 'aligned': {
        const sd = diffSides(r.alignment, ev.canonical.text, v.text, r.canonical, r.article);
        const tag = r.alignment.moved ? '_(moved)_ ' : '';
        out.push(`| ${sd.canonical.map((p) => marked(p, '~~')).join(' ')} | ${tag}${sd.article.map((p) => marked(p, '**')).join(' ')} | ${findingsShort(r.findings, v)} |`);
        break;
      }
      case 'omitted':
        out.push(`| ~~${m(r.canonical.text)}~~ | _(omitted)_ | ${findingsShort(r.findings, v)} |`);
        break;
      case 'added':
        out.push(`| | **${m(r.article.text)}** | ${findingsShort(r.findings, v)} |`);
        break;
      case 'chrome':
        out.push(`| | _${m(r.article.text)}_ | ${r.findings.length ? findingsShort(r.findings, v) : m(r.article.kind)} |`);
        break;
    }
  }
  out.push('');
}
