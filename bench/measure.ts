/**
 * One engine on one case, in a fresh child process: what bench.ts forks. bench.ts bundles
 * this file with the engine and the peer (esbuild, as scripts/build.mjs bundles the CLI
 * and the extension) and runs the bundle with plain `node --expose-gc`, so neither tsx
 * nor its transform cache is in the process whose time and memory are measured.
 *
 * In order:
 *   1. load the inputs, two full GCs, note the idle RSS;
 *   2. the first call (cold) on the case's own input, for memory: the kernel's RSS
 *      high-water mark (VmHWM) is reset just before it (/proc/self/clear_refs), so
 *      "peak RSS" is the process's peak during that one call, Node and inputs included,
 *      and "RSS growth" that minus the idle RSS; "peak heap" is the peak V8 heapUsed during
 *      the call above the heap before it, from v8.GCProfiler (the heap in use just before
 *      every GC during the call) and at its end, young-generation garbage included;
 *   3. warm-up calls (on the warm-up pair when the case has one: the 10,000-sentence case
 *      warms up on the 1,000-sentence pair, the same code for a fraction of the time);
 *   4. timed calls, back to back with no forced GC (a call pays for the collections its
 *      garbage causes, as in steady use); the median wall time is what the table shows,
 *      CPU time is kept too (the machine may be shared). End to end means both texts
 *      segmented, aligned and compared on every call: the canonical text is rotated
 *      through 16 copies that differ only in trailing newlines (the same sentences, the
 *      same offsets, the same findings), so no memo of recent inputs would turn a call
 *      into a lookup. The same calls with the very same canonical text every time (an
 *      editor re-comparing one article as it is edited) are timed apart:
 *      sameCanonicalMedianMs. compare() itself keeps no memo (it stays pure), so where this
 *      median is lower it is not a memo's gain (these calls run after the timed ones, on
 *      code warmed up longer); the editor's worker prepares a canonical text once for all
 *      its comparisons (src/engine/canonicalMemo.ts), which this does not time;
 *   5. small cases only: calls each made right after a forced full GC (an editor that sat
 *      idle). A full GC lets V8 drop the hidden classes of short-lived objects and
 *      deoptimise the code built on them, so these are slower; reported apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { GCProfiler } from 'node:v8';
import { compare } from '../src/core/index';
import { peerCompare } from './peer';

export type Engine = 'ours' | 'peer';

/** At least `min` calls and `ms` milliseconds, at most `max` calls; stop once `capMs` is spent whatever the count (a warm-up's milliseconds are the process's CPU time, the timed calls' wall time). */
export interface Budget {
  min: number;
  ms: number;
  max: number;
  capMs: number;
}

export interface Plan {
  warm: Budget;
  timed: Budget;
}

export interface CaseSpec {
  name: string;
  kind: 'seed' | 'synth';
  canonicalPath: string;
  articlePath: string;
  /** Warm up on this pair instead (cheaper, same code paths). */
  warmCanonicalPath?: string;
  warmArticlePath?: string;
  plan: Plan;
  /** The peer's plan, when one of its calls takes much longer than ours (the news-length 10k pair). */
  peerPlan?: Plan;
  targetMs?: number;
  /** Ours ÷ peer must stay at or below this (time, medians). */
  targetRatio?: number;
  /** How long the parent waits for this case's child, per engine (default 120 s). */
  childTimeoutMs?: number;
  targetMB?: number;
  /** The peer's diffSentences gives up after this long (jsdiff's `timeout` option). */
  peerTimeoutMs: number;
}

export interface ChildTask {
  engine: Engine;
  spec: CaseSpec;
}

export interface Measure {
  engine: Engine;
  ok: boolean;
  error?: string;
  /** Canonical/article sentences as the engine segmented them (ours only). */
  sentences?: string;
  /** The peer hit its time limit: its times are a lower bound. */
  timedOut?: boolean;
  /** The first call in the fresh process, on the case's input (the memory call). */
  coldMs?: number;
  warmups?: number;
  runs?: number;
  /** Median wall time of the timed calls. */
  medianMs?: number;
  /** Median CPU time (user + system, all threads, GC helpers included) of the timed calls. */
  cpuMedianMs?: number;
  /** Median CPU time of the main thread alone (the CLI process case, where /proc tells it). */
  mainCpuMedianMs?: number;
  minMs?: number;
  maxMs?: number;
  /** Median of calls that all pass the very same canonical text (memos of it hit). */
  sameCanonicalMedianMs?: number;
  /** Median of calls each made right after a forced full GC (small cases only). */
  afterGcMedianMs?: number;
  /** Peak V8 heap in use during the first call above the heap in use before it. */
  peakHeapMB?: number;
  /** Heap still in use after that call and a GC, its result alive: the result's size. */
  retainedHeapMB?: number;
  /** Peak RSS of the process during the first call (Node, inputs, engine). */
  peakRssMB?: number;
  /** peakRssMB minus the idle RSS before the call. */
  rssGrowthMB?: number;
  idleRssMB?: number;
  /** Peak RSS of the process over its whole life (every call, garbage not yet returned). */
  lifetimePeakRssMB?: number;
  /** How the peak RSS was read. */
  rssMethod?: string;
}

const MB = 1024 * 1024;
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

export function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function procStatusKB(field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Resets the kernel's RSS high-water mark to the current RSS (Linux ≥ 4.0). */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** Used V8 heap in a GCProfiler record (camelCase at run time, snake_case in @types/node). */
function usedOf(h: unknown): number {
  const r = h as { usedHeapSize?: number; used_heap_size?: number };
  return r.usedHeapSize ?? r.used_heap_size ?? 0;
}

/** The engine under test as one call, and whether the peer gave up on a call since the flag was last reset. */
interface Runner {
  run: (c: string, a: string) => unknown;
  timedOut: { value: boolean };
}

function runnerFor(engine: Engine, peerTimeoutMs: number): Runner {
  const timedOut = { value: false };
  const run =
    engine === 'ours'
      ? (c: string, a: string): unknown => compare(c, a)
      : (c: string, a: string): unknown => {
          const r = peerCompare(c, a, peerTimeoutMs);
          if (r.timedOut) timedOut.value = true;
          return r;
        };
  return { run, timedOut };
}

/** 1-2. The first call, for memory: its time, CPU, peak heap and RSS, and the heap it leaves. */
function coldCall(run: Runner['run'], canonical: string, article: string, gc: () => void) {
  gc();
  gc();
  const idleKB = procStatusKB('VmRSS');
  const exact = resetPeak() && idleKB !== null;
  const heapBefore = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  const coldCpu0 = process.cpuUsage();
  const t0 = performance.now();
  const keep: unknown = run(canonical, article);
  const coldMs = performance.now() - t0;
  const coldCpu = process.cpuUsage(coldCpu0);
  const heapEnd = process.memoryUsage().heapUsed;
  const gcs = profiler.stop();
  const peakKB = exact ? procStatusKB('VmHWM') : process.resourceUsage().maxRSS;
  let peakHeap = heapEnd;
  for (const g of gcs?.statistics ?? []) peakHeap = Math.max(peakHeap, usedOf(g.beforeGC.heapStatistics));
  gc();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  const summary = (keep as { summary?: { canonicalSentences: number; articleSentences: number } } | null)?.summary;
  const sentences = summary ? `${summary.canonicalSentences}/${summary.articleSentences}` : undefined;
  return { idleKB, exact, heapBefore, coldMs, coldCpu, peakKB, peakHeap, retained, sentences };
}

/** 3-4. Warm-up calls on the warm-up pair, then the timed calls, back to back; wall and CPU times. */
function timedCalls(runner: Runner, plan: Plan, warmVariants: string[], warmA: string, variants: string[], article: string, turn: { n: number }) {
  const { warm, timed } = plan;
  const { run } = runner;
  let warmups = 0;
  const times: number[] = [];
  const cpu: number[] = [];
  let keep: unknown = null;
  // The warm-up's budget is the process's CPU time, not wall time: on a loaded machine wall time
  // runs out after a few calls, and the timed calls would then time code V8 has not compiled yet.
  const warmStart = process.cpuUsage();
  for (;;) {
    const spent = process.cpuUsage(warmStart);
    const el = (spent.user + spent.system) / 1000;
    if (warmups >= warm.max || (el >= warm.capMs && warmups >= 1) || (warmups >= warm.min && el >= warm.ms)) break;
    keep = run(warmVariants[turn.n++ % 16]!, warmA);
    warmups++;
  }
  keep = null;
  runner.timedOut.value = false;
  let total = 0;
  for (;;) {
    const c = variants[turn.n++ % 16]!;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    keep = run(c, article);
    const dt = performance.now() - t0;
    const c1 = process.cpuUsage(c0);
    times.push(dt);
    cpu.push((c1.user + c1.system) / 1000);
    total += dt;
    if (runner.timedOut.value) break; // one call at the limit is enough to know
    if (times.length >= timed.max || (total >= timed.capMs && times.length >= 1) || (times.length >= timed.min && total >= timed.ms)) break;
  }
  void keep;
  return { warmups, times, cpu };
}

/** 4b. The very same canonical text on every call. */
function sameCanonicalCalls(run: Runner['run'], timed: Plan['timed'], canonical: string, article: string): number[] {
  const same: number[] = [];
  let total = 0;
  let keep: unknown = run(canonical, article);
  while (same.length < timed.max && (same.length < 3 || total < timed.ms / 2) && (total < timed.capMs / 2 || same.length < 1)) {
    const t0 = performance.now();
    keep = run(canonical, article);
    const dt = performance.now() - t0;
    same.push(dt);
    total += dt;
  }
  void keep;
  return same;
}

/** 5. Calls each made right after a full GC. */
function afterGcCalls(run: Runner['run'], gc: () => void, variants: string[], article: string, turn: { n: number }): number[] {
  const afterGc: number[] = [];
  let keep: unknown = null;
  for (let i = 0; i < 10; i++) {
    keep = null;
    gc();
    const c = variants[turn.n++ % 16]!;
    const t0 = performance.now();
    keep = run(c, article);
    afterGc.push(performance.now() - t0);
  }
  void keep;
  return afterGc;
}

export async function measure(task: ChildTask): Promise<Measure> {
  const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});
  const { spec, engine } = task;
  const canonical = readFileSync(spec.canonicalPath, 'utf8');
  const article = readFileSync(spec.articlePath, 'utf8');
  const warmC = spec.warmCanonicalPath ? readFileSync(spec.warmCanonicalPath, 'utf8') : canonical;
  const warmA = spec.warmArticlePath ? readFileSync(spec.warmArticlePath, 'utf8') : article;
  // Copies of the canonical text that differ only in trailing newlines: see 4. above.
  const variants = Array.from({ length: 16 }, (_, k) => canonical + '\n'.repeat(k));
  const warmVariants = warmC === canonical ? variants : Array.from({ length: 16 }, (_, k) => warmC + '\n'.repeat(k));
  const turn = { n: 0 };
  const runner = runnerFor(engine, spec.peerTimeoutMs);
  const plan = engine === 'peer' && spec.peerPlan ? spec.peerPlan : spec.plan;

  const cold = coldCall(runner.run, canonical, article, gc);
  let warmups = 0;
  let times: number[] = [];
  let cpu: number[] = [];
  let timedOut: boolean;
  if (!runner.timedOut.value) {
    ({ warmups, times, cpu } = timedCalls(runner, plan, warmVariants, warmA, variants, article, turn));
    timedOut = runner.timedOut.value;
  } else {
    // The peer gave up on the first call already: that call is the (lower-bound) sample.
    times = [cold.coldMs];
    cpu = [(cold.coldCpu.user + cold.coldCpu.system) / 1000];
    timedOut = true;
  }
  const same = !timedOut && times.length >= 3 ? sameCanonicalCalls(runner.run, plan.timed, canonical, article) : [];
  const afterGc = !timedOut && median(times) < 200 ? afterGcCalls(runner.run, gc, variants, article, turn) : [];
  const lifetimeKB = process.resourceUsage().maxRSS;
  times.sort((x, y) => x - y);
  const { idleKB, exact, peakKB } = cold;
  return {
    engine,
    ok: true,
    sentences: cold.sentences,
    timedOut,
    coldMs: round(cold.coldMs, 3),
    warmups,
    runs: times.length,
    medianMs: round(median(times), 3),
    cpuMedianMs: cpu.length ? round(median(cpu), 3) : undefined,
    minMs: round(times[0]!, 3),
    maxMs: round(times[times.length - 1]!, 3),
    sameCanonicalMedianMs: same.length ? round(median(same), 3) : undefined,
    afterGcMedianMs: afterGc.length ? round(median(afterGc), 3) : undefined,
    peakHeapMB: round((cold.peakHeap - cold.heapBefore) / MB),
    retainedHeapMB: round(cold.retained / MB),
    peakRssMB: peakKB !== null ? round(peakKB / 1024) : undefined,
    rssGrowthMB: exact && peakKB !== null ? round((peakKB - idleKB!) / 1024) : undefined,
    idleRssMB: idleKB !== null ? round(idleKB / 1024) : undefined,
    lifetimePeakRssMB: round(lifetimeKB / 1024),
    rssMethod: exact ? 'VmHWM reset just before the first call' : 'maxRSS since process start (upper bound)',
  };
}

/** Entry point of the child bundle: the task as JSON in argv[2], the result back over IPC. */
export async function childMain(): Promise<void> {
  let m: Measure;
  try {
    m = await measure(JSON.parse(process.argv[2]!) as ChildTask);
  } catch (e) {
    m = { engine: 'ours', ok: false, error: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  await new Promise<void>((r) => process.send!(m, () => r()));
  process.exit(0);
}
