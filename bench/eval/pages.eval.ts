/**
 * Saved web pages: does WireDiff read the article and leave the page chrome out?
 *
 * On the real saved news pages in test/fixtures/pages/ (tune/ and heldout/, with the article
 * text a reader sees beside each page), what `wirediff read PAGE --format json` reads as the
 * article (every block but `chrome`) is scored against the expected text:
 *   - shingle F1: the article-body metric of the public extraction benchmarks, as defined in
 *     the project's notes on measuring real copy (\w+ tokens, 4-token shingles, per-page
 *     tp/fp/fn normalised, precision and recall averaged over pages, F1 of the two means);
 *   - article sentences kept: the share of the expected text's sentences whose words are all
 *     in the read text, in order (target ≥ 99%);
 *   - chrome compared as news: per page, the sentences the comparison would take as news
 *     (kind `sentence` or `heading`) whose words are not in the expected text (target ≤ 1);
 *   - read time per page (median of 5 reads, DOM and Readability loaded).
 * The tune, held-out and fresh parts are printed apart. `--pages` prints every tune page (held-out
 * and fresh pages only ever in total, so that nobody tunes on them). fresh/ is a set scored first
 * seen (its page-by-page first-seen figures are in test/fixtures/pages/README.md), moved to tune by
 * the next session. `--pages-dir DIR` scores instead every DIR/NAME.html against
 * DIR/NAME.expected.txt, page by page with its chrome lines and read time, and in total: for saved
 * pages that may not be shipped, measured where they are.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDocument, segmentRead } from '../../src/core/document';
import { NO_MARKS } from '../../src/core/readText';
import { readFile } from '../../src/read/page';

const ROOT = resolve(__dirname, '..', '..');
const PAGES = join(ROOT, 'test', 'fixtures', 'pages');

/** The manifest's parts, printed apart in this order: every page's `part` is one of them. */
export const PARTS = ['tune', 'heldout', 'fresh'] as const;

interface ManifestPage {
  page: string;
  expected: string;
  part: string;
  language: string;
}

/** Tokens as the metric counts them: `\w+` with Unicode. */
function tokens(s: string): string[] {
  return s.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}

function shingles(t: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 4 <= t.length; i++) {
    const k = t.slice(i, i + 4).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Per page: precision and recall of the read text's shingles against the expected text's. */
function shingleScore(expected: string, read: string): { p: number; r: number } {
  const e = shingles(tokens(expected));
  const g = shingles(tokens(read));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of e) {
    const m = g.get(k) ?? 0;
    tp += Math.min(n, m);
    fn += Math.max(0, n - m);
  }
  for (const [k, m] of g) fp += Math.max(0, m - (e.get(k) ?? 0));
  const sum = tp + fp + fn || 1;
  [tp, fp, fn] = [tp / sum, fp / sum, fn / sum];
  return { p: tp + fp > 0 ? tp / (tp + fp) : 1, r: tp + fn > 0 ? tp / (tp + fn) : 1 };
}

/** The words of a text, lower-cased, joined by single spaces and framed by them. */
const wordKey = (s: string): string => ` ${tokens(s.toLowerCase()).join(' ')} `;

export interface PageResult {
  page: string;
  part: string;
  p: number;
  r: number;
  kept: number;
  sentences: number;
  /** The expected sentences not kept (their words not all in the read text, in order). */
  lost: string[];
  chrome: string[];
  noArticle: boolean;
  ms: number;
}

export function evaluatePage(m: ManifestPage, root = PAGES): PageResult {
  const source = readFileSync(join(root, m.page), 'utf8');
  const expected = readFileSync(join(root, m.expected), 'utf8');
  const times: number[] = [];
  let doc = readDocument(m.page, source, readFile(source, m.page));
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    doc = readDocument(m.page, source, readFile(source, m.page));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const read = doc.blocks.filter((b) => b.role !== 'chrome').map((b) => b.text).join('\n\n');
  const { p, r } = shingleScore(expected, read);
  const readKey = wordKey(read);
  const expectedKey = wordKey(expected);
  const gold = segmentRead(expected, NO_MARKS).sentences.filter((s) => tokens(s.text).length > 0);
  const lost = gold.filter((s) => !readKey.includes(wordKey(s.text))).map((s) => s.text);
  const kept = gold.length - lost.length;
  const chrome = doc.sentences
    .filter((s) => (s.kind === 'sentence' || s.kind === 'heading') && tokens(s.text).length > 0)
    .filter((s) => !expectedKey.includes(wordKey(s.text)))
    .map((s) => s.text);
  return { page: m.page, part: m.part, p, r, kept, sentences: gold.length, lost, chrome, noArticle: doc.noArticle, ms: times[2]! };
}

/** A page's chrome compared as news and its expected sentences not kept, one line each. */
function printLines(x: PageResult): void {
  for (const c of x.chrome) console.log(`      chrome: ${c.slice(0, 110)}`);
  for (const l of x.lost) console.log(`      lost: ${l.slice(0, 110)}`);
}

/** The shingle F1 of pages' mean precision and recall. */
function f1Of(rs: readonly PageResult[]): { P: number; R: number; F: number } {
  const P = rs.reduce((a, x) => a + x.p, 0) / Math.max(1, rs.length);
  const R = rs.reduce((a, x) => a + x.r, 0) / Math.max(1, rs.length);
  return { P, R, F: P + R > 0 ? (2 * P * R) / (P + R) : 0 };
}

/** `--pages-dir DIR`: every DIR/NAME.html that has a DIR/NAME.expected.txt, page by page and in total. */
function runDir(dir: string): void {
  const root = resolve(dir);
  const names = readdirSync(root).filter((f) => f.endsWith('.html') && existsSync(join(root, f.replace(/\.html$/, '.expected.txt')))).sort();
  const rs = names.map((f) => evaluatePage({ page: f, expected: f.replace(/\.html$/, '.expected.txt'), part: 'dir', language: '' }, root));
  console.log(`Saved web pages in ${root}: the article read from each page, against the text expected`);
  for (const x of rs) {
    console.log(
      `  ${x.page.padEnd(44)} F1 ${f1Of([x]).F.toFixed(3)} kept ${x.kept}/${x.sentences} chrome ${x.chrome.length} ${x.ms.toFixed(1)} ms${x.noArticle ? ' (no article found)' : ''}`,
    );
    printLines(x);
  }
  const { P, R, F } = f1Of(rs);
  const kept = rs.reduce((a, x) => a + x.kept, 0);
  const total = rs.reduce((a, x) => a + x.sentences, 0);
  const chrome = rs.map((x) => x.chrome.length);
  console.log(
    `  ${rs.length} pages · shingle F1 ${F.toFixed(3)} (P ${P.toFixed(3)}, R ${R.toFixed(3)}) · article sentences kept ${((100 * kept) / Math.max(1, total)).toFixed(1)}% (${kept}/${total})` +
      ` · chrome compared as news: max ${Math.max(0, ...chrome)}, mean ${(chrome.reduce((a, b) => a + b, 0) / Math.max(1, rs.length)).toFixed(2)} per page`,
  );
}

export default function run(argv: string[] = []): void {
  const dir = argv.indexOf('--pages-dir');
  if (dir >= 0 && argv[dir + 1]) return runDir(argv[dir + 1]!);
  const manifest = JSON.parse(readFileSync(join(PAGES, 'manifest.json'), 'utf8')) as { pages: ManifestPage[] };
  // `--tune`: the tune pages only (while tuning, the held-out figures are not looked at).
  const pages = argv.includes('--tune') ? manifest.pages.filter((m) => m.part === 'tune') : manifest.pages;
  const results = pages.map((m) => evaluatePage(m));
  console.log('Saved web pages (test/fixtures/pages): the article read from each page, against the text expected');
  for (const part of PARTS) {
    const rs = results.filter((x) => x.part === part);
    if (rs.length === 0) continue;
    const { P, R, F } = f1Of(rs);
    const kept = rs.reduce((a, x) => a + x.kept, 0);
    const total = rs.reduce((a, x) => a + x.sentences, 0);
    const chrome = rs.map((x) => x.chrome.length);
    const ms = rs.map((x) => x.ms).sort((a, b) => a - b);
    console.log(
      `  ${part.padEnd(8)} ${String(rs.length).padStart(2)} pages · shingle F1 ${F.toFixed(3)} (P ${P.toFixed(3)}, R ${R.toFixed(3)}; target ≥ 0.96)` +
        ` · article sentences kept ${((100 * kept) / Math.max(1, total)).toFixed(1)}% (${kept}/${total}; target ≥ 99%)` +
        ` · chrome compared as news: max ${Math.max(...chrome)}, mean ${(chrome.reduce((a, b) => a + b, 0) / rs.length).toFixed(2)} per page (target ≤ 1)` +
        ` · read time median ${ms[ms.length >> 1]!.toFixed(1)} ms, max ${ms[ms.length - 1]!.toFixed(1)} ms`,
    );
    const noArticle = rs.filter((x) => x.noArticle).map((x) => x.page);
    if (noArticle.length) console.log(`           no article found in: ${noArticle.join(', ')}`);
  }
  // The largest page: the time to read it for its article (our reader, the DOM, Readability, the
  // mapping), wall and CPU, first read in this process and best of ten after it.
  const largest = pages
    .map((m) => ({ m, source: readFileSync(join(PAGES, m.page), 'utf8') }))
    .reduce((a, b) => (b.source.length > a.source.length ? b : a));
  const timed = (): { wall: number; cpu: number } => {
    const c = process.cpuUsage();
    const t = performance.now();
    readFile(largest.source, largest.m.page);
    const u = process.cpuUsage(c);
    return { wall: performance.now() - t, cpu: (u.user + u.system) / 1000 };
  };
  const runs = Array.from({ length: 10 }, timed);
  const best = (k: 'wall' | 'cpu'): string => Math.min(...runs.map((r) => r[k])).toFixed(1);
  console.log(
    `  read time of the largest page (${largest.m.page}, ${Math.round(largest.source.length / 1024)} KB): ` +
      `best of 10 ${best('wall')} ms wall, ${best('cpu')} ms CPU (target ≤ 50 ms for 300 KB; the DOM and Readability loaded)`,
  );
  // Cold: a fresh process loads the built DOM bundle (dist/readDom.js) and reads the page once, as
  // the first page read of a CLI run or of the extension's worker does.
  const bundle = join(ROOT, 'dist', 'readDom.js');
  if (existsSync(bundle)) {
    const script =
      `const fs=require('fs');const s=fs.readFileSync(process.argv[1],'utf8');const t0=performance.now();` +
      `const m=require(process.argv[2]);const t1=performance.now();m.findArticle(s);const t2=performance.now();` +
      `process.stdout.write(JSON.stringify([t1-t0,t2-t1]))`;
    const cold = Array.from({ length: 3 }, () => {
      const r = spawnSync(process.execPath, ['-e', script, join(PAGES, largest.m.page), bundle], { encoding: 'utf8' });
      return JSON.parse(r.stdout || '[NaN,NaN]') as [number, number];
    }).sort((a, b) => a[0] + a[1] - (b[0] + b[1]))[1]!;
    console.log(
      `  cold first read of it in a fresh process (median of 3): DOM bundle load ${cold[0].toFixed(1)} ms + DOM and Readability ${cold[1].toFixed(1)} ms` +
        ` (WireDiff's own reading of the page and the mapping come on top)`,
    );
  }
  if (argv.includes('--pages')) {
    // Page by page for the tune part only: the held-out and fresh pages are scored in total, never looked into.
    for (const x of results.filter((r) => r.part === 'tune')) {
      const f = x.p + x.r > 0 ? (2 * x.p * x.r) / (x.p + x.r) : 0;
      console.log(`  ${x.page.padEnd(28)} F1 ${f.toFixed(3)} P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} kept ${x.kept}/${x.sentences} chrome ${x.chrome.length} ${x.ms.toFixed(1)} ms`);
      printLines(x);
    }
  }
}

if (require.main === module) run(process.argv.slice(2));
