/**
 * The commands by name. main.ts loads this module only when a command runs, so that
 * `wirediff --version` and `--help` load none of the engine (in the build it is a bundle
 * of its own, dist/cli-commands.js; see scripts/build.mjs).
 */
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
