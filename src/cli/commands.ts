/**
 * The commands by name. main.ts loads this module only when a command runs, so that
 * `wirediff --version` and `--help` load none of the engine (in the build it is a bundle
 * of its own, dist/cli-commands.js; see scripts/build.mjs).
 */
import { join } from 'node:path';
import { loadDomWith } from '../read/page';
import { cachePath, requireWithCodeCache } from './codeCache';
import { runCompare } from './compare';
import type { CliIO } from './io';
import { runRead } from './read';
import { runReport } from './report';
import { runVerdict } from './verdict';

/** A command: its arguments (after the command's name) in, the exit code out. Synchronous; throws `UsageError` for what the user can fix. */
export type Command = (args: string[], io: CliIO) => number;

export const COMMANDS: Readonly<Record<string, Command>> = {
  compare: runCompare,
  report: runReport,
  verdict: runVerdict,
  read: runRead,
};

/**
 * The DOM reader's bundle (dist/readDom.js, beside this one) compiled with a code cache of its
 * own on the first page read, as main.ts loads this bundle (Node without its own cache; see
 * ./codeCache.ts): a cold `wirediff read` or `compare` of a page then neither parses linkedom and
 * Readability again nor compiles the functions the last read compiled. No cache (turned off, or
 * no such bundle: a run from the sources): a plain require, as before. A cold `wirediff read` of
 * a 300 KB tune page (folha-tite) under callgrind, the whole process: 2,637 -> 2,616 M
 * instructions (-0.8%; CPU, min of nine runs on a loaded machine, ~-40 ms of ~0.7 s, mostly noise).
 */
export function cacheDomBundle(env: NodeJS.ProcessEnv): void {
  loadDomWith((spec) => {
    const file = join(__dirname, spec);
    return requireWithCodeCache(file, cachePath(file, env));
  });
}
