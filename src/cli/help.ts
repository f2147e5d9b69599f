/**
 * The help: the whole of it (\`wirediff --help\`) and each command's (\`wirediff report --help\`),
 * which is the whole help's usage lines and option lines of that command, so the two never
 * disagree. Loads no engine (only the list of kinds).
 */
import { DISCREPANCY_KINDS } from '../core/types';
import { VERSION } from './io';

export const HELP = `wirediff ${VERSION}: see where a news article departs from the canonical wire text.

Usage:
  wirediff compare --canonical CANON ARTICLE [ARTICLE ...] [options]
  wirediff compare --canonical CANON A B C ... --format matrix|matrix-json
  wirediff report  --canonical CANON A B C ... [--out FILE] [--format html|markdown|json]
  wirediff verdict list --canonical CANON ARTICLE       (finding ids and verdicts)
  wirediff verdict confirm|benign|dismiss|clear ID --canonical CANON ARTICLE [--note TEXT]
  wirediff read FILE [--format text|json] [--language CODE]   (what WireDiff reads: blocks, roles, sentences)

Options:
  -c, --canonical FILE     the canonical (wire) text to compare against
  -f, --format FORMAT      text (default), json, markdown, matrix or matrix-json
      --min-severity SEV   show only low (default), medium or high and above
      --kinds K1,K2        show only these kinds (${DISCREPANCY_KINDS.join(', ')})
      --threshold X        similarity (0..1) for matching sentences, default 0.3
      --language CODE      ISO 639-3 language code (eng, fra, ind, ...), default auto
      --color / --no-color force colours on or off (default: on for a terminal)
      --fail-on SEV        exit 1 when a finding of SEV (high, medium, low) or above is shown
  -h, --help               this help (wirediff COMMAND --help: that command's)
  -v, --version            the version

Many versions:
      --format matrix      coverage matrix and lineage for a terminal
      --format matrix-json the same as JSON ({version, matrix, lineage})
  -o, --out FILE           report: write here (format from .html/.md/.json), else stdout
  A directory among the versions (matrix formats, report) means the .txt, .md and .html
  files in it.

Verdicts (.wirediff/verdicts.json here or in the nearest ancestor with .wirediff/):
      --store PATH         the verdict file to use instead
      --show-dismissed     show findings marked dismissed (hidden by default)
  -m, --note TEXT          a note with the verdict
      --author NAME        who gives it (default: $WIREDIFF_AUTHOR, git user.name)

Inputs: a file, or - for the standard input (cat copy.txt | wirediff compare -c wire.txt -).
UTF-8 or UTF-16 text. Markdown (.md) is compared by the text a reader sees in it,
a saved web page (.html, or a file that opens with <!DOCTYPE html>) by its article: the
page chrome around it is not compared (see it with wirediff read). A page with no article
is not compared (exit 2).

Exit status: 0 when the comparison ran (whatever it found; with --fail-on SEV, when it
found nothing of SEV or above, dismissed findings aside), 1 with --fail-on when it did,
2 on bad usage or an unreadable input file (among several articles or versions, one that
cannot be read is named on stderr and left out, the others are compared, and the status
is 2), 3 on an internal error.
`;

/**
 * The options each command takes, by the name of their line in HELP (the long option), or a
 * line of its own where the general one would mislead (report's and read's formats).
 * test/cli/help.test.ts checks each against what the command accepts.
 */
const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  compare: ['canonical', 'format', 'min-severity', 'kinds', 'fail-on', 'threshold', 'language', 'color', 'store', 'show-dismissed'],
  report: ['canonical', '  -o, --out FILE           write here (format from .html/.md/.json), else stdout', '  -f, --format FORMAT      html (default), markdown or json', 'min-severity', 'kinds', 'fail-on', 'threshold', 'language', 'store', 'show-dismissed'],
  verdict: ['canonical', 'note', 'author', 'store', 'show-dismissed', 'threshold', 'language'],
  read: ['  -f, --format FORMAT      text (default) or json', 'language'],
};

/** The names of the commands that have a help of their own. */
export const HELP_COMMANDS = Object.keys(COMMAND_OPTIONS);

/** One command's help: its usage lines, its options, and the part on inputs and exit status; null for an unknown command. */
export function commandHelp(command: string): string | null {
  const options = Object.hasOwn(COMMAND_OPTIONS, command) ? COMMAND_OPTIONS[command]! : null;
  if (!options) return null;
  const lines = HELP.split('\n');
  const usage = lines.filter((l) => l.startsWith(`  wirediff ${command} `));
  const optionLines = options.map((o) => (o.startsWith(' ') ? o : lines.find((l) => new RegExp(`^ {2}(-\\w, | {4})--${o}\\b`).test(l))!));
  const tail = HELP.slice(HELP.indexOf('\nInputs:'));
  return `${lines[0]}\n\nUsage:\n${usage.join('\n')}\n\nOptions:\n${optionLines.join('\n')}\n  -h, --help               this help\n${tail}`;
}
