/**
 * The command line in a pipeline and over a folder of many versions: a bad file among the
 * versions is one line on stderr and the rest are still compared; `-` reads the standard
 * input; a closed pipe is no error; colours only on a terminal, `NO_COLOR` honoured.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { CliIO } from '../../src/cli/main';
import { runIn, tempDir } from './harness';
import { SEEDS } from '../helpers';

const tmp = tempDir('wirediff-pipeline-');
let dir = '';
let folder = '';
before(() => {
  dir = tmp.path;
  // A folder as a newsroom has it: copies, one copy twice, an empty file, a binary one, a page with no article.
  folder = join(dir, 'copies');
  mkdirSync(folder);
  copyFileSync(SEEDS[1]!, join(folder, 'a.txt'));
  copyFileSync(SEEDS[1]!, join(folder, 'a-again.txt'));
  copyFileSync(SEEDS[2]!, join(folder, 'b.txt'));
  writeFileSync(join(folder, 'c-empty.txt'), '');
  writeFileSync(join(folder, 'd-binary.txt'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
  writeFileSync(join(folder, 'e-index.html'), '<!DOCTYPE html><html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>');
});

const run = (args: string[], extra: Partial<CliIO> = {}): ReturnType<typeof runIn> => runIn(dir, args, extra);

const BAD = [/c-empty\.txt is empty/, /d-binary\.txt looks like a binary file/, /e-index\.html: no article found/];

function assertLeftOut(err: string): void {
  const lines = err.split('\n').filter(Boolean);
  assert.equal(lines.length, BAD.length, err);
  BAD.forEach((re, i) => {
    assert.match(lines[i]!, re);
    assert.match(lines[i]!, /^wirediff: .*\(left out; the others are compared\)$/);
  });
}

test('a folder with an empty, a binary and an article-less file: one line for each, the others still compared, exit 2', () => {
  const m = run(['compare', '-c', SEEDS[0]!, folder, '--format', 'matrix']);
  assert.equal(m.code, 2);
  assertLeftOut(m.err);
  assert.match(m.out, /3 versions against the canonical/);
  assert.match(m.out, /V1 = V2\s+duplicate/, 'the copy given twice is told as such');

  const mj = run(['compare', '-c', SEEDS[0]!, folder, '--format', 'matrix-json']);
  assert.equal(mj.code, 2);
  const doc = JSON.parse(mj.out) as { matrix: { versions: unknown[] }; notCompared: Array<{ path: string; problem: string }> };
  assert.deepEqual(
    doc.notCompared.map((n) => n.path),
    ['c-empty.txt', 'd-binary.txt', 'e-index.html'].map((f) => join(folder, f)),
  );

  for (const format of ['json', 'markdown', 'html']) {
    const r = run(['report', '-c', SEEDS[0]!, folder, '--format', format]);
    assert.equal(r.code, 2, format);
    assertLeftOut(r.err);
    if (format === 'json') assert.equal((JSON.parse(r.out) as { notCompared: unknown[] }).notCompared.length, 3);
    else assert.match(r.out, /Not compared:(<\/b>|\*\*) 3 of the files given/);
    assert.match(r.out, /c\\?-empty\\?\.txt is empty/, `${format}: the report names what it left out`);
  }

  // The plain compare with several articles: the same.
  const c = run(['compare', '-c', SEEDS[0]!, join(folder, 'a.txt'), join(folder, 'c-empty.txt'), join(folder, 'b.txt'), '-f', 'json']);
  assert.equal(c.code, 2);
  assert.equal((JSON.parse(c.out) as unknown[]).length, 2);
  assert.match(c.err, /^wirediff: \S+c-empty\.txt is empty \(left out; the others are compared\)\n$/);
  // A folder among the articles of the plain formats says where a folder goes.
  const f = run(['compare', '-c', SEEDS[0]!, folder]);
  assert.equal(f.code, 2);
  assert.match(f.err, /^wirediff: \S+copies is a directory: a folder of versions goes to --format matrix or matrix-json, or to wirediff report\n$/);
});

test('a good folder gives exit 0, nothing on stderr and no notCompared', () => {
  const good = join(dir, 'good');
  mkdirSync(good);
  copyFileSync(SEEDS[1]!, join(good, 'a.txt'));
  copyFileSync(SEEDS[2]!, join(good, 'b.txt'));
  const mj = run(['compare', '-c', SEEDS[0]!, good, '--format', 'matrix-json']);
  assert.equal(mj.code, 0, mj.err);
  assert.equal(mj.err, '');
  assert.ok(!('notCompared' in JSON.parse(mj.out)));
});

test('when no version can be read: one line for each, nothing on stdout, exit 2', () => {
  const files = ['c-empty.txt', 'd-binary.txt', 'e-index.html'].map((f) => join(folder, f));
  for (const args of [
    ['compare', '-c', SEEDS[0]!, ...files, '--format', 'matrix'],
    ['report', '-c', SEEDS[0]!, ...files],
    ['compare', '-c', SEEDS[0]!, ...files],
  ]) {
    const r = run(args);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    const lines = r.err.split('\n').filter(Boolean);
    assert.equal(lines.length, 3, r.err);
    BAD.forEach((re, i) => assert.match(lines[i]!, re));
  }
});

test('- reads the standard input, as the article or the canonical, once', () => {
  const stdin = (path: string) => ({ readStdin: () => readFileSync(path) });
  const byName = run(['compare', '-c', SEEDS[0]!, SEEDS[1]!, '-f', 'json']);
  const piped = run(['compare', '-c', SEEDS[0]!, '-', '-f', 'json'], stdin(SEEDS[1]!));
  assert.equal(piped.code, 0, piped.err);
  const ids = (out: string): string[] => (JSON.parse(out) as { discrepancies: Array<{ id: string }> }).discrepancies.map((d) => d.id);
  assert.deepEqual(ids(piped.out), ids(byName.out));
  assert.equal((JSON.parse(piped.out) as { article: { path: string } }).article.path, '-');

  const canon = run(['compare', '-c', '-', SEEDS[1]!, '-f', 'json'], stdin(SEEDS[0]!));
  assert.deepEqual(ids(canon.out), ids(byName.out));
  assert.equal(run(['read', '-'], stdin(SEEDS[1]!)).code, 0);
  assert.equal(run(['compare', '-c', SEEDS[0]!, '-', '-f', 'matrix'], stdin(SEEDS[1]!)).code, 0);

  const twice = run(['compare', '-c', '-', '-'], stdin(SEEDS[0]!));
  assert.equal(twice.code, 2);
  assert.match(twice.err, /^wirediff: the standard input \(-\) can be read only once[^\n]*\n$/);
  const none = run(['compare', '-c', SEEDS[0]!, '-']);
  assert.equal(none.code, 2);
  assert.match(none.err, /^wirediff: -: [^\n]*\n$/);
  const empty = run(['compare', '-c', SEEDS[0]!, '-'], { readStdin: () => new Uint8Array(0) });
  assert.match(empty.err, /^wirediff: - is empty\n$/);
  // What is read is bounded: the reader is asked for no more than the limit (and one byte to tell).
  let asked = 0;
  const endless = run(['compare', '-c', SEEDS[0]!, '-'], { readStdin: (limit) => ((asked = limit), new Uint8Array(limit + 1).fill(0x61)) });
  assert.equal(endless.code, 2);
  assert.ok(asked > 0);
  assert.match(endless.err, /^wirediff: - is too large to compare \(more than the limit of 8 MB\)\n$/);
});

test('colours only on a terminal, and never with NO_COLOR', () => {
  const args = ['compare', '-c', SEEDS[0]!, SEEDS[1]!];
  assert.ok(run(args, { isTTY: true }).out.includes('\x1b['));
  assert.ok(!run(args, { isTTY: true, env: { NO_COLOR: '1' } }).out.includes('\x1b['));
  assert.ok(run([...args, '--color'], { isTTY: false, env: { NO_COLOR: '1' } }).out.includes('\x1b['), '--color wins over NO_COLOR');
  assert.ok(!run([...args, '--format', 'matrix'], { isTTY: true, env: { NO_COLOR: '1' } }).out.includes('\x1b['));
});

const CLI = join(__dirname, '..', '..', 'src', 'cli', 'main.ts');

test('the real process: piped into head, no stack trace and exit 0; - reads a pipe; a terminal on - is refused', () => {
  // Enough output (a report of three versions) that the closed pipe is met while writing.
  const sh = `"${process.execPath}" --import tsx "${CLI}" report -c "${SEEDS[0]}" "${SEEDS[1]}" "${SEEDS[2]}" "${SEEDS[3]}" | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`;
  const r = spawnSync('bash', ['-c', sh], { encoding: 'utf8', timeout: 120_000 });
  assert.match(r.stdout, /status=0/);
  assert.equal(r.stderr, '');

  const piped = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'compare', '-c', SEEDS[0]!, '-', '--format', 'json'], {
    encoding: 'utf8',
    input: readFileSync(SEEDS[1]!),
    timeout: 60_000,
  });
  assert.equal(piped.status, 0, piped.stderr);
  assert.ok(JSON.parse(piped.stdout).discrepancies.length > 0);

  // A named pipe, as bash's <(…) and /dev/stdin piped into give: read to its end; an endless one stops at the limit.
  const viaPipe = (producer: string, file: string): ReturnType<typeof spawnSync> =>
    spawnSync('bash', ['-c', `${producer} | "${process.execPath}" --import tsx "${CLI}" compare -c "${SEEDS[0]}" ${file} --format json`], { encoding: 'utf8', timeout: 120_000 });
  const fifo = viaPipe('true', `<(cat "${SEEDS[1]}")`);
  assert.equal(fifo.status, 0, String(fifo.stderr));
  assert.match(String(fifo.stdout), /"path": "\/dev\/fd\/\d+"/);
  const devStdin = viaPipe(`cat "${SEEDS[1]}"`, '/dev/stdin');
  assert.equal(devStdin.status, 0, String(devStdin.stderr));
  const endless = viaPipe('yes "The minister said it was fine."', '-');
  assert.equal(endless.status, 2);
  assert.match(String(endless.stderr), /^wirediff: - is too large to compare \(more than the limit of 8 MB\)\n$/);

  // `script` gives the process a terminal as its standard input, where it would otherwise wait.
  const tty = spawnSync('script', ['-qec', `"${process.execPath}" --import tsx "${CLI}" compare -c "${SEEDS[0]}" -`, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
  if (tty.error) return; // no `script` here
  assert.match(tty.stdout, /wirediff: -: the standard input is a terminal/);
});

test('--fail-on SEV: exit 1 when a finding of SEV or above is shown, 0 when none is, for a shell if', () => {
  const pair = ['-c', SEEDS[0]!, SEEDS[1]!];
  const high = run(['compare', ...pair, '--fail-on', 'high']);
  assert.equal(high.code, 1);
  assert.match(high.out, /HIGH/, 'the output is printed all the same');
  assert.equal(run(['compare', ...pair]).code, 0, 'without --fail-on, 0 whatever was found');
  assert.equal(run(['compare', '-c', SEEDS[1]!, join(folder, 'a.txt'), '--fail-on', 'low']).code, 0, 'the same text: nothing found');
  // Only what is shown counts: findings the filter leaves out do not.
  const json = JSON.parse(run(['compare', ...pair, '-f', 'json']).out) as { discrepancies: Array<{ id: string; kind: string; severity: string }> };
  const lowKinds = [...new Set(json.discrepancies.map((d) => d.kind))].filter((k) => json.discrepancies.every((d) => d.kind !== k || d.severity === 'low'));
  assert.ok(lowKinds.length > 0);
  assert.equal(run(['compare', ...pair, '--fail-on', 'high', '--kinds', lowKinds.join(',')]).code, 0);
  assert.equal(run(['compare', ...pair, '--fail-on', 'low', '--kinds', lowKinds.join(',')]).code, 1);
  // Dismissed findings never count, even when shown.
  const store = join(dir, 'fail-store', 'verdicts.json');
  for (const d of json.discrepancies.filter((x) => x.severity === 'high')) {
    assert.equal(run(['verdict', 'dismiss', d.id, ...pair, '--store', store]).code, 0);
  }
  assert.equal(run(['compare', ...pair, '--fail-on', 'high', '--store', store]).code, 0);
  assert.equal(run(['compare', ...pair, '--fail-on', 'high', '--store', store, '--show-dismissed']).code, 0);
  assert.equal(run(['compare', ...pair, '--fail-on', 'medium', '--store', store]).code, 1);
  // The matrix and the report too; a version left out still makes it 2.
  assert.equal(run(['compare', ...pair, '-f', 'matrix-json', '--fail-on', 'high']).code, 1);
  assert.equal(run(['report', ...pair, '-f', 'json', '--fail-on', 'high']).code, 1);
  assert.equal(run(['report', ...pair, '-f', 'json', '--fail-on', 'high', '--store', store]).code, 0);
  assert.equal(run(['compare', '-c', SEEDS[0]!, folder, '-f', 'matrix', '--fail-on', 'high']).code, 2);
  const bad = run(['compare', ...pair, '--fail-on', 'urgent']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /^wirediff: --fail-on must be one of high, medium, low\n$/);
});

test('the matrix and the reports say which version is the same file twice, and which hardly shares a sentence with the canonical', () => {
  const other = join(__dirname, '..', 'fixtures', 'families', 'tune', 'chile-quake-voa-versions', 'chile-quake-voa-versions_1.txt');
  const versions = [join(folder, 'a.txt'), join(folder, 'a-again.txt'), other];
  const few = 'hardly a sentence in common with the canonical: a report written anew, or another story?';
  const m = run(['compare', '-c', SEEDS[0]!, ...versions, '-f', 'matrix']);
  assert.equal(m.code, 0, m.err);
  const lines = m.out.split('\n');
  const at = lines.findIndex((l) => l.includes('chile-quake-voa-versions_1.txt'));
  assert.ok(lines[at + 1]!.trim() === few, lines.slice(at - 2, at + 2).join('\n'));
  assert.equal(m.out.split(few).length, 2, 'said of that version only');
  for (const format of ['markdown', 'html']) {
    const r = run(['report', '-c', SEEDS[0]!, ...versions, '-f', format]);
    assert.equal(r.code, 0, r.err);
    const plain = r.out.replace(/\\/g, '');
    assert.ok(plain.includes('V2 has the same bytes as V1 (the same file twice).'), format);
    assert.ok(plain.includes(`V3: ${few}`), format);
    assert.ok(!plain.includes('V1 has the same bytes'), format);
  }
});
