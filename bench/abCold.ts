/**
 * A/B timing of two copies of the engine as the CLI runs it: cold, one call in a fresh process.
 * bench/ab.ts times warm calls in one process; a `wirediff compare` runs the engine once, before
 * the JIT has compiled much of it, so a patch can help one and not the other. For a patch to the
 * engine on a copy of src/core (as for ab.ts):
 *
 *   node --import tsx bench/abCold.ts --b=/tmp/try/src/core [news10000|news1000|synth10000|…|CANON ARTICLE] [--runs=N]
 *
 * newsN and synthN read the pairs `npm run bench` wrote to bench/results/inputs/ (run it once
 * first). --a defaults to src/core. Both are bundled by esbuild (as shipped). Each run is a
 * fresh `node` process that sets the CLI's V8 flags (src/cli/main.ts) as the CLI does, loads
 * one bundle, reads the pair and calls compare once; A and B take turns, so a busy machine
 * slows both alike. Prints, per engine, the medians of the call's CPU time on the main thread
 * (from /proc: less at the mercy of other processes than wall time; 10 ms steps), its wall
 * time, the whole process's CPU time (background compiles and GC included) and its peak RSS,
 * the ratios B/A, and whether the two gave the same discrepancies (ids, in order) every time.
 * The call is given the word vectors (data/word-vectors.bin, read by each engine's own
 * parseVectorTable before the clock starts), as the CLI gives them; --no-vectors leaves them out.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleForNode } from './bundle';
import { BUILD, INPUTS, ROOT } from './paths';
import { V8_FLAGS } from '../src/cli/main';

/** The child: one cold call, its figures as one JSON line on stdout. argv: flags, bundle, canonical, article[, word-vector table]. */
const CHILD_SOURCE = `'use strict';
const fs = require('fs');
require('v8').setFlagsFromString(process.argv[2]);
const mainCpu = () => {
  try {
    const f = fs.readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
};
const { compare, parseVectorTable } = require(process.argv[3]);
const c = fs.readFileSync(process.argv[4], 'utf8');
const a = fs.readFileSync(process.argv[5], 'utf8');
const vectors = process.argv[6] ? parseVectorTable(new Uint8Array(fs.readFileSync(process.argv[6]))) : undefined;
const m0 = mainCpu();
const t0 = performance.now();
const r = compare(c, a, { vectors });
const wallMs = performance.now() - t0;
const mainCpuMs = mainCpu() - m0;
const u = process.resourceUsage();
const ids = r.discrepancies.map((d) => d.id).join(',');
process.stdout.write(JSON.stringify({ wallMs, mainCpuMs, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssMB: u.maxRSS / 1024, ids }));
`;

interface Run {
  wallMs: number;
  mainCpuMs: number | null;
  cpuMs: number;
  rssMB: number;
  ids: string;
}

/** The canonical and article paths of a named pair (newsN, synthN), or the two paths given. */
function pairPaths(positionals: string[]): [string, string] {
  const [which = 'news10000', second] = positionals;
  if (second) return [resolve(which), resolve(second)];
  const m = /^(news|synth)(\d+)$/.exec(which);
  if (!m) throw new Error(`unknown input ${which} (newsN, synthN, or CANON ARTICLE)`);
  const base = join(INPUTS, `${m[1]}-${m[2]}`);
  return [`${base}.canonical.txt`, `${base}.article.txt`];
}

function bundle(coreDir: string, name: string): Promise<string> {
  return bundleForNode({
    stdin: {
      contents: `export { compare } from ${JSON.stringify(join(coreDir, 'index'))};\nexport { parseVectorTable } from ${JSON.stringify(join(coreDir, 'wordVectors'))};\n`,
      resolveDir: ROOT,
      sourcefile: `ab-cold-${name}.ts`,
      loader: 'ts',
    },
    nodePaths: [join(ROOT, 'node_modules')],
    outfile: join(BUILD, `ab-cold-${name}.cjs`),
  });
}

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (k: string): string | undefined => args.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const bDir = opt('b');
  if (!bDir) throw new Error('--b=DIR is required');
  const runs = Number(opt('runs') ?? 5);
  const [canonical, article] = pairPaths(args.filter((a) => !a.startsWith('--')));
  const vectors = args.includes('--no-vectors') ? [] : [join(ROOT, 'data', 'word-vectors.bin')];
  const files = { a: await bundle(resolve(opt('a') ?? join(ROOT, 'src', 'core')), 'a'), b: await bundle(resolve(bDir), 'b') };
  mkdirSync(BUILD, { recursive: true });
  const child = join(BUILD, 'ab-cold-child.cjs');
  writeFileSync(child, CHILD_SOURCE);
  const got: Record<'a' | 'b', Run[]> = { a: [], b: [] };
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const)) {
      const out = execFileSync(process.execPath, [child, V8_FLAGS, files[side], canonical, article, ...vectors], { maxBuffer: 1 << 28, encoding: 'utf8' });
      got[side].push(JSON.parse(out) as Run);
    }
  }
  const stat = (rs: Run[], k: 'wallMs' | 'mainCpuMs' | 'cpuMs' | 'rssMB'): number => median(rs.map((r) => r[k] ?? NaN));
  const line = (side: 'a' | 'b'): string =>
    `main-thread CPU ${stat(got[side], 'mainCpuMs').toFixed(0)} ms, wall ${stat(got[side], 'wallMs').toFixed(0)} ms, ` +
    `process CPU ${stat(got[side], 'cpuMs').toFixed(0)} ms, peak RSS ${stat(got[side], 'rssMB').toFixed(0)} MB`;
  const ratio = (k: 'wallMs' | 'mainCpuMs' | 'cpuMs' | 'rssMB'): string => (stat(got.b, k) / stat(got.a, k)).toFixed(3);
  const ids = new Set([...got.a, ...got.b].map((r) => r.ids));
  console.log(`${runs} cold runs each, A and B in turn, one compare per process (medians):`);
  console.log(`  A ${line('a')}`);
  console.log(`  B ${line('b')}`);
  console.log(`  B/A: main-thread CPU ${ratio('mainCpuMs')}, wall ${ratio('wallMs')}, process CPU ${ratio('cpuMs')}, RSS ${ratio('rssMB')}`);
  console.log(`  same discrepancies: ${ids.size === 1 ? 'yes' : 'NO'}`);
}

void main();
