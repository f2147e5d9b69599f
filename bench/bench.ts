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
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, loadavg, totalmem } from 'node:os';
import type { CaseSpec, ChildTask, Engine, Measure, Plan } from './measure';
import { bundleForNode } from './bundle';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const RESULTS = join(HERE, 'results');
const INPUTS = join(RESULTS, 'inputs');
const MATRIX = join(HERE, 'matrix.bench.ts');
const BUILD = join(RESULTS, 'build');
const CHILD = join(BUILD, 'measure.cjs');

/** Targets of issue 2, point 7. */
const SEED_TARGET_MS = 2;
const LONG_TARGET_MS = 1000;
const LONG_TARGET_MB = 300;
const GROWTH_TARGET = 1.3;
/**
 * Targets of issue 10 on news-length sentences (about 30 words each, as wire copy has): the
 * 10,000-sentence pair (about 2 MB) in at most 1.5 s and 300 MB, and at most 5% of jsdiff's
 * time; the 1,000-sentence pair at most 25% of jsdiff's time. No case slower than jsdiff.
 */
const NEWS_TARGET_MS = 1500;
const NEWS_TARGET_MB = 300;
const NEWS_10K_RATIO = 0.05;
const NEWS_1K_RATIO = 0.25;
/** `wirediff --version` at most this much slower than bare `node` (issue 8 §3). */
const STARTUP_TARGET_MS = 60;
const NEWS_MIN_TEMPLATE_WORDS = 20;
/** jsdiff takes tens of seconds on the news-length 10k pair: one call after the first, and a longer limit. */
const NEWS_PEER_TIMEOUT_MS = 90_000;
const NEWS_PEER_PLAN: Plan = { warm: { min: 0, ms: 0, max: 0, capMs: 0 }, timed: { min: 1, ms: 0, max: 1, capMs: 0 } };
/** The peer's diffSentences gives up after this long (jsdiff's `timeout` option). */
const PEER_TIMEOUT_MS = 10_000;
const SYNTH_SIZES = [100, 1000, 10_000];
const SYNTH_SEED = 20241202;

const PLANS: Record<'small' | 'medium' | 'large', Plan> = {
  small: { warm: { min: 20, ms: 250, max: 2000, capMs: 3000 }, timed: { min: 30, ms: 600, max: 2000, capMs: 4000 } },
  medium: { warm: { min: 3, ms: 600, max: 20, capMs: 4000 }, timed: { min: 5, ms: 2500, max: 30, capMs: 6000 } },
  large: { warm: { min: 2, ms: 0, max: 2, capMs: 4000 }, timed: { min: 3, ms: 0, max: 5, capMs: 6000 } },
};
const QUICK: Plan = { warm: { min: 3, ms: 50, max: 50, capMs: 1000 }, timed: { min: 5, ms: 150, max: 200, capMs: 1500 } };

const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

// =======================================================================================
// Parent

/** Bundles bench/measure.ts with the engine and the peer into one CommonJS file for plain node. */
async function buildChild(): Promise<void> {
  await bundleForNode({
    stdin: { contents: "import { childMain } from './measure';\nvoid childMain();\n", resolveDir: HERE, sourcefile: 'measure-entry.ts', loader: 'ts' },
    sourcemap: true,
    sourcesContent: false,
    outfile: CHILD,
  });
}

/** Forks `file` (a bundle for plain node, or a .ts file under tsx) and waits for the one message it sends. */
function runChild(file: string, args: string[], timeoutMs: number): Promise<unknown> {
  return new Promise((resolveP) => {
    const cp = fork(file, args, {
      execArgv: file.endsWith('.ts') ? ['--import', 'tsx', '--expose-gc'] : ['--expose-gc'],
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    let result: unknown = null;
    let stderr = '';
    cp.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    cp.on('message', (m) => {
      result = m;
    });
    const timer = setTimeout(() => cp.kill('SIGKILL'), timeoutMs);
    cp.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (result) resolveP(result);
      else resolveP({ ok: false, error: `child exited (${signal ?? code})${stderr ? ': ' + stderr.trim().split('\n').slice(-3).join(' | ') : ''}` });
    });
  });
}

interface Row {
  name: string;
  kind: 'seed' | 'synth' | 'matrix';
  sentences: string;
  ours: Measure | null;
  peer: Measure | null;
  timeRatio: number | null;
  memRatio: number | null;
  target: string;
  pass: boolean | null;
  notes: string[];
  stats?: unknown;
}

function seedCases(plan: Plan): CaseSpec[] {
  const files = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => /\.txt$/.test(f)).sort() : [];
  if (files.length < 2) return [];
  // The canonical is the first fixture (000, the wire original), as in issue 2.
  const [canon, ...rest] = files;
  const out: CaseSpec[] = [];
  const mk = (c: string, a: string): CaseSpec => ({
    name: `seed ${c.slice(0, 3)}→${a.slice(0, 3)}`,
    kind: 'seed',
    canonicalPath: join(FIXTURES, c),
    articlePath: join(FIXTURES, a),
    plan,
    targetMs: SEED_TARGET_MS,
    peerTimeoutMs: PEER_TIMEOUT_MS,
  });
  for (const a of rest) out.push(mk(canon!, a));
  for (const a of rest) out.push(mk(a, canon!));
  return out;
}

async function synthCases(sizes: number[], quick: boolean): Promise<{ cases: CaseSpec[]; stats: Map<string, unknown> }> {
  const { synthPair } = await import('./synth');
  mkdirSync(INPUTS, { recursive: true });
  const cases: CaseSpec[] = [];
  const stats = new Map<string, unknown>();
  // Two shapes: every seed sentence as a template (`synth`), and news-length sentences only (`news`).
  for (const shape of ['synth', 'news'] as const) {
    const paths = new Map<number, [string, string]>();
    for (const n of sizes) {
      const news = shape === 'news';
      const p = synthPair(n, SYNTH_SEED + n, FIXTURES, undefined, news ? { minTemplateWords: NEWS_MIN_TEMPLATE_WORDS } : {});
      const c = join(INPUTS, `${shape}-${n}.canonical.txt`);
      const a = join(INPUTS, `${shape}-${n}.article.txt`);
      writeFileSync(c, p.canonical);
      writeFileSync(a, p.article);
      paths.set(n, [c, a]);
      const name = `${shape} ${n.toLocaleString('en-US')}`;
      stats.set(name, p.stats);
      const plan = quick ? QUICK : n >= 10_000 ? PLANS.large : n >= 1000 ? PLANS.medium : PLANS.small;
      const warm = n >= 10_000 ? paths.get(1000) : undefined;
      const long = n >= 10_000;
      cases.push({
        name,
        kind: 'synth',
        canonicalPath: c,
        articlePath: a,
        warmCanonicalPath: warm?.[0],
        warmArticlePath: warm?.[1],
        plan,
        targetMs: long ? (news ? NEWS_TARGET_MS : LONG_TARGET_MS) : undefined,
        targetMB: long ? (news ? NEWS_TARGET_MB : LONG_TARGET_MB) : undefined,
        targetRatio: news && n >= 1000 ? (long ? NEWS_10K_RATIO : NEWS_1K_RATIO) : undefined,
        peerTimeoutMs: news && long ? NEWS_PEER_TIMEOUT_MS : PEER_TIMEOUT_MS,
        peerPlan: news && long && !quick ? NEWS_PEER_PLAN : undefined,
        childTimeoutMs: news && long ? 2 * NEWS_PEER_TIMEOUT_MS + 60_000 : undefined,
      });
    }
  }
  return { cases, stats };
}

/**
 * One whole CLI process, as a pipeline runs it: `node dist/cli.js compare --canonical C A
 * --format json`, its JSON read from a pipe. Wall time from spawn to exit (start-up, reading,
 * comparing, serialising, writing) and the process's peak RSS, which a preloaded hook reads from
 * the kernel (getrusage) as the process exits and writes to stderr.
 */
function cliProcess(
  canonicalPath: string,
  articlePath: string,
  runs: number,
): { medianMs: number; maxRssMB: number; bytes: number; cpuMedianMs: number | null; mainCpuMedianMs: number | null } | { error: string } {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) return { error: 'dist/cli.js not built' };
  mkdirSync(BUILD, { recursive: true });
  const hook = join(BUILD, 'maxrss-hook.cjs');
  // Peak RSS and CPU time (all threads; and the main thread's, from /proc where there is one) as the process exits.
  writeFileSync(
    hook,
    [
      "process.on('exit', () => {",
      "  const fs = require('fs');",
      "  const r = process.resourceUsage();",
      "  let main = -1;",
      "  try {",
      "    const f = fs.readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' ');",
      "    main = ((Number(f[11]) + Number(f[12])) * 1000) / 100;",
      "  } catch {}",
      "  fs.writeSync(2, '\\nWIREDIFF_MAXRSS_KB=' + r.maxRSS + ' WIREDIFF_CPU_MS=' + (r.userCPUTime + r.systemCPUTime) / 1000 + ' WIREDIFF_MAIN_CPU_MS=' + main + '\\n');",
      '});',
      '',
    ].join('\n'),
  );
  const times: number[] = [];
  const cpu: number[] = [];
  const mainCpu: number[] = [];
  let rssKB = 0;
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--require', hook, cli, 'compare', '--canonical', canonicalPath, articlePath, '--format', 'json'], {
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    times.push(performance.now() - t0);
    const err = r.stderr.toString();
    if (r.status !== 0) return { error: `exit ${r.status}: ${err.trim().slice(0, 200)}` };
    bytes = r.stdout.length;
    const m = /WIREDIFF_MAXRSS_KB=(\d+)/.exec(err);
    if (m) rssKB = Math.max(rssKB, Number(m[1]));
    const c = /WIREDIFF_CPU_MS=([\d.]+) WIREDIFF_MAIN_CPU_MS=(-?[\d.]+)/.exec(err);
    if (c) cpu.push(Number(c[1]));
    if (c && Number(c[2]) >= 0) mainCpu.push(Number(c[2]));
  }
  const median = (xs: number[]): number | null => (xs.length ? xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]! : null);
  return { medianMs: median(times)!, maxRssMB: rssKB / 1024, bytes, cpuMedianMs: median(cpu), mainCpuMedianMs: median(mainCpu) };
}

/** Medians of `node dist/cli.js --version` and of bare `node -e 0`, run in turn. */
function startUp(runs: number): { cliMs: number; nodeMs: number } {
  const cli = join(ROOT, 'dist', 'cli.js');
  const time = (args: string[]): number => {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    return performance.now() - t0;
  };
  const c: number[] = [];
  const n: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const a = time([cli, '--version']);
    const b = time(['-e', '0']);
    // Two warm-up rounds (file cache) are not counted.
    if (i >= 2) {
      c.push(a);
      n.push(b);
    }
  }
  const median = (xs: number[]): number => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return { cliMs: median(c), nodeMs: median(n) };
}

interface MatrixEntry {
  name: string;
  medianMs: number;
  peakMB?: number;
  targetMs?: number;
}

/** Another engineer's bench, if it is there: bench/matrix.bench.ts exporting benchMatrix(). Runs in the child. */
async function matrixChild(): Promise<{ ok: boolean; entries?: MatrixEntry[]; error?: string; skipped?: string }> {
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

function fmt(x: number | null | undefined, d = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(d);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]): string =>
    r.map((c, i) => (i === 0 || i === r.length - 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function parent(argv: string[]): Promise<number> {
  const strict = argv.includes('--strict');
  const quick = argv.includes('--quick');
  const noPeer = argv.includes('--no-peer');
  const onlyArg = argv.find((a) => a.startsWith('--only='));
  const only = onlyArg ? new RegExp(onlyArg.slice('--only='.length)) : null;
  const started = performance.now();

  await buildChild();
  const seedPlan = quick ? QUICK : PLANS.small;
  const sizes = quick ? SYNTH_SIZES.filter((n) => n < 10_000) : SYNTH_SIZES;
  const synth = await synthCases(sizes, quick);
  let cases = [...seedCases(seedPlan), ...synth.cases];
  if (only) cases = cases.filter((c) => only.test(c.name));

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

  const rows: Row[] = [];
  for (const spec of cases) {
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
    const ours = got.ours ?? null;
    const peer = got.peer ?? null;
    // As the engine segmented them; as generated when the engine did not say.
    const stats = synth.stats.get(spec.name) as { canonicalSentences: number; articleSentences: number } | undefined;
    const sentences = ours?.sentences ?? (stats ? `${stats.canonicalSentences}/${stats.articleSentences}` : '');
    const notes: string[] = [];
    const targets: string[] = [];
    let pass: boolean | null = null;
    if (ours?.ok && spec.targetMs !== undefined) {
      targets.push(`<${spec.targetMs.toLocaleString('en-US')} ms`);
      pass = ours.medianMs! < spec.targetMs;
    }
    if (ours?.ok && spec.targetMB !== undefined) {
      targets.push(`<${spec.targetMB} MB`);
      pass = (pass ?? true) && ours.peakRssMB! < spec.targetMB;
    }
    if (!ours?.ok && (spec.targetMs !== undefined || spec.targetMB !== undefined)) pass = false;
    const timeRatio = ours?.ok && peer?.ok ? ours.medianMs! / peer.medianMs! : null;
    if (spec.targetRatio !== undefined && !noPeer) {
      targets.push(`≤${spec.targetRatio}× peer`);
      pass = (pass ?? true) && timeRatio !== null && timeRatio <= spec.targetRatio;
    }
    // No case may be slower than the peer (a peer that gave up is a lower bound: ours is not known to be slower).
    if (timeRatio !== null && timeRatio > 1 && !peer?.timedOut) {
      pass = false;
      notes.push(`slower than the peer (${fmt(timeRatio)}×)`);
    }
    if (peer?.timedOut) notes.push(`peer gave up at its ${spec.peerTimeoutMs / 1000} s limit: its time is a lower bound`);
    rows.push({
      name: spec.name,
      kind: spec.kind,
      sentences,
      ours,
      peer,
      timeRatio,
      memRatio: ours?.ok && peer?.ok && (peer.peakHeapMB ?? 0) > 0 ? (ours.peakHeapMB ?? NaN) / peer.peakHeapMB! : null,
      target: targets.join(', '),
      pass,
      notes,
      stats,
    });
  }

  // Growth exponent, 1,000 → 10,000 sentences.
  const t = (name: string, e: Engine): Measure | null | undefined => rows.find((r) => r.name === name)?.[e];
  const growth = (e: Engine, a: string, b: string): number | null => {
    const x = t(a, e);
    const y = t(b, e);
    if (!x?.ok || !y?.ok || !x.medianMs || !y.medianMs) return null;
    const sx = rows.find((r) => r.name === a)!.stats as { canonicalSentences: number };
    const sy = rows.find((r) => r.name === b)!.stats as { canonicalSentences: number };
    return Math.log(y.medianMs / x.medianMs) / Math.log(sy.canonicalSentences / sx.canonicalSentences);
  };
  const g = {
    ours1k10k: growth('ours', 'synth 1,000', 'synth 10,000'),
    peer1k10k: growth('peer', 'synth 1,000', 'synth 10,000'),
    ours100to1k: growth('ours', 'synth 100', 'synth 1,000'),
    peer100to1k: growth('peer', 'synth 100', 'synth 1,000'),
  };
  if (g.ours1k10k !== null) {
    rows.push({
      name: 'growth 1k→10k',
      kind: 'synth',
      sentences: '',
      ours: null,
      peer: null,
      timeRatio: null,
      memRatio: null,
      target: `exp <${GROWTH_TARGET}`,
      pass: g.ours1k10k < GROWTH_TARGET,
      notes: [],
    });
  }

  // One whole CLI process on the news-length 10k pair (issue 10's measure: start-up, JSON output).
  const newsSpec = cases.find((c) => c.name === 'news 10,000');
  if (newsSpec) {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
    process.stdout.write(`  ${'CLI news 10,000'.padEnd(16)} ours … `);
    const cli = cliProcess(newsSpec.canonicalPath, newsSpec.articlePath, 3);
    const peer = t('news 10,000', 'peer');
    if ('error' in cli) {
      console.log(`error: ${cli.error}`);
      rows.push({ name: 'CLI news 10,000', kind: 'synth', sentences: '', ours: { engine: 'ours', ok: false, error: cli.error }, peer: null, timeRatio: null, memRatio: null, target: '', pass: false, notes: [] });
    } else {
      const cpuNote = cli.cpuMedianMs === null ? '' : `; CPU ${fmt(cli.cpuMedianMs)} ms in all${cli.mainCpuMedianMs === null ? '' : `, ${fmt(cli.mainCpuMedianMs)} ms on the main thread`}`;
      console.log(`${fmt(cli.medianMs)} ms median of 3 whole processes${cpuNote}, peak RSS ${fmt(cli.maxRssMB)} MB, JSON ${fmt(cli.bytes / 2 ** 20)} MB`);
      const ratio = peer?.ok ? cli.medianMs / peer.medianMs! : null;
      const ok = cli.medianMs <= NEWS_TARGET_MS && cli.maxRssMB <= NEWS_TARGET_MB && (noPeer || (ratio !== null && ratio <= NEWS_10K_RATIO));
      rows.push({
        name: 'CLI news 10,000',
        kind: 'synth',
        sentences: rows.find((r) => r.name === 'news 10,000')?.sentences ?? '',
        ours: { engine: 'ours', ok: true, medianMs: cli.medianMs, peakRssMB: cli.maxRssMB, cpuMedianMs: cli.cpuMedianMs ?? undefined, mainCpuMedianMs: cli.mainCpuMedianMs ?? undefined },
        peer: peer ?? null,
        timeRatio: ratio,
        memRatio: null,
        target: `≤${NEWS_TARGET_MS.toLocaleString('en-US')} ms, ≤${NEWS_TARGET_MB} MB${noPeer ? '' : `, ≤${NEWS_10K_RATIO}× peer`}`,
        pass: ok,
        notes: [
          `one whole \`wirediff compare --format json\` process (start-up, reading, comparing, ${fmt(cli.bytes / 2 ** 20)} MB of JSON); peer: jsdiff in-process on the same pair` +
            cpuNote +
            ' (medians; CPU time is steadier than wall time on a busy machine, and on two cores the threads that compile and collect compete with the main thread)',
        ],
      });
    }
  }

  // Start-up (issue 8 §3, issue 10): `wirediff --version` against bare `node`, interleaved runs.
  if (!only || only.test('start-up')) {
    if (!existsSync(join(ROOT, 'dist', 'cli.js'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
    process.stdout.write(`  ${'CLI start-up'.padEnd(16)} ours … `);
    const s = startUp(20);
    console.log(`wirediff --version ${fmt(s.cliMs)} ms, node -e 0 ${fmt(s.nodeMs)} ms (medians of 20): ${fmt(s.cliMs - s.nodeMs)} ms more`);
    rows.push({
      name: 'CLI start-up',
      kind: 'synth',
      sentences: '',
      ours: { engine: 'ours', ok: true, medianMs: s.cliMs - s.nodeMs },
      peer: null,
      timeRatio: null,
      memRatio: null,
      target: `≤${STARTUP_TARGET_MS} ms over node`,
      pass: s.cliMs - s.nodeMs <= STARTUP_TARGET_MS,
      notes: [`\`wirediff --version\` (dist/cli.js) less bare \`node -e 0\`: medians of 20 interleaved runs (${fmt(s.cliMs)} and ${fmt(s.nodeMs)} ms)`],
    });
  }

  // The matrix bench of another engineer, if present.
  const matrix = only && !only.test('matrix') ? { ok: true, skipped: '--only' } : ((await runChild(fileURLToPath(import.meta.url), ['--matrix'], 300_000)) as Awaited<ReturnType<typeof matrixChild>>);
  if (matrix.ok && matrix.entries) {
    for (const e of matrix.entries) {
      // The table shows what tells the entries apart (after the first comma), the notes the full name.
      const short = e.name.replace(/\s*\(.*\)\s*$/, '');
      const tail = short.includes(', ') ? short.slice(short.indexOf(', ') + 2) : short;
      rows.push({
        name: `matrix: ${tail.length > 36 ? tail.slice(0, 35) + '…' : tail}`,
        kind: 'matrix',
        sentences: '',
        ours: { engine: 'ours', ok: true, medianMs: e.medianMs, peakHeapMB: e.peakMB },
        peer: null,
        timeRatio: null,
        memRatio: null,
        target: e.targetMs !== undefined && Number.isFinite(e.targetMs) ? `<${e.targetMs} ms` : '',
        pass: e.targetMs !== undefined && Number.isFinite(e.targetMs) ? e.medianMs < e.targetMs : null,
        notes: tail !== e.name ? [e.name] : [],
      });
    }
  }

  const peer10kCapped = !!t('synth 10,000', 'peer')?.timedOut;

  // --- the table -------------------------------------------------------------------------
  const header = ['case', 'sentences c/a', 'ours ms', 'peer ms', 'time ×', 'ours peak MB', 'peer peak MB', 'mem ×', 'ours RSS MB', 'target', 'result'];
  const body = rows.map((r) => {
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
  });
  console.log('');
  console.log(table([header, ...body]));
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
  for (const [name, s] of synth.stats) console.log(`${name}: ${JSON.stringify(s)}`);

  const failed = rows.filter((r) => r.pass === false);
  const wall = (performance.now() - started) / 1000;
  console.log(`\n${failed.length ? `FAIL: ${failed.map((r) => r.name).join(', ')}` : 'all targets PASS'} · bench took ${wall.toFixed(0)} s`);
  if (failed.length) {
    console.log('where the time goes: node --import tsx --expose-gc bench/profile.ts seed|synth10000 [--alloc]');
    console.log('try a patch on a copy of src/core: node --import tsx --expose-gc bench/ab.ts --b=COPY/src/core seed');
  }

  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    join(RESULTS, 'latest.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        quick,
        engine: core,
        loadavgStart: load0,
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
        growth: g,
        rows,
        matrix,
        failed: failed.map((r) => r.name),
        wallSeconds: round(wall, 1),
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`wrote ${join('bench', 'results', 'latest.json')}`);
  return strict && failed.length ? 1 : 0;
}

/** Which engine was measured: HEAD, and a hash of src/core as it is on disk (it may have uncommitted edits). */
function coreFingerprint(): { head: string; srcCoreHash: string; srcCoreDirty: boolean } {
  const dir = join(ROOT, 'src', 'core');
  const h = createHash('sha1');
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.ts')) h.update(f).update(readFileSync(join(dir, f)));
  let head = '?';
  let dirty = false;
  try {
    head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--', 'src/core'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
  } catch {
    /* not a git checkout */
  }
  return { head, srcCoreHash: h.digest('hex').slice(0, 12), srcCoreDirty: dirty };
}

function peerVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'diff', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

// =======================================================================================

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--matrix') {
    let m: Awaited<ReturnType<typeof matrixChild>>;
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
