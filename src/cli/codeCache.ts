/**
 * A code cache for the commands' bundle where Node keeps none itself (before 22.1, which has
 * no `module.enableCompileCache`): dist/cli-commands.js (the engine, about 2 MB) is compiled
 * through `vm.Script` with the V8 code cache a previous `wirediff` process left, and a process
 * that found none (or one V8 turned down: another Node, other flags, another build) leaves one
 * as it exits. The cache is made after the command ran, so it holds the functions the command
 * compiled, not only the bundle's top level. In the system's temporary folder, or where
 * `NODE_COMPILE_CACHE` says, as Node's own cache; `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
 * V8 checks a cache against the source, its own version and its flags, and turns down one that
 * does not fit: the command then compiles as without one. Nothing here throws: a cache that
 * cannot be read or written is only slower. Each build and Node version has its own cache file
 * per bundle (the commands', about 1.4 MB; the DOM reader's, dist/readDom.js, about 0.6 MB, loaded
 * so on a first page read: see ./commands.ts), so the folder keeps only the few used last: a
 * process that writes one removes the others past `KEEP` (the least recently used; a cache that
 * fits is marked used when read) and any part a process left half written.
 *
 * On Node 20, one cold `wirediff compare --format json` of a seed pair (000 → 004), main-thread
 * CPU, median of five: 300 → 250 ms; the news-length 1,000-sentence pair 600 → 530 ms.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The name of every cache file starts so (the folder may be Node's own cache, shared with others). */
const PREFIX = 'cli-commands-';
/** Cache files kept in the folder: enough for a few builds or Node versions in use side by side (two files each). */
export const KEEP = 6;
/** A part older than this (ms) is one a process left: writing one takes milliseconds. */
const STALE_PART = 60_000;

/** Where the cache of `file` is kept: one file per Node version and build of `file` (its size and time); null for none. */
export function cachePath(file: string, env: NodeJS.ProcessEnv): string | null {
  if (env.NODE_DISABLE_COMPILE_CACHE) return null;
  try {
    const { size, mtimeMs } = statSync(file);
    const name = `${process.version}-${process.arch}-${size}-${Math.floor(mtimeMs)}`.replace(/[^\w.-]/g, '_');
    return join(env.NODE_COMPILE_CACHE || join(tmpdir(), 'wirediff-code-cache'), `${PREFIX}${name}.bin`);
  } catch {
    return null;
  }
}

/** Reads a cache file; null when there is none, or when another user wrote it (a shared temporary folder). */
function readCache(path: string): Buffer | null {
  try {
    if (process.getuid && statSync(path).uid !== process.getuid()) return null;
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** Writes a cache file whole or not at all (another process may read it meanwhile). */
function writeCache(path: string, data: Buffer): void {
  const part = `${path}.${process.pid}`;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const fd = openSync(part, 'w', 0o600);
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(part, path);
  } catch {
    // No cache this time.
  }
  prune(dirname(path));
}

/** Marks a cache used (its time is what `prune` keeps the newest by). */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Then it only looks older.
  }
}

/** Removes the cache files of `dir` past the `KEEP` used last, and parts left half written. */
export function prune(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.startsWith(PREFIX));
  } catch {
    return;
  }
  const caches: { path: string; time: number }[] = [];
  for (const name of names) {
    const path = join(dir, name);
    let time: number;
    try {
      time = statSync(path).mtimeMs;
    } catch {
      continue; // Another process removed it meanwhile.
    }
    if (name.endsWith('.bin')) caches.push({ path, time });
    else if (now - time > STALE_PART) remove(path);
  }
  caches.sort((a, b) => b.time - a.time || (basename(a.path) < basename(b.path) ? -1 : 1));
  for (const { path } of caches.slice(KEEP)) remove(path);
}

function remove(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Another user's, or gone: left as it is.
  }
}

/**
 * `require(file)` for a CommonJS bundle, compiled with the code cache at `path` when there is
 * one that fits; when there is none, one is written as the process exits. With no `path`, a
 * plain require.
 */
export function requireWithCodeCache(file: string, path: string | null): unknown {
  const load = createRequire(file);
  if (!path) return load(file);
  const cached = readCache(path);
  let script: Script;
  try {
    script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, ...(cached ? { cachedData: cached } : {}) });
  } catch {
    return load(file);
  }
  if (!cached || script.cachedDataRejected) process.once('exit', () => writeCache(path, script.createCachedData()));
  else touch(path);
  const mod = { exports: {} as unknown, filename: file, id: file, loaded: false };
  (script.runInThisContext() as (...args: unknown[]) => void)(mod.exports, load, mod, file, dirname(file));
  mod.loaded = true;
  return mod.exports;
}
