/**
 * `wirediff`: the command-line front end over the engine (src/core) and the renderers
 * (src/report). This file holds the help and dispatches to one file per command.
 *
 * Exit codes: 0 success, 1 a finding at `--fail-on`'s severity or above, 2 bad usage or
 * unreadable input (one line on stderr), 3 an internal error (a bug: one line on stderr).
 *
 * Registering a command: write `src/cli/NAME.ts` exporting a `Command` (`(args, io) =>
 * exit code`, synchronous; throw `UsageError` for anything the user can fix), add it to
 * `COMMANDS` in ./commands.ts, and its usage line and options to `HELP` in ./help.ts. The
 * commands are loaded only when one runs (./commands.ts is a bundle of its own), so
 * `wirediff --version` and `--help` load no engine, parser or language data.
 */
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { cachePath, requireWithCodeCache } from './codeCache';
import type { Command } from './commands';
import { commandHelp, HELP } from './help';
import { isUsageError, oneLine, readBounded, UsageError, VERSION, type CliIO } from './io';

export { UsageError, type CliIO } from './io';

/**
 * The code cache of the commands' bundle, where the wirediff process keeps one itself
 * (./codeCache.ts: Node without its own); null for a plain require.
 */
let commandsCache: string | null = null;

/** The commands by name, loaded on first use (the engine and its parsers with them). */
function commands(): Readonly<Record<string, Command>> {
  type Commands = typeof import('./commands');
  if (commandsCache) {
    const mod = requireWithCodeCache(join(__dirname, COMMANDS_BUNDLE), commandsCache) as Commands;
    // The DOM reader's bundle, loaded on a first page read, with a code cache of its own.
    mod.cacheDomBundle(process.env);
    return mod.COMMANDS;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./commands') as Commands).COMMANDS;
}

/** The commands' bundle beside dist/cli.js (scripts/build.mjs). */
const COMMANDS_BUNDLE = 'cli-commands.js';

/** The exit status of a failure that is WireDiff's, not the user's (1 is --fail-on's, 2 the user's). */
export const INTERNAL_ERROR = 3;

/** Runs the CLI with arguments (without `node` and the script). Returns the exit code. */
export function main(argv: string[], io: CliIO): number {
  try {
    const [cmd, ...rest] = argv;
    if (cmd === undefined) {
      // No command is a usage error: the help goes where errors go.
      io.stderr(HELP);
      return 2;
    }
    if (cmd === '-h' || cmd === '--help' || cmd === 'help') {
      const of = cmd === 'help' && rest[0] !== undefined ? commandHelp(rest[0]) : null;
      io.stdout(of ?? HELP);
      return 0;
    }
    if (cmd === '-v' || cmd === '--version') {
      io.stdout(VERSION + '\n');
      return 0;
    }
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout(commandHelp(cmd) ?? HELP);
      return 0;
    }
    const all = commands();
    const command = Object.hasOwn(all, cmd) ? all[cmd] : undefined;
    if (!command) throw new UsageError(`unknown command '${cmd}' (try: wirediff compare --canonical CANON ARTICLE)`);
    return command(rest, io);
  } catch (e) {
    if (isUsageError(e)) {
      io.stderr(`wirediff: ${oneLine(usageMessage(e as Error & { code?: string }, argv[0]))}\n`);
      return 2;
    }
    io.stderr(`wirediff: internal error: ${oneLine((e as Error).message)}\n`);
    return INTERNAL_ERROR;
  }
}

/**
 * The message of a usage error; an option the command does not take names the command and
 * where its options are listed (Node's own message speaks of positional arguments).
 */
function usageMessage(e: Error & { code?: string }, command: string | undefined): string {
  const unknown = e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec(e.message)?.[1] : undefined;
  if (!unknown || !command) return e.message;
  return `wirediff ${command} has no option ${unknown} (its options: wirediff ${command} --help; a file whose name starts with - goes after --)`;
}

/**
 * What the `wirediff` process asks of V8 for itself (never set when main() runs inside another
 * program, such as the tests). A command runs once, cold: much of its time goes to TurboFan
 * compiling the engine's large functions on background threads, which compete with the main
 * thread on a small machine. Inlining less and not peeling loops make those compiles much
 * cheaper and cost the compiled code next to nothing. On the news-length 10,000-sentence pair
 * (`compare --format json`), CPU of the whole process 3.3 → 2.4 s, of its main thread 1.75 →
 * 1.55 s; the 1,000-sentence pair 0.82 → 0.7 s in all; a seed pair unchanged; the matrix of
 * 50 versions 1.3 → 1.1 s in all. A larger young generation (`--max-semi-space-size`) was
 * measured too and saved nothing, for more memory.
 *
 * Each regular expression is compiled once, to machine code, not first to V8's regexp bytecode
 * and again to machine code on its second use (`--no-regexp-tier-up`): the engine's patterns
 * with Unicode property classes (\p{L}) cost most to compile, and nearly all of them run more
 * than once. News 10,000, CPU min of three alternating runs on a loaded machine: 4.39 → 4.19 s
 * in all, main thread 2.97 → 2.81 s; the 1,000-sentence pair, min of five: 1.24 → 1.19 s, main
 * thread 0.77 → 0.73 s. Tried and not kept (no saving, or more memory): a young generation
 * smaller (8 MB) or larger from the start (`--min-semi-space-size=16`), `--single-threaded-gc`,
 * `--no-lazy-feedback-allocation`, half or twice the interrupt budget; Maglev (`--maglev`) saved
 * some 10% but is experimental in Node 20's V8 and is not asked for.
 */
export const V8_FLAGS = '--max-inlined-bytecode-size-cumulative=100 --no-turbo-loop-peeling --no-regexp-tier-up';

/**
 * Asks Node to keep V8's code cache of the modules this process loads from now on
 * (`module.enableCompileCache`, Node 22.1 and later; in the system's temporary folder, or
 * where `NODE_COMPILE_CACHE` says; `NODE_DISABLE_COMPILE_CACHE=1` turns it off): the next
 * command reads the engine's bundle (about 2 MB) without compiling it again, as TypeScript's
 * own command does. Older Node has no such cache: nothing happens. Never throws (a cache that
 * cannot be written is only slower). Returns whether the cache was asked for. On Node 24, the
 * 1,000-sentence news pair (`compare --format json`, a cold process each time, on a busy
 * machine): CPU of the whole process, median of five, 0.98 -> 0.94 s; wall 1.8 -> 1.5 s.
 */
export function enableCodeCache(mod: { enableCompileCache?: () => unknown } = nodeModule as { enableCompileCache?: () => unknown }): boolean {
  if (typeof mod.enableCompileCache !== 'function') return false;
  try {
    mod.enableCompileCache();
    return true;
  } catch {
    return false;
  }
}

if (require.main === module) {
  setFlagsFromString(V8_FLAGS);
  if (!enableCodeCache()) commandsCache = cachePath(join(__dirname, COMMANDS_BUNDLE), process.env);
  // A closed pipe (wirediff … | head) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    // `-` on a terminal would wait for typing that never comes: say how to give it instead.
    readStdin: (limit) => {
      if (process.stdin.isTTY) throw new UsageError('-: the standard input is a terminal; pipe a file into it (cat copy.txt | wirediff compare -c wire.txt -)');
      return readBounded(limit, 0);
    },
    columns: process.stdout.columns,
    env: process.env,
  });
}
