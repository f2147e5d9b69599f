/**
 * The CLI's inputs where they are hard to get: a standard input left non-blocking by its parent
 * (waited on, not spun on), `verdict` reading `-`, a file the user may not read (run under a
 * non-root uid when the tests run as root), and a file in another encoding than UTF-8.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nextWait, MAX_WAIT_MS } from '../../src/cli/io';
import { runIn, tempDir } from './harness';
import { SEEDS } from '../helpers';

const tmp = tempDir('wirediff-input-');
const IO_TS = join(__dirname, '..', '..', 'src', 'cli', 'io.ts');
const CLI = join(__dirname, '..', '..', 'src', 'cli', 'main.ts');

test('nextWait: 1 ms, then doubling, never above MAX_WAIT_MS', () => {
  const seen: number[] = [];
  for (let w = 0, i = 0; i < 10; i++) seen.push((w = nextWait(w)));
  assert.deepEqual(seen.slice(0, 4), [1, 2, 4, 8]);
  assert.ok(seen.every((w) => w >= 1 && w <= MAX_WAIT_MS));
  assert.equal(seen.at(-1), MAX_WAIT_MS);
});

test('a non-blocking standard input with nothing written yet is waited on, not spun on (tries counted, not time)', async () => {
  // process.stdin over a pipe makes fd 0 non-blocking (as a Node parent's pipe is); the writer waits a second and a half.
  // The child counts the reader's tries of the descriptor (fs.readSync, patched before io.ts loads) and the wall time
  // it waited: asking again at once would try hundreds of thousands of times; waiting tries a handful (the pipe
  // reopened blocking) or at most one try per MAX_WAIT_MS slept plus the doubling steps. The count is the same on a
  // loaded machine (a slow machine sleeps longer, so it tries less), unlike the CPU time this test once measured.
  const script =
    `const fs = require('node:fs'); const real = fs.readSync; let tries = 0; fs.readSync = (...a) => { tries++; return real.apply(fs, a); };` +
    `const { readBounded } = require(${JSON.stringify(IO_TS)}); process.stdin; process.stdout.write('ready\\n');` +
    `const t = Date.now(); const b = readBounded(1 << 20, 0); const waitedMs = Date.now() - t;` +
    `process.stdout.write(JSON.stringify({ bytes: b.length, text: Buffer.from(b).toString(), tries, waitedMs }) + '\\n'); process.exit(0);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (out === 'ready\n') setTimeout(() => child.stdin.end('The minister said it was fine.'), 1500);
  });
  await done;
  const r = JSON.parse(out.split('\n')[1]!) as { bytes: number; text: string; tries: number; waitedMs: number };
  assert.equal(r.text, 'The minister said it was fine.');
  assert.ok(r.waitedMs >= 1000, `the reader returned after ${r.waitedMs} ms, before the writer wrote`);
  const bound = Math.ceil(r.waitedMs / MAX_WAIT_MS) + 20;
  assert.ok(r.tries <= bound, `${r.tries} tries of the descriptor in ${r.waitedMs} ms of waiting (at most ${bound}: one per ${MAX_WAIT_MS} ms slept, plus the doubling steps)`);
});

test('verdict reads - (the standard input) for the article or the canonical, as compare does', () => {
  const dir = tmp.path;
  const stdin = (path: string) => ({ readStdin: () => readFileSync(path) });
  const byName = runIn(dir, ['verdict', 'list', '-c', SEEDS[0]!, SEEDS[1]!]);
  assert.equal(byName.code, 0, byName.err);
  const piped = runIn(dir, ['verdict', 'list', '-c', SEEDS[0]!, '-'], stdin(SEEDS[1]!));
  assert.equal(piped.code, 0, piped.err);
  const ids = (out: string): string[] => out.split('\n').slice(1).filter(Boolean).map((l) => l.split(/\s+/)[0]!);
  assert.ok(ids(byName.out).length > 0);
  assert.deepEqual(ids(piped.out), ids(byName.out));
  const canon = runIn(dir, ['verdict', 'list', '-c', '-', SEEDS[1]!], stdin(SEEDS[0]!));
  assert.deepEqual(ids(canon.out), ids(byName.out));
  // A verdict set on the piped copy is the one the named copy shows (verdicts are keyed by content).
  const id = ids(byName.out)[0]!;
  const store = join(dir, 'stdin-store.json');
  const set = runIn(dir, ['verdict', 'confirm', id, '-c', SEEDS[0]!, '-', '--store', store], stdin(SEEDS[1]!));
  assert.equal(set.code, 0, set.err);
  assert.match(runIn(dir, ['verdict', 'list', '-c', SEEDS[0]!, SEEDS[1]!, '--store', store]).out, /\[confirmed\]/);
  const twice = runIn(dir, ['verdict', 'list', '-c', '-', '-'], stdin(SEEDS[0]!));
  assert.equal(twice.code, 2);
  assert.match(twice.err, /^wirediff: the standard input \(-\) can be read only once[^\n]*\n$/);
});

/** A uid that is not root and exists here, or undefined (not root ourselves, or no such user). */
function otherUid(): number | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const r = spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' });
  const uid = Number(r.stdout.trim());
  return r.status === 0 && uid > 0 ? uid : undefined;
}

test('a file the user may not read: one line, exit 2, says permission is denied', (t) => {
  // Root reads every file, so the tests (run as root here) run the command as another user.
  const uid = otherUid();
  if (uid === undefined) {
    t.skip('not run as root, or no user nobody: chmod alone would not stop root');
    return;
  }
  const dir = join(tmp.path, 'locked');
  mkdirSync(dir, { recursive: true });
  chmodSync(tmp.path, 0o755);
  chmodSync(dir, 0o755);
  const secret = join(dir, 'secret.txt');
  writeFileSync(secret, readFileSync(SEEDS[1]!));
  chmodSync(secret, 0o600);
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'compare', '-c', SEEDS[0]!, secret], {
    encoding: 'utf8',
    uid,
    gid: uid,
    // tsx's own cache of compiled files is left aside: the command exits (code 2) before tsx has
    // finished writing what it compiled, and an empty file it left there made the next run as this
    // user crash (SIGSEGV) instead of answering.
    env: { ...process.env, HOME: dir, TSX_TSCONFIG_PATH: undefined, TSX_DISABLE_CACHE: '1' },
    timeout: 120_000,
  });
  if (r.error || /Cannot find module|EACCES: permission denied, (open|scandir|mkdir) '(?!.*secret)/.test(r.stderr)) {
    t.skip(`cannot run the CLI as uid ${uid} here: ${r.error?.message ?? r.stderr.split('\n')[0]}`);
    return;
  }
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^wirediff: [^\n]*secret\.txt: permission denied[^\n]*\n$/);
});

test('a file in Latin-1 or Windows-1252: one line, exit 2, says where, what was expected and how to convert it', () => {
  const dir = tmp.path;
  const latin1 = join(dir, 'latin1.txt');
  // "Le président a dit.\nCafé" in Latin-1: é is the single byte 0xE9.
  writeFileSync(latin1, Buffer.from('Le pr\u00e9sident a dit.\nCaf\u00e9 ouvert.', 'latin1'));
  const r = runIn(dir, ['compare', '-c', SEEDS[0]!, latin1]);
  assert.equal(r.code, 2);
  assert.match(r.err, /^wirediff: [^\n]+\n$/, 'exactly one line');
  assert.match(r.err, /latin1\.txt is not UTF-8 text/);
  assert.match(r.err, /line 1, byte 0xE9/);
  assert.match(r.err, /Latin-1 or Windows-1252/);
  assert.match(r.err, /WireDiff reads UTF-8 \(or UTF-16 with a byte-order mark\)/);
  assert.match(r.err, /iconv -f WINDOWS-1252 -t UTF-8/);
  // Mostly UTF-8, one stray byte: not told it is Latin-1.
  const mixed = join(dir, 'mixed.txt');
  writeFileSync(mixed, Buffer.concat([Buffer.from('Le pr\u00e9sident a dit.\nIl a '), Buffer.from([0xff]), Buffer.from(' dit.')]));
  const m = runIn(dir, ['compare', '-c', SEEDS[0]!, mixed]);
  assert.equal(m.code, 2);
  assert.match(m.err, /mixed\.txt is not UTF-8 text \(line 2, byte 0xFF/);
  assert.doesNotMatch(m.err, /Latin-1/);
});
