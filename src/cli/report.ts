/**
 * `wirediff report --canonical CANON A B C … [--out FILE] [--format html|markdown|json]`:
 * the evidence report of many versions (inputs with SHA-256, the coverage matrix, the
 * lineage, each version's findings and aligned text).
 */
import { statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEvidence } from '../report/evidence';
import { renderEvidence, type EvidenceFormat } from '../report/evidenceReport';
import { COMPARE_OPTIONS, compareOptions, FAIL_OPTIONS, failStatus, FILTER_OPTIONS, filters, parseFailOn, parseFilter } from './args';
import { compareVersions, loadVersions } from './files';
import { cwdOf, UsageError, VERSION, type CliIO } from './io';
import { storeFor } from './store';

/** The time a report says it was made: `SOURCE_DATE_EPOCH` (reproducible builds) or now. */
function reportTime(io: CliIO): string {
  const epoch = io.env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

const FORMAT_OF_EXTENSION: Record<string, string> = { '.html': 'html', '.htm': 'html', '.md': 'markdown', '.markdown': 'markdown', '.json': 'json' };

export function runReport(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...COMPARE_OPTIONS, ...FILTER_OPTIONS, ...FAIL_OPTIONS, out: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' } },
  });
  if (!values.canonical) throw new UsageError('missing --canonical FILE (the canonical text to compare against)');
  if (positionals.length === 0) throw new UsageError('no version to report on: wirediff report --canonical CANON A B C --out report.html');
  const fromOut = values.out === undefined ? 'html' : FORMAT_OF_EXTENSION[extname(values.out).toLowerCase()];
  if (!values.format && !fromOut) throw new UsageError(`${values.out}: the report's format comes from .html, .md or .json; name the file so, or give --format html|markdown|json`);
  const format = values.format ?? fromOut ?? 'html';
  if (!['html', 'markdown', 'json'].includes(format)) throw new UsageError(`unknown --format ${format} (html, markdown or json)`);
  const failOn = parseFailOn(values['fail-on']);
  // A version that cannot be read is left out with one line on stderr, and named in the report; the others are compared (exit 2).
  const { canonical, versions: files, notCompared } = loadVersions(values.canonical, positionals, io);
  const options = compareOptions(values);
  const store = storeFor(values, io);
  // --min-severity / --kinds: the report holds the findings they let through, and says so.
  const filter = parseFilter(values);
  const filtered = filters(filter);
  const comparisons = compareVersions(canonical, files, options, filter);
  const evidence = buildEvidence({
    tool: { name: 'wirediff', version: VERSION },
    generatedAt: reportTime(io),
    canonical,
    versions: files.map((f, i) => ({ ...f, comparison: comparisons[i]! })),
    notCompared,
    verdicts: store,
    showDismissed: values['show-dismissed'] ?? false,
    matrixOptions: options,
    filter: filtered
      ? [filter.minSeverity ? `severity ${filter.minSeverity} and above` : '', filter.kinds ? `kinds ${filter.kinds.join(', ')}` : ''].filter(Boolean).join('; ')
      : undefined,
  });
  const body = renderEvidence(evidence, format as EvidenceFormat);
  // 2 when a version was left out; else what --fail-on asks (dismissed findings never count).
  const status = notCompared.length ? 2 : failStatus(failOn, {}, evidence.versions.map((v) => ({ discrepancies: v.comparison.discrepancies, dismissed: v.dismissed })));
  if (!values.out) {
    io.stdout(body);
    return status;
  }
  const out = resolve(cwdOf(io), values.out);
  try {
    if (statSync(out).isDirectory()) throw new UsageError(`${values.out} is a directory; give a file name (e.g. ${join(values.out, 'report.html')})`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
  try {
    writeFileSync(out, body);
  } catch (e) {
    throw new UsageError(`cannot write ${values.out} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const m = evidence.matrix;
  io.stderr(
    `wirediff: wrote ${values.out} (${format}, ${files.length} version${files.length === 1 ? '' : 's'}, ${m.summary.rows} rows, ` +
      `${m.summary.disagreements} where versions disagree, ${Math.max(1, Math.round(Buffer.byteLength(body) / 1024))} KB` +
      `${notCompared.length ? `; ${notCompared.length} not compared` : ''})\n`,
  );
  return status;
}
