/**
 * The coverage matrix and the lineage for a terminal (`wirediff compare --format matrix`):
 * one line per row, one narrow column per version, a legend, the rows where versions
 * disagree marked, then the lineage. Plain text, coloured on request.
 */
import type { DiscrepancyKind } from '../core/types';
import type { CoverageMatrix, MatrixCell, MatrixVersion } from '../core/matrix';
import type { Lineage } from '../core/lineage';
import { excerpt } from '../core/excerpt';
import { languageName } from '../core/languageCodes';
import { FEW_MATCHES_NOTE, hardlyMatchingVersion } from './related';
import { ANSI, cleanTerminal, painter, SEVERITY_COLOR as SEV_COLOR } from './terminal';

/** One-character code of a cell: the most serious finding kind, or the status. */
export const CELL_CODES: Partial<Record<DiscrepancyKind, string>> & { verbatim: string; translated: string; absent: string } = {
  verbatim: '=',
  translated: '≈',
  absent: '·',
  negation: '!',
  number: '#',
  time: 't',
  attribution: '@',
  quote: '"',
  hedge: 'h',
  mistranslation: 'm',
  name: 'n',
  clause: 'c',
  changed: '~',
  added: '+',
};

/** The code of a cell (see `CELL_CODES`), without the moved mark. */
export function cellCode(cell: MatrixCell): string {
  if (cell.status === 'absent') return CELL_CODES.absent;
  if (cell.kinds[0] === 'added') return CELL_CODES.added!;
  if (cell.status === 'verbatim') return CELL_CODES.verbatim;
  if (cell.status === 'translated') return CELL_CODES.translated;
  const k = cell.kinds[0];
  return (k && CELL_CODES[k]) || '~';
}

/**
 * What a translated cell says: the version is a translation of the canonical, whose sentences
 * are compared on their figures, dates and names only (other words do not compare across
 * languages), and this sentence's agree. Never "verbatim".
 */
export const TRANSLATED_CELL = 'carried in translation: only its figures, dates and names are compared, and they agree';

/** A version's counts over the canonical rows, as the matrix legend and the reports say them. */
export function versionCounts(v: MatrixVersion): string {
  const carried = v.translation
    ? `a translation into ${languageName(v.language)}, compared on figures, dates and names only: ${v.translated} translated`
    : `${v.verbatim} verbatim`;
  return `${carried}, ${v.changed} changed, ${v.absent} absent, ${v.added} added`;
}

export interface MatrixTextOptions {
  color?: boolean;
  /** Terminal width (default 100). */
  width?: number;
  /** Paths of the versions, for the column legend (default: the matrix's labels). */
  paths?: readonly string[];
  canonicalPath?: string;
}

/** The matrix (and the lineage, when given) as terminal text. */
export function renderMatrixText(m: CoverageMatrix, lineage: Lineage | null, options: MatrixTextOptions = {}): string {
  const color = options.color ?? false;
  const paint = painter(color);
  const width = Math.max(60, options.width ?? 100);
  const N = m.versions.length;
  const out: string[] = [];
  const canon = options.canonicalPath ?? m.canonical.path ?? 'canonical text';
  out.push(paint(ANSI.bold, `WireDiff coverage matrix: ${N} version${N === 1 ? '' : 's'} against the canonical ${cleanTerminal(canon)}`));
  out.push(
    paint(
      ANSI.dim,
      `${m.summary.canonicalRows} canonical sentences, ${m.summary.addedRows} added by the versions; ` +
        `${m.summary.disagreements} row${m.summary.disagreements === 1 ? '' : 's'} where versions disagree (marked ≠)`,
    ),
  );
  out.push('');
  const labelWidth = Math.max(...m.versions.map((v) => v.label.length), 2);
  m.versions.forEach((v, i) => {
    const path = options.paths?.[i] ?? v.path ?? '';
    out.push(
      `  ${v.label.padEnd(labelWidth)}  ${cleanTerminal(path)}` +
        paint(ANSI.dim, `  (${versionCounts(v)}` + (v.dismissed ? `, ${v.dismissed} dismissed hidden` : '') + ')'),
    );
    if (hardlyMatchingVersion(v, m)) out.push(paint(ANSI.yellow, `  ${' '.repeat(labelWidth)}  ${FEW_MATCHES_NOTE}`));
  });
  out.push('');
  out.push(
    paint(
      ANSI.dim,
      'Cells: = verbatim  · absent  + has the added row  ~ reworded  c clause  h hedge  # number  t time  @ attribution  " quote  ! negation  n name  m mistranslation  ^ moved',
    ),
  );
  if (m.versions.some((v) => v.translation)) out.push(paint(ANSI.dim, `       ≈ ${TRANSLATED_CELL}`));
  out.push('');
  // Columns: 3 characters per version (code, moved mark, space).
  const cellW = N >= 100 ? 4 : 3;
  const idW = m.rows.reduce((w, r) => Math.max(w, rowLabel(r.id).length), 4);
  const textW = Math.max(24, width - (2 + idW + 1) - N * cellW - 1);
  const header = ' '.repeat(2 + idW + 1) + ''.padEnd(textW) + ' ' + m.versions.map((_, i) => String(i + 1).padStart(cellW - 1).padEnd(cellW)).join('');
  out.push(paint(ANSI.dim, header.trimEnd()));
  for (const r of m.rows) {
    const mark = r.disagrees ? paint(ANSI.bold + ANSI.red, '≠') : ' ';
    const text = cleanTerminal(excerpt(r.text, textW)).padEnd(textW);
    const cells = r.cells
      .map((c) => {
        const code = cellCode(c);
        const sev = c.findings.find((f) => f.kind !== 'moved')?.severity;
        const col =
          c.status === 'absent' ? ANSI.dim : r.type === 'added' ? (sev ? SEV_COLOR[sev] : ANSI.blue) : c.status === 'verbatim' || c.status === 'translated' ? ANSI.green : sev ? SEV_COLOR[sev] : ANSI.yellow;
        return paint(col, code) + (c.moved ? '^' : ' ') + ' '.repeat(cellW - 2);
      })
      .join('');
    const id = rowLabel(r.id).padStart(idW);
    out.push(`${mark} ${r.type === 'added' ? paint(ANSI.dim, id) : id} ${r.type === 'added' ? paint(ANSI.dim, text) : text} ${cells}`.trimEnd());
  }
  if (lineage) {
    out.push('', ...renderLineageText(lineage, m, { color, width }));
  }
  return out.join('\n') + '\n';
}

/** `c3` → `3` (1-based canonical sentence number), `a7` → `+8`. */
export function rowLabel(id: string): string {
  const n = Number(id.slice(1));
  return id.startsWith('c') ? String(n + 1) : `+${n + 1}`;
}

/** The lineage as terminal lines. */
export function renderLineageText(l: Lineage, m: CoverageMatrix, options: { color?: boolean; width?: number } = {}): string[] {
  const color = options.color ?? false;
  const paint = painter(color);
  const width = Math.max(60, options.width ?? 100);
  const label = (v: number): string => m.versions[v]?.label ?? `V${v + 1}`;
  const out: string[] = [paint(ANSI.bold, 'Lineage') + paint(ANSI.dim, ' (from changes versions share that the canonical lacks)')];
  if (l.edges.length === 0) out.push('  No two versions share a material change: each looks taken from the canonical (or its source) on its own.');
  for (const e of l.edges) {
    const arrow = e.relation === 'derived' ? `${label(e.parent!)} → ${label(e.child!)}` : e.relation === 'sibling' ? `${label(e.a)} ⟷ ${label(e.b)}` : `${label(e.a)} = ${label(e.b)}`;
    const tag = `${e.relation}, ${e.confidence}${e.alternatives.length ? ', tie' : ''}`;
    out.push(`  ${paint(ANSI.bold, arrow)}  ${paint(ANSI.dim, tag)}`);
    for (const line of wrap(cleanTerminal(e.explanation), width - 6)) out.push('      ' + line);
  }
  for (const n of l.notes) for (const [i, line] of wrap(cleanTerminal(n), width - 4).entries()) out.push((i === 0 ? '  • ' : '    ') + line);
  const shared = l.changes.slice(0, 12);
  if (shared.length) {
    out.push('', paint(ANSI.bold, 'Shared changes') + paint(ANSI.dim, ` (${l.changes.length}; the most widely shared first)`));
    for (const c of shared) {
      const who = c.versions.map(label).join(' ');
      out.push(`  ${who.padEnd(Math.min(24, who.length + 1))} ${cleanTerminal(excerpt(c.description, width - 30))}${c.universal ? paint(ANSI.dim, ' (all)') : ''}`);
    }
    if (l.changes.length > shared.length) out.push(paint(ANSI.dim, `  … and ${l.changes.length - shared.length} more (see --format matrix-json)`));
  }
  return out;
}

function wrap(s: string, w: number): string[] {
  const words = s.split(/\s+/);
  const lines: string[] = [];
  let cur = '';
  for (const word of words) {
    if (cur && cur.length + 1 + word.length > w) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? cur + ' ' + word : word;
  }
  if (cur) lines.push(cur);
  return lines;
}
