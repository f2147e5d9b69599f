/**
 * A/B timing of two copies of the engine in one process, calls interleaved (A, B, A, B, …)
 * so that a busy machine slows both alike. For trying a performance patch on a copy of
 * src/core without touching the tree:
 *
 *   cp -r src/core /tmp/try/src/core   (and tsconfig.base.json to /tmp/try, node_modules linked)
 *   node --import tsx --expose-gc bench/ab.ts --b=/tmp/try/src/core [seed|synth100|synth1000|synth10000|news100|news1000|news10000] [--rounds=N] [--same-canonical]
 *
 * newsN reads the pair `npm run bench` wrote to bench/results/inputs/ (run it once first).
 *
 * --a defaults to src/core. Both are bundled by esbuild (as shipped). The canonical text
 * is rotated through 16 copies differing in trailing newlines, so a memo of the last
 * canonical text does not hit (--same-canonical: always the same one). Prints the median
 * and the 25th percentile of each, the ratio B/A, and whether the two give the same
 * discrepancies (ids, in order) on every input.
 */
import { join, resolve } from 'node:path';
import { loadCompare, type CompareFn } from './bundle';
import { namedPairs } from './pairs';
import { BUILD, ROOT } from './paths';

/** One copy of the engine, bundled as shipped. */
function bundle(coreDir: string, name: string): Promise<CompareFn> {
  return loadCompare(coreDir, join(BUILD, `ab-${name}.cjs`));
}

const q = (xs: number[], p: number): number => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (k: string): string | undefined => args.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const a = await bundle(resolve(opt('a') ?? join(ROOT, 'src', 'core')), 'a');
  const bDir = opt('b');
  if (!bDir) throw new Error('--b=DIR is required');
  const b = await bundle(resolve(bDir), 'b');
  const which = args.find((x) => !x.startsWith('--')) ?? 'seed';
  const pairs = await namedPairs(which);
  if (!pairs) throw new Error(`unknown input ${which}`);
  const size = pairs.reduce((n, [c, x]) => n + c.length + x.length, 0);
  const rounds = Number(opt('rounds') ?? Math.max(5, Math.min(400, Math.round(2e6 / size))));

  // Same output?
  const same = pairs.every(([c, x]) => {
    const ra = a(c, x).discrepancies.map((d) => d.id).join(',');
    const rb = b(c, x).discrepancies.map((d) => d.id).join(',');
    return ra === rb;
  });
  const sameCanonical = args.includes('--same-canonical');
  let turn = 0;
  const canon = (c: string): string => (sameCanonical ? c : c + '\n'.repeat(turn++ % 16));
  const warm = Math.min(rounds, 30);
  for (let i = 0; i < warm; i++) for (const [c, x] of pairs) (a(canon(c), x), b(canon(c), x));
  const ta: number[] = [];
  const tb: number[] = [];
  // CPU time of the process (all its threads, the GC's included): less at the mercy of other processes than wall time.
  const ca: number[] = [];
  const cb: number[] = [];
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 ? ([b, a] as const) : ([a, b] as const);
    for (const f of order) {
      const inputs = pairs.map(([c, x]) => [canon(c), x] as const);
      const c0 = cpu();
      const t0 = performance.now();
      for (const [c, x] of inputs) f(c, x);
      (f === a ? ta : tb).push(performance.now() - t0);
      (f === a ? ca : cb).push(cpu() - c0);
    }
  }
  const per = pairs.length;
  const fmt = (xs: number[]): string => `median ${(q(xs, 0.5) / per).toFixed(3)} ms, p25 ${(q(xs, 0.25) / per).toFixed(3)} ms`;
  console.log(`${which}: ${rounds} interleaved rounds of ${per} pair(s); per pair:`);
  console.log(`  A wall ${fmt(ta)}; cpu ${fmt(ca)}`);
  console.log(`  B wall ${fmt(tb)}; cpu ${fmt(cb)}`);
  console.log(`  B/A wall: median ${(q(tb, 0.5) / q(ta, 0.5)).toFixed(3)}, p25 ${(q(tb, 0.25) / q(ta, 0.25)).toFixed(3)}`);
  console.log(`  B/A cpu:  median ${(q(cb, 0.5) / q(ca, 0.5)).toFixed(3)}, p25 ${(q(cb, 0.25) / q(ca, 0.25)).toFixed(3)}`);
  console.log(`  same discrepancies: ${same ? 'yes' : 'NO'}`);
}

void main();
