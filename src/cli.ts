/**
 * `wirediff`: the command-line front end over the engine.
 *
 *   wirediff compare --canonical CANON ARTICLE [ARTICLE2 …] [--format text|json|markdown]
 *
 * Exit codes: 0 success, 2 bad usage or unreadable input (one line on stderr).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compare } from './core/compare';
import { readArticle, toSourceComparison } from './core/markup';
import { DISCREPANCY_KINDS, SEVERITIES, type DiscrepancyKind, type Severity } from './core/types';
import type { FindingFilter } from './core/filter';
import { toJson } from './report/json';
import { renderText } from './report/text';
import { renderMarkdown } from './report/markdown';
import { decodeInput, describeProblem, MAX_INPUT_BYTES } from './input';
import { annotateDiscrepancies, hiddenIds, MANY_HELP, MANY_USAGE, runMatrix, runReport, runVerdict, storeFor, verdictMap } from './cli/many';

declare const WIREDIFF_VERSION: string | undefined;
const VERSION = typeof WIREDIFF_VERSION === 'string' ? WIREDIFF_VERSION : '0.0.0-dev';

/** A failure the user can fix: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const HELP = `wirediff ${VERSION}: see where a news article departs from the canonical wire text.

Usage:
  wirediff compare --canonical CANON ARTICLE [ARTICLE ...] [options]
${MANY_USAGE}
Options:
  -c, --canonical FILE     the canonical (wire) text to compare against
  -f, --format FORMAT      text (default), json, markdown, matrix or matrix-json
      --min-severity SEV   show only low (default), medium or high and above
      --kinds K1,K2        show only these kinds (${DISCREPANCY_KINDS.join(', ')})
      --threshold X        similarity (0..1) for matching sentences, default 0.3
      --language CODE      ISO 639-3 language code (eng, fra, ind, ...), default auto
      --color / --no-color force colours on or off (default: on for a terminal)
  -h, --help               this help
  -v, --version            the version
${MANY_HELP}
Inputs: UTF-8 or UTF-16 text. Markdown (.md) and saved web pages (.html, or a file that
opens with <!DOCTYPE html>) are compared by the text a reader sees in them.

Exit status: 0 when the comparison ran (whatever it found), 2 on bad usage or an
unreadable input file.
`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  columns?: number;
  env: Record<string, string | undefined>;
  /** Working directory (where `.wirediff/` is looked for); default `process.cwd()`. */
  cwd?: string;
}

/** Reads and decodes an input file, or throws a UsageError that says why it cannot be used. */
export function readInput(path: string): string {
  return readInputFile(path).text;
}

/** `readInput`, with the bytes that were read (for fingerprints). */
export function readInputFile(path: string): { text: string; bytes: Uint8Array } {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (st.isDirectory()) throw new UsageError(`${path} is a directory, not a text file`);
  if (!st.isFile()) throw new UsageError(`${path} is not a regular file`);
  if (st.size > MAX_INPUT_BYTES) {
    throw new UsageError(describeProblem({ kind: 'tooLarge', size: st.size, limit: MAX_INPUT_BYTES }, path));
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UsageError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const d = decodeInput(bytes);
  if (!d.ok) throw new UsageError(describeProblem(d.problem, path));
  return { text: d.text, bytes };
}

export function parseFilter(values: Record<string, unknown>): FindingFilter {
  const filter: { minSeverity?: Severity; kinds?: DiscrepancyKind[] } = {};
  const min = values['min-severity'];
  if (typeof min === 'string') {
    if (!SEVERITIES.includes(min as Severity)) throw new UsageError(`--min-severity must be one of ${SEVERITIES.join(', ')}`);
    filter.minSeverity = min as Severity;
  }
  const kinds = values['kinds'];
  if (typeof kinds === 'string') {
    const list = kinds.split(',').map((k) => k.trim()).filter(Boolean);
    if (list.length === 0) throw new UsageError(`--kinds needs at least one kind (${DISCREPANCY_KINDS.join(', ')})`);
    const bad = list.filter((k) => !DISCREPANCY_KINDS.includes(k as DiscrepancyKind));
    if (bad.length) throw new UsageError(`unknown kind ${bad.join(', ')} (kinds: ${DISCREPANCY_KINDS.join(', ')})`);
    filter.kinds = list as DiscrepancyKind[];
  }
  return filter;
}

function runCompare(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      canonical: { type: 'string', short: 'c' },
      format: { type: 'string', short: 'f', default: 'text' },
      'min-severity': { type: 'string' },
      kinds: { type: 'string' },
      threshold: { type: 'string' },
      language: { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      store: { type: 'string' },
      'show-dismissed': { type: 'boolean' },
    },
  });
  if (!values.canonical) throw new UsageError('missing --canonical FILE (the canonical text to compare against)');
  if (positionals.length === 0) throw new UsageError('no article to compare: wirediff compare --canonical CANON ARTICLE');
  const format = values.format!;
  if (!['text', 'json', 'markdown', 'matrix', 'matrix-json'].includes(format)) {
    throw new UsageError(`unknown --format ${format} (text, json, markdown, matrix or matrix-json)`);
  }
  if (format === 'matrix' || format === 'matrix-json') return runMatrix(values, positionals, io);
  let threshold: number | undefined;
  if (values.threshold !== undefined) {
    threshold = Number(values.threshold);
    if (!Number.isFinite(threshold) || threshold <= 0 || threshold >= 1) throw new UsageError('--threshold must be a number between 0 and 1');
  }
  const filter = parseFilter(values);
  const canonicalText = readInput(values.canonical);
  const canonicalRead = readArticle(canonicalText, values.canonical);
  const articles = positionals.map((p) => {
    const text = readInput(p);
    return { path: p, text, read: readArticle(text, p) };
  });
  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env['NO_COLOR'];

  const store = storeFor(values, io);
  const results = articles.map((a) => {
    // A web page is compared by the text a reader sees in it; offsets then point back into the file.
    const read = compare(canonicalRead?.text ?? canonicalText, a.read?.text ?? a.text, { similarityThreshold: threshold, language: values.language });
    const c = toSourceComparison(read, canonicalRead, a.read);
    // Dismissed findings are hidden unless --show-dismissed (see src/cli/many.ts).
    return { a, c, hide: hiddenIds(c, store, values['show-dismissed'] ?? false) };
  });
  if (format === 'json') {
    const docs = results.map(({ a, c, hide }) => {
      const doc = toJson(c, { canonicalPath: values.canonical!, articlePath: a.path }, { ...filter, dismissed: hide });
      return { ...doc, discrepancies: annotateDiscrepancies(doc.discrepancies, verdictMap(c, store)) };
    });
    io.stdout(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n');
    return 0;
  }
  const parts = results.map(({ a, c, hide }) => {
    const src = { canonicalPath: values.canonical!, articlePath: a.path, canonicalText, articleText: a.text };
    return format === 'markdown' ? renderMarkdown(c, src, { ...filter, dismissed: hide }) : renderText(c, src, { ...filter, dismissed: hide, color, width: io.columns });
  });
  io.stdout(parts.join(format === 'markdown' ? '\n---\n\n' : '\n'));
  return 0;
}

/** Runs the CLI with arguments (without `node` and the script). Returns the exit code. */
export function main(argv: string[], io: CliIO): number {
  try {
    const [cmd, ...rest] = argv;
    if (cmd === undefined || cmd === '-h' || cmd === '--help' || cmd === 'help') {
      io.stdout(HELP);
      return cmd === undefined ? 2 : 0;
    }
    if (cmd === '-v' || cmd === '--version') {
      io.stdout(VERSION + '\n');
      return 0;
    }
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout(HELP);
      return 0;
    }
    if (cmd === 'compare') return runCompare(rest, io);
    if (cmd === 'report') return runReport(rest, io);
    if (cmd === 'verdict') return runVerdict(rest, io);
    throw new UsageError(`unknown command '${cmd}' (try: wirediff compare --canonical CANON ARTICLE)`);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`wirediff: ${(e as Error).message}\n`);
      return 2;
    }
    io.stderr(`wirediff: internal error: ${(e as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  // A closed pipe (wirediff … | head) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const code = main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    columns: process.stdout.columns,
    env: process.env,
  });
  process.exitCode = code;
}
