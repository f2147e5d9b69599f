/**
 * The verdict store on disk for the CLI: `.wirediff/verdicts.json` in the current
 * directory or the nearest ancestor that has a `.wirediff/` folder (or `--store PATH`).
 * Dismissed findings are hidden everywhere unless `--show-dismissed`.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Comparison, Discrepancy } from '../core/types';
import { applyVerdicts, emptyStore, parseVerdicts, serializeVerdicts, type Verdict, type VerdictStore } from '../core/verdicts';
import { cwdOf, UsageError, type CliIO } from './io';

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

/** Writes the verdict file whole (through a temporary file, so a crash leaves the old one). */
export function writeStore(path: string, store: VerdictStore): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, serializeVerdicts(store));
  renameSync(tmp, path);
}

/** The store the command should use, for hiding dismissed findings (empty when no file exists and none was named). */
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

