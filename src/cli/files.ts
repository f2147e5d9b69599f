/**
 * Reading the CLI's input files: one clear UsageError for every file that cannot be
 * compared (missing, a directory, too large, binary, not valid UTF-8 or UTF-16), and a
 * directory among the versions read as the article files in it. Decoding is shared with
 * the extension (src/input.ts).
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { noArticleLine, readFile } from '../read/page';
import { compareWith, prepareCanonical, type PreparedCanonical } from '../core/compare';
import type { SegmentMemo } from '../core/segment';
import { pageMarks, pageOptions, type ReadText } from '../core/readText';
import type { CompareOptions, Comparison } from '../core/types';
import { applyFilter, type FindingFilter } from '../core/filter';
import { decodeInput, describeProblem, MAX_INPUT_BYTES } from '../input';
import type { NotCompared } from '../report/evidence';
import { isUsageError, oneLine, readBounded, UsageError, type CliIO } from './io';
import { filters } from './args';

/** Reads and decodes an input file, or throws a UsageError that says why it cannot be used. */
export function readInput(path: string, stdin: Stdin = NO_STDIN): string {
  return readInputFile(path, stdin).text;
}

/** The path that stands for the standard input (`cat copy.txt | wirediff compare -c wire.txt -`). */
export const STDIN = '-';

/** Reads the standard input's bytes (or throws a UsageError). */
export type Stdin = () => Uint8Array;

/** The standard input of one run: read at most once (a second `-` would find it drained), within the size limit. */
export function stdinOf(io: CliIO): Stdin {
  let used = false;
  return () => {
    if (used) throw new UsageError('the standard input (-) can be read only once: give the other files by name');
    used = true;
    if (!io.readStdin) throw new UsageError('-: there is no standard input to read here');
    let bytes: Uint8Array;
    try {
      bytes = io.readStdin(MAX_INPUT_BYTES);
    } catch (e) {
      if (isUsageError(e)) throw e;
      throw new UsageError(`-: cannot read the standard input (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (bytes.length > MAX_INPUT_BYTES) throw tooLargePipe(STDIN);
    return bytes;
  };
}

const NO_STDIN: Stdin = () => {
  throw new UsageError('-: this command does not read the standard input; give a file (./- for a file named -)');
};

/** `readInput`, with the bytes that were read (for fingerprints). `-` is the standard input. */
export function readInputFile(path: string, stdin: Stdin = NO_STDIN): { text: string; bytes: Uint8Array } {
  if (path === STDIN) return decoded(stdin(), path);
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? new UsageError(`${path}: no such file`) : cannotRead(path, e);
  }
  if (st.isDirectory()) throw new UsageError(`${path} is a directory, not a text file`);
  // A pipe (bash's <(…), /dev/stdin piped into) is read to its end, within the size limit.
  if (st.isFIFO()) return decoded(readPipe(path), path);
  if (!st.isFile()) throw new UsageError(`${path} is not a regular file or a pipe`);
  if (st.size > MAX_INPUT_BYTES) {
    throw new UsageError(describeProblem({ kind: 'tooLarge', size: st.size, limit: MAX_INPUT_BYTES }, path));
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    // Deleted or renamed between the look and the read: said as a missing file is, with when.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`${path}: no such file (deleted or moved while it was being read)`);
    throw cannotRead(path, e);
  }
  return decoded(bytes, path);
}

function readPipe(path: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readBounded(MAX_INPUT_BYTES, -1, path);
  } catch (e) {
    throw cannotRead(path, e);
  }
  if (bytes.length > MAX_INPUT_BYTES) throw tooLargePipe(path);
  return bytes;
}

/** Why a file could not be read: permission denied in words (with what to check), else the system's code. */
function cannotRead(path: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new UsageError(`${path}: permission denied (this user may not read it: check its owner and permissions, e.g. ls -l)`);
  }
  return new UsageError(`${path}: cannot read (${code ?? 'error'})`);
}

/** A pipe is read no further than the limit: how much more it held is not known. */
function tooLargePipe(path: string): UsageError {
  return new UsageError(`${path} is too large to compare (more than the limit of ${MAX_INPUT_BYTES / (1024 * 1024)} MB)`);
}

function decoded(bytes: Uint8Array, path: string): { text: string; bytes: Uint8Array } {
  const d = decodeInput(bytes);
  if (!d.ok) throw new UsageError(describeProblem(d.problem, path));
  return { text: d.text, bytes };
}

/** A version (or the canonical) as the many-version and verdict commands use it. */
export interface LoadedFile {
  path: string;
  /**
   * The text compared: for a web page or Markdown, the text a reader sees in it, page chrome
   * included (kept apart by `read`'s blocks), as `compare` reads it, so that sentence ids are
   * the same in every output.
   */
  text: string;
  /** What was read out of markup (null for plain text): the page's chrome, and the way back to the file's offsets. */
  read: ReadText | null;
  /** The file's own text (decoded). */
  source: string;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
  bytes: number;
}

/** Reads a file as a version: its read text and the fingerprint of its bytes. */
export function loadFile(path: string, stdin: Stdin = NO_STDIN): LoadedFile {
  const { text: source, bytes } = readInputFile(path, stdin);
  // A web page is read for its article, its chrome kept apart; Markdown as a reader sees it (the fingerprint is of the file).
  const read = readFile(source, path);
  if (read?.noArticle) throw new UsageError(noArticleLine(path));
  return { path, text: read?.text ?? source, read, source, bytes: bytes.length, sha256: sha256(bytes) };
}

/**
 * SHA-256 of some bytes, lower-case hex. Node's crypto module is loaded here, when a command
 * first fingerprints a file, not with the commands: loading it (some twenty modules) cost every
 * command's start-up, `compare` included, which never asks for it.
 */
function sha256(bytes: Uint8Array): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads each of several inputs (the articles, the versions): one that cannot be read is left
 * out with one line on stderr, and the rest are still compared. When none can be read, the
 * lines of all but the last are written and the last is thrown (so one bad file alone is the
 * one line of a usage error). `notCompared` lists what was left out, and why.
 */
export function readEach<T>(paths: readonly string[], read: (path: string) => T, io: CliIO): { files: T[]; notCompared: NotCompared[] } {
  const files: T[] = [];
  const notCompared: NotCompared[] = [];
  for (const path of paths) {
    try {
      files.push(read(path));
    } catch (e) {
      if (!isUsageError(e)) throw e;
      notCompared.push({ path, problem: oneLine((e as Error).message) });
    }
  }
  const last = files.length === 0 ? notCompared.pop() : undefined;
  const left = last ? '' : ' (left out; the others are compared)';
  for (const n of notCompared) io.stderr(`wirediff: ${n.problem}${left}\n`);
  if (last) throw new UsageError(last.problem);
  return { files, notCompared };
}

/**
 * The canonical and the versions of the many-versions commands (matrix, report): the canonical
 * read first, then each version (of a directory, its text files, the canonical left out); a
 * version that cannot be read is left out with one line on stderr (`readEach`).
 */
export function loadVersions(canonicalPath: string, positionals: readonly string[], io: CliIO): { canonical: LoadedFile; versions: LoadedFile[]; notCompared: NotCompared[] } {
  const stdin = stdinOf(io);
  const canonical = loadFile(canonicalPath, stdin);
  const { files, notCompared } = readEach(expandVersions(positionals, canonicalPath), (p) => loadFile(p, stdin), io);
  return { canonical, versions: files, notCompared };
}

/** The canonical prepared for `compareLoaded`, its page chrome kept apart (`first`: the version that may tell its language). */
export function prepareLoaded(canonical: LoadedFile, options: CompareOptions, first?: LoadedFile): PreparedCanonical {
  return prepareCanonical(canonical.text, { ...options, ...pageOptions(canonical.read) }, first?.text);
}

/** A version compared as `compare` compares it (offsets into the read texts; the page's chrome never compared as news). */
export function compareLoaded(prepared: PreparedCanonical, version: LoadedFile, paragraphs?: SegmentMemo): Comparison {
  return compareWith(prepared, version.text, pageMarks(version.read), paragraphs);
}

/**
 * The versions of the many-versions commands (matrix, report), each compared as `compareLoaded`
 * compares it, the canonical prepared once, and holding only the findings `filter` lets through
 * (`--min-severity`, `--kinds`): what the matrix is built from and what the report holds.
 */
export function compareVersions(canonical: LoadedFile, versions: readonly LoadedFile[], options: CompareOptions, filter: FindingFilter): Comparison[] {
  const prepared = prepareLoaded(canonical, options, versions[0]);
  // Copies of one story share paragraphs the canonical lacks (copies of copies): each cut once for the run.
  const paragraphs: SegmentMemo = new Map();
  return versions.map((v) => {
    const c = compareLoaded(prepared, v, paragraphs);
    return filters(filter) ? { ...c, discrepancies: applyFilter(c.discrepancies, filter) } : c;
  });
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.text', '.markdown', '.html', '.htm', '.xhtml']);

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/** True for a directory; false for anything else, or nothing there (readInput then says what). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The version files: each path, or the text files of each directory (sorted, the canonical left out). */
export function expandVersions(paths: readonly string[], canonicalPath: string): string[] {
  const canon = realOrSelf(canonicalPath);
  const out: string[] = [];
  for (const p of paths) {
    if (!isDirectory(p)) {
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
    for (const f of files) out.push(f);
  }
  return out;
}
