/** What `npm run bench` prints once every case has run (the table, its legend, the notes) and writes (bench/results/latest.json). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { GROWTH_TARGET, LONG_TARGET_MB, LONG_TARGET_MS, PEER_TIMEOUT_MS, SEED_TARGET_MS } from './cases';
import { fmt, round, table } from './format';
import { peerVersion } from './processes';
import { RESULTS } from './paths';
import type { Growth, MatrixResult, Row } from './rows';

/** The table's cells of one row; the growth row shows the exponents instead of times. */
function cells(r: Row, g: Growth, peer10kCapped: boolean): string[] {
  const growthRow = r.name.startsWith('growth');
  return [
    r.name,
    growthRow ? '' : r.sentences,
    growthRow ? `exp ${fmt(g.ours1k10k)}` : r.ours?.ok ? fmt(r.ours.medianMs) : r.ours ? 'error' : '–',
    growthRow ? (g.peer1k10k !== null ? `exp ${peer10kCapped ? '≥' : ''}${fmt(g.peer1k10k)}` : '–') : r.peer?.ok ? (r.peer.timedOut ? '≥' : '') + fmt(r.peer.medianMs) : r.peer ? 'error' : '–',
    r.timeRatio !== null ? (r.peer?.timedOut ? '≤' : '') + fmt(r.timeRatio) : '–',
    r.ours?.ok ? fmt(r.ours.peakHeapMB, 1) : '–',
    r.peer?.ok ? fmt(r.peer.peakHeapMB, 1) : '–',
    r.memRatio !== null ? fmt(r.memRatio) : '–',
    r.ours?.ok ? fmt(r.ours.peakRssMB, 0) : '–',
    r.target || '–',
    r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL',
  ];
}

/** The table, its legend, the growth exponents, every row's notes, the matrix bench's state and the synthetic pairs' stats. */
export function printReport(rows: Row[], g: Growth, matrix: MatrixResult, synthStats: Map<string, unknown>, peer10kCapped: boolean): void {
  const header = ['case', 'sentences c/a', 'ours ms', 'peer ms', 'time ×', 'ours peak MB', 'peer peak MB', 'mem ×', 'ours RSS MB', 'target', 'result'];
  console.log('');
  console.log(table([header, ...rows.map((r) => cells(r, g, peer10kCapped))]));
  console.log('');
  console.log('ms: median wall time of one call after warm-up, calls back to back, each case and engine in a fresh process;');
  console.log('  end to end: the canonical text varies in trailing newlines from call to call, so no memo of it hits.');
  console.log('peak MB: peak V8 heapUsed during one call above the heap before it (v8.GCProfiler), uncollected garbage included.');
  console.log('RSS MB: peak RSS of the process during that one call (kernel high-water mark reset just before it), Node');
  console.log('  (~40 MB idle) and inputs included; the 300 MB target is checked against it.');
  console.log('time × / mem ×: ours ÷ peer (below 1: ours is faster / smaller). Memory ratio on peak heap MB.');
  if (g.ours1k10k !== null) {
    console.log(
      `growth exponent log(t10k/t1k)/log(n10k/n1k): ours ${fmt(g.ours1k10k)}, peer ${peer10kCapped ? '≥' : ''}${fmt(g.peer1k10k)}` +
        ` (100→1k: ours ${fmt(g.ours100to1k)}, peer ${fmt(g.peer100to1k)}). 1 is linear, ~1.1 is n·log n over a decade at this` +
        ` size, 2 quadratic; < ${GROWTH_TARGET} leaves room for n·log n sorting, GC and cache effects but catches any n^1.5 term.`,
    );
  }
  for (const r of rows) for (const n of r.notes) console.log(`note (${r.name}): ${n}`);
  if (matrix.skipped) console.log(`matrix bench: skipped (${matrix.skipped})`);
  else if (!matrix.ok) console.log(`matrix bench: error (${matrix.error})`);
  for (const [name, s] of synthStats) console.log(`${name}: ${JSON.stringify(s)}`);
}

/** The closing line: the rows that failed (and where to look), or all PASS, and how long the bench took. */
export function printVerdict(failed: Row[], wall: number): void {
  console.log(`\n${failed.length ? `FAIL: ${failed.map((r) => r.name).join(', ')}` : 'all targets PASS'} · bench took ${wall.toFixed(0)} s`);
  if (failed.length) {
    console.log('where the time goes: node --import tsx --expose-gc bench/profile.ts seed|synth10000 [--alloc]');
    console.log('try a patch on a copy of src/core: node --import tsx --expose-gc bench/ab.ts --b=COPY/src/core seed');
  }
}

/** What one run of the bench was, for bench/results/latest.json. */
export interface RunInfo {
  quick: boolean;
  engine: { head: string; srcCoreHash: string; srcCoreDirty: boolean };
  loadavgStart: number;
  growth: Growth;
  rows: Row[];
  matrix: MatrixResult;
  failed: Row[];
  wall: number;
}

/** Writes bench/results/latest.json: the machine, the method, the targets and every row. */
export function writeResults(run: RunInfo): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    join(RESULTS, 'latest.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        quick: run.quick,
        engine: run.engine,
        loadavgStart: run.loadavgStart,
        loadavgEnd: loadavg()[0],
        method: {
          process: 'one fresh `node --expose-gc` child per case and engine, running bench/measure.ts bundled by esbuild with src/core and the peer',
          time:
            'medianMs: median wall time of the timed calls after warm-up, back to back, the canonical rotated through 16 copies differing in trailing newlines (end to end, no memo hit); ' +
            'cpuMedianMs: same in CPU time; sameCanonicalMedianMs: the very same canonical every call; afterGcMedianMs: calls each right after a forced full GC; coldMs: the first call',
          memory:
            'peakHeapMB: peak V8 heapUsed during the first call above the heap before it (v8.GCProfiler before-GC samples and the end); ' +
            'peakRssMB: peak RSS during that call (VmHWM reset just before it), rssGrowthMB: that minus the idle RSS; lifetimePeakRssMB: whole child',
          peer: `jsdiff ${peerVersion()} diffSentences + diffWords over each removed/added chunk pair; diffSentences timeout ${PEER_TIMEOUT_MS} ms`,
        },
        targets: { seedMs: SEED_TARGET_MS, longMs: LONG_TARGET_MS, longMB: LONG_TARGET_MB, growthExponent: GROWTH_TARGET },
        growth: run.growth,
        rows: run.rows,
        matrix: run.matrix,
        failed: run.failed.map((r) => r.name),
        wallSeconds: round(run.wall, 1),
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`wrote ${join('bench', 'results', 'latest.json')}`);
}
