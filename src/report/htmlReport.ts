/**
 * The evidence report as one self-contained HTML file: inline CSS (with a print
 * stylesheet), no script, no external request of any kind (a Content-Security-Policy
 * forbids them), every piece of text escaped. It holds the inputs with their SHA-256,
 * the tool version and the time it was made, the coverage matrix, the lineage, and for
 * each version its findings with their reasons and its text aligned side by side with
 * the canonical text, word diff marked.
 */
import type { Discrepancy, Severity } from '../core/types';
import { KIND_LABELS, languageName, versionLanguage } from './labels';
import type { Evidence, EvidenceVersion } from './evidence';
import { diffSides, fileLine, findingWords, inputNotes, readingOf, markedPieces } from './evidence';
import type { MatrixCell, MatrixRow } from '../core/matrix';
import { cellCode, rowLabel, TRANSLATED_CELL } from './matrixText';
import type { Verdict } from '../core/verdicts';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const e = escapeHtml;

/** Short labels of kinds inside matrix cells. */
const SHORT: Record<string, string> = {
  negation: 'neg',
  number: 'num',
  time: 'time',
  attribution: 'attr',
  quote: 'quote',
  hedge: 'hedge',
  mistranslation: 'mistr',
  name: 'name',
  clause: 'clause',
  changed: 'reword',
  added: 'added',
  omitted: 'omitted',
  moved: 'moved',
  boilerplate: 'chrome',
};

const CSS = `
:root { color-scheme: light; --fg:#1b1f24; --muted:#59636e; --line:#d1d9e0; --bg:#fff; --soft:#f6f8fa;
  --ok:#dafbe1; --ok-fg:#116329; --chg:#fff8c5; --chg-fg:#7d4e00; --high:#ffebe9; --high-fg:#a40e26;
  --abs:#eff2f5; --abs-fg:#818b98; --del:#ffd7d5; --ins:#ccffd8; --accent:#0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1400px; margin: 0 auto; padding: 24px 28px 64px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 22px 0 8px; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
.muted { color: var(--muted); }
.small { font-size: 12px; }
code, .hash { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.hash { word-break: break-all; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: var(--soft); font-weight: 600; }
nav.toc { margin: 16px 0; padding: 10px 14px; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
nav.toc a { margin-right: 14px; white-space: nowrap; }
.inputs td { font-size: 13px; }
.wrap { overflow-x: auto; max-width: 100%; }
table.matrix { font-size: 12px; }
table.matrix th.v { text-align: center; min-width: 44px; }
table.matrix td.rid { white-space: nowrap; color: var(--muted); text-align: right; }
table.matrix td.txt { min-width: 320px; max-width: 560px; }
table.matrix tr.added td.txt { color: #3a4048; font-style: italic; }
table.matrix tr.disagree td.rid { border-left: 4px solid #cf222e; color: #cf222e; font-weight: 700; }
table.matrix td.cell { text-align: center; white-space: nowrap; padding: 2px 4px; }
table.matrix .rid, table.matrix .txt { position: sticky; background: var(--bg); z-index: 1; }
table.matrix th.rid, table.matrix th.txt { background: var(--soft); }
table.matrix .rid { left: 0; min-width: 4.6em; max-width: 4.6em; white-space: nowrap; }
table.matrix .txt { left: 4.6em; }
table.matrix.compact .txt { min-width: 380px; max-width: 380px; }
table.matrix.compact th.v { min-width: 0; padding: 2px; font-size: 11px; }
table.matrix.compact td.cell { padding: 1px 2px; min-width: 18px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
td.cell a { display: block; color: inherit; }
td.verbatim, td.translated { background: var(--ok); color: var(--ok-fg); }
td.changed { background: var(--chg); color: var(--chg-fg); }
td.changed.sev-high { background: var(--high); color: var(--high-fg); font-weight: 600; }
td.absent { background: var(--abs); color: var(--abs-fg); }
td.added { background: #ddf4ff; color: #0a3069; }
td.added.sev-high { background: var(--high); color: var(--high-fg); font-weight: 600; }
.legend span.sw { display: inline-block; padding: 0 6px; margin-right: 4px; border: 1px solid var(--line); border-radius: 3px; }
.sev { display: inline-block; min-width: 56px; text-align: center; font-size: 11px; font-weight: 700; text-transform: uppercase; border-radius: 3px; padding: 0 4px; }
.sev-high .sev, .sev.high { background: #cf222e; color: #fff; }
.sev.medium { background: #d4a72c; color: #1b1f24; }
.sev.low { background: #d1d9e0; color: #1b1f24; }
.verdict { display: inline-block; font-size: 11px; font-weight: 700; border-radius: 3px; padding: 0 5px; margin-left: 4px; border: 1px solid; }
.verdict.confirmed { color: #a40e26; border-color: #a40e26; }
.verdict.benign { color: #116329; border-color: #116329; }
.verdict.dismissed { color: #59636e; border-color: #59636e; text-decoration: line-through; }
ol.findings { padding-left: 22px; }
ol.findings li { margin: 6px 0; }
.fromto { display: block; font-size: 13px; margin-top: 2px; }
del, .del { background: var(--del); text-decoration: line-through; text-decoration-color: #a40e26; }
ins, .ins { background: var(--ins); text-decoration: none; }
table.sbs { width: 100%; table-layout: fixed; font-size: 13px; }
table.sbs col.c, table.sbs col.a { width: 40%; }
table.sbs col.f { width: 20%; }
table.sbs tr.omitted td.a, table.sbs tr.added td.c { background: repeating-linear-gradient(135deg, #fff, #fff 6px, #f3f4f6 6px, #f3f4f6 12px); }
table.sbs tr.omitted td.c { background: #fff1f0; }
table.sbs tr.added td.a { background: #effcf1; }
table.sbs tr.chrome td { color: var(--abs-fg); font-size: 12px; }
table.sbs tr.moved td.a { border-left: 4px solid #8250df; }
table.sbs td.f { font-size: 12px; }
tr:target td { box-shadow: inset 0 2px 0 #0b5cad, inset 0 -2px 0 #0b5cad; }
tr:target td.c, tr:target td.a { background-color: #f1f8ff; }
table.sbs td.f div { margin-bottom: 4px; }
.tag { font-size: 11px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
ul.lineage li { margin: 6px 0; }
section.version { margin-top: 28px; }
footer { margin-top: 48px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 10px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  .wrap { overflow: visible; }
  a { color: inherit; }
  h2 { break-after: avoid; }
  section.version { break-before: page; }
  tr, li { break-inside: avoid; }
  table.matrix { font-size: 8pt; }
  table.matrix td.txt { min-width: 0; max-width: none; }
  table.matrix .rid, table.matrix .txt { position: static; }
  table.matrix.compact .txt { min-width: 0; max-width: 40%; }
  thead { display: table-header-group; }
}
`;

function sevBadge(s: Severity): string {
  return `<span class="sev ${s}">${s}</span>`;
}

function verdictBadge(v: Verdict | undefined, dismissed: boolean): string {
  if (dismissed) return '<span class="verdict dismissed" title="dismissed (shown because of --show-dismissed)">dismissed</span>';
  if (!v) return '';
  const title = [v.note, v.author, v.time].filter(Boolean).join(' · ');
  return `<span class="verdict ${e(v.verdict)}"${title ? ` title="${e(title)}"` : ''}>${e(v.verdict)}</span>`;
}

/** More versions than this: one-character cell codes (as in the terminal matrix). */
const COMPACT_ABOVE = 12;

function cellHtml(row: MatrixRow, cell: MatrixCell, v: number, compact: boolean): string {
  const anchor = `v${v + 1}-${row.id}`;
  let body: string;
  let title: string;
  if (cell.status === 'absent') {
    body = '—';
    title = row.type === 'added' ? 'not in this version' : 'omitted';
  } else if (cell.status === 'verbatim') {
    body = row.type === 'added' ? '+' : '=';
    title = row.type === 'added' ? 'has this added sentence' : cell.identical ? 'carried verbatim' : 'carried (no finding)';
  } else if (cell.status === 'translated') {
    body = '≈';
    title = TRANSLATED_CELL;
  } else {
    const kinds = row.type === 'added' ? ['added'] : cell.kinds;
    body = row.type === 'added' ? '+~' : kinds.slice(0, 2).map((k) => SHORT[k] ?? k).join(' ') + (kinds.length > 2 ? ` +${kinds.length - 2}` : '');
    title = row.type === 'added' ? 'has a reworded variant of this added sentence' : kinds.map((k) => KIND_LABELS[k as keyof typeof KIND_LABELS] ?? k).join(', ');
  }
  if (compact) body = cellCode(cell);
  if (cell.moved) {
    body += compact ? '↕' : ' ↕';
    title += ', moved';
  }
  if (cell.dismissed) title += `, ${cell.dismissed} dismissed`;
  const sev = cell.findings.find((f) => f.kind !== 'moved')?.severity;
  const status = row.type === 'added' && cell.status !== 'absent' ? 'added' : cell.status;
  const cls = `cell ${status}${sev && status !== 'verbatim' && status !== 'translated' && status !== 'absent' ? ` sev-${sev}` : ''}`;
  const link = cell.status === 'absent' && row.type === 'added' ? e(body) : `<a href="#${e(anchor)}">${e(body)}</a>`;
  return `<td class="${cls}" title="${e(title)}">${link}</td>`;
}

function matrixHtml(ev: Evidence): string {
  const m = ev.matrix;
  const out: string[] = [];
  out.push('<div class="legend small muted">');
  out.push(
    '<span class="sw" style="background:var(--ok)">=</span>carried verbatim (or with no finding) ' +
      '<span class="sw" style="background:var(--chg)">kinds</span>changed, with the kinds of findings ' +
      '<span class="sw" style="background:var(--high)">kinds</span>changed, a high-severity finding ' +
      '<span class="sw" style="background:var(--abs)">—</span>absent ' +
      '<span class="sw" style="background:#ddf4ff">+</span>has content the canonical lacks (<b>+~</b> reworded; red: a high-severity claim) · ↕ moved · <b style="color:#cf222e">≠</b> versions disagree · ' +
      'rows <i>+n</i> are content the canonical lacks, added by one or more versions. Click a cell for that version\'s text.',
  );
  if (m.versions.some((v) => v.translation)) out.push(`<br><span class="sw" style="background:var(--ok)">≈</span>${e(TRANSLATED_CELL)}`);
  out.push('</div>');
  const compact = ev.versions.length > COMPACT_ABOVE;
  if (compact) {
    out.push(
      '<div class="legend small muted">Codes: = verbatim · · absent · + added · ~ reworded · c clause · h hedge · # number · t time · @ attribution · " quote · ! negation · n name · m mistranslation (the most serious finding; hover a cell for all).</div>',
    );
  }
  out.push(`<div class="wrap"><table class="matrix${compact ? ' compact' : ''}"><thead><tr><th class="rid">#</th><th class="txt">Canonical sentence / added content</th>`);
  for (const v of ev.versions) out.push(`<th class="v" title="${e(v.path)}"><a href="#v${v.index + 1}">${e(compact ? String(v.index + 1) : v.label)}</a></th>`);
  out.push('</tr></thead><tbody>');
  for (const r of m.rows) {
    const cls = [r.type, r.disagrees ? 'disagree' : ''].filter(Boolean).join(' ');
    const mark = r.disagrees ? '≠ ' : '';
    const title = r.disagrees ? ` title="versions disagree (${Math.round(r.disagreement * 100)}% depart from the most common reading)"` : '';
    out.push(`<tr id="row-${e(r.id)}" class="${e(cls)}"><td class="rid"${title}>${e(mark + rowLabel(r.id))}</td><td class="txt">${e(r.text)}</td>`);
    r.cells.forEach((c, v) => out.push(cellHtml(r, c, v, compact)));
    out.push('</tr>');
  }
  out.push('</tbody></table></div>');
  out.push(
    `<p class="small muted">${m.summary.canonicalRows} canonical sentences, ${m.summary.addedRows} rows of added content; ` +
      `${m.summary.disagreements} rows where versions disagree.</p>`,
  );
  return out.join('\n');
}

function lineageHtml(ev: Evidence): string {
  const l = ev.lineage;
  const label = (v: number): string => ev.versions[v]?.label ?? `V${v + 1}`;
  const out: string[] = [];
  out.push(`<p class="small muted">${e(l.method)}</p>`);
  if (l.edges.length === 0) out.push('<p>No two versions share a material change: each looks taken from the canonical text (or its source) on its own.</p>');
  else {
    out.push('<ul class="lineage">');
    for (const ed of l.edges) {
      const head =
        ed.relation === 'derived'
          ? `${label(ed.parent!)} → ${label(ed.child!)}: derived`
          : ed.relation === 'sibling'
            ? `${label(ed.a)} ⟷ ${label(ed.b)}: common source`
            : `${label(ed.a)} = ${label(ed.b)}: near-duplicates`;
      out.push(
        `<li><b>${e(head)}</b> <span class="tag">${e(ed.confidence)}${ed.alternatives.length ? ', tie' : ''}</span><br>${e(ed.explanation)}</li>`,
      );
    }
    out.push('</ul>');
  }
  if (l.notes.length) out.push('<ul>' + l.notes.map((n) => `<li>${e(n)}</li>`).join('') + '</ul>');
  if (l.changes.length) {
    out.push('<h3>Changes shared by versions</h3><div class="wrap"><table><thead><tr><th>Versions</th><th>Change</th><th>Row</th></tr></thead><tbody>');
    for (const c of l.changes) {
      out.push(
        `<tr><td>${e(c.versions.map(label).join(', '))}${c.universal ? ' <span class="tag">all</span>' : ''}</td><td>${e(c.description)}</td>` +
          `<td>${c.row ? `<a href="#row-${e(c.row)}">${e(rowLabel(c.row))}</a>` : ''}</td></tr>`,
      );
    }
    out.push('</tbody></table></div>');
  }
  return out.join('\n');
}

function pieces(ps: Array<{ text: string; marked: boolean }>, tag: 'del' | 'ins'): string {
  return ps.map((p) => (p.marked ? `<${tag}>${e(p.text)}</${tag}>` : e(p.text))).join('');
}

function findingLine(d: Discrepancy, v: EvidenceVersion): string {
  const dismissed = v.dismissed.has(d.id);
  return `<div>${sevBadge(d.severity)} <b>${e(KIND_LABELS[d.kind])}</b>${verdictBadge(v.verdicts.get(d.id), dismissed)}</div>`;
}

function readingHtml(ev: Evidence, v: EvidenceVersion): string {
  const rows = readingOf(v, ev.matrix);
  const vid = `v${v.index + 1}`;
  const out: string[] = [];
  out.push(
    `<div class="wrap"><table class="sbs"><colgroup><col class="c"><col class="a"><col class="f"></colgroup>` +
      `<thead><tr><th>Canonical: ${e(ev.canonical.path)}</th><th>${e(v.label)}: ${e(v.path)}</th><th>Findings</th></tr></thead><tbody>`,
  );
  const anchors = new Set<string>();
  const idAttr = (row: string | null): string => {
    if (!row) return '';
    const id = `${vid}-${row}`;
    if (anchors.has(id)) return '';
    anchors.add(id);
    return ` id="${e(id)}"`;
  };
  const findingsCell = (fs: Discrepancy[]): string => `<td class="f">${fs.map((d) => findingLine(d, v)).join('')}</td>`;
  for (const r of rows) {
    switch (r.type) {
      case 'aligned': {
        const sides = diffSides(r.alignment, ev.canonical.text, v.text, r.canonical, r.article);
        const cls = r.alignment.moved ? 'moved' : '';
        const tag = r.alignment.moved ? '<div class="tag">moved</div>' : '';
        out.push(
          `<tr class="${cls}"${idAttr(r.matrixRow)}><td class="c">${sides.canonical.map((p) => pieces(p, 'del')).join(' ')}</td>` +
            `<td class="a">${tag}${sides.article.map((p) => pieces(p, 'ins')).join(' ')}</td>${findingsCell(r.findings)}</tr>`,
        );
        break;
      }
      case 'omitted':
        out.push(
          `<tr class="omitted"${idAttr(r.matrixRow)}><td class="c"><del>${e(r.canonical.text)}</del></td><td class="a"><span class="tag">omitted</span></td>${findingsCell(r.findings)}</tr>`,
        );
        break;
      case 'added':
        out.push(
          `<tr class="added"${idAttr(r.matrixRow)}><td class="c"></td><td class="a"><ins>${e(r.article.text)}</ins></td>${findingsCell(r.findings)}</tr>`,
        );
        break;
      case 'chrome':
        out.push(
          `<tr class="chrome"><td class="c"></td><td class="a">${e(r.article.text)}</td><td class="f">${r.findings.length ? r.findings.map((d) => findingLine(d, v)).join('') : `<span class="tag">${r.article.kind}</span>`}</td></tr>`,
        );
        break;
    }
  }
  out.push('</tbody></table></div>');
  return out.join('\n');
}

function findingsHtml(ev: Evidence, v: EvidenceVersion): string {
  const ds = v.comparison.discrepancies;
  if (ds.length === 0) return '<p>No departures from the canonical text.</p>';
  const out: string[] = ['<ol class="findings">'];
  for (const d of ds) {
    const line = fileLine(v, d.articleAnchor);
    const words = findingWords(d);
    const from = words.from !== undefined ? `<span class="fromto">canonical: <del>${e(words.from)}</del></span>` : '';
    const to = words.to !== undefined ? `<span class="fromto">${e(v.label)}: <ins>${e(words.to)}</ins></span>` : '';
    const v2 = v.verdicts.get(d.id);
    const note = v2?.note ? `<span class="fromto muted">verdict note: ${e(v2.note)}${v2.author ? ` (${e(v2.author)})` : ''}</span>` : '';
    out.push(
      `<li>${sevBadge(d.severity)} <b>${e(KIND_LABELS[d.kind])}</b>${verdictBadge(v2, v.dismissed.has(d.id))} ` +
        `<span class="muted small">line ${line} · <code>${e(d.id)}</code></span><br>${e(d.reason)}${from}${to}${note}</li>`,
    );
  }
  out.push('</ol>');
  void ev;
  return out.join('\n');
}

/** The evidence report as a self-contained HTML document. */
export function renderHtmlReport(ev: Evidence): string {
  const n = ev.versions.length;
  const title = `WireDiff evidence report: ${n} version${n === 1 ? '' : 's'} against ${ev.canonical.path}`;
  const out: string[] = [];
  out.push('<!DOCTYPE html>');
  out.push('<html lang="en"><head><meta charset="utf-8">');
  out.push(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; form-action 'none'; base-uri 'none'">`,
  );
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push('<meta name="referrer" content="no-referrer">');
  out.push(`<meta name="generator" content="${e(`${ev.tool.name} ${ev.tool.version}`)}">`);
  out.push(`<title>${e(title)}</title>`);
  out.push(`<style>${CSS}</style></head><body><main>`);
  out.push(`<h1>WireDiff evidence report</h1>`);
  out.push(
    `<p class="muted">${n} version${n === 1 ? '' : 's'} compared with the canonical text <b>${e(ev.canonical.path)}</b> · ` +
      `made ${e(ev.generatedAt)} by ${e(ev.tool.name)} ${e(ev.tool.version)}` +
      (ev.showDismissed ? ' · dismissed findings shown' : '') +
      '</p>',
  );
  if (ev.filter) out.push(`<p><b>Filtered:</b> ${e(ev.filter)}. Findings the filter leaves out are not in this report.</p>`);
  if (ev.notCompared.length) {
    out.push(`<p><b>Not compared:</b> ${ev.notCompared.length} of the files given could not be read and are not in this report.</p><ul>`);
    for (const nc of ev.notCompared) out.push(`<li>${e(nc.problem)}</li>`);
    out.push('</ul>');
  }
  out.push('<nav class="toc"><a href="#inputs">Inputs</a><a href="#matrix">Coverage matrix</a><a href="#lineage">Lineage</a>');
  for (const v of ev.versions) out.push(`<a href="#v${v.index + 1}">${e(v.label)}</a>`);
  out.push('</nav>');

  // Inputs.
  out.push('<h2 id="inputs">Inputs</h2>');
  out.push('<div class="wrap"><table class="inputs"><thead><tr><th>Role</th><th>File</th><th>SHA-256</th><th>Bytes</th><th>Language</th><th>Findings (high / medium / low)</th></tr></thead><tbody>');
  out.push(
    `<tr><td>Canonical</td><td>${e(ev.canonical.path)}</td><td class="hash">${e(ev.canonical.sha256)}</td><td>${ev.canonical.bytes}</td>` +
      `<td>${e(languageName(ev.versions[0]?.comparison.language ?? 'und'))}</td><td></td></tr>`,
  );
  for (const v of ev.versions) {
    const s = v.comparison.summary;
    out.push(
      `<tr><td><a href="#v${v.index + 1}">${e(v.label)}</a></td><td>${e(v.path)}</td><td class="hash">${e(v.sha256)}</td><td>${v.bytes}</td>` +
        `<td>${e(versionLanguage(v.comparison))}</td><td>${s.high} / ${s.medium} / ${s.low}${v.dismissed.size && !ev.showDismissed ? ` <span class="muted small">(${v.dismissed.size} dismissed, hidden)</span>` : ''}</td></tr>`,
    );
  }
  out.push('</tbody></table></div>');
  const notes = inputNotes(ev);
  if (notes.length) out.push(`<ul>${notes.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`);
  out.push(
    `<p class="small muted">Fingerprints are SHA-256 digests of each file's bytes as read; check one with <code>sha256sum FILE</code>. Made ${e(ev.generatedAt)} by ${e(ev.tool.name)} ${e(ev.tool.version)}.</p>`,
  );

  out.push('<h2 id="matrix">Coverage matrix</h2>');
  out.push(matrixHtml(ev));
  out.push('<h2 id="lineage">Lineage</h2>');
  out.push(lineageHtml(ev));

  for (const v of ev.versions) {
    const s = v.comparison.summary;
    out.push(`<section class="version" id="v${v.index + 1}">`);
    out.push(`<h2>${e(v.label)}: ${e(v.path)}</h2>`);
    out.push(
      `<p class="muted">${e(versionLanguage(v.comparison))} · SHA-256 <span class="hash">${e(v.sha256)}</span> · ` +
        `${v.comparison.discrepancies.length} findings: ${s.high} high, ${s.medium} medium, ${s.low} low` +
        (v.dismissed.size ? ` · ${v.dismissed.size} dismissed${ev.showDismissed ? ' (shown)' : ' (hidden)'}` : '') +
        '</p>',
    );
    out.push(`<h3>Findings, most serious first</h3>`);
    out.push(findingsHtml(ev, v));
    out.push(`<h3>Aligned text</h3>`);
    out.push('<p class="small muted">In the version\'s order. <del>Struck</del>: canonical words the version lacks; <ins>highlighted</ins>: words the version has instead or in addition.</p>');
    out.push(readingHtml(ev, v));
    out.push('</section>');
  }
  out.push(
    `<footer>WireDiff ${e(ev.tool.version)} · ${e(ev.generatedAt)} · This report is a static document: it loads nothing and runs no script.</footer>`,
  );
  out.push('</main></body></html>');
  return out.join('\n') + '\n';
}

// Re-exported for tests of the marking.
export { markedPieces };
