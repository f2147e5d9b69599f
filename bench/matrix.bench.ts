/**
 * Bench entry for the many-version commands (issue 4): 50 versions of a 60-sentence story
 * through the CLI, `wirediff compare --canonical … --format matrix` (target: under 1 s),
 * and the HTML evidence report of the same inputs.
 *
 * The story and its versions are generated from the seed fixtures' sentences with a seeded
 * PRNG (the same inputs on every run and machine): a canonical text of 60 sentences in
 * paragraphs, then 50 versions, each derived from the canonical or from an earlier version
 * (a family tree, as copies of copies are), each making its own edits: sentences dropped
 * and added, words substituted, figures changed, hedges dropped, a paragraph moved.
 *
 * What is measured is the real CLI: src/cli/main.ts bundled by esbuild (as `npm run build`
 * does) and run with plain `node` in a child process, so the time includes Node's start,
 * reading and hashing 51 files, 50 comparisons, the matrix, the lineage and the output.
 * - medianMs: median wall time of 5 runs after one warm-up run (warm file cache);
 * - peakMB: the child's peak RSS (kernel high-water mark, `process.resourceUsage()`).
 *
 *   node --import tsx bench/matrix.bench.ts     prints the entries and the input stats
 *   npm run bench                               includes them in the main table
 *
 * Where the time goes (perf26, 29 Nov 2026, main c65703ae, loaded machine). The run is cold:
 * in one `node --single-threaded` process, the 50 comparisons cost 2.7-2.9 s of CPU the first
 * time, 1.5 s the second, 1.1 s the third and 0.63-0.69 s from the fourth on (warm), after
 * 0.42 s of start-up and a first comparison. Counted by callgrind over the whole CLI process
 * (7.0 G instructions, compiles on the main thread): TurboFan compiling 34%, the interpreter's
 * and inline caches' builtins 17%, compiled JS 10%, regular expressions 8% (mostly compiling
 * the Unicode property classes, \p{L} and the like, through ICU), parsing and bytecode 6%, GC 5%.
 * By phase (CPU profile of the main thread, cold; warm in brackets): the 50 comparisons 68%
 * (87%) of which the detectors 30% (35%), the aligner 21% (29%), segmenting and tokenizing the
 * versions 11% (12%); loading the commands' bundle 7%; the matrix 5% (3%); the lineage 2% (2%);
 * GC 8% (6%). Each version is read and cut once and compared with the canonical only; the
 * canonical is prepared once, and its sentences' facts, names, content words and vocabulary
 * are kept by WeakMap for every version. The warm profile is flat (no function over 3%), so the
 * lever is the cold cost of running much code a few times, not one hot loop.
 *
 * The comparisons in two threads, tried and not kept (perf27, 29 Nov 2026, main 97e84ca8, Node
 * 20, this family of 50 versions, the CLI's V8 flags, three alternating runs on a loaded machine).
 * A prototype split the versions between the main thread and one `worker_thread` that loaded
 * the engine and prepared the canonical itself (the first version passed to both, for its
 * language), and posted its comparisons back; the matrix-json was byte-identical to the serial
 * run's. CPU per thread (/proc/self/task):
 *   serial:              process 2.38-2.43 s, main thread 1.38-1.40 s, V8's four helper threads
 *                        about 1.0 s (TurboFan compiles, GC), peak RSS 127-128 MB;
 *   two threads (25+25): process 3.49-3.57 s (+46%), main thread 1.11-1.16 s, worker thread
 *                        0.96-0.97 s, helper threads 1.3-1.4 s, peak RSS 154 MB (+26 MB).
 * Halving the comparisons took only a fifth off the main thread: each isolate pays the cold
 * cost above (its own bytecode, feedback and TurboFan compiles of the same functions) for its
 * half. On two cores the wall time is at least max(main thread, process CPU / 2): serial
 * about 1.4 s, two threads about 1.75 s, so the split is slower on the bench's machine (under
 * load it was slower too: wall 8.7-9.1 s serial against 12.8-13.8 s). Two CLI processes of 25
 * versions each told the same: 1.62-1.75 s of CPU each (0.9 s main thread) against 2.3 s for
 * one process of 50. Only a machine with cores to spare beyond the two that the compiles and
 * the main thread already keep busy could gain; the extension's matrix (one engine worker
 * comparing the versions in turn) is the same case. V8 flags for the whole run tried at the
 * same time and not kept (process CPU, three alternating runs, each its own code cache):
 * `--always-sparkplug` 2.34-2.52 s and `--maglev` 2.34-2.61 s against 2.32-2.50 s without.
 * Per-version work still repeated (perf27, cold CPU profile of this run, wall-sampled): loading
 * the commands' bundle 9%, the canonical prepared once 6%, then per version its segmenting 14%,
 * the aligner 24% (its term vectors weigh by idf over both texts, so the canonical's cannot be
 * kept), the detectors 33%, the lineage 5%, the matrix 1%, GC 5%. Inside the detectors, the
 * canonical side's readings of one-sentence groups (`ctx.read`: times, numbers, hedges) are read
 * again for each version that changed that sentence: timed in this run at about 2% of it (times
 * most), a memo by token list (as `findAttributions` keeps) would save that at most; not done.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle';
import { pick, rng, type Rand } from './synth';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

export const VERSIONS = 50;
export const SENTENCES = 60;
const TARGET_MS = 1000;
const RUNS = 5;


/** Sentences of the seed fixtures (running text only) and their lower-case words. */
function material(): { sentences: string[]; words: string[] } {
  const sentences = new Set<string>();
  for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.txt')).sort()) {
    for (const line of readFileSync(join(FIXTURES, f), 'utf8').split(/\r?\n/)) {
      if (!/[.!?]["”’]?\s*$/.test(line.trim())) continue;
      for (const s of line.trim().split(/(?<=[a-z0-9)][.!?]["”’]?)\s+(?=["“]?[A-Z])/)) {
        const body = s.replace(/^(?:\p{Ll}+\s+\d{4}-\d{2}-\d{2}\s+)?(?:\p{Lu}{2,}[/\p{Lu}\s]*:\s+)/u, '');
        if (body.split(/\s+/).length >= 8) sentences.add(body);
      }
    }
  }
  const words = new Set<string>();
  for (const s of sentences) for (const w of s.match(/\b\p{Ll}{5,}\b/gu) ?? []) words.add(w);
  return { sentences: [...sentences], words: [...words].sort() };
}

/** A seed sentence with about a third of its longer words swapped, so every sentence is its own. */
function freshSentence(r: Rand, m: { sentences: string[]; words: string[] }): string {
  return pick(r, m.sentences).replace(/\b\p{Ll}{5,}\b/gu, (w) => (r() < 0.35 ? pick(r, m.words) : w));
}

export interface Family {
  canonical: string;
  versions: string[];
  /** Index of each version's parent: -1 for the canonical. */
  parents: number[];
}

/** The canonical story and its versions (deterministic for a seed). */
export function makeFamily(seed = 20241202, versions = VERSIONS, sentences = SENTENCES): Family {
  const r = rng(seed);
  const m = material();
  const canon: string[][] = [];
  let n = 0;
  while (n < sentences) {
    const k = Math.min(sentences - n, 1 + Math.floor(r() * 3));
    const para: string[] = [];
    for (let i = 0; i < k; i++) para.push(freshSentence(r, m));
    canon.push(para);
    n += k;
  }
  const render = (ps: string[][]): string => ps.map((p) => p.join(' ')).join('\n\n') + '\n';
  const docs: string[][][] = [];
  const parents: number[] = [];
  for (let v = 0; v < versions; v++) {
    const parent = v === 0 || r() < 0.35 ? -1 : Math.floor(r() * v);
    parents.push(parent);
    const base = parent < 0 ? canon : docs[parent]!;
    let doc = base.map((p) =>
      p
        .filter(() => r() >= 0.03) // a sentence dropped
        .map((s) => {
          let t = s;
          if (r() < 0.08) t = t.replace(/\b\p{Ll}{5,}\b/u, () => pick(r, m.words)); // a word substituted
          if (r() < 0.04) t = t.replace(/\b\d+\b/, (d) => String(Number(d) + 1 + Math.floor(r() * 9))); // a figure changed
          if (r() < 0.3) t = t.replace(/\b[Aa]t least /, ''); // a hedge dropped
          return t;
        }),
    );
    const adds = 1 + Math.floor(r() * 3);
    for (let i = 0; i < adds; i++) {
      const at = Math.floor(r() * (doc.length + 1));
      doc.splice(at, 0, [freshSentence(r, m)]);
    }
    if (r() < 0.15 && doc.length > 3) {
      const [p] = doc.splice(Math.floor(r() * doc.length), 1);
      doc.splice(Math.floor(r() * doc.length), 0, p!);
    }
    doc = doc.filter((p) => p.length > 0);
    docs.push(doc);
  }
  return { canonical: render(canon), versions: docs.map(render), parents };
}

function bundleCli(dir: string): Promise<string> {
  return bundleForNode({ entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')], define: { WIREDIFF_VERSION: JSON.stringify('bench') }, outfile: join(dir, 'cli.cjs') });
}

interface Entry {
  name: string;
  medianMs: number;
  peakMB: number;
  targetMs?: number;
}

function timeCli(cli: string, hook: string, args: string[], cwd: string): { medianMs: number; peakMB: number; bytes: number } {
  const rssFile = join(cwd, 'rss.txt');
  const times: number[] = [];
  let peakKB = 0;
  let bytes = 0;
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--require', hook, cli, ...args], {
      cwd,
      env: { ...process.env, WIREDIFF_BENCH_RSS: rssFile, NODE_OPTIONS: '' },
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`wirediff ${args[0]} failed (${r.status}): ${String(r.stderr).trim().split('\n').slice(-2).join(' | ')}`);
    bytes = r.stdout.length;
    if (i > 0) times.push(ms); // the first run warms the file cache
    peakKB = Math.max(peakKB, Number(readFileSync(rssFile, 'utf8')));
  }
  times.sort((x, y) => x - y);
  return { medianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10, peakMB: Math.round(peakKB / 102.4) / 10, bytes };
}

/** Runs the bench: the matrix through the CLI (target < 1 s) and the HTML report. */
export async function benchMatrix(): Promise<Entry[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-matrix-bench-'));
  try {
    const fam = makeFamily();
    writeFileSync(join(dir, 'canonical.txt'), fam.canonical);
    const files = fam.versions.map((t, i) => {
      const f = `v${String(i + 1).padStart(2, '0')}.txt`;
      writeFileSync(join(dir, f), t);
      return f;
    });
    const cli = await bundleCli(dir);
    const hook = join(dir, 'rss-hook.cjs');
    writeFileSync(
      hook,
      "process.on('exit', () => require('fs').writeFileSync(process.env.WIREDIFF_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n",
    );
    const base = ['--canonical', 'canonical.txt', ...files];
    const matrix = timeCli(cli, hook, ['compare', ...base, '--format', 'matrix', '--no-color'], dir);
    const report = timeCli(cli, hook, ['report', ...base, '--format', 'html'], dir);
    return [
      { name: `${VERSIONS} versions × ${SENTENCES} sentences, compare --format matrix (CLI process; peak MB = RSS)`, medianMs: matrix.medianMs, peakMB: matrix.peakMB, targetMs: TARGET_MS },
      { name: `${VERSIONS} versions × ${SENTENCES} sentences, report --format html, ${Math.round(report.bytes / 1024)} KB (CLI process; peak MB = RSS)`, medianMs: report.medianMs, peakMB: report.peakMB },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const fam = makeFamily();
  const sentences = (t: string): number => (t.match(/[.!?]["”’]?(\s|$)/g) ?? []).length;
  console.log(
    `inputs: canonical ${sentences(fam.canonical)} sentences; ${fam.versions.length} versions of ${Math.min(...fam.versions.map(sentences))}–${Math.max(...fam.versions.map(sentences))} sentences; ` +
      `${fam.parents.filter((p) => p < 0).length} copied from the canonical, the others from earlier versions`,
  );
  void benchMatrix().then((entries) => {
    for (const e of entries) {
      const pass = e.targetMs === undefined ? '' : e.medianMs < e.targetMs ? `  PASS (< ${e.targetMs} ms)` : `  FAIL (target < ${e.targetMs} ms)`;
      console.log(`${e.name}: median ${e.medianMs} ms, peak ${e.peakMB} MB${pass}`);
    }
  });
}
