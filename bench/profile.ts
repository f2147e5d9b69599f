/**
 * Where `compare` spends its time: a V8 CPU profile (node:inspector) of repeated calls,
 * folded into self and inclusive time per function, and self time per source line.
 *
 *   node --import tsx --expose-gc bench/profile.ts [seed|synthN|newsN|CANON ARTICLE]
 *        [--calls=N] [--top=N] [--lines=N] [--out=FILE.cpuprofile] [--gc] [--alloc] [--core=DIR] [--same-canonical]
 *
 * The engine is loaded from an esbuild bundle (as the CLI and the extension ship it) with
 * a source map, so lines map back to src/core/*.ts.
 * --gc forces a full GC before every call (what an editor gets after sitting idle).
 * --alloc adds a sampling heap profile: bytes allocated per call, by function.
 * --core=DIR profiles another copy of src/core (a patch under trial) instead.
 *
 * `seed` is the four seed pairs (first fixture against each of the others), in turn.
 * The profile can also be opened in Chrome DevTools (--out).
 *
 * Where a warm seed pair's time goes (perf27, 29 Nov 2026, main 97e84ca8: `seed --calls=800`,
 * inclusive shares of the samples, loaded machine; `compare` is 95%, the rest is this loop):
 * the detectors (`analyseGroups` 46%: `analyzeGroup` 41%, of which the detectors' `run` 33%:
 * attribution 8.1% (reading the sources, `findAttributions`, 3.9%; the inline credits 1.6%),
 * time 4.0%, number 3.7%, rewording 2.8%, clause 2.4%, negation 2.4%, qualifier 2.0%, the
 * other eleven 1.6% or less each; the word diff 2.7%); segmenting both texts (`segment` 16%:
 * ICU's sentence pieces 3.6%, the line and chrome rules the rest, no function above 2.6%);
 * the aligner (`align` 18%); tokenizing 3.3%; the canonical's language 0.7%; the findings
 * added, omitted and their ids 5.5%; GC 5%. No phase is one hot loop: the fixed cost of a
 * small pair is much code run once per call (most of it not yet optimised by TurboFan
 * after the bench's 200 warm-up calls, see bench/cases.ts).
 *
 * The same, again (perf30, 30 Nov 2026, main 9fedbec2: `seed --calls=1500`, load ~20; inclusive
 * shares of `compare`, each sample counted once per function in its stack): preparing the two texts
 * 32% (the canonical 8.8%, the article 23%: segmenting 19%, of which ICU's pieces 4.0% and the line
 * rules (`units`, `continues`) 3.3%; tokenizing 3.4% (tokens reused from the canonical's for its
 * sentences a copy kept); run-together words 1.6%; the languages 1.6% (`readLanguage` 0.8%, the
 * article's `translationLanguage` 0.8%)); the aligner 19% (`weakLinks` 3.8%, the facts paired
 * across unlinked sentences 3.4%); the groups analysed 45% (`analyzeGroup` 40%: the word diff 2.7%,
 * `createContext` 1.4%, the detectors' `run` 33%: attribution 7.7, time 3.9, number 3.5, rewording
 * 2.8, negation 2.7, clause 2.3, qualifier 2.3, nameDropped 1.4, quote 1.2, hedge 1.1, meaning
 * 1.1, name 1.0, initials 0.9, mistranslation 0.6, the other five less); added and omitted
 * sentences 3.0%; ids and ranking 2.7%; GC 4.4%. Allocation (`--alloc`, 400 calls): 1.7 MB a call
 * of a seed pair, no function above 8% (`add`'s spread, Sets, the initials detector's copies of
 * words, 82 KB: cut). Nothing is rebuilt per call that a module could build once: the tables,
 * Sets and patterns are module constants or kept per lexicon or context (WeakMap); the Intl
 * segmenter is kept per locale; every per-call cost left is work on the pair's own words.
 * What was cut (same answers): per-call copies found in the news 10k profile (`ownVoice`'s list
 * of every word of a text, `percentWords`'s two words joined for every word, `Int32Array.from`
 * of short lists in `spansOf` and `tokensText`, a copy of each word asked `acronymLetters`):
 * `ownVoice` on a news 10k text 43 -> 6 ms; ab.ts news10000 (4 rounds, load ~30) CPU median
 * 3,723 -> 3,519 ms (B/A 0.945, p25 0.912); seeds unchanged within the noise (B/A 0.97-1.02).
 * Still unreached (tried nowhere yet): the tokens of a copy's kept sentences are new Token objects
 * moved by an offset (`Token.moved`, 300k of them on news 10k: much of `mapList`'s 2.2% self and of
 * GC's 8%); `quoteKey` folds every quotation of both texts once per call (0.8% of news 10k).
 */
import { Session } from 'node:inspector';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findSourceMap } from 'node:module';
import { loadCompare, type CompareFn } from './bundle';
import { namedPairs } from './pairs';
import { BUILD, ROOT } from './paths';

// Before the engine loads: its source map is then kept, and profile frames map back to .ts lines.
process.setSourceMapsEnabled(true);
let compare: CompareFn;
const BUNDLE = join(BUILD, 'profile-core.cjs');

/** `coreDir`: another copy of src/core to profile (to try a patch without touching the tree). */
function loadEngine(coreDir: string): Promise<CompareFn> {
  return loadCompare(coreDir, BUNDLE, { sourcemap: true, sourcesContent: false });
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
  positionTicks?: Array<{ line: number; ticks: number }>;
}
interface AllocNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: AllocNode[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

function post<T>(s: Session, method: string, params?: object): Promise<T> {
  return new Promise((res, rej) => s.post(method, params ?? {}, (err, r) => (err ? rej(err) : res(r as T))));
}

async function pairs(which: string, extra: string | undefined): Promise<Array<[string, string]>> {
  const named = await namedPairs(which);
  if (named) return named;
  if (extra) return [[readFileSync(which, 'utf8'), readFileSync(extra, 'utf8')]];
  throw new Error(`unknown input ${which}`);
}

/** Original file (relative to the repo) and 1-based line of a 0-based generated position, through the source map. */
function original(url: string, line0: number, col0: number | null): { path: string; line: number } {
  let path = url.startsWith('file://') ? fileURLToPath(url) : url;
  let line = line0 + 1;
  if (path.startsWith('/')) {
    try {
      const map = findSourceMap(path);
      if (map) {
        // Without a column (line ticks), the first mapped column of the line.
        const cols = col0 !== null ? [col0] : Array.from({ length: 160 }, (_, i) => i);
        for (const c of cols) {
          const e = map.findEntry(line0, c) as { originalSource?: string; originalLine?: number; generatedLine?: number };
          if (e?.originalLine === undefined || (col0 === null && e.generatedLine !== line0)) continue;
          line = e.originalLine + 1;
          if (e.originalSource) path = e.originalSource.startsWith('file://') ? fileURLToPath(e.originalSource) : resolve(dirname(path), e.originalSource);
          break;
        }
      }
    } catch {
      /* no map: generated line */
    }
    path = relative(ROOT, path);
  }
  return { path, line };
}

function label(n: ProfileNode): string {
  const f = n.callFrame;
  const o = original(f.url, f.lineNumber, f.columnNumber);
  return `${f.functionName || '(anonymous)'} ${o.path ? `${o.path}:${o.line}` : ''}`.trim();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (k: string, d: number): number => Number(args.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d);
  const out = args.find((a) => a.startsWith('--out='))?.slice(6);
  const pos = args.filter((a) => !a.startsWith('--'));
  const which = pos[0] ?? 'seed';
  const coreArg = args.find((a) => a.startsWith('--core='))?.slice(7);
  compare = await loadEngine(coreArg ? resolve(coreArg) : join(ROOT, 'src', 'core'));
  const input = await pairs(which, pos[1]);
  const size = input.reduce((n, [c, a]) => n + c.length + a.length, 0);
  const calls = opt('calls', Math.max(1, Math.round(4e6 / size)));
  const top = opt('top', 30);

  for (let i = 0; i < Math.min(calls, 30); i++) for (const [c, a] of input) compare(c, a); // warm-up
  const s = new Session();
  s.connect();
  const alloc = args.includes('--alloc');
  await post(s, 'Profiler.enable');
  await post(s, 'Profiler.setSamplingInterval', { interval: 100 });
  if (alloc) {
    await post(s, 'HeapProfiler.enable');
    // Sample every 4 KB allocated; objects collected before the end are kept in the profile.
    await post(s, 'HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  }
  await post(s, 'Profiler.start');
  const t0 = performance.now();
  const gcBetween = args.includes('--gc');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gcBetween && !gc) throw new Error('--gc needs node --expose-gc');
  // The canonical text rotated through copies differing in trailing newlines: end to end,
  // no memo of the last canonical text hits (--same-canonical: always the same one).
  const sameCanonical = args.includes('--same-canonical');
  let turn = 0;
  for (let i = 0; i < calls; i++)
    for (const [c, a] of input) {
      if (gcBetween) gc!();
      compare(sameCanonical ? c : c + '\n'.repeat(turn++ % 16), a);
    }
  const wall = performance.now() - t0;
  const { profile } = await post<{ profile: Profile }>(s, 'Profiler.stop');
  const heap = alloc ? (await post<{ profile: { head: AllocNode } }>(s, 'HeapProfiler.stopSampling')).profile : null;
  s.disconnect();
  if (out) writeFileSync(out, JSON.stringify(profile));

  // Self time per node from samples; inclusive time by walking the tree.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + dt);
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const selfBy = new Map<string, number>();
  const inclBy = new Map<string, number>();
  const walk = (id: number, stack: Set<string>): number => {
    const n = byId.get(id)!;
    let t = selfUs.get(id) ?? 0;
    const key = label(n);
    selfBy.set(key, (selfBy.get(key) ?? 0) + t);
    const inner = new Set(stack).add(key);
    for (const c of n.children ?? []) t += walk(c, inner);
    if (!stack.has(key)) inclBy.set(key, (inclBy.get(key) ?? 0) + t); // recursion counted once
    return t;
  };
  walk(profile.nodes[0]!.id, new Set());

  const pct = (x: number): string => ((100 * x) / total).toFixed(1).padStart(5) + '%';
  const perCall = (x: number): string => (x / 1000 / calls).toFixed(3).padStart(9) + ' ms';
  console.log(`${which}: ${calls} call(s) of ${input.length} pair(s), ${(wall / calls).toFixed(2)} ms per round (profiler on), ${(total / 1000).toFixed(0)} ms sampled`);
  console.log(`\nSELF time (top ${top})`);
  for (const [k, v] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)} ${perCall(v)}  ${k}`);
  console.log(`\nINCLUSIVE time, src/ functions (top ${top})`);
  for (const [k, v] of [...inclBy].filter(([k]) => k.includes('src/')).sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${pct(v)} ${perCall(v)}  ${k}`);

  if (heap) {
    // Allocation by function (self), from the sampling heap profiler: bytes per call.
    const bytes = new Map<string, number>();
    // The same with what built-ins allocate (a Set, a sort, a map) counted to the src/ function that called them.
    const bySrc = new Map<string, number>();
    let all = 0;
    const visit = (n: AllocNode, src: string): void => {
      const k = label({ id: 0, callFrame: n.callFrame });
      const caller = k.includes('src/') ? k : src;
      if (n.selfSize) {
        bytes.set(k, (bytes.get(k) ?? 0) + n.selfSize);
        bySrc.set(caller, (bySrc.get(caller) ?? 0) + n.selfSize);
        all += n.selfSize;
      }
      for (const c of n.children) visit(c, caller);
    };
    visit(heap.head, '(outside src/)');
    const rounds = calls * input.length;
    console.log(`\nALLOCATED by function (self; ${(all / rounds / 2 ** 20).toFixed(2)} MB per call in all, top ${top})`);
    for (const [k, v] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${((100 * v) / all).toFixed(1).padStart(5)}% ${(v / rounds / 1024).toFixed(1).padStart(8)} KB  ${k}`);
    console.log(`\nALLOCATED by src/ function, built-ins it called included (top ${top})`);
    for (const [k, v] of [...bySrc].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${((100 * v) / all).toFixed(1).padStart(5)}% ${(v / rounds / 1024).toFixed(1).padStart(8)} KB  ${k}`);
  }

  // Self time per source line, from the line ticks of each frame (share of the frame's self time).
  const lines = opt('lines', 25);
  if (lines > 0) {
    const byLine = new Map<string, number>();
    const sources = new Map<string, string[]>();
    for (const n of profile.nodes) {
      const self = selfUs.get(n.id) ?? 0;
      const ticks = n.positionTicks ?? [];
      const sum = ticks.reduce((a, t) => a + t.ticks, 0);
      if (!self || !sum) continue;
      for (const t of ticks) {
        const o = original(n.callFrame.url, t.line - 1, null);
        if (!o.path.startsWith('src/')) continue;
        const k = `${o.path}:${o.line}`;
        byLine.set(k, (byLine.get(k) ?? 0) + (self * t.ticks) / sum);
      }
    }
    console.log(`\nSELF time by source line, src/ (top ${lines})`);
    for (const [k, v] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, lines)) {
      const [file, ln] = [k.slice(0, k.lastIndexOf(':')), Number(k.slice(k.lastIndexOf(':') + 1))];
      if (!sources.has(file)) sources.set(file, readFileSync(join(ROOT, file), 'utf8').split('\n'));
      const text = (sources.get(file)![ln - 1] ?? '').trim().slice(0, 90);
      console.log(`${pct(v)} ${perCall(v)}  ${k.padEnd(24)} ${text}`);
    }
  }
}

void main();
