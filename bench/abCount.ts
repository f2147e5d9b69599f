/**
 * A/B of two copies of the engine by instructions counted, not time: for a machine too busy
 * for wall or CPU time to tell a few per cent apart (helpers sharing two cores). Each copy's
 * warm calls run under `valgrind --tool=callgrind` in a `node --single-threaded` process (V8
 * compiles and collects on the main thread, so the count is the same from run to run, the
 * compiler's and the collector's work included). Two processes per copy, `--warm` calls and
 * `--warm` + `--calls` calls: the difference, divided by `--calls`, is what one warm call costs,
 * start-up and the first compiles taken out. For a patch on a copy of src/core (as ab.ts):
 *
 *   node --import tsx bench/abCount.ts --b=/tmp/try/src/core [seed|synthN|newsN|CANON ARTICLE] [--warm=N] [--calls=N]
 *
 * --a defaults to src/core; both are bundled by esbuild (as shipped). A call is a round of the
 * pairs (`seed`: four); the canonical text is rotated through 16 copies that differ in trailing
 * newlines, as the bench does. The four processes run two at a time. Prints the instructions per
 * call of each, the ratio B/A, and whether the two gave the same discrepancies (ids, in order).
 * Slow: valgrind runs code some fifty times slower (a seed round about a second and a half a call).
 * On a machine at load 20-30 (perf30, eight helpers on two cores) a news1000 run with --warm=1
 * --calls=2 took over an hour: there, ab.ts's CPU times of interleaved calls answer sooner.
 *
 * Did the session of 29 Nov slow the comparison (bench: news 1k 308 ms on 475e5f98, 355 ms on
 * baf36ff8)? No (perf30, main 9fedbec2 as A against 475e5f98's src/core as B, one process, load
 * ~22-30): ab.ts news1000, 20 rounds, CPU median 351 / 356 ms (p25 327 / 332), B/A 1.014; ab.ts
 * seed, 200 rounds, CPU median 15.2 / 14.9 ms (p25 12.4 / 12.7), B/A 0.98-1.02; the same
 * discrepancies. The bench's 15% was the machine's load, not the merges (precise32, align32,
 * mends32, perf29, leadwrap32), so no commit was bisected.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { bundleForNode } from './bundle';
import { namedPairs } from './pairs';
import { BUILD, ROOT } from './paths';

/** The child: `calls` rounds of compare over the pairs (a JSON file); prints the ids of the last round's discrepancies. */
const CHILD_SOURCE = `'use strict';
const fs = require('fs');
const { compare } = require(process.argv[2]);
const pairs = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const calls = Number(process.argv[4]);
let ids = '';
for (let i = 0; i < calls; i++) ids = pairs.map(([c, a]) => compare(c + '\\n'.repeat(i % 16), a).discrepancies.map((d) => d.id).join(',')).join('|');
process.stdout.write(ids);
`;

/** The instructions callgrind counted, from what it writes to stderr ("Collected : N"); null when it says none. */
export function collected(stderr: string): number | null {
  const m = /Collected\s*:\s*(\d+)/.exec(stderr);
  return m ? Number(m[1]) : null;
}

/** Instructions per call from two runs of `warm` and `warm + calls` calls. */
export function perCall(short: number, long: number, calls: number): number {
  return (long - short) / calls;
}

function bundle(coreDir: string, name: string): Promise<string> {
  return bundleForNode({
    stdin: { contents: `export { compare } from ${JSON.stringify(join(coreDir, 'index'))};\n`, resolveDir: ROOT, sourcefile: `ab-count-${name}.ts`, loader: 'ts' },
    nodePaths: [join(ROOT, 'node_modules')],
    outfile: join(BUILD, `ab-count-${name}.cjs`),
  });
}

const run = promisify(execFile);

/** One counted process: its instruction count and the ids it printed. */
async function counted(child: string, file: string, pairsFile: string, calls: number): Promise<{ count: number; ids: string }> {
  const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', child, file, pairsFile, String(calls)];
  const { stdout, stderr } = await run('valgrind', args, { maxBuffer: 1 << 26 });
  const count = collected(stderr);
  if (count === null) throw new Error(`no count from callgrind: ${stderr.slice(-300)}`);
  return { count, ids: stdout };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (k: string): string | undefined => args.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const bDir = opt('b');
  if (!bDir) throw new Error('--b=DIR is required');
  const positionals = args.filter((a) => !a.startsWith('--'));
  const which = positionals[0] ?? 'seed';
  const pairs = (await namedPairs(which)) ?? (positionals[1] ? [[readFileSync(which, 'utf8'), readFileSync(positionals[1], 'utf8')] as [string, string]] : null);
  if (!pairs) throw new Error(`unknown input ${which}`);
  const size = pairs.reduce((n, [c, a]) => n + c.length + a.length, 0);
  // About 8 MB of text compared per process after the warm calls (a seed round is 40 KB).
  const calls = Number(opt('calls') ?? Math.max(2, Math.min(60, Math.round(2e6 / size))));
  const warm = Number(opt('warm') ?? Math.max(1, Math.round(calls / 3)));
  mkdirSync(BUILD, { recursive: true });
  const child = join(BUILD, 'ab-count-child.cjs');
  writeFileSync(child, CHILD_SOURCE);
  const pairsFile = join(BUILD, 'ab-count-pairs.json');
  writeFileSync(pairsFile, JSON.stringify(pairs));
  const files = { a: await bundle(resolve(opt('a') ?? join(ROOT, 'src', 'core')), 'a'), b: await bundle(resolve(bDir), 'b') };
  console.log(`${which}: ${pairs.length} pair(s) a call; ${warm} and ${warm + calls} calls per copy under callgrind, two processes at a time …`);
  const [aShort, aLong] = await Promise.all([counted(child, files.a, pairsFile, warm), counted(child, files.a, pairsFile, warm + calls)]);
  const [bShort, bLong] = await Promise.all([counted(child, files.b, pairsFile, warm), counted(child, files.b, pairsFile, warm + calls)]);
  const a = perCall(aShort.count, aLong.count, calls);
  const b = perCall(bShort.count, bLong.count, calls);
  const m = (x: number): string => `${(x / 1e6).toFixed(1)} M`;
  console.log(`  A ${m(a)} instructions a call (processes: ${m(aShort.count)}, ${m(aLong.count)})`);
  console.log(`  B ${m(b)} instructions a call (processes: ${m(bShort.count)}, ${m(bLong.count)})`);
  console.log(`  B/A: ${(b / a).toFixed(3)}`);
  console.log(`  same discrepancies: ${aLong.ids === bLong.ids ? 'yes' : 'NO'}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(ROOT, 'bench', 'abCount.ts')) void main();
