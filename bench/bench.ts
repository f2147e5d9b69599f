/**
 * `npm run bench`: time and memory of the engine's `compare` (segment, align, detect, end
 * to end) against a jsdiff peer (`diffSentences`, then `diffWords` over each removed/added
 * pair of sentence chunks), on the seed pairs and on synthetic long pairs of 100, 1,000 and
 * 10,000 sentences (bench/synth.ts) in two shapes: `synth` (sentences from every seed sentence)
 * and `news` (news-length sentences of about 30 words: the 10,000-sentence pair is about 2 MB).
 * The news 10,000 pair is also run as one whole CLI process (`--format json`), as a pipeline
 * would run it. A case slower than jsdiff fails.
 *
 * Every (case, engine) runs in a fresh child process, so one case's heap, JIT state and
 * peak memory do not leak into another's. The child is bench/measure.ts bundled with the
 * engine and the peer by esbuild (as the CLI and the extension are built) and run with
 * plain `node --expose-gc`: no tsx in the measured process. See measure.ts for what it
 * does; in short:
 *   - ms: median wall time of the timed calls, after warm-up, back to back, end to end (no
 *     memo of a repeated canonical text: see measure.ts; that case is in the JSON too);
 *   - peak MB: peak V8 heapUsed during one call above the heap before it (v8.GCProfiler),
 *     garbage not yet collected included;
 *   - RSS MB: peak RSS of the process during that one call (kernel high-water mark,
 *     reset just before it), Node and inputs included: what `top` would show for the CLI.
 *     The 300 MB target is checked against it.
 * The growth exponent is log(t10k / t1k) / log(n10k / n1k) over the median times.
 *
 * Flags:
 *   --strict    exit 1 when a target fails (default: print FAIL and exit 0)
 *   --quick     fewer and shorter runs, and no 10,000-sentence case (a smoke run)
 *   --no-peer   skip the jsdiff peer
 *   --only=RE   only the cases whose name matches RE
 *
 * Writes bench/results/latest.json, and the synthetic inputs to bench/results/inputs/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, loadavg, totalmem } from 'node:os';
import type { CaseSpec, ChildTask, Engine, Measure } from './measure';
import { PLANS, QUICK, SYNTH_SIZES, seedCases, synthCases } from './cases';
import { fmt, round } from './format';
import { CHILD, MATRIX, ROOT } from './paths';
import { printReport, printVerdict, writeResults } from './print';
import { buildChild, cliProcess, coreFingerprint, runChild, startUp } from './processes';
import { caseRow, cliCpuNote, cliRow, growthOf, growthRow, matrixRows, measureOf, startUpRow, type MatrixEntry, type MatrixResult, type Row } from './rows';

// =======================================================================================
// Parent

interface Options {
  strict: boolean;
  quick: boolean;
  noPeer: boolean;
  only: RegExp | null;
}

function options(argv: string[]): Options {
  const onlyArg = argv.find((a) => a.startsWith('--only='));
  return {
    strict: argv.includes('--strict'),
    quick: argv.includes('--quick'),
    noPeer: argv.includes('--no-peer'),
    only: onlyArg ? new RegExp(onlyArg.slice('--only='.length)) : null,
  };
}

/** The opening lines: the machine, its load (a warning when busy), and which engine is measured. */
function printHeader(quick: boolean): { load0: number; core: ReturnType<typeof coreFingerprint> } {
  console.log(
    `WireDiff bench · node ${process.version} · ${cpus().length}× ${cpus()[0]?.model ?? '?'} · ${round(totalmem() / 2 ** 30, 1)} GB` +
      (quick ? ' · QUICK' : '') +
      ` · load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
  );
  const load0 = loadavg()[0]!;
  if (load0 > cpus().length * 0.5) console.log(`warning: the machine is busy (load ${load0.toFixed(2)} on ${cpus().length} cores): wall times will be noisy; see cpuMedianMs in the JSON`);
  const core = coreFingerprint();
  console.log(`engine: src/core at ${core.head}${core.srcCoreDirty ? ' + uncommitted edits' : ''} (content ${core.srcCoreHash})`);
  console.log(`ours = compare() from src/core (segment, align, detect); peer = jsdiff diffSentences + diffWords per changed chunk\n`);
  return { load0, core };
}

/** Runs one case on each engine, each in a fresh child, printing a line per engine as it ends. */
async function measureCase(spec: CaseSpec, noPeer: boolean): Promise<Partial<Record<Engine, Measure>>> {
  const engines: Engine[] = noPeer ? ['ours'] : ['ours', 'peer'];
  const got: Partial<Record<Engine, Measure>> = {};
  for (const engine of engines) {
    process.stdout.write(`  ${spec.name.padEnd(16)} ${engine.padEnd(4)} … `);
    const m = (await runChild(CHILD, [JSON.stringify({ engine, spec } satisfies ChildTask)], spec.childTimeoutMs ?? 120_000)) as Measure;
    m.engine = engine;
    got[engine] = m;
    console.log(
      m.ok
        ? `${fmt(m.medianMs)} ms median of ${m.runs} (cpu ${fmt(m.cpuMedianMs)} ms)${m.timedOut ? ' (TIMED OUT)' : ''}, cold ${fmt(m.coldMs)} ms, ` +
            (m.sameCanonicalMedianMs !== undefined ? `same canonical ${fmt(m.sameCanonicalMedianMs)} ms, ` : '') +
            (m.afterGcMedianMs !== undefined ? `after full GC ${fmt(m.afterGcMedianMs)} ms, ` : '') +
            `peak heap +${fmt(m.peakHeapMB)} MB, peak RSS ${fmt(m.peakRssMB)} MB (+${fmt(m.rssGrowthMB)} over idle)`
        : `error: ${m.error}`,
    );
  }
  return got;
}

/** One whole CLI process on the news-length 10k pair (issue 10's measure: start-up, JSON output), built first. */
function measureCli(newsSpec: CaseSpec, rows: Row[], noPeer: boolean): Row {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  process.stdout.write(`  ${'CLI news 10,000'.padEnd(16)} ours … `);
  const cli = cliProcess(newsSpec.canonicalPath, newsSpec.articlePath, 3);
  if ('error' in cli) console.log(`error: ${cli.error}`);
  else console.log(`${fmt(cli.medianMs)} ms median of 3 whole processes${cliCpuNote(cli)}, peak RSS ${fmt(cli.maxRssMB)} MB, JSON ${fmt(cli.bytes / 2 ** 20)} MB`);
  return cliRow(cli, rows, noPeer);
}

/** Start-up (issue 8 §3, issue 10): `wirediff --version` against bare `node`, interleaved runs. */
function measureStartUp(): Row {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  process.stdout.write(`  ${'CLI start-up'.padEnd(16)} ours … `);
  const s = startUp(20);
  console.log(`wirediff --version ${fmt(s.cliMs)} ms, node -e 0 ${fmt(s.nodeMs)} ms (medians of 20): ${fmt(s.cliMs - s.nodeMs)} ms more`);
  return startUpRow(s);
}

async function parent(argv: string[]): Promise<number> {
  const { strict, quick, noPeer, only } = options(argv);
  const started = performance.now();

  await buildChild();
  const seedPlan = quick ? QUICK : PLANS.small;
  const sizes = quick ? SYNTH_SIZES.filter((n) => n < 10_000) : SYNTH_SIZES;
  const synth = await synthCases(sizes, quick);
  let cases = [...seedCases(seedPlan), ...synth.cases];
  if (only) cases = cases.filter((c) => only.test(c.name));

  const { load0, core } = printHeader(quick);
  const rows: Row[] = [];
  for (const spec of cases) {
    const got = await measureCase(spec, noPeer);
    rows.push(caseRow(spec, got, noPeer, synth.stats.get(spec.name) as { canonicalSentences: number; articleSentences: number } | undefined));
  }

  // Growth exponent, 1,000 → 10,000 sentences.
  const g = growthOf(rows);
  const gRow = growthRow(g);
  if (gRow) rows.push(gRow);

  const newsSpec = cases.find((c) => c.name === 'news 10,000');
  if (newsSpec) rows.push(measureCli(newsSpec, rows, noPeer));
  if (!only || only.test('start-up')) rows.push(measureStartUp());

  // The matrix bench of another engineer, if present.
  const matrix = only && !only.test('matrix') ? { ok: true, skipped: '--only' } : ((await runChild(fileURLToPath(import.meta.url), ['--matrix'], 300_000)) as MatrixResult);
  rows.push(...matrixRows(matrix));

  const peer10kCapped = !!measureOf(rows, 'synth 10,000', 'peer')?.timedOut;
  printReport(rows, g, matrix, synth.stats, peer10kCapped);
  const failed = rows.filter((r) => r.pass === false);
  const wall = (performance.now() - started) / 1000;
  printVerdict(failed, wall);
  writeResults({ quick, engine: core, loadavgStart: load0, growth: g, rows, matrix, failed, wall });
  return strict && failed.length ? 1 : 0;
}

/** Another engineer's bench, if it is there: bench/matrix.bench.ts exporting benchMatrix(). Runs in the child. */
async function matrixChild(): Promise<MatrixResult> {
  if (!existsSync(MATRIX)) return { ok: true, skipped: 'bench/matrix.bench.ts not present' };
  const mod = (await import(pathToFileURL(MATRIX).href)) as { benchMatrix?: () => unknown; default?: { benchMatrix?: () => unknown } };
  const fn = mod.benchMatrix ?? mod.default?.benchMatrix;
  if (typeof fn !== 'function') return { ok: true, skipped: 'bench/matrix.bench.ts does not export benchMatrix()' };
  const got = await fn();
  const list = (Array.isArray(got) ? got : [got]) as Array<Partial<MatrixEntry> | null | undefined>;
  const entries = list
    .filter((e): e is Partial<MatrixEntry> => !!e && typeof e === 'object')
    .map((e) => ({
      name: String(e.name ?? 'matrix'),
      medianMs: Number(e.medianMs),
      peakMB: e.peakMB === undefined ? undefined : Number(e.peakMB),
      targetMs: e.targetMs === undefined ? undefined : Number(e.targetMs),
    }));
  return { ok: true, entries };
}

// =======================================================================================

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--matrix') {
    let m: MatrixResult;
    try {
      m = await matrixChild();
    } catch (e) {
      m = { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    await new Promise<void>((r) => process.send!(m, () => r()));
    process.exit(0);
  }
  process.exitCode = await parent(argv);
}

void main();
