/**
 * The rows of `npm run bench`'s table: one per case measured (its targets checked), and the
 * rows made from others: the growth exponent, the whole CLI process, start-up and the matrix.
 */
import type { CaseSpec, Engine, Measure } from './measure';
import { GROWTH_TARGET, NEWS_10K_RATIO, NEWS_TARGET_MB, NEWS_TARGET_MS, STARTUP_TARGET_MS } from './cases';
import { fmt } from './format';

export interface Row {
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

export interface MatrixEntry {
  name: string;
  medianMs: number;
  peakMB?: number;
  targetMs?: number;
}

/** What the matrix child sends back: its entries, or why there are none. */
export interface MatrixResult {
  ok: boolean;
  entries?: MatrixEntry[];
  error?: string;
  skipped?: string;
}

/** The growth exponents, 1,000 → 10,000 and 100 → 1,000 sentences, of both engines. */
export interface Growth {
  ours1k10k: number | null;
  peer1k10k: number | null;
  ours100to1k: number | null;
  peer100to1k: number | null;
}

/** A row that only `ours` fills in (no peer, no ratios). */
function oursRow(name: string, ours: Measure, sentences: string, target: string, pass: boolean | null, notes: string[]): Row {
  return { name, kind: 'synth', sentences, ours, peer: null, timeRatio: null, memRatio: null, target, pass, notes };
}

/** What the named case measured of `engine`, once its row is in `rows`. */
export function measureOf(rows: Row[], name: string, e: Engine): Measure | null | undefined {
  return rows.find((r) => r.name === name)?.[e];
}

/** The row of one case: its targets (time, memory, ratio to the peer) checked, and no case slower than the peer. */
export function caseRow(spec: CaseSpec, got: Partial<Record<Engine, Measure>>, noPeer: boolean, stats: { canonicalSentences: number; articleSentences: number } | undefined): Row {
  const ours = got.ours ?? null;
  const peer = got.peer ?? null;
  // As the engine segmented them; as generated when the engine did not say.
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
  return {
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
  };
}

/** The growth exponents log(t_b / t_a) / log(n_b / n_a) over the median times of the synth cases. */
export function growthOf(rows: Row[]): Growth {
  const growth = (e: Engine, a: string, b: string): number | null => {
    const x = measureOf(rows, a, e);
    const y = measureOf(rows, b, e);
    if (!x?.ok || !y?.ok || !x.medianMs || !y.medianMs) return null;
    const sx = rows.find((r) => r.name === a)!.stats as { canonicalSentences: number };
    const sy = rows.find((r) => r.name === b)!.stats as { canonicalSentences: number };
    return Math.log(y.medianMs / x.medianMs) / Math.log(sy.canonicalSentences / sx.canonicalSentences);
  };
  return {
    ours1k10k: growth('ours', 'synth 1,000', 'synth 10,000'),
    peer1k10k: growth('peer', 'synth 1,000', 'synth 10,000'),
    ours100to1k: growth('ours', 'synth 100', 'synth 1,000'),
    peer100to1k: growth('peer', 'synth 100', 'synth 1,000'),
  };
}

/** The growth row (its figures are the table's, from `Growth`), when ours was measured on both sizes. */
export function growthRow(g: Growth): Row | null {
  if (g.ours1k10k === null) return null;
  return { name: 'growth 1k→10k', kind: 'synth', sentences: '', ours: null, peer: null, timeRatio: null, memRatio: null, target: `exp <${GROWTH_TARGET}`, pass: g.ours1k10k < GROWTH_TARGET, notes: [] };
}

/** What `cliProcess` measured of one whole `wirediff compare --format json` process. */
export interface CliMeasure {
  medianMs: number;
  maxRssMB: number;
  bytes: number;
  cpuMedianMs: number | null;
  mainCpuMedianMs: number | null;
}

/** The CPU note of the whole CLI process's line and row ('' when the CPU time was not read). */
export function cliCpuNote(cli: CliMeasure): string {
  return cli.cpuMedianMs === null ? '' : `; CPU ${fmt(cli.cpuMedianMs)} ms in all${cli.mainCpuMedianMs === null ? '' : `, ${fmt(cli.mainCpuMedianMs)} ms on the main thread`}`;
}

/** The row of the whole CLI process on the news-length 10k pair, against the in-process peer on the same pair. */
export function cliRow(cli: CliMeasure | { error: string }, rows: Row[], noPeer: boolean): Row {
  const name = 'CLI news 10,000';
  if ('error' in cli) return oursRow(name, { engine: 'ours', ok: false, error: cli.error }, '', '', false, []);
  const peer = measureOf(rows, 'news 10,000', 'peer');
  const ratio = peer?.ok ? cli.medianMs / peer.medianMs! : null;
  const ok = cli.medianMs <= NEWS_TARGET_MS && cli.maxRssMB <= NEWS_TARGET_MB && (noPeer || (ratio !== null && ratio <= NEWS_10K_RATIO));
  return {
    name,
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
        cliCpuNote(cli) +
        ' (medians; CPU time is steadier than wall time on a busy machine, and on two cores the threads that compile and collect compete with the main thread)',
    ],
  };
}

/** The start-up row: `wirediff --version` less bare `node`. */
export function startUpRow(s: { cliMs: number; nodeMs: number }): Row {
  const over = s.cliMs - s.nodeMs;
  return oursRow('CLI start-up', { engine: 'ours', ok: true, medianMs: over }, '', `≤${STARTUP_TARGET_MS} ms over node`, over <= STARTUP_TARGET_MS, [
    `\`wirediff --version\` (dist/cli.js) less bare \`node -e 0\`: medians of 20 interleaved runs (${fmt(s.cliMs)} and ${fmt(s.nodeMs)} ms)`,
  ]);
}

/** One row per entry of the matrix bench: the table shows what tells the entries apart (after the first comma), the notes the full name. */
export function matrixRows(matrix: MatrixResult): Row[] {
  if (!matrix.ok || !matrix.entries) return [];
  return matrix.entries.map((e) => {
    const short = e.name.replace(/\s*\(.*\)\s*$/, '');
    const tail = short.includes(', ') ? short.slice(short.indexOf(', ') + 2) : short;
    const target = e.targetMs !== undefined && Number.isFinite(e.targetMs);
    return {
      name: `matrix: ${tail.length > 36 ? tail.slice(0, 35) + '…' : tail}`,
      kind: 'matrix',
      sentences: '',
      ours: { engine: 'ours', ok: true, medianMs: e.medianMs, peakHeapMB: e.peakMB },
      peer: null,
      timeRatio: null,
      memRatio: null,
      target: target ? `<${e.targetMs} ms` : '',
      pass: target ? e.medianMs < e.targetMs! : null,
      notes: tail !== e.name ? [e.name] : [],
    };
  });
}
