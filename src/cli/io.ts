/** What every CLI command is given (its output and its surroundings), and the error a user can fix. */
import { closeSync, openSync, readSync } from 'node:fs';
import { cleanTerminal } from '../report/terminal';

declare const WIREDIFF_VERSION: string | undefined;

/** The version of the build (`package.json`'s, set by scripts/build.mjs), or `0.0.0-dev` from source. */
export const VERSION = typeof WIREDIFF_VERSION === 'string' ? WIREDIFF_VERSION : '0.0.0-dev';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  columns?: number;
  env: Record<string, string | undefined>;
  /** The bytes of the standard input (a path `-`), at most `limit` + 1 of them; absent where there is none to read. */
  readStdin?: (limit: number) => Uint8Array;
  /** Working directory (where `.wirediff/` is looked for); default `process.cwd()`. */
  cwd?: string;
}

/** A failure the user can fix: printed as one line, exit code 2. */
export class UsageError extends Error {
  /** What marks it (main.ts and the commands are separate bundles, so `instanceof` cannot tell). */
  readonly code = 'WIREDIFF_USAGE';
}

/** True for a UsageError and for the errors of `parseArgs` (unknown option, missing value). */
export function isUsageError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'WIREDIFF_USAGE' || code.startsWith('ERR_PARSE_ARGS'));
}

/** The working directory of a run. */
export function cwdOf(io: CliIO): string {
  return io.cwd ?? process.cwd();
}

/**
 * A message as one line a terminal shows as it is: it may quote a file name or a file's
 * bytes, so line breaks become spaces and control characters are dropped.
 */
export function oneLine(message: string): string {
  return cleanTerminal(message.replace(/[\r\n\t\u2028\u2029]+/g, ' ')).trim();
}

/**
 * Reads a file descriptor (a pipe, the standard input) to its end, but never more than
 * `limit` + 1 bytes: an endless pipe (`yes | wirediff …`) is told too large, not read into
 * all of memory. `path` is opened (and closed) when given, else `fd` is read.
 *
 * A descriptor a parent left non-blocking (a Node parent's pipe) answers EAGAIN while the
 * writer has not written yet. The reader then waits rather than asking again at once: it reads
 * on from the same pipe opened anew through `/proc/self/fd` (a blocking description of it,
 * where the system has one), else sleeps between tries, a millisecond at first and at most
 * `MAX_WAIT_MS` (see `nextWait`).
 */
export function readBounded(limit: number, fd: number, path?: string): Uint8Array {
  const own = path !== undefined ? openSync(path, 'r') : fd;
  let reading = own;
  let reopened: number | undefined;
  let wait = 0;
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 16, limit + 1 - total));
      let n: number;
      try {
        n = readSync(reading, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EOF') break;
        if (code !== 'EAGAIN') throw e;
        if (reopened === undefined) {
          reopened = reopenBlocking(reading);
          if (reopened >= 0) {
            reading = reopened;
            continue;
          }
        }
        wait = nextWait(wait);
        sleep(wait);
        continue;
      }
      wait = 0;
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) break;
    }
    return Buffer.concat(chunks);
  } finally {
    if (reopened !== undefined && reopened >= 0) closeSync(reopened);
    if (path !== undefined) closeSync(own);
  }
}

/** The longest sleep between two tries of a descriptor that has nothing to read yet, in ms. */
export const MAX_WAIT_MS = 50;

/** The sleep before the next try: 1 ms, then twice the last, at most `MAX_WAIT_MS`. */
export function nextWait(last: number): number {
  return Math.min(MAX_WAIT_MS, Math.max(1, last * 2));
}

/** The same pipe or terminal opened anew, blocking (Linux's `/proc/self/fd`), or -1 where it cannot be (a socket, no /proc). */
function reopenBlocking(fd: number): number {
  try {
    return openSync(`/proc/self/fd/${fd}`, 'r');
  } catch {
    return -1;
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread for `ms` milliseconds without using the processor. */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
