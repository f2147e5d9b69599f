/** What the CLI tests share: a temporary directory per test file, and a run of `main` in it. */
import { before, after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';

/** A temporary directory made before the file's tests and removed after them; call `.path` inside a test. */
export function tempDir(prefix: string): { readonly path: string } {
  const box = { path: '' };
  before(() => {
    box.path = mkdtempSync(join(tmpdir(), prefix));
  });
  after(() => rmSync(box.path, { recursive: true, force: true }));
  return box;
}

/** Runs `wirediff ARGS` in `cwd` (no terminal, 100 columns, no environment unless `extra` says). */
export function runIn(cwd: string, args: string[], extra: Partial<CliIO> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, columns: 100, env: {}, cwd, ...extra };
  return { code: main(args, io), out, err };
}
