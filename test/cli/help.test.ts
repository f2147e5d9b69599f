/**
 * The help against what the commands accept, and the examples of the README and the docs
 * run as written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { runIn, tempDir } from './harness';
import { HELP, HELP_COMMANDS } from '../../src/cli/help';
import { SEEDS } from '../helpers';

const tmp = tempDir('wirediff-help-');
const run = (args: string[]): ReturnType<typeof runIn> => runIn(tmp.path, args);

/** The long options named on the option lines of a help (not --help, --version). */
function longOptions(help: string): string[] {
  const lines = help.split('\n').filter((l) => /^ {2}(-\w, | {4})--/.test(l));
  const names = lines.flatMap((l) => [...l.split(/ {2,}/).slice(0, 2).join(' ').matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]!));
  return [...new Set(names)].filter((n) => n !== 'help' && n !== 'version');
}

const VALUE: Record<string, string> = {
  canonical: SEEDS[0]!,
  'min-severity': 'high',
  kinds: 'hedge',
  'fail-on': 'high',
  threshold: '0.4',
  language: 'eng',
  note: 'checked',
  author: 'desk',
};

function baseArgs(command: string): string[] {
  if (command === 'verdict') return ['verdict', 'list', '-c', SEEDS[0]!, SEEDS[1]!];
  if (command === 'read') return ['read', SEEDS[1]!];
  return [command, '-c', SEEDS[0]!, SEEDS[1]!];
}

function withOption(command: string, option: string): string[] {
  const value =
    option === 'format' ? 'json'
    : option === 'out' ? join(tmp.path, 'out.json')
    : option === 'store' ? join(tmp.path, 'store', 'verdicts.json')
    : VALUE[option];
  return [...baseArgs(command), `--${option}`, ...(value === undefined ? [] : [value])];
}

test('each command has a help of its own: its usage lines, and exactly the options it takes', () => {
  const all = longOptions(HELP);
  for (const command of HELP_COMMANDS) {
    const r = run([command, '--help']);
    assert.equal(r.code, 0);
    assert.ok(r.out.includes(`  wirediff ${command} `), `${command}: its usage`);
    assert.ok(!r.out.split('\n').some((l) => l.startsWith('  wirediff ') && !l.startsWith(`  wirediff ${command} `)), `${command}: only its usage`);
    const own = longOptions(r.out);
    for (const option of own) {
      const x = run(withOption(command, option));
      assert.ok(!/has no option|Unknown option/.test(x.err), `${command} --${option} is in its help but refused: ${x.err}`);
    }
    // Every option of the whole help that the command's help leaves out, the command refuses: its help is complete.
    for (const option of all.filter((o) => !own.includes(o))) {
      const x = run(withOption(command, option));
      assert.equal(x.code, 2, `${command} --${option}`);
      assert.match(x.err, new RegExp(`^wirediff: wirediff ${command} has no option --${option} \\(its options: wirediff ${command} --help`), `${command} --${option}: ${x.err}`);
    }
    assert.equal(run(['help', command]).out, r.out, 'wirediff help COMMAND is the same');
  }
});

test('no command: the help on stderr, nothing on stdout, exit 2', () => {
  const r = run([]);
  assert.equal(r.code, 2);
  assert.equal(r.out, '');
  assert.match(r.err, /Usage:/);
});

/** The example command lines of a Markdown file's shell blocks that name files (not the CANON ARTICLE patterns). */
function examples(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```sh\n([^]*?)```/g)].map((m) => m[1]!);
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => /^(npx )?wirediff /.test(l) && !/\b(CANON|ARTICLE|FILE)\b/.test(l));
}

/** A command line as its words (double quotes kept together), and a `> FILE` it writes to. */
function words(line: string): { args: string[]; to?: string } {
  const parts = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  const at = parts.indexOf('>');
  const args = (at >= 0 ? parts.slice(0, at) : parts).filter((w, i) => !(i === 0 && w === 'npx')).slice(1);
  return at >= 0 ? { args, to: parts[at + 1] } : { args };
}

test("the README's and the docs' examples run as written (the finding ids they name are examples: those are not found)", () => {
  const work = join(tmp.path, 'examples');
  mkdirSync(join(work, 'copies'), { recursive: true });
  copyFileSync(SEEDS[0]!, join(work, 'wire.txt'));
  SEEDS.slice(1, 4).forEach((s, i) => copyFileSync(s, join(work, `copy${i + 1}.txt`)));
  copyFileSync(SEEDS[1]!, join(work, 'copies', 'copy1.txt'));
  copyFileSync(SEEDS[2]!, join(work, 'copies', 'copy2.txt'));
  const root = join(__dirname, '..', '..');
  const lines = [...examples(readFileSync(join(root, 'README.md'), 'utf8')), ...examples(readFileSync(join(root, 'docs', 'many-versions.md'), 'utf8'))];
  assert.ok(lines.length >= 8, lines.join('\n'));
  const cwd = process.cwd();
  process.chdir(work);
  try {
    for (const line of lines) {
      const { args } = words(line);
      let err = '';
      const code = main(args, { stdout: () => {}, stderr: (s) => (err += s), isTTY: false, columns: 100, env: {}, cwd: work });
      if (args[0] === 'verdict' && args[1] !== 'list') assert.match(err, /^wirediff: no finding '[\w-]+' in copy2\.txt/, line);
      else assert.equal(code, 0, `${line}: ${err}`);
    }
  } finally {
    process.chdir(cwd);
  }
});
