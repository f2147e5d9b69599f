/**
 * The many-version commands of the CLI:
 *
 *   wirediff compare --canonical CANON A B C … --format matrix|matrix-json
 *   wirediff report  --canonical CANON A B C … [--out report.html] [--format html|markdown|json]
 *   wirediff verdict confirm|benign|dismiss|clear ID --canonical CANON ARTICLE [--note …]
 *   wirediff verdict list --canonical CANON ARTICLE
 *
 * A directory among the versions stands for the text files in it (`.txt`, `.md`,
 * `.text`, `.markdown`, sorted by name; the canonical file itself is left out).
 * Verdicts come from `.wirediff/verdicts.json` in the current directory or the nearest
 * ancestor that has a `.wirediff/` folder (or `--store PATH`); dismissed findings are
 * hidden everywhere unless `--show-dismissed`.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compare, compareWith, prepareCanonical } from '../core/compare';
import { readArticle } from '../core/markup';
import type { Comparison, Discrepancy } from '../core/types';
import { applyFilter } from '../core/filter';
import { KIND_LABELS } from '../report/labels';
import { excerpt } from '../core/text';
import { matrixOf } from '../core/matrix';
import { inferLineage } from '../core/lineage';
import { renderMatrixText } from '../report/matrixText';
import { cleanTerminal } from '../report/terminal';
import { buildEvidence, evidenceJson } from '../report/evidence';
import { renderHtmlReport } from '../report/htmlReport';
import { renderMarkdownReport } from '../report/markdownReport';
import {
  applyVerdicts,
  emptyStore,
  findDiscrepancy,
  makeVerdict,
  parseVerdicts,
  serializeVerdicts,
  setVerdict,
  verdictKey,
  verdictsFor,
  type Verdict,
  type VerdictStore,
  type VerdictValue,
} from '../core/verdicts';
import { parseFilter, readInputFile, UsageError, type CliIO } from '../cli';

declare const WIREDIFF_VERSION: string | undefined;
const VERSION = typeof WIREDIFF_VERSION === 'string' ? WIREDIFF_VERSION : '0.0.0-dev';

export const MANY_USAGE = `  wirediff compare --canonical CANON A B C ... --format matrix|matrix-json
  wirediff report  --canonical CANON A B C ... [--out FILE] [--format html|markdown|json]
  wirediff verdict list --canonical CANON ARTICLE       (finding ids and verdicts)
  wirediff verdict confirm|benign|dismiss|clear ID --canonical CANON ARTICLE [--note TEXT]
`;

export const MANY_HELP = `
Many versions:
      --format matrix      coverage matrix and lineage for a terminal
      --format matrix-json the same as JSON ({version, matrix, lineage})
      --out FILE           report: write here (format from .html/.md/.json), else stdout
  A directory among the versions means the .txt/.md files in it.

Verdicts (.wirediff/verdicts.json here or in the nearest ancestor with .wirediff/):
      --store PATH         the verdict file to use instead
      --show-dismissed     show findings marked dismissed (hidden by default)
      --note TEXT          a note with the verdict
      --author NAME        who gives it (default: $WIREDIFF_AUTHOR, git user.name)
`;

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.text', '.markdown', '.html', '.htm', '.xhtml']);

// ---------------------------------------------------------------------------------------
// Inputs

export interface LoadedFile {
  path: string;
  text: string;
  sha256: string;
  bytes: number;
}

function load(path: string): LoadedFile {
  const { text: source, bytes } = readInputFile(path);
  // A web page is read as the text a reader sees in it (the fingerprint is of the file).
  const text = readArticle(source, path)?.text ?? source;
  return { path, text, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/** The version files: each path, or the text files of each directory (sorted, the canonical left out). */
export function expandVersions(paths: readonly string[], canonicalPath: string): string[] {
  const canon = realOrSelf(canonicalPath);
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // Not there: readInput says so.
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    const files = readdirSync(p, { withFileTypes: true })
      .filter((d) => !d.name.startsWith('.') && TEXT_EXTENSIONS.has(extname(d.name).toLowerCase()))
      .map((d) => join(p, d.name))
      .filter((f) => {
        try {
          return statSync(f).isFile() && realOrSelf(f) !== canon;
        } catch {
          return false;
        }
      })
      .sort();
    if (files.length === 0) throw new UsageError(`${p} has no article files (.txt, .md, .html) to compare`);
    out.push(...files);
  }
  return out;
}

function parseThreshold(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const t = Number(v);
  if (!Number.isFinite(t) || t <= 0 || t >= 1) throw new UsageError('--threshold must be a number between 0 and 1');
  return t;
}

// ---------------------------------------------------------------------------------------
// The verdict store on disk

/** Where the verdict file is: `--store`, else `.wirediff/verdicts.json` in the nearest directory that has `.wirediff/`, else in `cwd`. */
export function findStorePath(cwd: string, explicit?: string): string {
  if (explicit) return resolve(cwd, explicit);
  let dir = resolve(cwd);
  for (;;) {
    try {
      if (statSync(join(dir, '.wirediff')).isDirectory()) return join(dir, '.wirediff', 'verdicts.json');
    } catch {
      // keep looking
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return join(resolve(cwd), '.wirediff', 'verdicts.json');
}

/** Reads the verdict file (an absent file is an empty store). Warnings go to stderr; a broken file is a UsageError. */
export function readStore(path: string, io: CliIO): VerdictStore {
  if (!existsSync(path)) return emptyStore();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot read the verdict file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const r = parseVerdicts(text);
  if (!r.ok) throw new UsageError(`${path}: ${r.error}`);
  for (const w of r.warnings) io.stderr(`wirediff: ${path}: ${w}\n`);
  return r.store;
}

function writeStore(path: string, store: VerdictStore): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, serializeVerdicts(store));
  renameSync(tmp, path);
}

function cwdOf(io: CliIO): string {
  return io.cwd ?? process.cwd();
}

/** The store the command should use, for hiding dismissed findings (null when no file exists and none was named). */
export function storeFor(values: { store?: string }, io: CliIO): VerdictStore {
  return readStore(findStorePath(cwdOf(io), values.store), io);
}

/** The ids a comparison's dismissed findings have (empty with `--show-dismissed`). */
export function hiddenIds(c: Comparison, store: VerdictStore, showDismissed: boolean): Set<string> {
  return showDismissed ? new Set() : applyVerdicts(c, store).dismissed;
}

/** A JSON document's discrepancies with their verdicts (`verdict` field), for `compare --format json`. */
export function annotateDiscrepancies<T extends Discrepancy>(list: readonly T[], verdicts: Map<string, Verdict>): Array<T & { verdict?: Verdict }> {
  return list.map((d) => {
    const v = verdicts.get(d.id);
    return v ? { ...d, verdict: v } : d;
  });
}

/** Verdicts of a comparison, for annotating output. */
export function verdictMap(c: Comparison, store: VerdictStore): Map<string, Verdict> {
  return verdictsFor(c, store);
}

// ---------------------------------------------------------------------------------------
// compare --format matrix | matrix-json

export interface ManyValues {
  canonical?: string;
  format?: string;
  threshold?: string;
  language?: string;
  color?: boolean;
  'no-color'?: boolean;
  store?: string;
  'show-dismissed'?: boolean;
  'min-severity'?: string;
  kinds?: string;
}

/** `compare` with `--format matrix` or `matrix-json`. */
export function runMatrix(values: ManyValues, positionals: string[], io: CliIO): number {
  const canonical = load(values.canonical!);
  const paths = expandVersions(positionals, values.canonical!);
  const versions = paths.map(load);
  const options = { similarityThreshold: parseThreshold(values.threshold), language: values.language };
  const store = storeFor(values, io);
  const show = values['show-dismissed'] ?? false;
  // --min-severity / --kinds: the matrix is built from the findings they let through.
  const filter = parseFilter(values as Record<string, unknown>);
  const prepared = prepareCanonical(canonical.text, options, versions[0]?.text);
  const comparisons = versions.map((v) => {
    const c = compareWith(prepared, v.text);
    return filter.minSeverity || filter.kinds ? { ...c, discrepancies: applyFilter(c.discrepancies, filter) } : c;
  });
  // Dismissed findings are hidden (and counted as such).
  const hidden = comparisons.map((c) => hiddenIds(c, store, show));
  const hide = (v: number, d: Discrepancy): boolean => hidden[v]!.has(d.id);
  const matrix = matrixOf(comparisons, { ...options, hide, canonicalPath: canonical.path, paths: versions.map((v) => v.path) });
  const lineage = inferLineage(comparisons, matrix, { hide });
  if (values.format === 'matrix-json') {
    io.stdout(JSON.stringify({ version: 1, matrix, lineage }, null, 2) + '\n');
    return 0;
  }
  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env['NO_COLOR'];
  io.stdout(renderMatrixText(matrix, lineage, { color, width: io.columns }));
  return 0;
}

// ---------------------------------------------------------------------------------------
// report

/** The time a report says it was made: `SOURCE_DATE_EPOCH` (reproducible builds) or now. */
function reportTime(io: CliIO): string {
  const epoch = io.env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

export function runReport(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      canonical: { type: 'string', short: 'c' },
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      threshold: { type: 'string' },
      language: { type: 'string' },
      store: { type: 'string' },
      'show-dismissed': { type: 'boolean' },
      'min-severity': { type: 'string' },
      kinds: { type: 'string' },
    },
  });
  if (!values.canonical) throw new UsageError('missing --canonical FILE (the canonical text to compare against)');
  if (positionals.length === 0) throw new UsageError('no version to report on: wirediff report --canonical CANON A B C --out report.html');
  const byExt: Record<string, string> = { '.html': 'html', '.htm': 'html', '.md': 'markdown', '.markdown': 'markdown', '.json': 'json' };
  const format = values.format ?? (values.out ? byExt[extname(values.out).toLowerCase()] : undefined) ?? 'html';
  if (!['html', 'markdown', 'json'].includes(format)) throw new UsageError(`unknown --format ${format} (html, markdown or json)`);
  const canonical = load(values.canonical);
  const paths = expandVersions(positionals, values.canonical);
  const files = paths.map(load);
  const options = { similarityThreshold: parseThreshold(values.threshold), language: values.language };
  const store = storeFor(values, io);
  const prepared = prepareCanonical(canonical.text, options, files[0]?.text);
  // --min-severity / --kinds: the report holds the findings they let through, and says so.
  const filter = parseFilter(values as Record<string, unknown>);
  const filtered = !!(filter.minSeverity || filter.kinds);
  const evidence = buildEvidence({
    tool: { name: 'wirediff', version: VERSION },
    generatedAt: reportTime(io),
    canonical,
    versions: files.map((f) => {
      const c = compareWith(prepared, f.text);
      return { ...f, comparison: filtered ? { ...c, discrepancies: applyFilter(c.discrepancies, filter) } : c };
    }),
    verdicts: store,
    showDismissed: values['show-dismissed'] ?? false,
    matrixOptions: options,
    filter: filtered
      ? [filter.minSeverity ? `severity ${filter.minSeverity} and above` : '', filter.kinds ? `kinds ${filter.kinds.join(', ')}` : ''].filter(Boolean).join('; ')
      : undefined,
  });
  const body =
    format === 'html' ? renderHtmlReport(evidence) : format === 'markdown' ? renderMarkdownReport(evidence) : JSON.stringify(evidenceJson(evidence), null, 2) + '\n';
  if (!values.out) {
    io.stdout(body);
    return 0;
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
      `${m.summary.disagreements} where versions disagree, ${Math.max(1, Math.round(Buffer.byteLength(body) / 1024))} KB)\n`,
  );
  return 0;
}

// ---------------------------------------------------------------------------------------
// verdict

const ACTIONS: Record<string, VerdictValue | 'clear' | 'list'> = {
  confirm: 'confirmed',
  confirmed: 'confirmed',
  benign: 'benign',
  dismiss: 'dismissed',
  dismissed: 'dismissed',
  clear: 'clear',
  list: 'list',
};

function gitUserName(cwd: string): string | undefined {
  try {
    const r = spawnSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', timeout: 2000 });
    const name = r.status === 0 ? r.stdout.trim() : '';
    return name || undefined;
  } catch {
    return undefined;
  }
}

export function runVerdict(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      canonical: { type: 'string', short: 'c' },
      note: { type: 'string', short: 'm' },
      author: { type: 'string' },
      store: { type: 'string' },
      threshold: { type: 'string' },
      language: { type: 'string' },
      'show-dismissed': { type: 'boolean' },
    },
  });
  const [actionWord, ...rest] = positionals;
  const action = actionWord !== undefined ? ACTIONS[actionWord] : undefined;
  if (!action) {
    throw new UsageError(
      `${actionWord === undefined ? 'missing' : `unknown verdict '${actionWord}'`}: wirediff verdict confirm|benign|dismiss|clear ID --canonical CANON ARTICLE, or wirediff verdict list --canonical CANON ARTICLE`,
    );
  }
  if (!values.canonical) throw new UsageError('missing --canonical FILE (the canonical text the finding was found against)');
  const cwd = cwdOf(io);
  const storePath = findStorePath(cwd, values.store);
  const shownPath = relative(cwd, storePath) || storePath;
  const options = { similarityThreshold: parseThreshold(values.threshold), language: values.language };

  if (action === 'list') {
    if (rest.length !== 1) throw new UsageError('wirediff verdict list --canonical CANON ARTICLE (one article)');
    const canonical = load(values.canonical);
    const article = load(rest[0]!);
    const c = compare(canonical.text, article.text, options);
    const store = readStore(storePath, io);
    const verdicts = verdictsFor(c, store);
    const show = values['show-dismissed'] ?? false;
    const lines: string[] = [];
    let hidden = 0;
    for (const d of c.discrepancies) {
      const v = verdicts.get(d.id);
      if (v?.verdict === 'dismissed' && !show) {
        hidden++;
        continue;
      }
      const mark = v ? `[${v.verdict}]` : '';
      lines.push(`${d.id.padEnd(26)} ${d.severity.padEnd(6)} ${KIND_LABELS[d.kind].padEnd(15)}${mark ? mark + ' ' : ''}${cleanTerminal(excerpt(d.reason, 90))}`);
    }
    io.stdout(
      `Findings of ${cleanTerminal(article.path)} (verdicts: ${cleanTerminal(shownPath)}${existsSync(storePath) ? '' : ', not created yet'})\n` +
        lines.join('\n') +
        (lines.length ? '\n' : '') +
        (hidden ? `${hidden} dismissed finding${hidden === 1 ? '' : 's'} hidden (--show-dismissed shows them)\n` : ''),
    );
    return 0;
  }

  const [id, articlePath, ...extra] = rest;
  if (!id) throw new UsageError(`missing finding ID: wirediff verdict ${actionWord} ID --canonical CANON ARTICLE (ids: wirediff verdict list)`);
  if (!articlePath) throw new UsageError(`missing ARTICLE: wirediff verdict ${actionWord} ${id} --canonical CANON ARTICLE`);
  if (extra.length) throw new UsageError(`one finding and one article at a time (unexpected: ${extra.join(' ')})`);
  const canonical = load(values.canonical);
  const article = load(articlePath);
  const c = compare(canonical.text, article.text, options);
  const found = findDiscrepancy(c, id);
  if (!found.match) {
    throw new UsageError(
      found.candidates.length > 1
        ? `'${id}' matches ${found.candidates.length} findings (${found.candidates.slice(0, 3).map((d) => d.id).join(', ')}…): give more of the id`
        : `no finding '${id}' in ${articlePath} against ${values.canonical} (list them: wirediff verdict list --canonical ${values.canonical} ${articlePath})`,
    );
  }
  const d = found.match;
  const store = readStore(storePath, io);
  const key = verdictKey(c, d);
  const what = `${d.id} (${KIND_LABELS[d.kind]}: ${cleanTerminal(excerpt(d.reason, 70))})`;
  if (action === 'clear') {
    if (!store.verdicts[key]) {
      io.stdout(`No verdict to clear for ${what}.\n`);
      return 0;
    }
    writeStore(storePath, setVerdict(store, key, null));
    io.stdout(`Cleared the verdict on ${what} in ${cleanTerminal(shownPath)}.\n`);
    return 0;
  }
  const author = values.author ?? io.env['WIREDIFF_AUTHOR'] ?? gitUserName(cwd);
  const verdict = makeVerdict(c, d, action, { note: values.note, author, time: new Date().toISOString() });
  writeStore(storePath, setVerdict(store, key, verdict));
  io.stdout(
    `Marked ${what} as ${action} in ${cleanTerminal(shownPath)}.` +
      (action === 'dismissed' ? ' It is now hidden from every output (--show-dismissed shows it).' : '') +
      '\n',
  );
  return 0;
}
