/**
 * What the first page read of a process costs beyond a warm one, by phase: the CLI reads one
 * page per process and the editor's first comparison is cold too, so the cold read is what a
 * user pays. For a page (or several), fresh `node` processes (the CLI's V8 flags set, as
 * src/cli/main.ts sets them) each load a bundle of the read path (src/read/page.ts and
 * readDocument, bundled by esbuild as shipped; the DOM and Readability a bundle of their own,
 * as dist/readDom.js) and read the page `--reads` times, timing on the main thread (its CPU
 * time from /proc/thread-self/schedstat, in ns, so a busy machine's waiting is not counted):
 *   - engine: loading the engine's bundle; domload: loading the DOM bundle (first read only);
 *   - nest: the nesting check of `readFile`; own: WireDiff's own reading of the page's blocks
 *     (`readHtmlBlocks`, up to the article finder's first call); dom: the article finder
 *     (linkedom and Readability, once or twice); mark: `markArticle` (the rest of `readArticle`);
 *   - doc: `readDocument` (the read text segmented, the language found).
 * Prints, per phase, the median over the processes of the first read, of the second, and of
 * the best of the later reads (warm), and what the first costs beyond the warm one.
 *
 *   node --import tsx bench/readCold.ts [PAGE…] [--runs=N] [--reads=N] [--b=COPY/src] [--each]
 *
 * PAGE is a tune page's name (test/fixtures/pages/tune/NAME.html) or a path; default: five tune
 * pages of about 300 KB in five languages. --b=DIR: a copy of src/ (a patch under trial) as B,
 * the tree's src/ as A, processes taking turns; the read texts of the two are checked equal.
 * --each: a row per page besides the pages' sum. Process CPU (background compiles and GC too)
 * is printed as `proc`. (/proc's schedstat moves in scheduler ticks, ~4 ms: a phase of a few ms
 * reads 0 or 4; compare sums and medians, not single small phases.)
 *
 * Where the first read goes (perf29, 29 Nov 2026, main 45b4bb3d, the five default pages, load ~20
 * on two cores; ms main-thread CPU per page, first read minus the best warm one): engine bundle
 * load ~95 (the CLI's code cache takes most of it: src/cli/codeCache.ts), DOM bundle load ~36,
 * own +70, dom +55, mark +95 (warm 3!), doc +100 (warm 5). One cold read under callgrind
 * (nytimes-1, 3.16 G instructions in all, node's start-up included): regular expressions 26%
 * (compiled at their first run 19%: V8 parses a pattern again for each compile, one for one-byte
 * and one for two-byte subjects, 9.5%; code generation 7.7%; built at construction 7%), of which
 * ICU building the sets of `\p{..}` classes 7% and closing them over case (`iu`) 4.5%; TurboFan
 * 11%; parsing and compiling the bundles' JS ~16%; the first Intl.Segmenter (ICU's available
 * locales) 2.9%; GC 2.4%. About 280 distinct patterns run in one cold read (bundle 9, own ~18,
 * dom ~60, mark ~90-107, doc ~82-107); each `\p{..}` costs ~0.07 ms to parse, ~750 such parses a
 * read. What made a pattern dear: classes of letters (`\p{L}`, `[\p{L}\p{M}'’.-]`) met on
 * two-byte text (a page with any character past U+00FF: curly quotes), a bounded repeat of one
 * (`\p{L}{3,9}` is unrolled), and `iu` word lists (about twice `i`, four times no flag).
 * Shipped: the DOM bundle through the CLI's code cache (cli/commands.ts); patterns tried only on
 * a text with a string they need (credits.ts's broadcast lines, each alone; the AI summary notice;
 * a broadcast sign-off's "News"/"Radio"; a bracketed photo credit's bracket and slash; an
 * agency's dateline's agency), so most pages never compile them: 5-11 fewer compiles a page
 * (e.g. dziennik-dezubekizacja 363 -> 352; their cost in isolation ~9-38 ms a page); A/B against
 * main (nzz-brexit, qq-deepmind, dziennik-dezubekizacja, 4 runs, medians of the sum): first read
 * 1,799 -> 1,684 ms (mark 365 -> 334, doc 423 -> 347), warm read unchanged; every tune and
 * held-out page's readDocument output byte-identical.
 * Tried and dropped: regexps interpreted first (`--regexp-tier-up`, V8's default): mark 100 ->
 * 264 ms, doc 99 -> 165 (the interpreter runs the per-line passes slowly, and tiers up after one
 * run anyway); `--regexp-interpret-all`: mark 215. Not tried: `iu` word lists as `i` (not the same
 * matches: ſ, K, ẞ fold otherwise), a page's strings made one-byte where they can be (a two-byte
 * page's ASCII lines are sliced two-byte strings; both compiles are then paid by ~140 patterns
 * on an English page with curly quotes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleForNode } from './bundle';
import { BUILD, ROOT } from './paths';
import { V8_FLAGS } from '../src/cli/main';

const PHASES = ['engine', 'domload', 'nest', 'own', 'dom', 'mark', 'doc', 'read', 'proc'] as const;
type Phase = (typeof PHASES)[number];
type Read = Record<Phase, number>;

const DEFAULT_PAGES = ['nytimes-1', 'folha-tite', 'nzz-brexit', 'qq-deepmind', 'dziennik-dezubekizacja'];

/** The child: argv flags, engine bundle, page path, reads; prints one JSON line: the reads' phases and a hash of what was read. */
const CHILD_SOURCE = `'use strict';
const fs = require('fs');
require('v8').setFlagsFromString(process.argv[2]);
const ms = () => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
const pcpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const source = fs.readFileSync(process.argv[4], 'utf8');
const reads = Number(process.argv[5]);
const p0 = pcpu();
let t = ms();
const m = require(process.argv[3]);
const engine = ms() - t;
const out = [];
let digest = '';
for (let k = 0; k < reads; k++) {
  const r = { engine: k === 0 ? engine : 0, domload: 0, nest: 0, own: 0, dom: 0, mark: 0, doc: 0 };
  const q0 = pcpu();
  const start = ms();
  m.nestingOverBudget(source, m.MAX_NESTING_WORK);
  r.nest = ms() - start;
  if (k === 0) { t = ms(); m.articleFinder(); r.domload = ms() - t; }
  const find = m.articleFinder();
  let first = 0;
  t = ms();
  const text = m.readArticle(source, process.argv[4], (html, again) => {
    const s = ms();
    if (!first) first = s;
    const hint = find(html, again);
    r.dom += ms() - s;
    return hint;
  });
  const end = ms();
  r.own = (first || end) - t;
  r.mark = end - t - r.own - r.dom;
  t = ms();
  const doc = m.readDocument(process.argv[4], source, text);
  r.doc = ms() - t;
  r.read = ms() - start + r.engine;
  r.proc = pcpu() - q0 + (k === 0 ? q0 - p0 : 0);
  out.push(r);
  if (k === 0) digest = require('crypto').createHash('sha1').update(JSON.stringify(doc)).digest('hex');
}
process.stdout.write(JSON.stringify({ reads: out, digest }) + '\\n');
`;

async function bundle(src: string, name: string): Promise<string> {
  const dom = await bundleForNode({
    entryPoints: [join(src, 'read', 'dom.ts')],
    alias: { 'cssomnom/parse': join(src, 'read', 'noStylesheets.ts') },
    nodePaths: [join(ROOT, 'node_modules')],
    outfile: join(BUILD, `readCold-${name}-dom.cjs`),
  });
  const contents =
    `export { nestingOverBudget, MAX_NESTING_WORK, readArticle } from ${JSON.stringify(join(src, 'core', 'markup'))};\n` +
    `export { articleFinder } from ${JSON.stringify(join(src, 'read', 'page'))};\n` +
    `export { readDocument } from ${JSON.stringify(join(src, 'core', 'document'))};\n`;
  return bundleForNode({
    stdin: { contents, resolveDir: ROOT, sourcefile: `readCold-${name}.ts`, loader: 'ts' },
    nodePaths: [join(ROOT, 'node_modules')],
    define: { WIREDIFF_READ_DOM: JSON.stringify(dom) },
    outfile: join(BUILD, `readCold-${name}.cjs`),
  });
}

function run(child: string, engine: string, page: string, reads: number): { reads: Read[]; digest: string } {
  const out = execFileSync(process.execPath, [child, V8_FLAGS, engine, page, String(reads)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop()!) as { reads: Read[]; digest: string };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
};

/** Per phase: the median over runs of the first read, the second, and the best later read. */
function summary(runs: Read[][]): Record<'first' | 'second' | 'warm', Read> {
  const at = (f: (reads: Read[]) => Read): Read =>
    Object.fromEntries(PHASES.map((p) => [p, median(runs.map((r) => f(r)[p]))])) as Read;
  const warm = (reads: Read[]): Read => {
    const later = reads.slice(2).length ? reads.slice(2) : reads.slice(1);
    return Object.fromEntries(PHASES.map((p) => [p, Math.min(...later.map((r) => r[p]))])) as Read;
  };
  return { first: at((r) => r[0]!), second: at((r) => r[1] ?? r[0]!), warm: at(warm) };
}

function print(label: string, s: Record<'first' | 'second' | 'warm', Read>): void {
  const f = (x: number): string => x.toFixed(1).padStart(8);
  console.log(`${label.padEnd(34)}${PHASES.map((p) => p.padStart(8)).join('')}`);
  for (const k of ['first', 'second', 'warm'] as const) console.log(`  ${k.padEnd(32)}${PHASES.map((p) => f(s[k][p])).join('')}`);
  console.log(`  ${'first - warm'.padEnd(32)}${PHASES.map((p) => f(s.first[p] - s.warm[p])).join('')}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (k: string): string | undefined => args.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const runs = Number(opt('runs') ?? 5);
  const reads = Number(opt('reads') ?? 5);
  const b = opt('b');
  const names = args.filter((a) => !a.startsWith('--'));
  const pages = (names.length ? names : DEFAULT_PAGES).map((n) =>
    existsSync(n) ? resolve(n) : join(ROOT, 'test', 'fixtures', 'pages', 'tune', n.endsWith('.html') ? n : `${n}.html`),
  );
  const child = join(BUILD, 'readCold-child.cjs');
  await bundleForNode({ stdin: { contents: CHILD_SOURCE, resolveDir: ROOT, sourcefile: 'readCold-child.js', loader: 'js' }, outfile: child });
  const engines = [{ name: 'A', file: await bundle(join(ROOT, 'src'), 'a') }];
  if (b) engines.push({ name: 'B', file: await bundle(resolve(b), 'b') });
  const all = new Map<string, Read[][]>(engines.map((e) => [e.name, []]));
  let same = true;
  for (const page of pages) {
    const per = new Map<string, Read[][]>(engines.map((e) => [e.name, []]));
    for (let k = 0; k < runs; k++) {
      const digests = engines.map((e) => {
        const r = run(child, e.file, page, reads);
        per.get(e.name)!.push(r.reads);
        return r.digest;
      });
      if (digests.some((d) => d !== digests[0])) same = false;
    }
    for (const e of engines) {
      if (args.includes('--each')) print(`${e.name} ${page.split('/').pop()}`, summary(per.get(e.name)!));
      // The pages' sum: each run's reads added phase by phase across the pages.
      const acc = all.get(e.name)!;
      per.get(e.name)!.forEach((reads, k) => {
        acc[k] = acc[k] ? acc[k]!.map((r, i) => Object.fromEntries(PHASES.map((p) => [p, r[p] + reads[i]![p]])) as Read) : reads;
      });
    }
  }
  for (const e of engines) print(`${e.name}: ${pages.length} pages, ms main-thread CPU`, summary(all.get(e.name)!));
  if (b) console.log(same ? 'A and B read every page the same.' : 'A and B READ A PAGE DIFFERENTLY.');
}

void main();
